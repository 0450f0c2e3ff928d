import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBot, type BotProcess } from '../../harness/bot-process.js';
import { freePort } from '../../harness/ports.js';
import { createTestDatabase, type TestDatabase } from '../../harness/postgres.js';
import { cleanupPrefix, uniquePrefix } from '../../harness/redis.js';
import { listMail, sendMail, waitForMail } from '../../harness/mail-user.js';
import { botEnv, startMailStack, type MailStack } from '../../harness/stack.js';
import { waitUntil } from '../../harness/system.js';
import { CONTACT, isAck } from './mail-facts.js';

/** Two poller processes on one mailbox: the active one dies, the standby takes over. */

let stack: MailStack;
let db: TestDatabase;
const prefix = uniquePrefix();
const procs: BotProcess[] = [];
const ports: number[] = [];

async function mailboxCheck(port: number): Promise<string | null> {
  try {
    const r = await fetch(`http://127.0.0.1:${port}/readyz`);
    return ((await r.json()) as { checks: Record<string, string> }).checks.mailbox ?? null;
  } catch {
    return null;
  }
}

beforeAll(async () => {
  [stack, db] = await Promise.all([startMailStack(), createTestDatabase()]);
  for (let i = 0; i < 3; i++) ports.push(await freePort());
  const env = (port: number) => botEnv({ dovecot: stack.dovecot, relay: stack.relay, db, prefix, httpPort: port });
  procs.push(await startBot(env(ports[0]!), { args: ['--role', 'worker'] }));
  // A poller is "ready" only while it holds the lease; the standby's /readyz answers 503, so wait by hand.
  procs.push(await startBot(env(ports[1]!), { args: ['--role', 'poller'] }));
  procs.push(await startBot(env(ports[2]!), { args: ['--role', 'poller'], anyAnswer: true }));
}, 120_000);

afterAll(async () => {
  for (const p of procs) await p?.stop();
  await cleanupPrefix(prefix);
  await db?.drop();
  await stack?.stop();
});

const request = (from: string, username: string) => sendMail(stack.relay, {
  from, to: CONTACT, subject: 'Instagram data deletion request',
  text: `Please delete my Instagram data. My Instagram username is @${username}.\n`,
});

describe('poller failover', () => {
  it('the standby takes over when the active poller is killed: no mail missed or doubled', async () => {
    expect(procs[2], 'the standby poller did not start').toBeTruthy();
    await waitUntil(async () => (await mailboxCheck(ports[1]!)) === 'ok', 'the first poller to hold the lease', 30_000);
    expect(await mailboxCheck(ports[2]!)).toMatch(/standby/);

    await request('alice@example.com', 'failover.before');
    await waitForMail(stack.dovecot, 'alice@example.com', isAck);

    procs[1]!.kill();
    const killedAt = Date.now();
    await waitUntil(async () => (await mailboxCheck(ports[2]!)) === 'ok', 'the standby to take over', 60_000);
    console.log(`standby took over ${((Date.now() - killedAt) / 1000).toFixed(1)} s after the SIGKILL`);

    await request('bob@example.com', 'failover.after');
    await waitForMail(stack.dovecot, 'bob@example.com', isAck);
    // Settle: a doubled intake would send a second acknowledgment shortly after the first.
    await new Promise((r) => setTimeout(r, 3000));
    expect((await listMail(stack.dovecot, 'alice@example.com')).filter(isAck)).toHaveLength(1);
    expect((await listMail(stack.dovecot, 'bob@example.com')).filter(isAck)).toHaveLength(1);
    const { rows } = await db.pool.query(`SELECT count(*)::int AS n FROM inbound_messages`);
    expect(rows[0].n).toBe(2);
  });
});
