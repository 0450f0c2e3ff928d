import { randomBytes } from 'node:crypto';
import { chmod, chown, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderDovecotConfig, renderOAuth2Settings, renderUsersFile } from './dovecot-config.js';
import { freePort } from './ports.js';
import { pidFromFile, run, runDaemonizing, waitUntil, whichBinary } from './system.js';
import { ensureVmailUser } from './vmail.js';

export const DEFAULT_USERS: readonly string[] = [
  'contact@pickrtech.com',
  'staff@pickrtech.com',
  'staff2@pickrtech.com',
  'alice@example.com',
  'bob@example.com',
  'carol@example.com',
  'dave@example.com',
  'erin@example.com',
  'mallory@example.com',
  'confirm@example.net',
];

/** Every test user's password is `pw-` + the local part: `alice@example.com` -> `pw-alice`. */
export function passwordFor(user: string): string {
  return `pw-${user.split('@')[0]}`;
}

export interface Dovecot {
  imapPort: number;
  lmtpPort: number;
  /** Temp folder holding config, users, logs and mail; removed by stop(). */
  dir: string;
  users: string[];
  passwordFor: (user: string) => string;
  /** Stops the instance (doveadm stop) and removes its folder. */
  stop(): Promise<void>;
  /** Drops every IMAP session of `user`, as a server restart or network cut would. */
  kick(user: string): Promise<void>;
  /** Stops and starts again on the same ports, keeping the mail. */
  restart(): Promise<void>;
  /** The master process's pid while it runs (every Dovecot process is its child). */
  pid(): number | undefined;
}

function binaries(): { dovecot: string; doveadm: string } {
  const dovecot = whichBinary('dovecot');
  const doveadm = whichBinary('doveadm');
  if (!dovecot || !doveadm) {
    throw new Error('dovecot binary not found: install dovecot-imapd dovecot-lmtpd (apt-get install -y dovecot-imapd dovecot-lmtpd)');
  }
  return { dovecot, doveadm };
}

/** Resolves when a connection to `port` gets the IMAP greeting `* OK`. */
function imapGreets(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let data = '';
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2000, () => done(false));
    socket.on('error', () => done(false));
    socket.on('data', (chunk) => {
      data += chunk.toString('latin1');
      if (data.includes('\r\n')) done(data.startsWith('* OK'));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function logTail(dir: string): Promise<string> {
  const log = await readFile(join(dir, 'dovecot.log'), 'utf8').catch(() => '');
  return log.split('\n').slice(-20).join('\n');
}

/** Starts a throwaway Dovecot (IMAP + LMTP) from the system binary, with the settings of dovecot-config.ts. */
export async function startDovecot(opts: { users?: string[]; oauth2IntrospectionUrl?: string } = {}): Promise<Dovecot> {
  const bin = binaries();
  const vmail = await ensureVmailUser();
  const users = [...new Set([...DEFAULT_USERS, ...(opts.users ?? [])])];
  const dir = await mkdtemp(join(tmpdir(), 'dbot-dovecot-'));
  await chmod(dir, 0o755);
  const mailDir = join(dir, 'mail');
  await mkdir(mailDir);
  await chown(mailDir, vmail.uid, vmail.gid);
  const [imapPort, lmtpPort] = [await freePort(), await freePort()];
  const conf = join(dir, 'dovecot.conf');
  const instanceName = `dbot-${randomBytes(4).toString('hex')}`;
  const { oauth2IntrospectionUrl } = opts;
  await writeFile(conf, renderDovecotConfig({ dir, instanceName, imapPort, lmtpPort, ...(oauth2IntrospectionUrl ? { oauth2IntrospectionUrl } : {}) }));
  if (oauth2IntrospectionUrl) await writeFile(join(dir, 'dovecot-oauth2.conf.ext'), renderOAuth2Settings(oauth2IntrospectionUrl), { mode: 0o644 });
  await writeFile(join(dir, 'users'), renderUsersFile(users, passwordFor), { mode: 0o644 });

  const masterPid = async (): Promise<number | undefined> => {
    const text = await readFile(join(dir, 'run', 'master.pid'), 'utf8').catch(() => '');
    return Number(text.trim()) || undefined;
  };

  const start = async (): Promise<void> => {
    const res = await runDaemonizing(bin.dovecot, ['-c', conf], join(dir, 'start.log'));
    if (res.code !== 0) {
      throw new Error(`dovecot -c ${conf} failed (exit ${res.code}): ${res.stderr.trim()}\n${await logTail(dir)}`);
    }
    await waitUntil(() => imapGreets(imapPort), `Dovecot IMAP on port ${imapPort} never greeted\n${await logTail(dir)}`);
  };

  const halt = async (): Promise<void> => {
    const pid = await masterPid();
    if (pid === undefined || !isAlive(pid)) return;
    await run(bin.doveadm, ['-c', conf, 'stop']);
    await waitUntil(() => !isAlive(pid), `Dovecot master ${pid} did not exit after doveadm stop`).catch(() => {
      process.kill(pid, 'SIGKILL');
    });
  };

  await start().catch(async (err: unknown) => {
    await halt().catch(() => {});
    await rm(dir, { recursive: true, force: true });
    throw err;
  });

  return {
    imapPort,
    lmtpPort,
    dir,
    users,
    passwordFor,
    async stop() {
      await halt();
      await rm(dir, { recursive: true, force: true });
    },
    async kick(user) {
      const res = await run(bin.doveadm, ['-c', conf, 'kick', user]);
      // doveadm kick exits 68 ("no such user") when that user has no session: not an error here.
      if (res.code !== 0 && res.code !== 68) {
        throw new Error(`doveadm kick ${user} failed (exit ${res.code}): ${res.stderr.trim()}`);
      }
    },
    async restart() {
      await halt();
      await start();
    },
    pid: () => pidFromFile(join(dir, 'run', 'master.pid')),
  };
}
