// Watches who holds the mailbox poller lease while a scenario runs: Postgres's own view (the
// advisory lock's holders in pg_locks) and each bot's /readyz (a standby says so).
import type { BotProcess } from '../../harness/bot-process.js';
import type { FaultWorld } from './fault-world.js';

export interface LeaseSample {
  at: number;
  /** Backends holding the poller's advisory lock. */
  lockHolders: number;
  /** Pids of the bots whose /readyz does not call them a standby (among those that answered). */
  pollers: number[];
}

/** The mailbox check of a bot's /readyz, or null when it does not answer. */
export async function mailboxCheck(bot: BotProcess): Promise<string | null> {
  try {
    const res = await fetch(`http://127.0.0.1:${bot.httpPort}/readyz`, { signal: AbortSignal.timeout(2000) });
    return ((await res.json()) as { checks: Record<string, string> }).checks.mailbox ?? null;
  } catch {
    return null;
  }
}

async function lockHolders(world: FaultWorld, mailbox: string): Promise<number> {
  // pg_locks shows a two-key advisory lock as classid/objid (the keys as unsigned) with objsubid 2.
  const { rows } = await world.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM pg_locks
      WHERE locktype = 'advisory' AND granted AND objsubid = 2
        AND classid::bigint = (hashtext('deletion-bot:poller')::bigint & 4294967295)
        AND objid::bigint = (hashtext($1)::bigint & 4294967295)`, [mailbox]);
  return rows[0]?.n ?? 0;
}

/** Samples every `everyMs` until stopped; `bots()` names the bots to ask. */
export function watchPollerLease(world: FaultWorld, bots: () => BotProcess[], { mailbox = 'INBOX', everyMs = 250 } = {}) {
  const samples: LeaseSample[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const [holders, checks] = await Promise.all([
        lockHolders(world, mailbox).catch(() => -1),
        Promise.all(bots().map(async (b) => [b.pid, await mailboxCheck(b)] as const)),
      ]);
      const pollers = checks.filter(([, c]) => c !== null && !/standby/.test(c)).map(([pid]) => pid);
      samples.push({ at: Date.now(), lockHolders: holders, pollers });
      await new Promise((r) => setTimeout(r, everyMs));
    }
  })();
  return {
    samples,
    async stop(): Promise<LeaseSample[]> {
      running = false;
      await loop;
      return samples;
    },
  };
}

/** Problems with the samples: never two holders at once, and some sample with exactly one. */
export function leaseProblems(samples: LeaseSample[]): string[] {
  const problems: string[] = [];
  const twoLocks = samples.filter((s) => s.lockHolders > 1).length;
  const twoPollers = samples.filter((s) => s.pollers.length > 1).length;
  if (twoLocks > 0) problems.push(`${twoLocks} samples saw more than one holder of the poller lock`);
  if (twoPollers > 0) problems.push(`${twoPollers} samples saw more than one bot answer /readyz as the poller`);
  if (!samples.some((s) => s.lockHolders === 1 && s.pollers.length === 1)) problems.push('no sample saw exactly one poller');
  return problems;
}

/** The sequence of bots that answered as the poller, each change once (e.g. [pidA, pidB] after a takeover). */
export function pollerSequence(samples: LeaseSample[]): number[] {
  const seq: number[] = [];
  for (const s of samples) {
    const p = s.pollers[0];
    if (s.pollers.length === 1 && p !== undefined && seq.at(-1) !== p) seq.push(p);
  }
  return seq;
}
