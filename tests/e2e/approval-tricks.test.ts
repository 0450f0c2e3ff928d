import { describe, expect, it } from 'vitest';
import { useBotStack } from '../support/bot-stack.js';
import { sendMail, sendRaw, type ReceivedMail } from '../../harness/mail-user.js';
import { waitUntil } from '../../harness/system.js';
import { accountId, rowsOf, snapshot } from './integration-data.js';
import { fileRequest } from './file-request.js';
import { codesOf, processed, refusals, replyTo, stateOf } from './approval-helpers.js';
import { CONTACT, STAFF } from './mail-facts.js';

/**
 * Tricks on the staff address and on the codes, through the running bot: look-alike senders in
 * the notification's own thread, an APPROVE code used to REJECT, and a replay of the genuine
 * approval after completion. None decides anything; each is recorded with its reason.
 */

const t = useBotStack({ seed: true });

/** A reply in the notification's thread whose From header is written as given (the envelope is the attacker's). */
async function rawReply(note: ReceivedMail, fromHeader: string, i: number): Promise<{ messageId: string }> {
  const messageId = `<trick-${i}-${Date.now()}@evil.example>`;
  const raw = [
    `From: ${fromHeader}`, `To: ${CONTACT}`, `Subject: Re: ${note.subject}`, `Message-ID: ${messageId}`,
    `In-Reply-To: ${note.messageId}`, `References: ${note.messageId}`, 'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: 8bit', '', 'APPROVE', '',
  ].join('\r\n');
  await sendRaw(t.stack.relay, { from: 'attacker@evil.example', to: [CONTACT], raw: Buffer.from(raw, 'utf8') });
  return { messageId };
}

describe('approval tricks', () => {
  it('look-alike staff senders, a code used for the other command and a replay after completion decide nothing', async () => {
    const pool = t.db.pool;
    const dave = (await accountId(pool, 'dave.designs'))!;
    const a = await fileRequest(t, {
      from: 'dave@example.com', subject: 'Deletion request',
      text: 'Please delete my Instagram-related data. My Instagram handle is @dave.designs\n',
    });
    const before = await snapshot(pool);
    const codes = codesOf(a.note);
    const lookAlikes = [
      '"staff@pickrtech.com" <evil@example.com>',
      'staff@pickrtech.com.evil.example',
      'staff@pickrtech.co',
      'staff+boss@pickrtech.com',
      '"staff@pickrtech.com"@evil.example',
      'staff@pickrt\u0435ch.com',
      '=?utf-8?Q?staff=40pickrtech=2Ecom?= <evil@example.com>',
      'staff@pickrtech.com <evil@example.com>',
      'Staff <staff@pickrtech.com.evil.example>',
    ];
    const sent = await Promise.all([
      ...lookAlikes.map((from, i) => rawReply(a.note, from, i)),
      // The APPROVE code used to REJECT: a code opens only its own command.
      sendMail(t.stack.relay, { from: STAFF, to: CONTACT, subject: 'decision', text: `REJECT ${codes.approve} not needed\n` }),
    ]);
    await processed(pool, sent.map((s) => s.messageId));
    expect(await stateOf(pool, a.ref)).toBe('awaiting_approval');
    expect(await snapshot(pool)).toEqual(before);
    const refused = await refusals(pool, a.ref);
    expect(refused).toHaveLength(lookAlikes.length + 1);
    expect(refused.filter((r) => r.reason === 'wrong_sender')).toHaveLength(lookAlikes.length);
    expect(refused.filter((r) => r.reason === 'wrong_token')).toHaveLength(1);

    // The genuine approval decides; the same approval sent again afterwards is refused.
    const genuine = replyTo(a.note, STAFF, 'APPROVE\n');
    await sendMail(t.stack.relay, genuine);
    await waitUntil(async () => (await stateOf(pool, a.ref)) === 'completed', `${a.ref} was not completed`, 60_000, 250);
    expect(rowsOf(await snapshot(pool), dave)).toEqual({ ig_accounts: 0, ig_access_tokens: 0, ig_publishing_logs: 0, ig_error_logs: 0 });
    const replay = await Promise.all([
      sendMail(t.stack.relay, genuine),
      sendMail(t.stack.relay, { from: STAFF, to: CONTACT, subject: 'again', text: `REJECT ${codes.reject} changed my mind\n` }),
    ]);
    await processed(pool, replay.map((s) => s.messageId));
    expect(await stateOf(pool, a.ref)).toBe('completed');
    const after = await refusals(pool, a.ref);
    expect(after.slice(refused.length).map((r) => r.reason)).toEqual(['already_decided', 'already_decided']);
    const { rows } = await pool.query(
      `SELECT count(*)::int AS n FROM request_events e JOIN requests r ON r.id = e.request_id WHERE r.reference = $1 AND e.type = 'approved'`, [a.ref]);
    expect(rows[0].n).toBe(1);
  }, 300_000);
});
