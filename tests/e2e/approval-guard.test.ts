import { describe, expect, it } from 'vitest';
import { useBotStack } from '../harness/bot-stack.js';
import { listMail, sendMail, waitForMail } from '../harness/mail-user.js';
import { waitUntil } from '../harness/system.js';
import { accountId, rowsOf, snapshot } from './integration-data.js';
import { fileRequest } from './file-request.js';
import { bare, CONTACT, STAFF } from './mail-facts.js';

/** Only a staff address answering the request's own notification can decide it. */

const t = useBotStack({ seed: true });

async function processed(messageIds: string[]): Promise<void> {
  const ids = messageIds.map(bare);
  await waitUntil(async () => {
    const { rows } = await t.db.pool.query(
      `SELECT count(*)::int AS n FROM inbound_messages WHERE message_id = ANY($1) AND processed_at IS NOT NULL`, [ids]);
    return rows[0].n === ids.length;
  }, `messages ${ids.join(', ')} were not all processed`, 20_000, 100);
}

describe('approval guard', () => {
  it('refuses forged and stray approvals, records them and alerts staff; a real one still works', async () => {
    const dave = await accountId(t.db.pool, 'dave.designs');
    const before = rowsOf(await snapshot(t.db.pool), dave!);

    const { ack, ref, note } = await fileRequest(t, {
      from: 'dave@example.com', subject: 'Deletion request',
      text: 'Please delete my Instagram-related data. My Instagram handle is @dave.designs\n',
    });
    const noteId = note.messageId!;

    // 1. The requester answers the notification (they may have seen it forwarded): not staff.
    const byRequester = await sendMail(t.stack.relay, {
      from: 'dave@example.com', to: CONTACT, subject: `Re: ${note.subject}`, text: 'APPROVE\n',
      inReplyTo: noteId, references: [noteId],
    });
    // 2. Staff write APPROVE in a fresh mail that answers no notification.
    const unthreaded = await sendMail(t.stack.relay, {
      from: STAFF, to: CONTACT, subject: `${ref} approve`, text: `APPROVE\n\n${ref}\n`,
    });
    // 3. Staff address, but the token in the id is made up.
    const forgedId = bare(noteId).replace(/\.[0-9a-f]{32}@/, `.${'ab'.repeat(16)}@`);
    const forged = await sendMail(t.stack.relay, {
      from: STAFF, to: CONTACT, subject: `Re: ${note.subject}`, text: 'APPROVE\n',
      inReplyTo: `<${forgedId}>`, references: [`<${forgedId}>`],
    });
    // 4. A staff reply whose command sits only in the quoted text.
    const quotedOnly = await sendMail(t.stack.relay, {
      from: STAFF, to: CONTACT, subject: `Re: ${note.subject}`, text: 'Looks fine to me, will check tomorrow.\n\n> APPROVE\n',
      inReplyTo: noteId, references: [noteId],
    });
    await processed([byRequester.messageId, unthreaded.messageId, forged.messageId, quotedOnly.messageId]);

    const { rows: req } = await t.db.pool.query(`SELECT id, state FROM requests WHERE reference = $1`, [ref]);
    expect(req[0].state).toBe('awaiting_approval');
    expect(rowsOf(await snapshot(t.db.pool), dave!)).toEqual(before);
    const { rows: events } = await t.db.pool.query(
      `SELECT type, detail->>'why' AS why FROM request_events WHERE request_id = $1 AND type IN ('approval_refused', 'staff_reply_not_understood') ORDER BY id`,
      [req[0].id],
    );
    expect(events).toEqual(expect.arrayContaining([
      { type: 'approval_refused', why: 'the sender is not on the staff list' },
      { type: 'approval_refused', why: 'the approval token in the reply does not verify' },
      { type: 'staff_reply_not_understood', why: null },
    ]));
    expect(events).toHaveLength(3);

    await waitUntil(async () => (await listMail(t.stack.dovecot, STAFF)).filter((m) => /Alert: a decision attempt was refused/.test(m.subject)).length === 2,
      'staff did not receive two alerts', 20_000, 250);
    const alerts = (await listMail(t.stack.dovecot, STAFF)).filter((m) => /Alert/.test(m.subject));
    expect(alerts.map((a) => a.text).join('\n')).toContain('Why it was refused: the sender is not on the staff list');
    const echo = await waitForMail(t.stack.dovecot, STAFF, (m) => /Reply not understood/.test(m.subject));
    expect(echo.text).toContain('Nothing was done');
    // The requester never hears of any of it.
    expect((await listMail(t.stack.dovecot, 'dave@example.com')).map((m) => m.subject)).toEqual([ack.subject]);

    // The genuine reply still decides, once.
    await sendMail(t.stack.relay, { from: STAFF, to: CONTACT, subject: `Re: ${note.subject}`, text: 'APPROVE\n', inReplyTo: noteId, references: [noteId] });
    await waitForMail(t.stack.dovecot, 'dave@example.com', (m) => /has been deleted/.test(m.subject));
    const late = await sendMail(t.stack.relay, {
      from: 'staff2@pickrtech.com', to: CONTACT, subject: `Re: ${note.subject}`, text: 'REJECT changed my mind\n', inReplyTo: noteId, references: [noteId],
    });
    await processed([late.messageId]);
    const { rows: after } = await t.db.pool.query(`SELECT state FROM requests WHERE reference = $1`, [ref]);
    expect(after[0].state).toBe('completed');
    const { rows: lateEvents } = await t.db.pool.query(
      `SELECT detail->>'why' AS why FROM request_events WHERE request_id = $1 AND type = 'approval_refused' ORDER BY id DESC LIMIT 1`, [req[0].id]);
    expect(lateEvents[0].why).toBe('the request is completed, not awaiting approval');
  });
});
