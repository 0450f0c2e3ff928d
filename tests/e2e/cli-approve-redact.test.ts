import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQueues, type Queues } from '../../src/queue/queues.js';
import { advanceRequest } from '../../src/deletion/advance-request.js';
import { testBotContext, type TestBotContext } from '../support/bot-context.js';
import { runCli } from '../../harness/bot-process.js';
import { useBotStack } from '../support/bot-stack.js';
import { fileRequestDirect } from '../integration/file-request-direct.js';

/**
 * `deletion-bot approve REF --redact-mentions`, the twin of the mail command APPROVE REDACT:
 * for a handle no connected account has, only then are its '@' mentions in other accounts'
 * logs rewritten.
 */

const t = useBotStack({ start: false });
let redis: Redis;
let queues: Queues;
let ctx: TestBotContext;

beforeAll(async () => {
  redis = new Redis(t.env.REDIS_URL!, { maxRetriesPerRequest: null });
  queues = createQueues(redis, t.prefix);
  ctx = testBotContext({
    pool: t.db.pool, queues,
    env: { APPROVAL_SECRET: t.env.APPROVAL_SECRET!, STAFF_EMAILS: t.env.STAFF_EMAILS!, BOT_ADDRESS: t.env.BOT_ADDRESS! },
  });
  await t.db.pool.query(`INSERT INTO ig_accounts (ig_user_id, username) VALUES ('9', 'other.one')`);
});

afterAll(async () => {
  await queues?.close();
  redis?.disconnect();
});

async function otherLog(message: string): Promise<string> {
  const { rows } = await t.db.pool.query(
    `INSERT INTO ig_publishing_logs (account_id, status, message)
     VALUES ((SELECT id FROM ig_accounts WHERE username = 'other.one'), 'failed', $1) RETURNING id`, [message]);
  return rows[0].id as string;
}

async function approveByCli(username: string, flags: string[]): Promise<{ id: string; stdout: string }> {
  const id = await fileRequestDirect(ctx, { from: 'erin@example.com', username, at: new Date() });
  const { rows } = await t.db.pool.query(`SELECT reference FROM requests WHERE id = $1`, [id]);
  const r = await runCli(['approve', rows[0].reference as string, ...flags, '--by', 'ops'], t.env);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  await advanceRequest(ctx, id);
  return { id, stdout: r.stdout };
}

async function messageOf(id: string): Promise<string> {
  const { rows } = await t.db.pool.query(`SELECT message FROM ig_publishing_logs WHERE id = $1`, [id]);
  return rows[0].message as string;
}

describe('approve --redact-mentions', () => {
  it('approve alone leaves the mentions of a handle no account has; with --redact-mentions they are rewritten', async () => {
    const plain = await otherLog('Tag failed for @media.');
    const alone = await approveByCli('media', []);
    expect(alone.stdout).not.toContain('mentions');
    expect(await messageOf(plain)).toBe('Tag failed for @media.');

    const chosen = await otherLog('Reel with @error, posted');
    const asked = await approveByCli('error', ['--redact-mentions']);
    expect(asked.stdout).toMatch(/approved by cli:ops; mentions of the username will be redacted/);
    expect(await messageOf(chosen)).toBe('Reel with [deleted user], posted');
  });
});
