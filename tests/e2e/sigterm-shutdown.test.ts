import { describe, expect, it } from 'vitest';
import { useBotStack } from '../support/bot-stack.js';
import { deliverDirect, listMail, waitForMail } from '../../harness/mail-user.js';
import { waitUntil } from '../../harness/system.js';
import { CONTACT, isAck, isNotification, refOf, STAFF } from './mail-facts.js';

/**
 * SIGTERM with work in flight: the bot stops taking work, hands back what it holds and
 * exits with status 0 (1 would mean SHUTDOWN_TIMEOUT_S ran out); the next start finishes
 * every piece, each mail sent once.
 */

const t = useBotStack({ seed: true, start: false });

const REQUESTERS = [
  { from: 'alice@example.com', username: 'sunny.days' },
  { from: 'bob@example.com', username: 'bob_builds' },
  { from: 'carol@example.com', username: 'carol.cooks' },
];

async function outboxStates(): Promise<Record<string, number>> {
  const { rows } = await t.db.pool.query<{ state: string; n: number }>(`SELECT state, count(*)::int AS n FROM outbox GROUP BY state`);
  return Object.fromEntries(rows.map((r) => [r.state, r.n]));
}

describe('SIGTERM', () => {
  it('exits with status 0 while mail is still owed, and the next start delivers all of it exactly once', async () => {
    t.env = { ...t.env, SHUTDOWN_TIMEOUT_S: '20' };
    await t.start();
    // The relay answers 421 (try later): acknowledgments and notifications stay owed and retried.
    // The requests themselves arrive past the relay, as the receiving MTA delivers them.
    t.stack.relay.refuseAll(421);
    for (const [i, r] of REQUESTERS.entries()) {
      await deliverDirect(t.stack.dovecot, {
        from: r.from, to: CONTACT,
        raw: `From: ${r.from}\r\nTo: ${CONTACT}\r\nSubject: Delete my data\r\nMessage-ID: <sigterm-${i}@example.com>\r\n` +
          `Date: ${new Date().toUTCString()}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n` +
          `Please delete my Instagram data, my username is @${r.username}.\r\n`,
      });
    }
    await waitUntil(async () => {
      const { rows } = await t.db.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM requests`);
      return rows[0]!.n === REQUESTERS.length && t.stack.relay.refusals.length > 0;
    }, 'the three requests to be filed and a send to be refused', 60_000);

    expect(await t.stop()).toBe(0);
    const owed = await outboxStates();
    expect(owed.pending ?? 0).toBeGreaterThan(0);
    expect(t.logs[0]!.join('\n')).toContain('shutting down: finishing in-flight work');
    expect(t.logs[0]!.join('\n')).not.toContain('shutdown timed out');

    t.stack.relay.refuseAll(null);
    await t.start();
    for (const r of REQUESTERS) {
      const ack = await waitForMail(t.stack.dovecot, r.from, isAck, { timeoutMs: 60_000 });
      const ref = refOf(ack.subject)!;
      await waitForMail(t.stack.dovecot, STAFF, isNotification(ref), { timeoutMs: 60_000 });
    }
    await waitUntil(async () => ((await outboxStates()).pending ?? 0) === 0, 'every owed mail to be sent', 60_000);
    expect(await outboxStates()).toEqual({ sent: REQUESTERS.length * 2 });
    for (const r of REQUESTERS) {
      expect((await listMail(t.stack.dovecot, r.from)).filter(isAck)).toHaveLength(1);
    }
    const notes = (await listMail(t.stack.dovecot, STAFF)).filter((m) => /waiting for approval/i.test(m.subject));
    expect(new Set(notes.map((m) => refOf(m.subject))).size).toBe(REQUESTERS.length);
    expect(notes).toHaveLength(REQUESTERS.length);
  }, 240_000);
});
