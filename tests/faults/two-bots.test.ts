import { describe, expect, it } from 'vitest';
import type { BotProcess } from '../../harness/bot-process.js';
import { forget, type FaultWorld, useFaultWorld } from './fault-world.js';
import { leaseProblems, mailboxCheck, pollerSequence, watchPollerLease, type LeaseSample } from './poller-lease-watch.js';
import { runScenario, worldUsers } from './scenario-driver.js';

/**
 * Two full `deletion-bot start` processes on one mailbox, database and Redis, as a second
 * replica started by mistake or during a rolling deploy would be: one polls the mailbox, the
 * other stands by, both run workers, and every request is handled once. Then the polling one
 * is killed mid-burst and the other takes over.
 */

const TAGS = ['twobots', 'twokill'];
let world: FaultWorld;

useFaultWorld({ users: worldUsers(TAGS, 50), startBot: false }, (w) => {
  world = w;
});

/** Lines of `bot`'s log that say it stored new mail (only the poller reads the mailbox). */
function storedLines(bot: BotProcess): number {
  return bot.output.filter((line) => line.includes('new mail stored')).length;
}

async function poller(bots: BotProcess[]): Promise<BotProcess> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    for (const b of bots) if ((await mailboxCheck(b)) === 'ok') return b;
    if (Date.now() > deadline) throw new Error('no bot became the poller');
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('two bot processes', () => {
  let first: BotProcess;
  let second: BotProcess;

  it('two full bot processes on one mailbox and database', async () => {
    let samples: LeaseSample[] = [];
    let standbyAtStart = '';
    const watch = { stop: async (): Promise<LeaseSample[]> => [] };
    const r = await runScenario(world, 'Two full bot processes on one mailbox and database', 'twobots', async (s) => {
      first = await world.startBot();
      second = await world.startBot({}, { standby: true });
      standbyAtStart = (await mailboxCheck(second)) ?? 'no answer';
      const w = watchPollerLease(world, () => world.bots);
      watch.stop = () => w.stop();
      await s.push();
      s.faultOver();
    }, {
      note: () => {
        const one = samples.filter((x) => x.lockHolders === 1 && x.pollers.length === 1).length;
        return `two \`deletion-bot start\` processes (every role) on one mailbox, database and Redis; `
          + `pg_locks and both /readyz sampled ${samples.length} times: one lease holder and one poller in ${one}, never two; `
          + `"new mail stored" logged ${storedLines(first)} times by the first, ${storedLines(second)} by the second`;
      },
      check: async () => {
        samples = await watch.stop();
        const problems = leaseProblems(samples);
        if (!/standby/.test(standbyAtStart)) problems.push(`the second bot's /readyz said "${standbyAtStart}", not standby`);
        if (storedLines(second) > 0) problems.push('the standby read the mailbox');
        return problems;
      },
    });
    expect(r.problems).toEqual([]);
  });

  it('two bot processes, the poller SIGKILLed mid-burst', async () => {
    let samples: LeaseSample[] = [];
    let killed: BotProcess | null = null;
    let survivor: BotProcess | null = null;
    let killedAt = 0;
    const watch = watchPollerLease(world, () => world.bots);
    const r = await runScenario(world, 'Two bot processes, the poller SIGKILLed mid-burst', 'twokill', async (s) => {
      const active = await poller(world.bots);
      survivor = world.bots.find((b) => b !== active) ?? null;
      await s.pushBreakingAfter(20, () => {
        killed = active;
        killedAt = Date.now();
        active.kill();
        forget(world, active);
      });
      s.faultOver();
    }, {
      note: () => {
        const takeover = samples.find((x) => x.at > killedAt && survivor && x.pollers.includes(survivor.pid));
        const secs = takeover ? ((takeover.at - killedAt) / 1000).toFixed(1) : 'never';
        return `two \`deletion-bot start\` processes; the polling one SIGKILLed after 20 of 50 request mails; `
          + `the standby held the lease and polled ${secs} s later (lease retry every 5 s); never two holders in ${samples.length} samples; no new process started`;
      },
      check: async () => {
        samples = await watch.stop();
        const problems = leaseProblems(samples);
        const seq = pollerSequence(samples);
        if (!killed || !survivor) return [...problems, 'no poller was killed'];
        const k: BotProcess = killed;
        const v: BotProcess = survivor;
        if (seq.join() !== [k.pid, v.pid].join()) problems.push(`pollers seen in turn: ${seq.join(' -> ')}, expected ${k.pid} -> ${v.pid}`);
        return problems;
      },
    });
    expect(r.problems).toEqual([]);
  });
});
