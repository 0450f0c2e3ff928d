import { describe, expect, it } from 'vitest';
import { forget, type FaultWorld, useFaultWorld } from './fault-world.js';
import { botMailCount, botMailsSent, runScenario, worldUsers } from './scenario-driver.js';

/**
 * The bot process dies (SIGKILL, no clean-up) in the middle of its work; a new process
 * takes over and every request ends as it should, once.
 */

const TAGS = ['base', 'kintake', 'ksend'];
let world: FaultWorld;

useFaultWorld({ users: worldUsers(TAGS, 50), startBot: false }, (w) => {
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
      let killed = false;
      await s.push({
        onSent: (sent) => {
          if (sent >= 20 && !killed) {
            killed = true;
            const bot = world.bots[0]!;
            bot.kill();
            forget(world, bot);
          }
        },
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
    }, { note: 'killed after 15 outgoing mails of the burst had been handed to SMTP' });
    expect(r.problems).toEqual([]);
  });
});
