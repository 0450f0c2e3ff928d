import { beforeAll, describe, expect, it } from 'vitest';
import { checkReplyToken } from '../../src/approval/approval-token.js';
import { runHousekeeping } from '../../src/housekeeping/run-housekeeping.js';
import { jobIds, type Queues } from '../../src/queue/queues.js';
import { sendDueEscalations } from '../../src/sla/send-escalations.js';
import { sendDueReminders } from '../../src/sla/send-reminders.js';
import { testBotContext, type TestBotContext } from '../support/bot-context.js';
import { useFeatureFixture } from '../support/feature-fixture.js';
import type { TestDatabase } from '../../harness/postgres.js';
import { decideDirect, fileRequestDirect } from './file-request-direct.js';

/**
 * Reminders and escalations to staff, shown by moving the injected clock:
 * nothing sleeps. The clock starts at the real present because the moment
 * staff were asked is the database's time of that event.
 */

const DAY = 86_400_000;
const T0 = new Date();
const at = (days: number, minutes = 0) => new Date(T0.getTime() + days * DAY + minutes * 60_000);

const fixture = useFeatureFixture({ seed: true });
let db: TestDatabase;
let queues: Queues;
let clock = T0;
let ctx: TestBotContext;

beforeAll(async () => {
  ({ db, queues } = fixture);
  ctx = fixture.context({ now: () => clock });
});

interface StaffMail {
  id: string;
  purpose: string;
  to: string[];
  subject: string;
  text: string;
  inReplyTo: string | null;
  references: string[];
}

async function staffMail(requestId: string, purpose: 'staff_reminder' | 'staff_escalation'): Promise<StaffMail[]> {
  const { rows } = await db.pool.query(
    `SELECT id, purpose, to_addresses, subject, text_body, in_reply_to, references_ids FROM outbox
      WHERE request_id = $1 AND purpose = $2 ORDER BY created_at`,
    [requestId, purpose],
  );
  return rows.map((r) => ({ id: r.id, purpose: r.purpose, to: r.to_addresses, subject: r.subject, text: r.text_body, inReplyTo: r.in_reply_to, references: r.references_ids }));
}

async function events(requestId: string, type: string): Promise<Record<string, unknown>[]> {
  const { rows } = await db.pool.query(`SELECT detail FROM request_events WHERE request_id = $1 AND type = $2 ORDER BY id`, [requestId, type]);
  return rows.map((r) => r.detail);
}

async function reminderPass(now: Date): Promise<number> {
  clock = now;
  return (await sendDueReminders(ctx)).length;
}

async function escalationPass(now: Date): Promise<number> {
  clock = now;
  return (await sendDueEscalations(ctx)).length;
}

describe('reminders to staff', () => {
  let id: string;

  it('waits APPROVAL_REMINDER_DAYS (3) before the first reminder', async () => {
    id = await fileRequestDirect(ctx, { from: 'alice@example.com', username: 'sunny.days', at: T0 });
    expect(await reminderPass(at(0, 5))).toBe(0);
    expect(await reminderPass(at(2))).toBe(0);
    expect(await reminderPass(at(2, 23 * 60 + 58))).toBe(0);
    expect(await staffMail(id, 'staff_reminder')).toEqual([]);
  });

  it('sends one reminder after 3 days, to staff, threaded under the notification', async () => {
    expect(await reminderPass(at(3, 1))).toBe(1);
    const [reminder] = await staffMail(id, 'staff_reminder');
    expect(reminder!.to).toEqual(['staff@pickrtech.com']);
    expect(reminder!.subject).toMatch(/^\[DR-\d{4}-\d{5}\] Reminder: waiting 3 days for your decision$/);
    expect(reminder!.text).toContain('has been waiting for your decision for 3 days');
    expect(reminder!.text).toContain('APPROVE');
    // No personal data in the reminder: the notification in the thread has it.
    expect(reminder!.text).not.toContain('sunny.days');
    expect(reminder!.text).not.toContain('alice@example.com');
    // Only the notification carries the approval token: a forwarded reminder proves nothing.
    const replyIds = [reminder!.inReplyTo!, ...reminder!.references];
    expect(checkReplyToken(ctx.settings.approvalSecret, replyIds)).toEqual({ status: 'absent' });
    expect(await events(id, 'reminder_sent')).toEqual([{ number: 1, waitingDays: 3 }]);
  });

  it('does not repeat the reminder before another 3 days, however often the tick runs', async () => {
    expect(await reminderPass(at(3, 1))).toBe(0);
    expect(await reminderPass(at(4))).toBe(0);
    expect(await reminderPass(at(6))).toBe(0);
    expect(await staffMail(id, 'staff_reminder')).toHaveLength(1);
  });

  it('repeats after another 3 days, once even when two ticks race', async () => {
    clock = at(6, 2);
    const [a, b] = await Promise.all([sendDueReminders(ctx), sendDueReminders(ctx)]);
    expect(a.length + b.length).toBe(1);
    const reminders = await staffMail(id, 'staff_reminder');
    expect(reminders).toHaveLength(2);
    expect(reminders[1]!.subject).toContain('waiting 6 days');
    expect(await events(id, 'reminder_sent')).toEqual([{ number: 1, waitingDays: 3 }, { number: 2, waitingDays: 6 }]);
  });

  it('stops once the request is decided', async () => {
    clock = at(7);
    await decideDirect(ctx, id, { action: 'approve' });
    expect(await reminderPass(at(9, 5))).toBe(0);
    expect(await reminderPass(at(20))).toBe(0);
    expect(await staffMail(id, 'staff_reminder')).toHaveLength(2);
  });

  it('honours another APPROVAL_REMINDER_DAYS', async () => {
    const weekly = testBotContext({ pool: db.pool, queues, now: () => clock, env: { APPROVAL_REMINDER_DAYS: '7' } });
    const other = await fileRequestDirect(weekly, { from: 'dave@example.com', username: 'dave.designs', at: T0 });
    clock = at(6);
    expect(await sendDueReminders(weekly)).toHaveLength(0);
    clock = at(7, 1);
    expect(await sendDueReminders(weekly)).toHaveLength(1);
    expect((await staffMail(other, 'staff_reminder'))[0]!.subject).toContain('waiting 7 days');
    await decideDirect(weekly, other, { action: 'reject', reason: 'test over' });
  });
});

describe('escalation near the due date', () => {
  let id: string;
  let dueAt: Date;

  it('is not sent while the due date is more than 5 days away', async () => {
    clock = T0;
    id = await fileRequestDirect(ctx, { from: 'bob@example.org', username: 'bob_builds', at: T0 });
    const { rows } = await db.pool.query(`SELECT due_at FROM requests WHERE id = $1`, [id]);
    dueAt = rows[0].due_at;
    const byDue = (days: number) => new Date(dueAt.getTime() + days * DAY);
    expect(await escalationPass(byDue(-10))).toBe(0);
    expect(await escalationPass(new Date(byDue(-5).getTime() - 60_000))).toBe(0);
  });

  it('is sent once, within 5 days of the due date, saying how long is left', async () => {
    const fourDaysBefore = new Date(dueAt.getTime() - 4 * DAY);
    expect(await escalationPass(fourDaysBefore)).toBe(1);
    expect(await escalationPass(fourDaysBefore)).toBe(0);
    expect(await escalationPass(new Date(dueAt.getTime() - 1 * DAY))).toBe(0);
    expect(await escalationPass(new Date(dueAt.getTime() + 3 * DAY))).toBe(0);
    const [mail] = await staffMail(id, 'staff_escalation');
    expect(mail!.to).toEqual(['staff@pickrtech.com']);
    expect(mail!.subject).toMatch(/^\[DR-\d{4}-\d{5}\] Escalation: Due \d{4}-\d{2}-\d{2}: request still open$/);
    expect(mail!.text).toContain('is due in 4 days');
    expect(mail!.text).toContain('It is waiting for a staff decision');
    expect(checkReplyToken(ctx.settings.approvalSecret, [mail!.inReplyTo!, ...mail!.references])).toEqual({ status: 'absent' });
    expect(await events(id, 'escalated')).toEqual([
      { state: 'awaiting_approval', dueAt: dueAt.toISOString(), overdue: false, due: 'due in 4 days' },
    ]);
  });

  it('escalates once more after the due date was extended, near the new date', async () => {
    const newDue = new Date(dueAt.getTime() + 30 * DAY);
    await db.pool.query(`UPDATE requests SET due_at = $2, extended_at = $3, extended_by = 'staff@pickrtech.com' WHERE id = $1`,
      [id, newDue, new Date(dueAt.getTime() - 2 * DAY)]);
    expect(await escalationPass(new Date(dueAt.getTime() - DAY))).toBe(0);
    expect(await escalationPass(new Date(newDue.getTime() - 3 * DAY))).toBe(1);
    expect(await escalationPass(new Date(newDue.getTime() - 2 * DAY))).toBe(0);
    const escalations = await staffMail(id, 'staff_escalation');
    expect(escalations).toHaveLength(2);
    expect(escalations[1]!.text).toContain('is due in 3 days');
    expect(escalations[1]!.text).toContain('it cannot be extended again');
    await decideDirect(ctx, id, { action: 'reject', reason: 'test over' });
  });

  it('says OVERDUE for an open request already past its due date, and the housekeeping tick queues the mail', async () => {
    // Received 35 days ago: its due date (30 days) passed 5 days ago.
    clock = new Date(T0.getTime() - 35 * DAY);
    const late = await fileRequestDirect(ctx, { from: 'carol@example.net', username: 'carol.cooks', at: clock });
    clock = T0;
    const n = await runHousekeeping(ctx);
    expect(n.escalations).toBe(1);
    const [mail] = await staffMail(late, 'staff_escalation');
    expect(mail!.subject).toMatch(/Escalation: OVERDUE since \d{4}-\d{2}-\d{2}$/);
    expect(mail!.text).toContain('is OVERDUE');
    expect(mail!.text).toContain('overdue by 5 days');
    const queued = await queues.mail.getJob(jobIds.mail(mail!.id));
    expect(queued?.data).toEqual({ outboxId: mail!.id });
  });
});
