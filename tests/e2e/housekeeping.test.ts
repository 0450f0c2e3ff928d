import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../harness/bot-process.js';
import { useBotStack } from '../support/bot-stack.js';
import { sendMail, waitForMail } from '../../harness/mail-user.js';
import { fileRequest } from './file-request.js';
import { CONTACT, STAFF } from './mail-facts.js';

/**
 * The running bot's housekeeping tick (HOUSEKEEPING_SECONDS) sends reminders
 * and escalations to staff and purges ended requests. Days cannot pass in a
 * test, so the request's dates are moved back in the database; the bot keeps
 * its real clock. (The rules themselves are shown with an injected clock in
 * tests/integration/sla-reminders.test.ts and retention-purge.test.ts.)
 */

const t = useBotStack({ seed: true, start: false });

beforeAll(async () => {
  t.env = { ...t.env, HOUSEKEEPING_SECONDS: '1' };
  await t.start();
});

const isAbout = (ref: string, words: RegExp) => (m: { subject: string }) => m.subject.includes(ref) && words.test(m.subject);

describe('housekeeping in the running bot', () => {
  it('reminds and escalates to staff; a reply to the notification decides; the request is purged after retention', async () => {
    const pool = t.db.pool;
    const filed = await fileRequest(t, {
      from: 'alice@example.com', subject: 'Delete my data',
      text: 'Please delete my Instagram-related app data. My Instagram username is @sunny.days.',
    });
    const { rows } = await pool.query(`SELECT id FROM requests WHERE reference = $1`, [filed.ref]);
    const id = rows[0].id as string;

    // Staff were asked 4 days ago, and the due date is 2 days away.
    await pool.query(`UPDATE request_events SET at = at - interval '4 days' WHERE request_id = $1 AND to_state = 'awaiting_approval'`, [id]);
    await pool.query(`UPDATE requests SET received_at = now() - interval '28 days', due_at = now() + interval '2 days' WHERE id = $1`, [id]);

    const reminder = await waitForMail(t.stack.dovecot, STAFF, isAbout(filed.ref, /Reminder: waiting 4 days/));
    expect(reminder.text).toContain('has been waiting for your decision for 4 days');
    // Only the notification carries the approval token (tests/e2e/approval-staff-thread.test.ts).
    expect(reminder.references).not.toContain(filed.note.messageId);
    const escalation = await waitForMail(t.stack.dovecot, STAFF, isAbout(filed.ref, /Escalation: Due/));
    expect(escalation.text).toContain('is due in 1 day');

    // Staff answer the notification the way a mail client replies.
    await sendMail(t.stack.relay, {
      from: STAFF, to: CONTACT, subject: `Re: ${filed.note.subject}`, text: 'APPROVE\n\n> earlier text',
      inReplyTo: filed.note.messageId!, references: [filed.note.messageId!],
    });
    await waitForMail(t.stack.dovecot, 'alice@example.com', isAbout(filed.ref, /deleted/i));
    const once = await pool.query(`SELECT count(*)::int AS n FROM outbox WHERE request_id = $1 AND purpose = 'staff_reminder'`, [id]);
    expect(once.rows[0].n).toBe(1);

    // Completed 31 days ago: the next tick purges it.
    await pool.query(`UPDATE requests SET completed_at = completed_at - interval '31 days', decided_at = decided_at - interval '31 days' WHERE id = $1`, [id]);
    const deadline = Date.now() + 20_000;
    let purged: { purged_at: Date | null; instagram_username: string | null; username_hash: string | null } | undefined;
    while (Date.now() < deadline) {
      purged = (await pool.query(`SELECT purged_at, instagram_username, username_hash FROM requests WHERE id = $1`, [id])).rows[0];
      if (purged?.purged_at) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(purged).toMatchObject({ instagram_username: null, username_hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(purged!.purged_at).not.toBeNull();

    const show = await runCli(['requests', 'show', filed.ref], t.env);
    expect(show.code, show.stderr).toBe(0);
    expect(show.stdout).toMatch(/ reminder_sent +bot +Reminder 1 to staff: waiting 4 days for a decision/);
    expect(show.stdout).toMatch(/ escalated +bot +Escalation to staff: due in 1 day/);
    expect(show.stdout).toMatch(/ approved +staff@pickrtech\.com +Approved by staff@pickrtech\.com by email/);
    expect(show.stdout).toMatch(/ purged +bot +Personal data purged after 30 days/);
    expect(show.stdout).not.toContain('alice@example.com');
    expect(show.stdout).not.toContain('sunny.days');
  });
});
