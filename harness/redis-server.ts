// A redis-server of the test's own on a free port, with its data in a temp folder (AOF on,
// as production runs it). Fault tests stop it, delete its data and start it empty.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { freePort } from './ports.js';
import { waitUntil, whichBinary } from './system.js';

export interface RedisServer {
  port: number;
  url: string;
  dir: string;
  /** SIGTERM; resolves when the process has exited. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash would. */
  kill(): Promise<void>;
  start(): Promise<void>;
  /** Deletes every file of its data folder (call while stopped): the next start is empty. */
  wipe(): Promise<void>;
  destroy(): Promise<void>;
  /** The server's pid while it runs. */
  pid(): number | undefined;
}

export async function startRedisServer(): Promise<RedisServer> {
  const binary = whichBinary('redis-server');
  if (!binary) throw new Error('redis-server not found: install redis-server (apt-get install -y redis-server)');
  const dir = await mkdtemp(join(tmpdir(), 'dbot-redis-'));
  const data = join(dir, 'data');
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;

  const pings = async () => {
    const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
    client.on('error', () => {});
    try {
      await client.connect();
      return (await client.ping()) === 'PONG';
    } catch {
      return false;
    } finally {
      client.disconnect();
    }
  };
  const exited = (c: ChildProcess) =>
    c.exitCode !== null || c.signalCode !== null ? Promise.resolve() : new Promise<void>((r) => c.once('exit', () => r()));

  const start = async () => {
    await mkdir(data, { recursive: true });
    const c = spawn(
      binary,
      ['--port', String(port), '--bind', '127.0.0.1', '--dir', data, '--save', '', '--appendonly', 'yes',
        '--appendfsync', 'everysec', '--maxmemory-policy', 'noeviction', '--daemonize', 'no', '--logfile', join(dir, 'redis.log')],
      { stdio: 'ignore' },
    );
    child = c;
    await waitUntil(pings, `own redis-server on port ${port} did not answer PING`, 15_000, 50);
  };
  const signal = async (sig: NodeJS.Signals) => {
    const c = child;
    if (!c) return;
    c.kill(sig);
    await exited(c);
    child = null;
  };

  await start();
  return {
    port,
    url,
    dir,
    stop: () => signal('SIGTERM'),
    kill: () => signal('SIGKILL'),
    start,
    pid: () => child?.pid,
    async wipe() {
      await rm(data, { recursive: true, force: true });
    },
    async destroy() {
      await signal('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    },
  };
}
