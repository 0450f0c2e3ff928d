import { beforeAll, describe, expect, it } from 'vitest';
import { useBotStack } from '../support/bot-stack.js';
import { listMail, sendMail, waitForMail } from '../../harness/mail-user.js';
import { accountId, rowsOf, snapshot } from './integration-data.js';
import { fileRequest } from './file-request.js';
import { processed, refusals, stateOf } from './approval-helpers.js';
import { bare, CONTACT, STAFF } from './mail-facts.js';

/**
 * Only the staff notification carries the approval token. Reminders, alerts
 * and "not understood" answers thread for the staff's mail client without it,
 * so one of them forwarded (with its References) and sent back with a staff
 * From proves nothing.
 */

const t = useBotStack({ seed: true, start: false });

beforeAll(async () => {
  t.env = { ...t.env, HOUSEKEEPING_SECONDS: '1' };
  await t.start();
});

const isAbout = (ref: string, words: RegExp) => (m: { subject: string }) => m.subject.includes(ref) && words.test(m.subject);

describe('the approval token stays in the notification', () => {
  it('a reminder and a refusal alert carry no token; a reply to them approves nothing; the notification still decides', async () => {
    const pool = t.db.pool;
    const dave = (await accountId(pool, 'dave.designs'))!;
    const before = await snapshot(pool);
    const a = await fileRequest(t, {
      from: 'dave@example.com', subject: 'Deletion request',
      text: 'Please delete my Instagram-related data. My Instagram handle is @dave.designs\n',
    });
    const noteId = bare(a.note.messageId);
    const token = /\.([0-9a-f]{32})@/.exec(noteId)![1]!;
    const { rows } = await pool.query(`SELECT id FROM requests WHERE reference = $1`, [a.ref]);
    await pool.query(`UPDATE request_events SET at = at - interval '4 days' WHERE request_id = $1 AND to_state = 'awaiting_approval'`, [rows[0].id]);

    const reminder = await waitForMail(t.stack.dovecot, STAFF, isAbout(a.ref, /Reminder: waiting 4 days/));
    expect([...reminder.references, reminder.inReplyTo ?? ''].map(bare)).not.toContain(noteId);
    expect(reminder.raw.toString('latin1')).not.toContain(token);
    expect(reminder.text).toContain('reply to the notification itself');

    // A stranger holding a forwarded reminder writes "from" staff, threaded like a real reply.
    const spoofed = await sendMail(t.stack.relay, {
      from: STAFF, to: CONTACT, subject: `Re: ${reminder.subject}`, text: 'APPROVE\n',
      inReplyTo: reminder.messageId!, references: [...reminder.references, reminder.messageId!],
    });
    await processed(pool, [spoofed.messageId]);
    expect(await stateOf(pool, a.ref)).toBe('awaiting_approval');
    expect(rowsOf(await snapshot(pool), dave)).toEqual(rowsOf(before, dave));
    expect((await refusals(pool, a.ref)).at(-1)).toEqual({
      reason: 'no_token',
      why: `the mail answers a reminder, alert or answer about ${a.ref}, which carries no token: reply to the notification itself, or write the command with its code from the notification`,
    });

    // The refusal alert carries no token either, and neither does a reply to it.
    const alert = await waitForMail(t.stack.dovecot, STAFF, isAbout(a.ref, /refused \(no token\)/));
    expect([...alert.references, alert.inReplyTo ?? ''].map(bare)).not.toContain(noteId);
    expect(alert.raw.toString('latin1')).not.toContain(token);
    const viaAlert = await sendMail(t.stack.relay, {
      from: STAFF, to: CONTACT, subject: `Re: ${alert.subject}`, text: 'APPROVE\n',
      inReplyTo: alert.messageId!, references: [...alert.references, alert.messageId!],
    });
    await processed(pool, [viaAlert.messageId]);
    expect(await stateOf(pool, a.ref)).toBe('awaiting_approval');

    // A genuine reply to the notification decides.
    await sendMail(t.stack.relay, {
      from: STAFF, to: CONTACT, subject: `Re: ${a.note.subject}`, text: 'APPROVE\n',
      inReplyTo: a.note.messageId!, references: [a.note.messageId!],
    });
    await waitForMail(t.stack.dovecot, 'dave@example.com', (m) => /has been deleted/.test(m.subject));
    expect((await listMail(t.stack.dovecot, 'dave@example.com')).length).toBe(2);
  });
});
