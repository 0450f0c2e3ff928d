import { describe, expect, it } from 'vitest';
import { useBotStack } from '../support/bot-stack.js';
import { listMail, sendMail } from '../../harness/mail-user.js';
import { waitUntil } from '../../harness/system.js';
import { CONTACT, STAFF } from './mail-facts.js';

/**
 * An auto-responder that sends no auto-reply header and answers every mail of the bot with a
 * fresh request: the bot answers it a bounded number of times (REPLY_RATE_LIMIT_PER_DAY), then
 * stays silent; every mail of the loop is still recorded and staff are told once.
 */

const LOOPY = 'loopy@example.com';
const MAX_ROUNDS = 20;
const t = useBotStack({ seed: true, users: [LOOPY] });

describe('mail loop', () => {
  it('an auto-responder without auto-reply headers gets REPLY_RATE_LIMIT_PER_DAY answers, then silence', async () => {
    const limit = Number(t.env.REPLY_RATE_LIMIT_PER_DAY ?? 5);
    const send = () => sendMail(t.stack.relay, {
      from: LOOPY, to: CONTACT, subject: 'Your message',
      text: 'Thank you for your email. Please delete my Instagram data, my username is @loopy.user\n',
    });
    let sent = 0;
    const received = async () => (await listMail(t.stack.dovecot, LOOPY)).length;
    await send();
    sent++;
    // The responder answers each bot mail as it arrives, until the bot stops answering.
    for (let round = 0; round < MAX_ROUNDS; round++) {
      const got = await waitUntil(async () => (await received()) >= sent, 'no answer', 20_000, 250).then(() => true, () => false);
      if (!got) break;
      await send();
      sent++;
    }
    // Only the responder writes to contact@ in this file: every mail it sent is recorded and handled.
    await waitUntil(async () => {
      const { rows: r } = await t.db.pool.query(`SELECT count(*)::int AS n FROM inbound_messages WHERE processed_at IS NOT NULL`);
      return r[0].n >= sent;
    }, 'the responder mails were not all handled', 30_000, 250);
    const { rows } = await t.db.pool.query(
      `SELECT count(*)::int AS n FROM inbound_messages WHERE processed_at IS NOT NULL`);
    expect(rows[0].n).toBe(sent);
    expect(await received()).toBe(limit);
    expect(sent).toBe(limit + 1);
    const { rows: withheld } = await t.db.pool.query(
      `SELECT count(*)::int AS n FROM request_events WHERE type = 'mail_withheld' AND detail->>'reason' = 'rate_limit'`);
    expect(withheld[0].n).toBeGreaterThanOrEqual(1);
    // Staff got one notification for the one account, not one per looped mail.
    const notes = (await listMail(t.stack.dovecot, STAFF)).filter((m) => m.headers.get('x-deletion-bot') === 'staff_notification');
    expect(notes).toHaveLength(1);
  }, 600_000);
});
