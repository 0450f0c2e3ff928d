import { describe, expect, it } from 'vitest';
import { useBotStack } from '../support/bot-stack.js';
import { listMail, sendMail, waitForMail } from '../../harness/mail-user.js';
import { accountId, rowsOf, snapshot } from './integration-data.js';
import { fileRequest } from './file-request.js';
import { processed, replyTo, stateOf } from './approval-helpers.js';
import { STAFF } from './mail-facts.js';

/**
 * Staff reply to all to discuss a request, so their questions reach the bot.
 * A question or a hedge next to a command word decides nothing: the data stays,
 * the requester hears nothing, and the staff member is told what to write.
 */

const t = useBotStack({ seed: true });

describe('a staff question is not a decision', () => {
  it('"Approve? No - ..." in the notification thread deletes nothing and is answered "not understood"', async () => {
    const pool = t.db.pool;
    const dave = (await accountId(pool, 'dave.designs'))!;
    const before = await snapshot(pool);
    const a = await fileRequest(t, {
      from: 'dave@example.com', subject: 'Deletion request',
      text: 'Please delete my Instagram-related data. My Instagram handle is @dave.designs\n',
    });

    const sent = await Promise.all([
      sendMail(t.stack.relay, replyTo(a.note, STAFF,
        'Approve? No - I am not sure the sender owns this account, can someone check first\n\n> Deletion request waiting\n')),
      sendMail(t.stack.relay, replyTo(a.note, 'staff2@pickrtech.com', 'Reject? I think we should approve this one\n')),
    ]);
    await processed(pool, sent.map((s) => s.messageId));

    expect(await stateOf(pool, a.ref)).toBe('awaiting_approval');
    expect(rowsOf(await snapshot(pool), dave)).toEqual(rowsOf(before, dave));
    expect(rowsOf(before, dave)).toEqual({ ig_accounts: 1, ig_access_tokens: 2, ig_publishing_logs: 3, ig_error_logs: 2 });

    const notUnderstood = (m: { subject: string }) => m.subject.includes(a.ref) && /Reply not understood/.test(m.subject);
    const echo = await waitForMail(t.stack.dovecot, STAFF, notUnderstood);
    expect(echo.text).toContain('was read as: a question ("Approve? No - I am not sure the sender owns this account, can someone check first"), not a command');
    expect(echo.text).toContain('Nothing was done.');
    expect(echo.text).toContain('APPROVE decides only alone on its line.');
    await waitForMail(t.stack.dovecot, 'staff2@pickrtech.com', notUnderstood);

    // The requester heard nothing but the acknowledgment: no "? I think ..." reason.
    expect((await listMail(t.stack.dovecot, 'dave@example.com')).map((m) => m.subject)).toEqual([a.ack.subject]);

    // APPROVE alone still decides.
    await sendMail(t.stack.relay, replyTo(a.note, STAFF, 'APPROVE\n'));
    await waitForMail(t.stack.dovecot, 'dave@example.com', (m) => /has been deleted/.test(m.subject));
    expect(rowsOf(await snapshot(pool), dave)).toEqual({ ig_accounts: 0, ig_access_tokens: 0, ig_publishing_logs: 0, ig_error_logs: 0 });
  });
});
