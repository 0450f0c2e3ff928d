import { describe, expect, it } from 'vitest';
import { forget, type FaultWorld, useFaultWorld } from './fault-world.js';
import { runScenario, worldUsers } from './scenario-driver.js';

/**
 * The deletion plan's tables in an application database of their own (APP_DATABASE_URL): a
 * deletion commits there, then the bot records it in its own. The bot process dies (SIGKILL)
 * exactly between the two commits; the next process completes that request once, with the
 * counts of the erasure that committed, and its requester gets one completion mail.
 */

const TAG = 'twodb';
let world: FaultWorld;

useFaultWorld({ users: worldUsers([TAG], 25), startBot: false, appDatabase: true }, (w) => {
  world = w;
});

interface AtCrash {
  /** Requests left `deleting` with the erasure's counts recorded. */
  pending: { reference: string; username: string; tokens: number }[];
  /** Rows the application database still held for their accounts. */
  appRows: number;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('two databases', () => {
  it('SIGKILL between the application database\'s commit and the bot\'s record', async () => {
    let crash: Promise<AtCrash> | null = null;
    const r = await runScenario(world, 'SIGKILL between the application database\'s commit and the bot\'s record', TAG, async (s) => {
      // Test-only (src/deletion/crash-point.ts): the process kills itself right after the first application commit.
      const armed = await world.startBot({ DELETION_BOT_TEST_CRASH_AT: 'after-app-commit' });
      await s.push();
      crash = (async () => {
        while (alive(armed.pid)) await new Promise((done) => setTimeout(done, 100));
        forget(world, armed);
        const { rows } = await world.pool.query<{ reference: string; username: string; tokens: number }>(
          `SELECT reference, instagram_username AS username,
                  (SELECT (l->>'rows')::int FROM jsonb_array_elements(pending_deleted_counts->'result'->'lines') l WHERE l->>'id' = 'access_tokens') AS tokens
             FROM requests WHERE state = 'deleting' AND pending_deleted_counts IS NOT NULL`);
        const { rows: [held] } = await world.appPool!.query<{ n: number }>(
          `SELECT (SELECT count(*) FROM ig_accounts WHERE username = ANY($1))::int
                + (SELECT count(*) FROM ig_access_tokens t JOIN ig_accounts a ON a.id = t.account_id WHERE a.username = ANY($1))::int AS n`,
          [rows.map((p) => p.username)]);
        await world.startBot();
        s.faultOver();
        return { pending: rows, appRows: held!.n };
      })();
    }, {
      n: 25,
      note: 'the bot ran with the plan\'s tables in a second database on the same server; the first approved deletion SIGKILLed its process right after the application database committed, before the bot recorded the completion; a new process started then',
      check: async () => {
        const at = await crash!;
        const problems: string[] = [];
        if (at.pending.length !== 1) problems.push(`at the crash ${at.pending.length} requests were deleting with counts recorded, expected 1`);
        if (at.pending[0]?.tokens !== 1) problems.push(`the recorded counts held ${String(at.pending[0]?.tokens)} access tokens, expected 1`);
        if (at.appRows !== 0) problems.push(`at the crash the application database still held ${at.appRows} rows of that account`);
        return problems;
      },
    });
    expect(r.problems).toEqual([]);
    expect(r.doubled + r.mailsDoubled).toBe(0);
  });
});
