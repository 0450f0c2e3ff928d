import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runCli, startBot, type BotProcess } from '../harness/bot-process.js';
import { createTestDatabase, type TestDatabase } from '../harness/postgres.js';
import { cleanupPrefix, uniquePrefix } from '../harness/redis.js';
import { freePort } from '../harness/ports.js';
import { botEnv, startMailStack, type MailStack } from '../harness/stack.js';
import { listMail, sendMail, waitForMail } from '../harness/mail-user.js';
import { waitUntil } from '../harness/system.js';
import { rowsOf, snapshot, accountId } from './integration-data.js';

/** Only a staff address answering the request's own notification can decide it. */

const CONTACT = 'contact@pickrtech.com';
const STAFF = 'staff@pickrtech.com';
const refOf = (subject: string) => /DR-\d{4}-\d{5}/.exec(subject)?.[0] ?? null;
const bare = (id: string) => id.replace(/^<|>$/g, '');

let stack: MailStack;
let db: TestDatabase;
let bot: BotProcess;
let prefix: string;
let env: Record<string, string>;

beforeAll(async () => {
  stack = await startMailStack();
  db = await createTestDatabase();
  prefix = uniquePrefix();
  env = botEnv({ dovecot: stack.dovecot, relay: stack.relay, db, prefix, httpPort: await freePort() });
  expect((await runCli(['seed-demo'], env)).code).toBe(0);
  bot = await startBot(env);
});

beforeEach(({ onTestFailed }) => {
  onTestFailed(() => console.error(`bot output:\n${bot?.output.slice(-60).join('\n')}`));
});

afterAll(async () => {
  await bot?.stop();
  await cleanupPrefix(prefix);
  await db?.drop();
  await stack?.stop();
});

async function processed(messageIds: string[]): Promise<void> {
  const ids = messageIds.map(bare);
  await waitUntil(async () => {
    const { rows } = await db.pool.query(
      `SELECT count(*)::int AS n FROM inbound_messages WHERE message_id = ANY($1) AND processed_at IS NOT NULL`, [ids]);
    return rows[0].n === ids.length;
  }, `messages ${ids.join(', ')} were not all processed`, 20_000, 100);
}

describe('approval guard', () => {
  it('refuses forged and stray approvals, records them and alerts staff; a real one still works', async () => {
    const dave = await accountId(db.pool, 'dave.designs');
    const before = rowsOf(await snapshot(db.pool), dave!);

    await sendMail(stack.relay, {
      from: 'dave@example.com', to: CONTACT, subject: 'Deletion request',
      text: 'Please delete my Instagram-related data. My Instagram handle is @dave.designs\n',
    });
    const ack = await waitForMail(stack.dovecot, 'dave@example.com', (m) => /received your data deletion request/i.test(m.subject));
    const ref = refOf(ack.subject)!;
    const note = await waitForMail(stack.dovecot, STAFF, (m) => m.subject.includes(ref) && /waiting for approval/i.test(m.subject));
    const noteId = note.messageId!;

    // 1. The requester answers the notification (they may have seen it forwarded): not staff.
    const byRequester = await sendMail(stack.relay, {
      from: 'dave@example.com', to: CONTACT, subject: `Re: ${note.subject}`, text: 'APPROVE\n',
      inReplyTo: noteId, references: [noteId],
    });
    // 2. Staff write APPROVE in a fresh mail that answers no notification.
    const unthreaded = await sendMail(stack.relay, {
      from: STAFF, to: CONTACT, subject: `${ref} approve`, text: `APPROVE\n\n${ref}\n`,
    });
    // 3. Staff address, but the token in the id is made up.
    const forgedId = bare(noteId).replace(/\.[0-9a-f]{32}@/, `.${'ab'.repeat(16)}@`);
    const forged = await sendMail(stack.relay, {
      from: STAFF, to: CONTACT, subject: `Re: ${note.subject}`, text: 'APPROVE\n',
      inReplyTo: `<${forgedId}>`, references: [`<${forgedId}>`],
    });
    // 4. A staff reply whose command sits only in the quoted text.
    const quotedOnly = await sendMail(stack.relay, {
      from: STAFF, to: CONTACT, subject: `Re: ${note.subject}`, text: 'Looks fine to me, will check tomorrow.\n\n> APPROVE\n',
      inReplyTo: noteId, references: [noteId],
    });
    await processed([byRequester.messageId, unthreaded.messageId, forged.messageId, quotedOnly.messageId]);

    const { rows: req } = await db.pool.query(`SELECT id, state FROM requests WHERE reference = $1`, [ref]);
    expect(req[0].state).toBe('awaiting_approval');
    expect(rowsOf(await snapshot(db.pool), dave!)).toEqual(before);
    const { rows: events } = await db.pool.query(
      `SELECT type, detail->>'why' AS why FROM request_events WHERE request_id = $1 AND type IN ('approval_refused', 'staff_reply_not_understood') ORDER BY id`,
      [req[0].id],
    );
    expect(events).toEqual(expect.arrayContaining([
      { type: 'approval_refused', why: 'the sender is not on the staff list' },
      { type: 'approval_refused', why: 'the approval token in the reply does not verify' },
      { type: 'staff_reply_not_understood', why: null },
    ]));
    expect(events).toHaveLength(3);

    await waitUntil(async () => (await listMail(stack.dovecot, STAFF)).filter((m) => /Alert: a decision attempt was refused/.test(m.subject)).length === 2,
      'staff did not receive two alerts', 20_000, 250);
    const alerts = (await listMail(stack.dovecot, STAFF)).filter((m) => /Alert/.test(m.subject));
    expect(alerts.map((a) => a.text).join('\n')).toContain('Why it was refused: the sender is not on the staff list');
    const echo = await waitForMail(stack.dovecot, STAFF, (m) => /Reply not understood/.test(m.subject));
    expect(echo.text).toContain('Nothing was done');
    // The requester never hears of any of it.
    expect((await listMail(stack.dovecot, 'dave@example.com')).map((m) => m.subject)).toEqual([ack.subject]);

    // The genuine reply still decides, once.
    await sendMail(stack.relay, { from: STAFF, to: CONTACT, subject: `Re: ${note.subject}`, text: 'APPROVE\n', inReplyTo: noteId, references: [noteId] });
    await waitForMail(stack.dovecot, 'dave@example.com', (m) => /has been deleted/.test(m.subject));
    const late = await sendMail(stack.relay, {
      from: 'staff2@pickrtech.com', to: CONTACT, subject: `Re: ${note.subject}`, text: 'REJECT changed my mind\n', inReplyTo: noteId, references: [noteId],
    });
    await processed([late.messageId]);
    const { rows: after } = await db.pool.query(`SELECT state FROM requests WHERE reference = $1`, [ref]);
    expect(after[0].state).toBe('completed');
    const { rows: lateEvents } = await db.pool.query(
      `SELECT detail->>'why' AS why FROM request_events WHERE request_id = $1 AND type = 'approval_refused' ORDER BY id DESC LIMIT 1`, [req[0].id]);
    expect(lateEvents[0].why).toBe('the request is completed, not awaiting approval');
  });
});
