import { describe, expect, it } from 'vitest';
import { STAFF } from '../e2e/mail-facts.js';
import { listMail } from '../../harness/mail-user.js';
import { type FaultWorld, useFaultWorld } from './fault-world.js';
import { botKind } from './mailbox-files.js';
import { runScenario, worldUsers } from './scenario-driver.js';

/**
 * The bot's SMTP server refuses mail: for a while with 421 (try later), and for good
 * with 550 for one recipient. Each mail arrives once; the refused one is recorded as
 * failed and staff hear of it once.
 */

const TAGS = ['smtp421', 'smtp550'];
/** How long the bot's SMTP server answers 421 to everything. */
const REFUSE_MS = 60_000;
let world: FaultWorld;

useFaultWorld({ users: worldUsers(TAGS, 50), ownBotRelay: true }, (w) => {
  world = w;
});

/** Problems with the one refused mail: it must be failed, and staff alerted exactly once. */
async function refusedMailProblems(address: string): Promise<string[]> {
  const problems: string[] = [];
  const alertsFor = async (reference: string) => (await listMail(world.dovecot, STAFF))
    .filter((m) => botKind(m) === 'staff_alert' && reference !== '' && m.subject.includes(reference)).length;
  const deadline = Date.now() + 60_000;
  let failed = 0;
  let reference = '';
  while (Date.now() < deadline) {
    const { rows } = await world.pool.query<{ state: string; reference: string }>(
      `SELECT o.state, r.reference FROM outbox o JOIN requests r ON r.id = o.request_id WHERE r.sender_email = $1`, [address]);
    failed = rows.filter((row) => row.state === 'failed').length;
    reference = rows[0]?.reference ?? '';
    if (failed >= 1 && (await alertsFor(reference)) >= 1) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  await new Promise((r) => setTimeout(r, 3000)); // a second alert would show itself by now
  const staff = await listMail(world.dovecot, STAFF);
  const alerts = await alertsFor(reference);
  if (failed !== 1) problems.push(`refused recipient: ${failed} outbox rows failed, expected 1`);
  if (alerts !== 1) problems.push(`refused recipient: staff hold ${alerts} alerts, expected 1`);
  const { rows: events } = await world.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM request_events e JOIN requests r ON r.id = e.request_id WHERE r.sender_email = $1 AND e.type = 'mail_failed'`, [address]);
  if (events[0]?.n !== 1) problems.push(`refused recipient: ${events[0]?.n ?? 0} mail_failed events, expected 1`);
  const staffAlerts = staff.filter((m) => botKind(m) === 'staff_alert').length;
  if (staffAlerts !== alerts) problems.push(`staff hold ${staffAlerts - alerts} other alerts`);
  return problems;
}

describe('SMTP refusals', () => {
  it('SMTP answering 421 for a full minute, then accepting: each mail once', async () => {
    const r = await runScenario(world, 'SMTP 421 for a full minute, then accepting', 'smtp421', async (s) => {
      world.botRelay.refuseAll(421);
      const started = Date.now();
      await s.push();
      await new Promise((res) => setTimeout(res, Math.max(0, REFUSE_MS - (Date.now() - started))));
      world.botRelay.refuseAll(null);
      s.faultOver();
    }, {
      note: () => `every transaction of the bot answered 421 during the burst and for ${REFUSE_MS / 1000} s in all (${world.botRelay.refusals.filter((x) => x.code === 421).length} refusals)`,
      check: async () => (world.botRelay.refusals.some((x) => x.code === 421) ? [] : ['the bot never met a 421']),
    });
    expect(r.problems).toEqual([]);
  });

  it('SMTP 550 for one recipient: that mail failed, staff alerted once, the rest flows', async () => {
    let refused = '';
    const r = await runScenario(world, 'SMTP 550 for one recipient', 'smtp550', async (s) => {
      const victim = s.requests.find((q) => q.kind === 'complete')!;
      refused = victim.from;
      s.undeliverable.add(refused);
      world.botRelay.refuseRecipient(refused, 550);
      await s.push();
      s.faultOver();
    }, {
      note: 'RCPT TO of one requester (a complete request) answered 550 throughout',
      check: () => refusedMailProblems(refused),
    });
    world.botRelay.refuseRecipient(refused, null);
    expect(r.problems).toEqual([]);
  });
});
