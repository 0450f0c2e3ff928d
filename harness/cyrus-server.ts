// A throwaway Cyrus IMAP (Debian's cyrus-imapd) for tests that must not depend on
// Dovecot's behaviour: the same users and passwords as the Dovecot harness, mailboxes
// created by an administrator over IMAP, mail delivered over LMTP on TCP. It has the
// Dovecot harness's shape, so the SMTP relay, mail-user.ts and the bot use it unchanged.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { chmod, chown, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ImapFlow } from 'imapflow';
import { cyrusPaths, renderCyrusConf, renderImapdConf } from './cyrus-config.js';
import { DEFAULT_USERS, passwordFor, type Dovecot } from './dovecot.js';
import { freePort, portIsFree } from './ports.js';
import { pidFromFile, run, runDaemonizing, waitUntil, whichBinary } from './system.js';

/** A running Cyrus; `dovecot`-shaped so every harness helper takes it. */
export type CyrusServer = Dovecot;

/**
 * Debian's cyrus-imapd conflicts with dovecot-imapd (both provide imap-server), so .ci/run
 * installs cyrus-common (master, lmtpd, the cyrus user) and unpacks cyrus-imapd's imapd and
 * idled beside it instead of installing the package.
 */
const INSTALL = 'run .ci/run, or install cyrus-common and sasl2-bin and unpack cyrus-imapd (apt-get download cyrus-imapd; dpkg -x cyrus-imapd_*.deb /)';

function binaries(): { master: string; saslpasswd: string } {
  const master = whichBinary('cyrmaster');
  const saslpasswd = whichBinary('saslpasswd2');
  if (!master || !saslpasswd || !existsSync('/usr/lib/cyrus/bin/imapd')) throw new Error(`Cyrus IMAP not found (cyrmaster, saslpasswd2, imapd): ${INSTALL}`);
  return { master, saslpasswd };
}

/** Cyrus runs as the system user its package created; the instance's folder belongs to it. */
async function cyrusUser(): Promise<{ uid: number; gid: number }> {
  const uid = await run('id', ['-u', 'cyrus']);
  const gid = await run('id', ['-g', 'cyrus']);
  if (uid.code !== 0 || gid.code !== 0) throw new Error(`the cyrus system user is missing: ${INSTALL}`);
  return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

/** Adds `user` with `password` to the instance's sasldb (saslpasswd2 reads it from stdin with -p). */
function addSaslUser(saslpasswd: string, sasldb: string, user: string, password: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(saslpasswd, ['-f', sasldb, '-p', '-c', user], { stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`saslpasswd2 ${user} failed (exit ${code}): ${stderr.trim()}`))));
    child.stdin.end(password);
  });
}

/** Resolves true when a connection to `port` gets the IMAP greeting `* OK`. */
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
    socket.on('data', (chunk: Buffer) => {
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

/** Creates each user's INBOX as the administrator (`user/<address>` in the altnamespace). */
async function createMailboxes(imapPort: number, admin: string, adminPassword: string, users: string[]): Promise<void> {
  const client = new ImapFlow({ host: '127.0.0.1', port: imapPort, secure: false, logger: false, auth: { user: admin, pass: adminPassword } });
  client.on('error', () => {});
  await client.connect();
  try {
    for (const user of users) await client.mailboxCreate(`user/${user}`);
  } finally {
    await client.logout().catch(() => client.close());
  }
}

/**
 * The imapd processes serving `user` now: Cyrus writes one file per process into its
 * proc folder, `service TAB client TAB user TAB mailbox`.
 */
async function sessionsOf(procDir: string, user: string): Promise<number[]> {
  const names = await readdir(procDir).catch(() => [] as string[]);
  const pids: number[] = [];
  for (const name of names) {
    const fields = (await readFile(join(procDir, name), 'utf8').catch(() => '')).split('\t');
    if (fields[0] === 'imap' && fields[2]?.toLowerCase() === user.toLowerCase() && Number(name) > 0) pids.push(Number(name));
  }
  return pids;
}

/**
 * Starts a throwaway Cyrus (IMAP + LMTP) on free ports, with `users` (besides the
 * harness's default ones) able to log in with passwordFor(user) and to receive mail.
 */
export async function startCyrus(opts: { users?: string[] } = {}): Promise<CyrusServer> {
  const bin = binaries();
  const owner = await cyrusUser();
  const users = [...new Set([...DEFAULT_USERS, ...(opts.users ?? [])])];
  const dir = await mkdtemp(join(tmpdir(), 'dbot-cyrus-'));
  await chmod(dir, 0o755);
  const paths = cyrusPaths(dir);
  const [imapPort, lmtpPort] = [await freePort(), await freePort()];
  const admin = 'cyrus-admin';
  const adminPassword = randomBytes(12).toString('hex');
  const input = { dir, imapPort, lmtpPort, admin };

  const start = async (): Promise<void> => {
    const res = await runDaemonizing(bin.master, ['-C', paths.imapdConf, '-M', paths.cyrusConf, '-p', paths.masterPid, '-d'], join(dir, 'start.log'));
    if (res.code !== 0) throw new Error(`cyrmaster failed (exit ${res.code}): ${res.stderr.trim()} (Cyrus logs to syslog only)`);
    await waitUntil(() => imapGreets(imapPort), `Cyrus IMAP on port ${imapPort} never greeted (Cyrus logs to syslog only)`);
  };

  const halt = async (): Promise<void> => {
    const pid = pidFromFile(paths.masterPid);
    if (pid === undefined || !isAlive(pid)) return;
    process.kill(pid, 'SIGTERM'); // the master ends its children and exits
    await waitUntil(() => !isAlive(pid), `Cyrus master ${pid} did not exit on SIGTERM`).catch(() => {
      process.kill(pid, 'SIGKILL');
    });
    // Its children hold the listening sockets until they have exited too; a master started
    // before then cannot bind them and exits 71.
    await waitUntil(
      async () => (await portIsFree(imapPort)) && (await portIsFree(lmtpPort)),
      `Cyrus's ports ${imapPort} and ${lmtpPort} were still held after its master exited`,
    );
  };

  try {
    await writeFile(paths.imapdConf, renderImapdConf(input), { mode: 0o644 });
    await writeFile(paths.cyrusConf, renderCyrusConf(input), { mode: 0o644 });
    for (const sub of [paths.config, join(paths.config, 'db'), join(paths.config, 'socket'), paths.spool, paths.run, paths.sieve]) {
      await mkdir(sub, { recursive: true });
    }
    for (const user of [admin, ...users]) {
      await addSaslUser(bin.saslpasswd, paths.sasldb, user, user === admin ? adminPassword : passwordFor(user));
    }
    await run('chown', ['-R', `${owner.uid}:${owner.gid}`, dir]);
    await chown(dir, owner.uid, owner.gid);
    await start();
    await createMailboxes(imapPort, admin, adminPassword, users);
  } catch (err) {
    await halt().catch(() => {});
    await rm(dir, { recursive: true, force: true });
    throw err;
  }

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
      for (const pid of await sessionsOf(paths.proc, user)) {
        try {
          process.kill(pid, 'SIGTERM');
        } catch {
          // that session ended meanwhile
        }
      }
    },
    async restart() {
      await halt();
      // A master that finds its lock or sockets not yet released exits 71 (EX_OSERR): try again.
      for (let attempt = 1; ; attempt++) {
        try {
          await start();
          return;
        } catch (err) {
          if (attempt >= 3 || !String(err).includes('exit 71')) throw err;
          await new Promise((r) => setTimeout(r, 500));
        }
      }
    },
    pid: () => pidFromFile(paths.masterPid),
  };
}
