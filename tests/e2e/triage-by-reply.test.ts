import { describe, expect, it } from 'vitest';
import { useBotStack, type BotStack } from '../support/bot-stack.js';
import { listMail, sendMail, waitForMail, type ReceivedMail } from '../../harness/mail-user.js';
import { processed, refusalAlerts, refusals, replyTo, stateOf } from './approval-helpers.js';
import { accountId, rowsOf, snapshot } from './integration-data.js';
import { bare, CONTACT, isAck, isNotification, refOf, STAFF } from './mail-facts.js';

/**
 * A mail the reader cannot settle (kind `possible_request`: here a request that also asks to
 * keep the account, and a list of words) reaches staff as a triage notification; staff decide
 * by replying, with the checks an approval has. Through the running bot, real SMTP and IMAP.
 */

const t = useBotStack({ seed: true });

const isTriage = (m: { subject: string }): boolean => /\] Possible deletion request: is it one\?$/.test(m.subject);

/** A person writes to contact@; resolves once staff hold the triage notification of that mail. */
async function writePossibleRequest(s: BotStack, from: string, subject: string, text: string): Promise<{ messageId: string; ref: string; triage: ReceivedMail }> {
  const sent = await sendMail(s.stack.relay, { from, to: CONTACT, subject, text });
  const triage = await waitForMail(s.stack.dovecot, STAFF, (m) => isTriage(m) && m.text.includes(`Sender:               ${from}`));
  const ref = refOf(triage.subject);
  if (!ref) throw new Error(`the triage notification has no reference: ${triage.subject}`);
  return { messageId: sent.messageId, ref, triage };
}

describe('triage by reply', () => {
  it('a possible request reaches staff; REQUEST @x opens it, the requester is acknowledged, and APPROVE completes it', async () => {
    const pool = t.db.pool;
    const dave = (await accountId(pool, 'dave.designs'))!;
    const { messageId, ref, triage } = await writePossibleRequest(t, 'dave@example.com', 'Instagram data',
      'Hi, please delete my Instagram data, my handle is @dave.designs. But keep my account, I still use it.\n');

    // Staff read what the bot found, why it doubts, and the mail's own words.
    expect(triage.text).toContain('Instagram username:   @dave.designs');
    expect(triage.text).toContain('Confirmation address: dave@example.com');
    expect(triage.text).toContain('Why the bot is unsure:');
    expect(triage.text).toContain('  | Hi, please delete my Instagram data, my handle is @dave.designs. But keep my account, I still use it.');
    expect(triage.text).toContain('  REQUEST @dave.designs ');
    expect(await stateOf(pool, ref)).toBe('triage');
    expect(await listMail(t.stack.dovecot, 'dave@example.com')).toEqual([]);

    await sendMail(t.stack.relay, replyTo(triage, STAFF, 'REQUEST @dave.designs\n\nThanks, Maria\n'));
    const ack = await waitForMail(t.stack.dovecot, 'dave@example.com', (m) => isAck(m) && m.subject.includes(ref));
    expect(bare(ack.inReplyTo)).toBe(bare(messageId));
    expect(ack.text).toContain(ref);

    const note = await waitForMail(t.stack.dovecot, STAFF, isNotification(ref));
    expect(note.text).toContain('Instagram username:   @dave.designs');
    expect(note.text).toContain('An Instagram account @dave.designs is connected to PickrTech');
    await sendMail(t.stack.relay, replyTo(note, STAFF, 'APPROVE\n'));
    await waitForMail(t.stack.dovecot, 'dave@example.com', (m) => /has been deleted/.test(m.subject) && m.subject.includes(ref));
    expect(await stateOf(pool, ref)).toBe('completed');
    expect(rowsOf(await snapshot(pool), dave)).toEqual({ ig_accounts: 0, ig_access_tokens: 0, ig_publishing_logs: 0, ig_error_logs: 0 });
  });

  it('IGNORE closes it: staff get one line back, the sender nothing', async () => {
    const pool = t.db.pool;
    const before = await snapshot(pool);
    const { ref, triage } = await writePossibleRequest(t, 'carol@example.com', 'privacy', 'Instagram @carol.cooks - data - privacy - delete\n');

    await sendMail(t.stack.relay, replyTo(triage, 'staff2@pickrtech.com', 'IGNORE\n'));
    const echo = await waitForMail(t.stack.dovecot, 'staff2@pickrtech.com', (m) => m.subject.includes(ref) && /Decision recorded/.test(m.subject));
    expect(echo.text).toContain('IGNORE: not a request; recorded, and nothing was sent to its sender');
    expect(await stateOf(pool, ref)).toBe('ignored');
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n FROM outbox o JOIN requests r ON r.id = o.request_id WHERE r.reference = $1 AND 'carol@example.com' = ANY(o.to_addresses)`, [ref]);
    expect(rows[0].n).toBe(0);
    expect(await listMail(t.stack.dovecot, 'carol@example.com')).toEqual([]);
    expect(await snapshot(pool)).toEqual(before);
  });

  it('forged triage replies are refused, recorded and alerted: a sender not on the staff list, a staff sender without thread or code', async () => {
    const pool = t.db.pool;
    const { ref, triage } = await writePossibleRequest(t, 'bob@example.com', 'Instagram data',
      'Hi, please delete my Instagram data, my handle is @bob_builds. But keep my account, I still use it.\n');

    const sent = await Promise.all([
      sendMail(t.stack.relay, replyTo(triage, 'mallory@example.com', 'REQUEST @bob_builds\n')),
      sendMail(t.stack.relay, { from: STAFF, to: CONTACT, subject: `[${ref}] about this one`, text: 'IGNORE\n' }),
    ]);
    await processed(pool, sent.map((s) => s.messageId));

    expect(await stateOf(pool, ref)).toBe('triage');
    expect((await refusals(pool, ref)).map((r) => r.reason).sort()).toEqual(['no_token', 'wrong_sender']);
    const alerts = await refusalAlerts(t, ref, 2);
    expect(alerts.map((m) => /refused \(([a-z ]+)\)/.exec(m.subject)?.[1]).sort()).toEqual(['no token', 'wrong sender']);
    expect(alerts.map((m) => m.text).join('\n')).toContain('Command read: REQUEST @handle');
    expect(await listMail(t.stack.dovecot, 'bob@example.com')).toEqual([]);
  });
});
