import { describe, expect, it } from 'vitest';
import { forget, type FaultWorld, useFaultWorld } from './fault-world.js';
import { botMailCount, botMailsSent, runScenario, worldUsers } from './scenario-driver.js';

/**
 * An operator stops the bot (SIGTERM) while it works: it exits by itself within
 * SHUTDOWN_TIMEOUT_S, and the next start finishes whatever was left.
 */

const SHUTDOWN_TIMEOUT_S = 10;
let world: FaultWorld;

useFaultWorld({ users: worldUsers(['sigterm'], 50), env: { SHUTDOWN_TIMEOUT_S: String(SHUTDOWN_TIMEOUT_S) } }, (w) => {
  world = w;
});

describe('SIGTERM', () => {
  it('SIGTERM during work: the bot exits by itself, the next start finishes the work', async () => {
    let exitCode: number | null = null;
    let exitSeconds = 0;
    const r = await runScenario(world, 'SIGTERM during work', 'sigterm', async (s) => {
      const before = botMailCount(world.botRelay);
      await s.push();
      await botMailsSent(world.botRelay, before + 15);
      const bot = world.bots[0]!;
      const t0 = Date.now();
      // The harness SIGKILLs a bot still running 30 s after the signal: a null exit code says it did.
      exitCode = await bot.stop('SIGTERM');
      exitSeconds = Math.round((Date.now() - t0) / 100) / 10;
      forget(world, bot);
      await world.startBot();
      s.faultOver();
    }, {
      note: () => `SIGTERM after 15 outgoing mails of the burst (SHUTDOWN_TIMEOUT_S=${SHUTDOWN_TIMEOUT_S}): exit code ${String(exitCode)} after ${exitSeconds} s; a new process started then`,
      check: async () => (exitCode === null ? ['the bot did not exit by itself after SIGTERM'] : []),
    });
    expect(exitCode).not.toBeNull();
    expect(r.problems).toEqual([]);
  });
});
