import { describe, expect, it } from 'vitest';
import { forget, type FaultWorld, useFaultWorld } from './fault-world.js';
import { LargeDeletion } from './large-deletion.js';
import { botMailCount, botMailsSent, runScenario, worldUsers } from './scenario-driver.js';

/**
 * The bot process dies (SIGKILL, no clean-up) in the middle of its work; a new process
 * takes over and every request ends as it should, once.
 */

const TAGS = ['base', 'kintake', 'ksend', 'kdelete'];
/** The requester whose account holds LARGE_ROWS publishing logs. */
const LARGE_REQUESTER = 'large.kdelete@example.org';
const LARGE_ROWS = 200_000;
let world: FaultWorld;

useFaultWorld({ users: [...worldUsers(TAGS, 50), LARGE_REQUESTER], startBot: false }, (w) => {
  world = w;
});

describe('bot process crashes', () => {
  it('no fault: the baseline every scenario is measured against', async () => {
    const r = await runScenario(world, 'No fault (baseline)', 'base', async (s) => {
      await world.startBot();
      await s.push();
      s.faultOver();
    });
    expect(r.problems).toEqual([]);
  });

  it('SIGKILL during a burst of intake', async () => {
    const r = await runScenario(world, 'SIGKILL during an intake burst', 'kintake', async (s) => {
      await s.pushBreakingAfter(20, () => {
        const bot = world.bots[0]!;
        bot.kill();
        forget(world, bot);
      });
      await world.startBot();
      s.faultOver();
    }, { note: 'killed after 20 of 50 request mails; a new process started after the burst' });
    expect(r.problems).toEqual([]);
  });

  it('SIGKILL while the bot is sending', async () => {
    const r = await runScenario(world, 'SIGKILL during sending', 'ksend', async (s) => {
      const before = botMailCount(world.botRelay);
      await s.push();
      await botMailsSent(world.botRelay, before + 15);
      const bot = world.bots[0]!;
      bot.kill();
      forget(world, bot);
      await world.startBot();
      s.faultOver();
    }, { note: 'killed after 15 outgoing mails of the burst had been handed to SMTP; a mail whose job was active at the kill is sent once BullMQ finds the job stalled (about 30 s later)' });
    expect(r.problems).toEqual([]);
  });

  it('SIGKILL during a large deletion', async () => {
    const large = new LargeDeletion(world, LARGE_REQUESTER, LARGE_ROWS);
    let atKill = { visible: 0, marked: 0 };
    let afterKill = { visible: 0, marked: 0 };
    const r = await runScenario(world, `SIGKILL during a large deletion (${LARGE_ROWS / 1000}k rows)`, 'kdelete', async (s) => {
      if (world.bots.length === 0) await world.startBot();
      await large.seed();
      await large.fileAndApprove();
      const pushing = s.push();
      atKill = await large.underWay(LARGE_ROWS / 10);
      const bot = world.bots[0]!;
      bot.kill();
      forget(world, bot);
      await pushing;
      afterKill = await large.progress();
      await world.startBot();
      s.faultOver();
    }, {
      note: () => `one more approved request whose account holds ${LARGE_ROWS} publishing logs; killed once its open deletion transaction had erased `
        + `${atKill.marked} of them (the other 50 requests arriving meanwhile), ${afterKill.visible} rows there again after the rollback; a new process started after the burst `
        + `and erased all ${LARGE_ROWS} in one transaction of ${((large.committedMs() ?? NaN) / 1000).toFixed(1)} s`,
      check: () => large.problems(),
    });
    expect(r.problems).toEqual([]);
  });
});
