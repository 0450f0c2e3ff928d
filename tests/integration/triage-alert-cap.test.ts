import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestBotContext } from '../support/bot-context.js';
import { runHousekeeping } from '../../src/housekeeping/run-housekeeping.js';
import { getRequest } from '../../src/requests/request-store.js';
import { sendDueReminders } from '../../src/sla/send-reminders.js';
import { sendTriageDigest } from '../../src/triage/triage-digest.js';
import { useFeatureFixture } from '../support/feature-fixture.js';
import { deliver, rawMail } from './file-request-direct.js';
import { triageDirect } from './triage-direct.js';

/**
 * Triage notifications to staff are capped like refusal alerts: past REFUSAL_ALERTS_PER_HOUR
 * in an hour, the possible requests are kept for triage all the same but listed in one
 * digest, at most every REFUSAL_DIGEST_MINUTES, whose codes decide them. Real Postgres.
 */

const fixture = useFeatureFixture({ seed: true });
let ctx: TestBotContext;
const DAY = 86_400_000;

beforeAll(() => {
  ctx = fixture.context({ env: { REFUSAL_ALERTS_PER_HOUR: '3', REFUSAL_DIGEST_MINUTES: '15' } });
});

const q = async (sql: string, params: unknown[] = []) => (await fixture.db.pool.query(sql, params)).rows;
const notices = async (id: string) => (await q(`SELECT 1 FROM outbox WHERE request_id = $1 AND purpose = 'staff_triage'`, [id])).length;
const digestOf = async (outboxId: string) =>
  (await q(`SELECT subject, text_body AS text, to_addresses AS to FROM outbox WHERE id = $1`, [outboxId]))[0] as { subject: string; text: string; to: string[] };

describe('triage notification cap', () => {
  const opened: { id: string; reference: string; notice: string | null }[] = [];

  it('sends the first 3 in an hour one by one and keeps the rest for triage without a mail each', async () => {
    for (let i = 0; i < 5; i++) opened.push(await triageDirect(ctx, { from: `flood${i}@example.net`, suggested: i === 4 ? 'flood.four' : null, at: new Date() }));
    expect(await Promise.all(opened.map((o) => notices(o.id)))).toEqual([1, 1, 1, 0, 0]);
    expect(opened.map((o) => o.notice !== null)).toEqual([true, true, true, false, false]);
    for (const o of opened) expect((await getRequest(fixture.db.pool, o.id))!.state).toBe('triage');
  });

  it('lists the rest in one digest to staff with the codes that decide them, once', async () => {
    const [id, ...none] = await sendTriageDigest(ctx);
    expect(none).toEqual([]);
    const mail = await digestOf(id!);
    expect(mail.to).toEqual(['staff@pickrtech.com']);
    expect(mail.subject).toBe('[deletion-bot] 2 possible deletion requests wait for triage');
    expect(mail.text).toContain('past the 3 triage notifications a single hour gets one by one');
    expect(mail.text).toContain('nothing has been sent to their senders');
    const [, , , fourth, fifth] = opened;
    expect(mail.text).toMatch(new RegExp(`^${fourth!.reference} {2}received .*; from flood3@example\\.net, no username read, language en$`, 'm'));
    expect(mail.text).toMatch(new RegExp(`^${fifth!.reference} {2}received .*; from flood4@example\\.net, read @flood\\.four, language en$`, 'm'));
    expect(mail.text).toMatch(new RegExp(`^ {2}REQUEST ${fourth!.reference}-request-[0-9a-f]{24}$`, 'm'));
    expect(mail.text).toMatch(new RegExp(`^ {2}IGNORE ${fifth!.reference}-ignore-[0-9a-f]{24}$`, 'm'));
    for (const o of opened.slice(0, 3)) expect(mail.text).not.toContain(o.reference);
    expect(await sendTriageDigest(ctx)).toEqual([]);
  });

  it("a digest's code decides its request by a new mail from staff", async () => {
    const fifth = opened[4]!;
    const mail = await digestOf((await q(`SELECT detail->>'outboxId' AS id FROM request_events WHERE request_id = $1 AND type = 'triage_digested'`, [fifth.id]))[0].id);
    const code = new RegExp(`^ {2}IGNORE (${fifth.reference}-ignore-[0-9a-f]{24})$`, 'm').exec(mail.text)![1]!;
    await deliver(ctx, rawMail({ from: 'staff@pickrtech.com', subject: 'triage', text: `IGNORE ${code}`, messageId: `${randomUUID()}@pickrtech.com` }), new Date());
    expect((await getRequest(fixture.db.pool, fifth.id))!.state).toBe('ignored');
  });

  it('sends at most one digest every REFUSAL_DIGEST_MINUTES, with what came since, from housekeeping', async () => {
    const sixth = await triageDirect(ctx, { from: 'flood5@example.net', at: new Date() });
    expect(await notices(sixth.id)).toBe(0);
    expect(await sendTriageDigest(ctx)).toEqual([]);
    await q(`UPDATE request_events SET at = at - interval '16 minutes' WHERE type = 'triage_digested'`);
    await runHousekeeping(ctx);
    const digests = await q(`SELECT detail->>'outboxId' AS id FROM request_events WHERE request_id = $1 AND type = 'triage_digested'`, [sixth.id]);
    expect(digests).toHaveLength(1);
    const mail = await digestOf(digests[0].id);
    expect(mail.subject).toBe('[deletion-bot] 1 possible deletion request waits for triage');
    expect(mail.text).toContain(sixth.reference);
    expect(mail.text).not.toContain(opened[3]!.reference);
  });

  it('gives notifications one by one again once the hour of the first ones has passed', async () => {
    await q(`UPDATE outbox SET created_at = created_at - interval '61 minutes' WHERE purpose = 'staff_triage'`);
    const later = await triageDirect(ctx, { from: 'calm@example.com', at: new Date() });
    expect(await notices(later.id)).toBe(1);
  });

  it('reminds staff of a possible request that came in a digest, saying where its codes are', async () => {
    const fourth = opened[3]!;
    ctx.now = () => new Date(Date.now() + 3 * DAY + 60_000);
    try {
      await sendDueReminders(ctx);
    } finally {
      ctx.now = () => new Date();
    }
    const [reminder] = await q(`SELECT subject, text_body AS text FROM outbox WHERE request_id = $1 AND purpose = 'staff_reminder'`, [fourth.id]);
    expect(reminder.subject).toBe(`[${fourth.reference}] Reminder: possible request waiting 3 days for triage`);
    expect(reminder.text).toContain('it was listed in a digest');
    expect(reminder.text).toContain('with the code from the digest after the command');
    expect(reminder.text).not.toContain('reply to the triage notification itself');
  });
});
