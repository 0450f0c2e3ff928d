// An IMAP proxy that ends each session as Exchange Online does when the session's token has
// run out: `sessionSeconds` after the connection opened, at a moment the server is quiet
// (between responses), it sends `* BYE Session invalidated - AccessTokenExpired` and closes.
import { connect, createServer, type Socket } from 'node:net';
import { freePort } from './ports.js';

export const TOKEN_EXPIRED_BYE = '* BYE Session invalidated - AccessTokenExpired\r\n';

export interface ByeProxy {
  port: number;
  /** Sessions ended with the BYE so far. */
  byes: number;
  stop(): Promise<void>;
}

export async function startByeProxy(targetPort: number, sessionSeconds: number): Promise<ByeProxy> {
  const sockets = new Set<Socket>();
  const port = await freePort();
  const proxy: ByeProxy = {
    port,
    byes: 0,
    stop: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
  const server = createServer((client) => {
    const upstream = connect({ host: '127.0.0.1', port: targetPort });
    sockets.add(client).add(upstream);
    let lastServerByte = Date.now();
    let atLineEnd = false;
    let ended = false;
    const end = () => {
      ended = true;
      clearInterval(timer);
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    upstream.on('data', (chunk: Buffer) => {
      lastServerByte = Date.now();
      atLineEnd = chunk.length >= 2 && chunk[chunk.length - 2] === 13 && chunk[chunk.length - 1] === 10;
      if (!ended) client.write(chunk);
    });
    client.pipe(upstream);
    const opened = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - opened < sessionSeconds * 1000 || !atLineEnd || Date.now() - lastServerByte < 300) return;
      proxy.byes += 1;
      ended = true;
      client.end(TOKEN_EXPIRED_BYE, () => end());
    }, 100);
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return proxy;
}
