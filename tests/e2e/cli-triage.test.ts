import { beforeAll, describe, expect, it } from 'vitest';
import { jobIds } from '../../src/queue/queues.js';
import { TEST_BOT_ENV, type TestBotContext } from '../support/bot-context.js';
import { runCli } from '../../harness/bot-process.js';
import { useFeatureFixture } from '../support/feature-fixture.js';
import { fileRequestDirect } from '../integration/file-request-direct.js';
import { triageDirect } from '../integration/triage-direct.js';

/**
 * `deletion-bot triage list | request | ignore` as staff on the server meet them: what they
 * print, their exit codes, and what becomes of the possible request in Postgres and Redis.
 * They need only Postgres and Redis, so no mail servers are started.
 */

const DAY = 86_400_000;
const fixture = useFeatureFixture({ seed: true });
let ctx: TestBotContext;
let env: Record<string, string>;

beforeAll(() => {
  ctx = fixture.context();
  env = { ...TEST_BOT_ENV, DATABASE_URL: fixture.db.url, REDIS_URL: 'redis://127.0.0.1:6379', QUEUE_PREFIX: fixture.prefix };
});

async function request(id: string): Promise<{ state: string; instagram_username: string | null; decided_by: string | null }> {
  const { rows } = await fixture.db.pool.query(`SELECT state, instagram_username, decided_by FROM requests WHERE id = $1`, [id]);
  return rows[0];
}

async function events(id: string): Promise<{ type: string; actor: string | null; detail: Record<string, unknown> }[]> {
  const { rows } = await fixture.db.pool.query(`SELECT type, actor, detail FROM request_events WHERE request_id = $1 ORDER BY id`, [id]);
  return rows;
}

async function mailTo(id: string): Promise<{ purpose: string; to: string[] }[]> {
  const { rows } = await fixture.db.pool.query(`SELECT purpose, to_addresses FROM outbox WHERE request_id = $1 ORDER BY created_at`, [id]);
  return rows.map((r) => ({ purpose: r.purpose, to: r.to_addresses }));
}

describe('triage list', () => {
  it('says when nothing waits for triage', async () => {
    const r = await runCli(['triage', 'list'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('Nothing waits for triage.\n');
  });

  it('lists possible requests oldest first with age, dates, language and standing, and no personal data', async () => {
    const now = Date.now();
    const old = await triageDirect(ctx, { from: 'greta@example.de', suggested: 'greta.vielleicht', language: 'de', at: new Date(now - 3 * DAY) });
    const fresh = await triageDirect(ctx, { from: 'tom@example.com', at: new Date(now - 2 * 3_600_000) });
    const late = await triageDirect(ctx, { from: 'late@example.com', at: new Date(now - 32 * DAY) });
    // A request read with confidence is not triage's business.
    await fileRequestDirect(ctx, { from: 'alice@example.com', username: 'sunny.days', at: new Date(now - 5 * DAY) });

    const r = await runCli(['triage', 'list'], env);
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^REFERENCE\s+AGE\s+RECEIVED\s+DUE\s+LANG\s+STANDING$/);
    const date = '\\d{4}-\\d\\d-\\d\\d';
    // Due 28 to 30 days after the arrival, as the month has it (due-date.ts).
    expect(lines[1]).toMatch(new RegExp(`^${late.reference}\\s+32d\\s+${date}\\s+${date}\\s+en\\s+OVERDUE BY [2-4] DAYS$`));
    expect(lines[2]).toMatch(new RegExp(`^${old.reference}\\s+3d\\s+${date}\\s+${date}\\s+de\\s+due in 2[4-7] days$`));
    expect(lines[3]).toMatch(new RegExp(`^${fresh.reference}\\s+0d\\s+${date}\\s+${date}\\s+en\\s+due in 2[7-9] days$`));
    expect(r.stdout).toContain('deletion-bot triage request REF [--username X]');
    for (const personal of ['greta', 'tom@', 'late@', 'sunny.days', 'alice']) expect(r.stdout).not.toContain(personal);

    const json = await runCli(['triage', 'list', '--json'], env);
    expect(json.code, json.stderr).toBe(0);
    const rows = json.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(rows.map((o) => o.reference)).toEqual([late.reference, old.reference, fresh.reference]);
    expect(rows[0]).toEqual({
      reference: late.reference, ageDays: 32, receivedAt: expect.any(String), dueAt: expect.any(String), language: 'en', overdue: true, extended: false,
    });
    expect(rows[1]).toMatchObject({ ageDays: 3, language: 'de', overdue: false });

    const one = await runCli(['triage', 'list', '--limit', '1'], env);
    expect(one.stdout.split('\n')[1]).toMatch(new RegExp(`^${late.reference}\\s`));
    expect(one.stdout).not.toContain(old.reference);
    const bad = await runCli(['triage', 'list', '--limit', 'abc'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe('deletion-bot: --limit must be a whole number from 1 to 10000 (got "abc"), e.g. --limit 50');
  });
});

describe('triage request and triage ignore', () => {
  it('request --username opens it for that account, recorded as the CLI user, and queues its check', async () => {
    const p = await triageDirect(ctx, { from: 'zoe@example.com', suggested: 'zoe.maybe', at: new Date() });
    const r = await runCli(['triage', 'request', p.reference.toLowerCase(), '--username', '@Zoe.Real', '--by', 'ops'], env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${p.reference} opened as a request for the username given by cli:ops: it is checked next, the sender acknowledged and staff asked to approve.\n`);
    expect(await request(p.id)).toMatchObject({ state: 'received', instagram_username: 'zoe.real' });
    expect((await events(p.id)).at(-1)).toMatchObject({ type: 'triage_request', actor: 'cli:ops' });
    expect(await fixture.queues.requests.getJob(jobIds.request(p.id, 'received'))).toBeDefined();
    const listed = await runCli(['triage', 'list'], env);
    expect(listed.stdout).not.toContain(p.reference);
  });

  it('request without --username asks the sender for it', async () => {
    const p = await triageDirect(ctx, { from: 'nohandle@example.com', at: new Date() });
    const r = await runCli(['triage', 'request', p.reference, '--by', 'ops'], env);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe(`${p.reference} opened as a request by cli:ops; the sender is asked for their Instagram username.\n`);
    expect((await request(p.id)).state).toBe('needs_info');
    expect(await mailTo(p.id)).toEqual([
      { purpose: 'staff_triage', to: ['staff@pickrtech.com'] },
      { purpose: 'needs_info', to: ['nohandle@example.com'] },
    ]);
  });

  it('ignore closes it and sends nothing; several references are decided one after the other', async () => {
    const a = await triageDirect(ctx, { from: 'spam1@example.net', at: new Date() });
    const b = await triageDirect(ctx, { from: 'spam2@example.net', at: new Date() });
    const r = await runCli(['triage', 'ignore', a.reference, 'DR-2026-99999', b.reference, '--by', 'ops'], env);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`${a.reference} ignored by cli:ops; nothing is sent to the sender.\n${b.reference} ignored by cli:ops; nothing is sent to the sender.\n`);
    expect(r.stderr).toContain('No request DR-2026-99999');
    for (const p of [a, b]) {
      expect(await request(p.id)).toMatchObject({ state: 'ignored', decided_by: 'cli:ops' });
      expect((await mailTo(p.id)).map((m) => m.purpose)).toEqual(['staff_triage']);
    }
  });

  it('refuses what is not waiting for triage, an unknown reference and a username Instagram cannot have', async () => {
    const p = await triageDirect(ctx, { from: 'twice@example.com', at: new Date() });
    expect((await runCli(['triage', 'ignore', p.reference, '--by', 'ops'], env)).code).toBe(0);

    const again = await runCli(['triage', 'request', p.reference, '--username', 'zoe.real', '--by', 'ops'], env);
    expect(again.code).toBe(1);
    expect(again.stderr.trim()).toBe(`deletion-bot: ${p.reference} was not changed: the request is ignored, not waiting for triage: REQUEST and IGNORE apply only to a possible request`);
    expect((await request(p.id)).state).toBe('ignored');
    expect((await events(p.id)).at(-1)).toMatchObject({ type: 'decision_refused', actor: 'cli:ops' });

    const unknown = await runCli(['triage', 'ignore', 'DR-2026-99999'], env);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No request DR-2026-99999');

    const open = await triageDirect(ctx, { from: 'open@example.com', at: new Date() });
    const malformed = await runCli(['triage', 'request', open.reference, '--username', 'not a handle!'], env);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('--username must be an Instagram username: a-z, 0-9, "." and "_", at most 30 characters (got "not a handle!")');
    const own = await runCli(['triage', 'request', open.reference, '--username', '@pickrtech'], env);
    expect(own.code).toBe(1);
    expect(own.stderr).toContain(`${open.reference} was not changed: the username is not one the request can be for`);
    expect((await request(open.id)).state).toBe('triage');

    const missing = await runCli(['triage', 'request'], env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("missing required argument 'reference'");
  });

  it('--help names the triage commands', async () => {
    const top = await runCli(['--help'], {});
    expect(top.stdout).toMatch(/^\s+triage\b/m);
    const sub = await runCli(['triage', '--help'], {});
    expect(sub.code).toBe(0);
    for (const cmd of ['list', 'request', 'ignore']) expect(sub.stdout).toMatch(new RegExp(`^\\s+${cmd}\\b`, 'm'));
    const req = await runCli(['triage', 'request', '--help'], {});
    expect(req.stdout).toContain('--username <handle>');
  });
});
