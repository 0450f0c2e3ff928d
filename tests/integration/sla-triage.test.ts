import { beforeAll, describe, expect, it } from 'vitest';
import type { TestBotContext } from '../support/bot-context.js';
import { checkReplyToken } from '../../src/approval/approval-token.js';
import { staffThreadId } from '../../src/understanding/staff-thread-id.js';
import { inTransaction } from '../../src/db/pool.js';
import { runHousekeeping } from '../../src/housekeeping/run-housekeeping.js';
import { advanceRequest } from '../../src/deletion/advance-request.js';
import { getRequest } from '../../src/requests/request-store.js';
import { sendDueEscalations } from '../../src/sla/send-escalations.js';
import { sendDueReminders } from '../../src/sla/send-reminders.js';
import { decideTriage, type TriageCommand } from '../../src/triage/decide-triage.js';
import { useFeatureFixture } from '../support/feature-fixture.js';
import type { TestDatabase } from '../../harness/postgres.js';
import { triageDirect } from './triage-direct.js';

/**
 * A possible request waiting for triage is owed the same reminders and escalation as a
 * request waiting for approval: its sender has had no answer, and its 30 days run from
 * the mail's arrival. Shown by moving the injected clock; the clock starts at the real
 * present because the moment staff were asked is the database's time of that event.
 */

const DAY = 86_400_000;
const T0 = new Date();
const at = (days: number, minutes = 0) => new Date(T0.getTime() + days * DAY + minutes * 60_000);

const fixture = useFeatureFixture({ seed: true });
let db: TestDatabase;
let clock = T0;
let ctx: TestBotContext;

beforeAll(() => {
  db = fixture.db;
  ctx = fixture.context({ now: () => clock });
});

async function staffMail(requestId: string, purpose: 'staff_reminder' | 'staff_escalation') {
  const { rows } = await db.pool.query(
    `SELECT subject, text_body, to_addresses, in_reply_to, references_ids FROM outbox WHERE request_id = $1 AND purpose = $2 ORDER BY created_at`,
    [requestId, purpose],
  );
  return rows.map((r) => ({ subject: r.subject as string, text: r.text_body as string, to: r.to_addresses as string[], inReplyTo: r.in_reply_to as string | null, references: r.references_ids as string[] }));
}

async function reminderPass(now: Date): Promise<void> {
  clock = now;
  await sendDueReminders(ctx);
}

async function triage(id: string, command: TriageCommand): Promise<void> {
  const result = await inTransaction(db.pool, async (tx) => decideTriage(tx, ctx, (await getRequest(tx, id, true))!, command, 'staff@pickrtech.com', 'email'));
  if (!result.ok) throw new Error(`triage refused: ${result.refusal.why}`);
}

describe('reminders of a possible request waiting for triage', () => {
  let id: string;
  let ref: string;

  it('waits APPROVAL_REMINDER_DAYS (3), then reminds staff to answer REQUEST @handle, REQUEST or IGNORE', async () => {
    ({ id, reference: ref } = await triageDirect(ctx, { from: 'zoe@example.com', suggested: 'zoe.maybe', at: T0 }));
    await reminderPass(at(2, 23 * 60 + 58));
    expect(await staffMail(id, 'staff_reminder')).toEqual([]);
    await reminderPass(at(3, 1));
    const reminders = await staffMail(id, 'staff_reminder');
    expect(reminders).toHaveLength(1);
    const [mail] = reminders;
    expect(mail!.to).toEqual(['staff@pickrtech.com']);
    expect(mail!.subject).toBe(`[${ref}] Reminder: possible request waiting 3 days for triage`);
    expect(mail!.text).toContain(`Possible deletion request ${ref} has been waiting for your triage for 3 days`);
    expect(mail!.text).toContain('nothing has been sent to its sender');
    expect(mail!.text).toMatch(/^ {2}REQUEST @handle +it is a request for that Instagram account/m);
    expect(mail!.text).toMatch(/^ {2}REQUEST +it is a request but the username is missing/m);
    expect(mail!.text).toMatch(/^ {2}IGNORE +it is not a request/m);
    expect(mail!.text).toContain(`reply to the triage notification itself`);
    expect(mail!.text).toContain(`deletion-bot triage request ${ref} [--username HANDLE] --by NAME`);
    expect(mail!.text).toContain(`deletion-bot triage ignore ${ref} --by NAME`);
    expect(mail!.text).not.toContain('APPROVE');
    // No personal data, no token: threaded under the request's token-free staff thread.
    expect(mail!.text).not.toContain('zoe');
    expect(mail!.inReplyTo).toBe(staffThreadId(id, ctx.settings.botDomain));
    expect(checkReplyToken(ctx.settings.approvalSecret, [mail!.inReplyTo!, ...mail!.references])).toEqual({ status: 'absent' });
  });

  it('goes on every 3 days while nobody triages it', async () => {
    await reminderPass(at(5));
    expect(await staffMail(id, 'staff_reminder')).toHaveLength(1);
    await reminderPass(at(6, 2));
    const reminders = await staffMail(id, 'staff_reminder');
    expect(reminders).toHaveLength(2);
    expect(reminders[1]!.subject).toBe(`[${ref}] Reminder: possible request waiting 6 days for triage`);
    expect(reminders[1]!.text).toMatch(/^Reminder: {2}2$/m);
  });

  it('once staff answer REQUEST @handle, the reminders are about approval, numbered anew', async () => {
    clock = at(7);
    await triage(id, { action: 'request', username: 'zoe.maybe' });
    await advanceRequest(ctx, id);
    expect((await getRequest(db.pool, id))!.state).toBe('awaiting_approval');
    await reminderPass(at(9, 3));
    const reminders = await staffMail(id, 'staff_reminder');
    expect(reminders).toHaveLength(3);
    expect(reminders[2]!.subject).toMatch(new RegExp(`^\\[${ref}\\] Reminder: waiting \\d+ days for your decision$`));
    expect(reminders[2]!.text).toMatch(/^ {2}APPROVE$/m);
    expect(reminders[2]!.text).toMatch(/^Reminder: {2}1$/m);
    expect(reminders[2]!.text).not.toContain('IGNORE');
  });

  it('IGNORE ends the reminders and the escalation', async () => {
    clock = T0;
    const ignored = await triageDirect(ctx, { from: 'spam@example.net', at: T0 });
    await triage(ignored.id, { action: 'ignore' });
    await reminderPass(at(20));
    clock = at(40);
    await sendDueEscalations(ctx);
    expect(await staffMail(ignored.id, 'staff_reminder')).toEqual([]);
    expect(await staffMail(ignored.id, 'staff_escalation')).toEqual([]);
  });
});

describe('escalation of a possible request', () => {
  it("is due 30 days after the mail's arrival, and tells staff to triage it", async () => {
    // Received 35 days ago and never triaged: its due date passed 5 days ago.
    const arrived = new Date(T0.getTime() - 35 * DAY);
    clock = arrived;
    const late = await triageDirect(ctx, { from: 'old@example.org', suggested: 'old.maybe', at: arrived });
    expect((await getRequest(db.pool, late.id))!.dueAt).toEqual(new Date(arrived.getTime() + 30 * DAY));
    clock = T0;
    await runHousekeeping(ctx);
    const [mail] = await staffMail(late.id, 'staff_escalation');
    expect(mail!.subject).toMatch(new RegExp(`^\\[${late.reference}\\] Escalation: OVERDUE since \\d{4}-\\d\\d-\\d\\d$`));
    expect(mail!.text).toContain('overdue by 5 days');
    expect(mail!.text).toContain('State:     triage');
    expect(mail!.text).toContain('It is a possible request nobody has triaged: its sender has had no answer.');
    expect(mail!.text).toContain('REQUEST @handle, REQUEST or IGNORE');
    expect(mail!.text).toContain(`deletion-bot triage request ${late.reference}`);
    expect(mail!.text).not.toContain('old.maybe');
    expect(mail!.inReplyTo).toBe(staffThreadId(late.id, ctx.settings.botDomain));
  });
});
