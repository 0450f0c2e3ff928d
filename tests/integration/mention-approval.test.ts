import { beforeAll, describe, expect, it } from 'vitest';
import type { TestBotContext } from '../support/bot-context.js';
import { notificationMessageId } from '../../src/approval/approval-token.js';
import { decideRequest } from '../../src/approval/decide-request.js';
import { inTransaction } from '../../src/db/pool.js';
import { advanceRequest } from '../../src/deletion/advance-request.js';
import { describeEvent } from '../../src/requests/describe-event.js';
import { getRequest } from '../../src/requests/request-store.js';
import { useFeatureFixture } from '../support/feature-fixture.js';
import { deliver, fileRequestDirect, rawMail } from './file-request-direct.js';

/**
 * A request whose handle is an ordinary word that no connected account has: staff see how
 * many rows of other accounts' logs mention '@handle', with two examples; a plain APPROVE
 * leaves every log as it was and the requester reads that no data was held; APPROVE REDACT
 * rewrites the '@handle' mentions and nobody is told that no data was held.
 */

const fixture = useFeatureFixture({ seed: true });
let ctx: TestBotContext;
const at = new Date('2026-11-28T09:00:00Z');

beforeAll(async () => {
  ctx = fixture.context({ now: () => new Date('2026-11-28T12:00:00Z') });
  await fixture.db.pool.query(
    `INSERT INTO ig_publishing_logs (account_id, status, message)
     SELECT (SELECT id FROM ig_accounts WHERE username = 'bob_builds'), 'failed', m
       FROM unnest(ARRAY['Tag failed for @failed.', 'Reel scheduled with @FAILED and @failed_x, caption: ' || repeat('long text ', 20)]) AS m`,
  );
});

async function mailOf(requestId: string, purpose: string): Promise<string> {
  const { rows } = await fixture.db.pool.query(`SELECT text_body FROM outbox WHERE request_id = $1 AND purpose = $2`, [requestId, purpose]);
  expect(rows).toHaveLength(1);
  return rows[0].text_body as string;
}

async function logs(): Promise<string[]> {
  const { rows } = await fixture.db.pool.query(`SELECT message FROM ig_publishing_logs WHERE message ILIKE '%failed%' ORDER BY id`);
  return rows.map((r) => r.message as string);
}

async function approve(id: string, redactMentions: boolean): Promise<void> {
  const result = await inTransaction(ctx.pool, async (tx) =>
    decideRequest(tx, ctx, (await getRequest(tx, id, true))!, { action: 'approve', actor: 'staff@pickrtech.com', via: 'email', ...(redactMentions ? { redactMentions } : {}) }));
  expect(result.ok).toBe(true);
  await advanceRequest(ctx, id);
}

async function eventWords(id: string, type: string): Promise<string> {
  const { rows } = await fixture.db.pool.query(
    `SELECT type, from_state, to_state, actor, detail FROM request_events WHERE request_id = $1 AND type = $2`, [id, type]);
  expect(rows).toHaveLength(1);
  const r = rows[0];
  return describeEvent({ type: r.type, fromState: r.from_state, toState: r.to_state, actor: r.actor, detail: r.detail }).summary;
}

describe('mentions of a handle no account has', () => {
  const untouched = [
    'Publishing failed: media container expired', 'Publishing failed: media container expired',
    'Publishing failed: media container expired', 'Publishing failed: media container expired',
    'Tag failed for @failed.', expect.stringMatching(/^Reel scheduled with @FAILED and @failed_x/),
  ];

  it('are counted for staff with two examples, and a plain APPROVE leaves them and every log as they were', async () => {
    const id = await fileRequestDirect(ctx, { from: 'erin@example.com', username: 'failed', at });
    const note = await mailOf(id, 'staff_notification');
    expect(note).toContain('No connected Instagram account is named @failed');
    expect(note).toContain("2 rows in other accounts' logs mention @failed");
    expect(note).toContain('APPROVE REDACT');
    expect(note).toContain('  "Tag failed for @failed."');
    expect(note).toMatch(/^ {2}"Reel scheduled with @FAILED and @failed_x, caption: long text [a-z ]+…"$/m);

    await approve(id, false);
    expect(await logs()).toEqual(untouched);
    expect(await mailOf(id, 'completion')).toContain('PickrTech held no data for this account');
  });

  it('APPROVE REDACT rewrites the @mentions only, and nobody is told that no data was held', async () => {
    const id = await fileRequestDirect(ctx, { from: 'erin@example.com', username: 'failed', at });
    await approve(id, true);
    expect(await logs()).toEqual([
      ...untouched.slice(0, 4),
      'Tag failed for [deleted user].', expect.stringMatching(/^Reel scheduled with \[deleted user\] and @failed_x/),
    ]);
    const done = await mailOf(id, 'completion');
    expect(done).not.toContain('held no data');
    expect(done).toMatch(/mentions in other accounts' publishing logs: 2 mention\(s\) removed/);
    expect(await eventWords(id, 'deleted')).not.toContain('no data was held');
    expect(await eventWords(id, 'approved')).toContain('asked to redact mentions of the username');
  });

  it('a staff reply APPROVE REDACT in the notification\'s thread is that choice', async () => {
    const log = await fixture.db.pool.query(
      `INSERT INTO ig_error_logs (account_id, error_code, message)
       VALUES ((SELECT id FROM ig_accounts WHERE username = 'carol.cooks'), 'tag', 'Could not tag @media: not found') RETURNING id`);
    const id = await fileRequestDirect(ctx, { from: 'frank@example.com', username: 'media', at });
    await deliver(ctx, rawMail({
      from: 'staff@pickrtech.com', subject: 'Re: waiting for approval', messageId: 'approve-redact@pickrtech.com', date: at,
      inReplyTo: notificationMessageId(ctx.settings.approvalSecret, id, ctx.settings.botDomain), text: 'APPROVE REDACT',
    }), at);
    await advanceRequest(ctx, id);
    const { rows } = await fixture.db.pool.query(`SELECT message FROM ig_error_logs WHERE id = $1`, [log.rows[0].id]);
    expect(rows[0].message).toBe('Could not tag [deleted user]: not found');
  });
});

describe('mentions of a connected account\'s handle', () => {
  it('are counted under the inventory with two examples, to be rewritten on approval', async () => {
    const id = await fileRequestDirect(ctx, { from: 'sunny@example.com', username: 'sunny.days', at });
    const note = await mailOf(id, 'staff_notification');
    // carol.cooks and dave.designs name @sunny.days in a publishing log and an error log each.
    expect(note).toContain("4 rows in other accounts' logs mention @sunny.days and would be rewritten");
    expect(note.match(/^ {2}".*@sunny\.days.*"$/gm)).toHaveLength(2);
  });
});
