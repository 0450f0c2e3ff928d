import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { STAFF } from '../e2e/mail-facts.js';
import { listMail } from '../../harness/mail-user.js';
import { type FaultWorld, useFaultWorld } from './fault-world.js';
import { botKind } from './mailbox-files.js';
import { retrySend, runScenario, worldUsers } from './scenario-driver.js';

/**
 * A poison mail in a burst of 50: one mail the bot cannot read (here 9 MB of three-byte lines:
 * millions of lines overrun the reading thread's heap, and take seconds, past the one-second
 * budget, whichever comes first; an ordinary request reads in a few ms). The 50 requests are
 * handled as if it were not there, /healthz answers throughout, and staff get one notice
 * naming the poison mail.
 */

const TAG = 'poison';
const POISON_FROM = 'newsletter.poison@example.org';
const id = randomBytes(3).toString('hex');
const POISON_SUBJECT = `Autumn collection ${id}`;

let world: FaultWorld;
useFaultWorld({ users: [...worldUsers([TAG], 50), POISON_FROM], env: { READ_BUDGET_SECONDS: '1' } }, (w) => {
  world = w;
});

function poisonMail(): Buffer {
  return Buffer.concat([
    Buffer.from([
      `From: Shop News <${POISON_FROM}>`, 'To: contact@pickrtech.com', `Subject: ${POISON_SUBJECT}`,
      'Date: Mon, 07 Dec 2026 05:00:00 +0000', `Message-ID: <poison-${id}@example.org>`, 'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8', '', ''].join('\r\n')),
    Buffer.from('a\r\n'.repeat(3 * 1024 * 1024)),
  ]);
}

/** Asks /healthz again and again until stopped; every answer is counted, every failure named. */
function pollHealth(port: number): { stop: () => Promise<{ answered: number; failures: string[] }> } {
  let running = true;
  let answered = 0;
  const failures: string[] = [];
  const loop = (async () => {
    while (running) {
      try {
        const res = await fetch(`http://127.0.0.1:${port}/healthz`);
        if (res.status === 200) answered += 1;
        else failures.push(`/healthz answered ${res.status}`);
        await res.arrayBuffer();
      } catch (err) {
        failures.push(`/healthz did not answer: ${(err as Error).message}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return { answered, failures };
    },
  };
}

/** Staff alerts that name the poison mail by its subject. */
async function poisonNotices(): Promise<number> {
  const box = await listMail(world.dovecot, STAFF);
  return box.filter((m) => botKind(m) === 'staff_alert' && m.text.includes(POISON_SUBJECT)).length;
}

describe('a poison mail', () => {
  it('in a burst of 50: the requests are handled as if it were not there, /healthz answers throughout, staff see it', async () => {
    world.personalData('address', [POISON_FROM]);
    const health = pollHealth(world.bots[0]!.httpPort);
    let healthSeen = { answered: 0, failures: [] as string[] };
    const r = await runScenario(world, 'A poison mail in a burst of 50', TAG, async (s) => {
      await s.pushBreakingAfter(25, async () => {
        await retrySend(world.relay, { from: POISON_FROM, to: 'contact@pickrtech.com', raw: poisonMail() });
      });
      s.faultOver();
    }, {
      note: 'one 9 MB mail of three-byte lines sent after 25 of the 50 requests, with READ_BUDGET_SECONDS=1: recorded unreadable, staff told once, /healthz answered every probe',
      check: async () => {
        const problems: string[] = [];
        // The burst is settled; the notice about the poison mail is sent by now or soon.
        const deadline = Date.now() + 60_000;
        let notices = await poisonNotices();
        while (notices === 0 && Date.now() < deadline) {
          await new Promise((res) => setTimeout(res, 500));
          notices = await poisonNotices();
        }
        healthSeen = await health.stop();
        if (notices !== 1) {
          problems.push(`staff hold ${notices} notices about the poison mail, expected 1`);
          const { rows: alerts } = await world.pool.query<{ state: string; subject: string; names: boolean }>(
            `SELECT state, subject, position($1 in text_body) > 0 AS names FROM outbox WHERE purpose = 'staff_alert'`, [POISON_SUBJECT]);
          for (const a of alerts) problems.push(`staff alert in the outbox: ${a.state}, "${a.subject}", names the poison mail: ${a.names}`);
        }
        const { rows } = await world.pool.query<{ kind: string | null; handled: boolean }>(
          `SELECT kind, processed_at IS NOT NULL AS handled FROM inbound_messages WHERE message_id = $1`, [`poison-${id}@example.org`]);
        if (rows.length !== 1) problems.push(`the poison mail is stored ${rows.length} times, expected once`);
        else if (rows[0]!.kind !== 'unreadable' || !rows[0]!.handled) problems.push(`the poison mail is recorded as ${rows[0]!.kind ?? 'nothing'} (handled: ${rows[0]!.handled}), expected unreadable`);
        const { rows: [unreadable] } = await world.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM inbound_messages WHERE kind = 'unreadable'`);
        if (unreadable!.n !== 1) problems.push(`${unreadable!.n} mails recorded unreadable, expected only the poison mail`);
        if ((await listMail(world.dovecot, POISON_FROM)).length > 0) problems.push('the poison mail\'s sender received mail from the bot');
        if (healthSeen.answered === 0) problems.push('/healthz never answered');
        problems.push(...healthSeen.failures.slice(0, 5));
        return problems;
      },
    });
    console.log(`/healthz answered ${healthSeen.answered} times during the scenario, ${healthSeen.failures.length} failures`);
    expect(r.problems).toEqual([]);
  });
});
