import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { forget, type FaultWorld, useFaultWorld } from './fault-world.js';
import { runScenario, worldUsers, type Scenario } from './scenario-driver.js';

/**
 * The bot's IMAP connection goes away under it: cut without a goodbye (a reset, as a NAT
 * timeout or a failed link does) in the middle of a burst and while it sits in IDLE, and
 * the server restarted while it sits in IDLE. The safety-net poll is set to 10 minutes, so
 * mail is only read when IDLE announces it or a new connection catches up: a bot that kept
 * waiting on a dead connection would lose the whole burst here.
 */

const TAGS = ['imapcut', 'imapcuti', 'imaprsti', 'imapsilent'];
const POLL_SECONDS = 600;
/** How long the bot sits in IDLE with nothing arriving before the fault. */
const IDLE_MS = 6_000;
let world: FaultWorld;

useFaultWorld({ users: worldUsers(TAGS, 50), imapProxy: true, env: { IMAP_POLL_SECONDS: String(POLL_SECONDS) } }, (w) => {
  world = w;
});

function proxy() {
  if (!world.imapProxy) throw new Error('this world has no IMAP proxy');
  return world.imapProxy;
}

/** Waits until the bot holds an IMAP connection through the proxy again (after a cut or a restart). */
async function reconnected(acceptedBefore: number, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (proxy().accepted <= acceptedBefore || proxy().live === 0) {
    if (Date.now() > deadline) throw new Error('the bot did not connect to IMAP again');
    await sleep(100);
  }
}

/** The bot idles for IDLE_MS with nothing arriving, then `fault` breaks the connection; the burst follows. */
async function idleThenBurst(s: Scenario, fault: () => Promise<number>): Promise<{ cut: number; reconnectMs: number }> {
  await sleep(IDLE_MS);
  if (proxy().live === 0) throw new Error('the bot holds no IMAP connection while idle');
  const before = proxy().accepted;
  const at = Date.now();
  const cut = await fault();
  s.faultOver();
  await reconnected(before);
  const reconnectMs = Date.now() - at;
  await s.push();
  return { cut, reconnectMs };
}

describe('IMAP connection cuts', () => {
  it('IMAP connection cut mid-burst', async () => {
    let cuts = 0;
    const r = await runScenario(world, 'IMAP connection cut mid-burst', 'imapcut', async (s) => {
      await s.pushBreakingAfter(20, () => {
        const before = proxy().accepted;
        cuts = proxy().cutAll();
        return reconnected(before);
      });
      s.faultOver();
    }, {
      note: () => `the bot's IMAP connection reset (${cuts} cut, no LOGOUT, no BYE) after 20 of 50 request mails; safety-net poll every ${POLL_SECONDS} s; the same bot process`,
      check: async () => (cuts >= 1 ? [] : ['no IMAP connection was cut']),
    });
    expect(r.problems).toEqual([]);
  });

  it('IMAP connection cut while idle', async () => {
    let seen = { cut: 0, reconnectMs: 0 };
    const r = await runScenario(world, 'IMAP connection cut while idle', 'imapcuti', async (s) => {
      seen = await idleThenBurst(s, async () => proxy().cutAll());
    }, {
      note: () => `the bot sat in IDLE for ${IDLE_MS / 1000} s with nothing arriving, its IMAP connection was reset (${seen.cut} cut), connected again after ${(seen.reconnectMs / 1000).toFixed(1)} s, then the burst; safety-net poll every ${POLL_SECONDS} s; the same bot process`,
      check: async () => (seen.cut >= 1 ? [] : ['no IMAP connection was cut']),
    });
    expect(r.problems).toEqual([]);
  });

  it('IMAP server restarted while idle', async () => {
    let seen = { cut: 0, reconnectMs: 0 };
    const r = await runScenario(world, 'IMAP server restarted while idle', 'imaprsti', async (s) => {
      seen = await idleThenBurst(s, async () => {
        await world.dovecot.restart();
        return 1;
      });
    }, {
      note: () => `the bot sat in IDLE for ${IDLE_MS / 1000} s with nothing arriving, Dovecot was stopped and started, the bot connected again ${(seen.reconnectMs / 1000).toFixed(1)} s after the stop began, then the burst; safety-net poll every ${POLL_SECONDS} s; the same bot process`,
    });
    expect(r.problems).toEqual([]);
  });

  it('IMAP connection silently dropped while idle', async () => {
    // Only a command the server never answers shows that a silent connection is dead, so
    // this bot polls on a timer as a deployed one does (every 60 s by default).
    const poll = 10;
    const seen = { cut: 0, reconnectMs: 0 };
    const r = await runScenario(world, 'IMAP connection silently dropped while idle', 'imapsilent', async (s) => {
      const bot = world.bots[0]!;
      await bot.stop();
      forget(world, bot);
      await world.startBot({ IMAP_POLL_SECONDS: String(poll) });
      await sleep(IDLE_MS);
      const before = proxy().accepted;
      const at = Date.now();
      seen.cut = proxy().silenceAll();
      s.faultOver();
      // The burst arrives while the bot still holds the dead connection.
      await s.push();
      await reconnected(before, 180_000);
      seen.reconnectMs = Date.now() - at;
    }, {
      note: () => `the bot sat in IDLE for ${IDLE_MS / 1000} s, then its IMAP connection went silent both ways (${seen.cut} connection, nothing closed, as after a NAT timeout) `
        + `and the burst was sent; the bot gave the connection up and connected again after ${(seen.reconnectMs / 1000).toFixed(1)} s; poll every ${poll} s (the bot was restarted with that poll before the fault)`,
      check: async () => (seen.cut >= 1 ? [] : ['no IMAP connection was silenced']),
    });
    expect(r.problems).toEqual([]);
  });
});
