import { describe, expect, it } from 'vitest';
import { type FaultWorld, useFaultWorld } from './fault-world.js';
import { botMailCount, botMailsSent, runScenario, worldUsers } from './scenario-driver.js';

/**
 * The servers the bot keeps its state in go away under it: Redis loses every job and
 * lease, Postgres drops every connection. The same bot process carries on and every
 * request ends as it should, once.
 */

const TAGS = ['rwipe', 'pgrst'];
let world: FaultWorld;

useFaultWorld({ users: worldUsers(TAGS, 50) }, (w) => {
  world = w;
});

describe('Redis and Postgres restarts', () => {
  it('Redis stopped, its data deleted, started empty', async () => {
    const r = await runScenario(world, 'Redis wiped mid-burst', 'rwipe', async (s) => {
      const before = botMailCount(world.botRelay);
      await s.push();
      await botMailsSent(world.botRelay, before + 30);
      await world.redis.stop();
      await world.redis.wipe();
      await world.redis.start();
      s.faultOver();
    }, { note: 'stopped after 30 outgoing mails of the burst, data folder deleted, started empty; the same bot process' });
    expect(r.problems).toEqual([]);
  });

  it('Postgres restarted mid-burst; the bot recovers without a restart of its own', async () => {
    const bot = world.bots[0]!;
    const r = await runScenario(world, 'Postgres restarted mid-burst', 'pgrst', async (s) => {
      await s.pushBreakingAfter(20, () => world.pg.restart());
      s.faultOver();
    }, {
      note: 'fast shutdown and start after 20 of 50 request mails; the same bot process',
      check: async () => (world.bots[0] === bot && world.bots.length === 1 ? [] : ['the bot process was replaced']),
    });
    expect(r.problems).toEqual([]);
  });
});
