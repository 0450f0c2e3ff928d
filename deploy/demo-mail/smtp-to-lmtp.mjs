// SMTP on port 25, no auth and no TLS: each message is handed to Dovecot's LMTP for its
// envelope recipients, and the SMTP reply is Dovecot's.
import { SMTPServer } from 'smtp-server';
import nodemailer from 'nodemailer';

const lmtp = nodemailer.createTransport({ host: '127.0.0.1', port: 24, lmtp: true, secure: false, ignoreTLS: true });

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  size: 25 * 1024 * 1024,
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('end', () => {
      const raw = Buffer.concat(chunks);
      lmtp
        .sendMail({
          envelope: { from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address) },
          raw,
        })
        .then(() => callback(), (err) => callback(err));
    });
  },
});
server.listen(25, '0.0.0.0', () => console.log('smtp: listening on 25, delivering to Dovecot by LMTP'));
for (const sig of ['SIGTERM', 'SIGINT']) process.on(sig, () => server.close(() => process.exit(0)));
