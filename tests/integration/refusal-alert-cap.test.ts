import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { TestBotContext } from '../support/bot-context.js';
import { recordRefusedAttempt } from '../../src/approval/refusal-alert-cap.js';
import { sendRefusalDigest } from '../../src/approval/refusal-digest.js';
import { inTransaction } from '../../src/db/pool.js';
import { useFeatureFixture } from '../support/feature-fixture.js';

/** The hourly cap on refusal alerts and the digest of the rest, against real Postgres. */

const fixture = useFeatureFixture({});
let ctx: TestBotContext;

beforeAll(() => {
  ctx = fixture.context({ env: { REFUSAL_ALERTS_PER_HOUR: '10', REFUSAL_DIGEST_MINUTES: '15' } });
});
beforeEach(async () => {
  await fixture.db.pool.query(`DELETE FROM refused_attempts`);
});

const record = (reason = 'no_token', perHour = 10) =>
  inTransaction(fixture.db.pool, (tx) => recordRefusedAttempt(tx, null, reason, perHour));

async function digestText(id: string): Promise<{ subject: string; text: string; to: string[] }> {
  const { rows } = await fixture.db.pool.query(`SELECT subject, text_body, to_addresses FROM outbox WHERE id = $1`, [id]);
  return { subject: rows[0].subject, text: rows[0].text_body, to: rows[0].to_addresses };
}

describe('refusal alert cap', () => {
  it('alerts the first 10 in an hour one by one and records the rest for the digest', async () => {
    const got = [];
    for (let i = 0; i < 13; i++) got.push((await record(i % 2 ? 'wrong_sender' : 'no_token')).alert);
    expect(got).toEqual([...Array(10).fill(true), false, false, false]);

    const [id] = await sendRefusalDigest(ctx);
    const mail = await digestText(id!);
    expect(mail.subject).toBe('[deletion-bot] Alert: 3 more decision attempts were refused');
    expect(mail.to).toEqual(['staff@pickrtech.com']);
    expect(mail.text).toContain('no token: 2');
    expect(mail.text).toContain('wrong sender: 1');
    expect(await sendRefusalDigest(ctx)).toEqual([]);
  });

  it('sends at most one digest every REFUSAL_DIGEST_MINUTES, then the next with what came since', async () => {
    for (let i = 0; i < 12; i++) await record();
    expect(await sendRefusalDigest(ctx)).toHaveLength(1);
    for (let i = 0; i < 4; i++) expect((await record()).alert).toBe(false);
    expect(await sendRefusalDigest(ctx)).toEqual([]);
    // Sixteen minutes later the window is over: one digest with the four that waited.
    await fixture.db.pool.query(`UPDATE outbox SET created_at = created_at - interval '16 minutes'`);
    const [id] = await sendRefusalDigest(ctx);
    expect((await digestText(id!)).subject).toContain('4 more decision attempts were refused');
  });

  it('gives alerts again once the hour of the first ones has passed', async () => {
    for (let i = 0; i < 10; i++) await record();
    expect((await record()).alert).toBe(false);
    await fixture.db.pool.query(`UPDATE refused_attempts SET at = at - interval '61 minutes'`);
    expect((await record()).alert).toBe(true);
  });

  it('holds with many workers refusing at once: exactly the cap is alerted', async () => {
    const results = await Promise.all(Array.from({ length: 30 }, () => record('wrong_token', 5)));
    expect(results.filter((r) => r.alert)).toHaveLength(5);
    const { rows } = await fixture.db.pool.query(`SELECT count(*)::int AS n FROM refused_attempts`);
    expect(rows[0].n).toBe(30);
  });
});
