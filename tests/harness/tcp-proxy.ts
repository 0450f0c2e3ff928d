// A TCP proxy between a client and a server that can cut every live connection on demand,
// as a NAT timeout, a firewall or a failed link would: no protocol goodbye, just a reset.
import { createServer, connect, type Socket } from 'node:net';
import { freePort } from './ports.js';

export interface TcpProxy {
  port: number;
  /** Connections accepted so far. */
  accepted: number;
  /** Connections open now. */
  readonly live: number;
  /** Resets every open connection, both ends; returns how many were cut. */
  cutAll(): number;
  stop(): Promise<void>;
}

/** Listens on a free port of 127.0.0.1 and forwards each connection to `targetPort` there. */
export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  const pairs = new Set<[Socket, Socket]>();
  const port = await freePort();
  const proxy: TcpProxy = {
    port,
    accepted: 0,
    get live() {
      return pairs.size;
    },
    cutAll() {
      const n = pairs.size;
      for (const [a, b] of [...pairs]) {
        a.resetAndDestroy();
        b.resetAndDestroy();
      }
      pairs.clear();
      return n;
    },
    async stop() {
      proxy.cutAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = createServer((client) => {
    proxy.accepted += 1;
    const upstream = connect({ host: '127.0.0.1', port: targetPort });
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    const end = (): void => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return proxy;
}
