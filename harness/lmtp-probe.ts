// Asks Dovecot's LMTP whether it would take mail for one recipient, without sending any:
// LHLO, MAIL FROM, RCPT TO, QUIT. The relay uses the answer at its own RCPT TO, as a real
// MTA with a recipient check would.
import { connect } from 'node:net';

export interface LmtpReply {
  code: number;
  text: string;
}

export function probeLmtpRecipient(port: number, from: string, to: string, timeoutMs = 10_000): Promise<LmtpReply> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const steps = ['LHLO relay.test', `MAIL FROM:<${from}>`, `RCPT TO:<${to}>`];
    let buffer = '';
    let replyLines: string[] = [];
    const finish = (err: Error | null, reply?: LmtpReply): void => {
      socket.end('QUIT\r\n');
      socket.destroy();
      if (err) reject(err);
      else if (reply) resolve(reply);
    };
    socket.setTimeout(timeoutMs, () => finish(new Error(`LMTP on port ${port} did not answer`)));
    socket.on('error', (err) => finish(err));
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let newline: number;
      while ((newline = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 2);
        replyLines.push(line);
        if (line[3] === '-') continue; // more lines of the same reply follow
        const reply = { code: Number(line.slice(0, 3)), text: replyLines.join('\n') };
        replyLines = [];
        const next = steps.shift();
        if (next === undefined || reply.code >= 400) {
          finish(null, reply); // the answer to RCPT TO, or the step that refused
          return;
        }
        socket.write(`${next}\r\n`);
      }
    });
  });
}
