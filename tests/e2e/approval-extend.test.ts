import { describe, expect, it } from 'vitest';
import { addCalendarMonths } from '../../src/requests/due-date.js';
import { runCli } from '../../harness/bot-process.js';
import { useBotStack } from '../support/bot-stack.js';
import { listMail, sendMail, waitForMail } from '../../harness/mail-user.js';
import { fileRequest } from './file-request.js';
import { codesOf, processed, refusalAlerts, refusals, replyTo, stateOf } from './approval-helpers.js';
import { bare, CONTACT, STAFF } from './mail-facts.js';

/**
 * EXTEND moves a request's due date once, by two calendar months (GDPR
 * Art. 12(3)); the requester is told why and until when; a second is refused.
 */

const t = useBotStack({ seed: true });
const day = (d: Date) => d.toISOString().slice(0, 10);
const isExtension = (ref: string) => (m: { subject: string }) => m.subject.includes(ref) && /need more time/i.test(m.subject);

async function dueOf(ref: string): Promise<{ due: Date; extendedBy: string | null; reason: string | null; state: string }> {
  const { rows } = await t.db.pool.query(`SELECT due_at, extended_by, extension_reason, state FROM requests WHERE reference = $1`, [ref]);
  return { due: rows[0].due_at, extendedBy: rows[0].extended_by, reason: rows[0].extension_reason, state: rows[0].state };
}

describe('EXTEND', () => {
  it('by reply: moves the due date once, tells the requester why and the new date; a second EXTEND is refused', async () => {
    const pool = t.db.pool;
    const { messageId, ref, note } = await fileRequest(t, {
      from: 'bob@example.com', subject: 'Delete my data',
      text: 'Hi, please delete my Instagram data that your app holds. Instagram: bob_builds\n',
    });
    const first = await dueOf(ref);
    const extended = addCalendarMonths(first.due, 2);

    await sendMail(t.stack.relay, replyTo(note, STAFF, 'extend We must first check the account with our legal team.\n\n> quoted notification\n'));
    const told = await waitForMail(t.stack.dovecot, 'bob@example.com', isExtension(ref));
    expect(told.text).toContain('Reason: We must first check the account with our legal team.');
    expect(told.text).toContain(`Previous date: ${day(first.due)}`);
    expect(told.text).toContain(`New date: ${day(extended)}`);
    expect(told.html).toContain(`<strong>${day(extended)}</strong>`);
    expect(bare(told.inReplyTo)).toBe(bare(messageId));

    const now = await dueOf(ref);
    expect(now).toEqual({ due: extended, extendedBy: STAFF, reason: 'We must first check the account with our legal team.', state: 'awaiting_approval' });
    const { rows: events } = await pool.query(
      `SELECT e.actor, e.detail FROM request_events e JOIN requests r ON r.id = e.request_id WHERE r.reference = $1 AND e.type = 'extended'`, [ref]);
    expect(events).toEqual([{ actor: STAFF, detail: {
      via: 'email', reason: 'We must first check the account with our legal team.',
      previousDueAt: first.due.toISOString(), dueAt: extended.toISOString(),
    } }]);

    // A second EXTEND, this time from a new mail with the EXTEND code: refused, nothing moves.
    const second = await sendMail(t.stack.relay, {
      from: 'staff2@pickrtech.com', to: CONTACT, subject: 'more time', text: `EXTEND ${codesOf(note).extend} still waiting for legal\n`,
    });
    await processed(pool, [second.messageId]);
    expect(await dueOf(ref)).toEqual(now);
    const refused = await refusals(pool, ref);
    expect(refused).toHaveLength(1);
    expect(refused[0]!.reason).toBe('already_extended');
    expect(refused[0]!.why).toContain(`already extended on ${day(new Date())} by ${STAFF} (to ${day(extended)}); a request can be extended only once`);
    const [alert] = await refusalAlerts(t, ref, 1);
    expect(alert!.subject).toContain('refused (already extended)');
    expect(alert!.text).toContain('Command read: EXTEND');
    expect((await listMail(t.stack.dovecot, 'bob@example.com')).filter(isExtension(ref))).toHaveLength(1);

    // The request still waits for its decision, and a decision still works.
    await sendMail(t.stack.relay, replyTo(note, STAFF, 'APPROVE\n'));
    await waitForMail(t.stack.dovecot, 'bob@example.com', (m) => m.subject.includes(ref) && /has been deleted/.test(m.subject));
    expect(await stateOf(pool, ref)).toBe('completed');
  });

  it('from the CLI: once, then exit 1; closed and unknown requests exit 1; a missing reason exits 2', async () => {
    const { ref } = await fileRequest(t, {
      from: 'carol@example.com', subject: 'Please delete my data',
      text: 'I would like PickrTech to delete my Instagram data. username: carol.cooks\n',
    });
    const first = await dueOf(ref);
    const extended = addCalendarMonths(first.due, 2);

    const ok = await runCli(['extend', ref, '--reason', 'Our legal team must review the account.', '--by', 'olivia'], t.env);
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toBe(`${ref} due date extended from ${day(first.due)} to ${day(extended)} by cli:olivia; the requester is told why.\n`);
    const told = await waitForMail(t.stack.dovecot, 'carol@example.com', isExtension(ref));
    expect(told.text).toContain('Reason: Our legal team must review the account.');
    expect(told.text).toContain(`New date: ${day(extended)}`);
    expect(await dueOf(ref)).toEqual({ due: extended, extendedBy: 'cli:olivia', reason: 'Our legal team must review the account.', state: 'awaiting_approval' });

    const again = await runCli(['extend', ref.toLowerCase(), '--reason', 'More time', '--by', 'olivia'], t.env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`${ref} was not extended: its due date was already extended on ${day(new Date())} by cli:olivia`);
    expect((await dueOf(ref)).due).toEqual(extended);
    expect((await refusals(t.db.pool, ref)).map((r) => r.reason)).toEqual(['already_extended']);

    const rejected = await runCli(['reject', ref, '--reason', 'Not the account owner', '--by', 'olivia'], t.env);
    expect(rejected.code, rejected.stderr).toBe(0);
    const closed = await runCli(['extend', ref, '--reason', 'More time'], t.env);
    expect(closed.code).toBe(1);
    expect(closed.stderr).toContain('the request is rejected; only an open request can be extended');

    const unknown = await runCli(['extend', 'DR-2026-99999', '--reason', 'More time'], t.env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No request DR-2026-99999');

    const noReason = await runCli(['extend', ref], t.env);
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toContain("required option '--reason <text>' not specified");

    const help = await runCli(['extend', '--help'], t.env);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('two calendar months');
    expect(help.stdout).toContain('--reason <text>');
    expect(help.stdout).toContain('--by <name>');
    // Only one extension mail ever reached the requester.
    expect((await listMail(t.stack.dovecot, 'carol@example.com')).filter(isExtension(ref))).toHaveLength(1);
  });
});
