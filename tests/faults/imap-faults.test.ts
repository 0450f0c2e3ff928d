import { describe, expect, it } from 'vitest';
import { forget, type FaultWorld, useFaultWorld } from './fault-world.js';
import { botMailCount, botMailsSent, runScenario, worldUsers } from './scenario-driver.js';

/**
 * The mailbox side fails: the IMAP server restarts under the poller, and the same request
 * mail arrives twice, then is sent once more after the first copy was moved to another folder.
 * Every request is taken in once and answered once.
 */

const TAGS = ['imaprst', 'dupmail'];
const PROCESSED = 'Processed';
let world: FaultWorld;

useFaultWorld({ users: worldUsers(TAGS, 50) }, (w) => {
  world = w;
});

describe('IMAP faults', () => {
  it('IMAP server restarted mid-burst', async () => {
    const r = await runScenario(world, 'IMAP server restarted mid-burst', 'imaprst', async (s) => {
      await s.pushBreakingAfter(20, () => world.dovecot.restart());
      s.faultOver();
    }, { note: 'Dovecot stopped and started after 20 of 50 request mails; the same bot process' });
    expect(r.problems).toEqual([]);
  });

  it('the same message delivered twice and in two folders', async () => {
    const r = await runScenario(world, 'Same message twice and in two folders', 'dupmail', async (s) => {
      // Handled mail now moves to another folder, so a later copy sits beside the first one.
      const bot = world.bots[0]!;
      await bot.stop();
      forget(world, bot);
      await world.startBot({ IMAP_PROCESSED_FOLDER: PROCESSED });
      const before = botMailCount(world.botRelay);
      await s.push({ twice: true });
      await botMailsSent(world.botRelay, before + 50);
      await s.resendRequests({ recomposed: true });
      s.faultOver();
    }, { note: `each request mail delivered twice back to back (same bytes), then sent again by the client (same Message-ID, new Date) after the first copy was moved to ${PROCESSED}` });
    expect(r.problems).toEqual([]);
  });
});
