// A Postgres server of the test's own: initdb in a temp folder, a free port, trust auth.
// Fault tests stop, kill and restart it without touching the shared server.
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { runMigrations } from '../src/db/migrate.js';
import { quoteIdent } from './pg-admin.js';
import { migrateWithSampleSchema } from './sample-database.js';
import { freePort } from './ports.js';
import { pidFromFile, run, waitUntil } from './system.js';

export interface PgCluster {
  port: number;
  dir: string;
  /** A URL for `database` on this server (user postgres, trust auth). */
  url(database?: string): string;
  /**
   * Creates `database` and applies every migration of sql/ to it; returns its URL. With
   * `sampleSchema` (the default) the demo's sample tables are made in it too (harness/sample-database.ts).
   */
  createMigratedDatabase(database: string, opts?: { sampleSchema?: boolean }): Promise<string>;
  /** Fast shutdown: sessions are ended, data kept. */
  stop(): Promise<void>;
  /** SIGKILL of the postmaster, as a crash would; data kept (recovered at the next start). */
  kill(): Promise<void>;
  start(): Promise<void>;
  restart(): Promise<void>;
  /** The postmaster's pid while it runs (its backends are its children). */
  pid(): number | undefined;
  /** Stops the server and removes its folder. */
  destroy(): Promise<void>;
}

/** The newest server binaries Debian installed (/usr/lib/postgresql/<major>/bin). */
function pgBin(): string {
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root) ? readdirSync(root).filter((d) => existsSync(join(root, d, 'bin', 'initdb'))) : [];
  const major = majors.sort((a, b) => Number(b) - Number(a))[0];
  if (!major) throw new Error('initdb not found under /usr/lib/postgresql: install postgresql (apt-get install -y postgresql)');
  return join(root, major, 'bin');
}

/** Postgres refuses to run as root: its programs run as the `postgres` system user when we are root. */
function asPostgres(program: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [program, args];
  return ['runuser', ['-u', 'postgres', '--', program, ...args]];
}

async function pgRun(program: string, args: string[], timeoutMs = 60_000) {
  const [file, argv] = asPostgres(program, args);
  return run(file, argv, timeoutMs);
}

/** `settings` are extra server settings (`name=value`), e.g. for a benchmark's statistics. */
export async function startPgCluster(settings: string[] = []): Promise<PgCluster> {
  const bin = pgBin();
  const dir = await mkdtemp(join(tmpdir(), 'dbot-pg-'));
  const data = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  if (process.getuid?.() === 0) await chown(dir, ...(await postgresIds()));
  const init = await pgRun(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
  if (init.code !== 0) throw new Error(`initdb failed: ${init.stderr || init.stdout}`);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200${settings.map((x) => ` -c ${x}`).join('')}`;

  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  const ready = async () => {
    const client = new pg.Client({ connectionString: url() });
    client.on('error', () => {});
    try {
      await client.connect();
      await client.query('SELECT 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => {});
    }
  };
  const start = async () => {
    const r = await pgRun(join(bin, 'pg_ctl'), ['-D', data, '-l', logFile, '-o', options, '-w', '-t', '60', 'start']);
    if (r.code !== 0) throw new Error(`pg_ctl start failed: ${r.stdout}${r.stderr}\n${await readFile(logFile, 'utf8').catch(() => '')}`);
    await waitUntil(ready, `own Postgres on port ${port} did not accept connections`, 30_000, 100);
  };
  const stop = async () => {
    await pgRun(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', '-t', '60', 'stop']);
  };
  const kill = async () => {
    const pidFile = join(data, 'postmaster.pid');
    const pid = Number((await readFile(pidFile, 'utf8').catch(() => '')).split('\n')[0]);
    if (pid > 0) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        /* already gone */
      }
      // The backends notice the postmaster's death and leave; wait until the port is free.
      await waitUntil(async () => !(await ready()), 'own Postgres still answers after SIGKILL', 15_000, 100);
      await waitUntil(() => !running(pid) && !backendsAlive(pid), 'Postgres did not exit after SIGKILL', 15_000, 100);
      // A killed postmaster may linger as a zombie until init reaps it, and Postgres would take
      // its pid for a live server; the process is gone, so its lock files go too.
      await rm(pidFile, { force: true });
      await rm(join(dir, `.s.PGSQL.${port}.lock`), { force: true });
      await rm(join(dir, `.s.PGSQL.${port}`), { force: true });
    }
  };

  await start();
  return {
    port,
    dir,
    url,
    async createMigratedDatabase(database, { sampleSchema = true } = {}) {
      const admin = new pg.Client({ connectionString: url() });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${quoteIdent(database)}`);
      } finally {
        await admin.end();
      }
      if (sampleSchema) await migrateWithSampleSchema(url(database));
      else await runMigrations(url(database));
      return url(database);
    },
    stop,
    kill,
    start,
    async restart() {
      await stop();
      await start();
    },
    pid: () => pidFromFile(join(data, 'postmaster.pid')),
    async destroy() {
      await stop().catch(() => {});
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** True while `pid` exists and is not a zombie. */
function running(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** True while any process is a child of `postmasterPid` (a backend still shutting down). */
function backendsAlive(postmasterPid: number): boolean {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === postmasterPid) return true;
    } catch {
      /* process ended while we looked */
    }
  }
  return false;
}

async function postgresIds(): Promise<[number, number]> {
  const r = await run('id', ['-u', 'postgres']);
  const g = await run('id', ['-g', 'postgres']);
  if (r.code !== 0) throw new Error('no postgres system user: install postgresql (apt-get install -y postgresql)');
  return [Number(r.stdout.trim()), Number(g.stdout.trim())];
}
