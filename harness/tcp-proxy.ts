// A TCP proxy between a client and a server that can cut every live connection on demand,
// as a failed link or a firewall would: no protocol goodbye, just a reset; or drop their
// traffic silently, as a NAT entry that timed out does: both ends stay open and hear nothing.
import { createServer, connect, type Socket } from 'node:net';
import { freePort } from './ports.js';

export interface TcpProxy {
  port: number;
  /** Connections accepted so far. */
  accepted: number;
  /** Connections open and forwarding now. */
  readonly live: number;
  /** Resets every open connection, both ends; returns how many were cut. */
  cutAll(): number;
  /**
   * Stops forwarding on every open connection, without closing either end: what each side
   * sends is dropped from then on. New connections are forwarded as before. Returns how many.
   */
  silenceAll(): number;
  stop(): Promise<void>;
}

/** Listens on a free port of 127.0.0.1 and forwards each connection to `targetPort` there. */
export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  const pairs = new Set<[Socket, Socket]>();
  const silenced = new Set<[Socket, Socket]>();
  const port = await freePort();
  const proxy: TcpProxy = {
    port,
    accepted: 0,
    get live() {
      return pairs.size;
    },
    cutAll() {
      const n = pairs.size;
      for (const [a, b] of [...pairs, ...silenced]) {
        a.resetAndDestroy();
        b.resetAndDestroy();
      }
      pairs.clear();
      silenced.clear();
      return n;
    },
    silenceAll() {
      const n = pairs.size;
      for (const pair of [...pairs]) {
        const [a, b] = pair;
        a.unpipe(b);
        b.unpipe(a);
        // Read and drop, so that an end either side closes is still noticed here.
        a.on('data', () => {}).resume();
        b.on('data', () => {}).resume();
        pairs.delete(pair);
        silenced.add(pair);
      }
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
      silenced.delete(pair);
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
