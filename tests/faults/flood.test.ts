import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { bare, CONTACT, isAck, STAFF } from '../e2e/mail-facts.js';
import { listMail, waitForMail, type ReceivedMail } from '../../harness/mail-user.js';
import { type FaultWorld, useFaultWorld } from './fault-world.js';
import { botKind } from './mailbox-files.js';
import { RelayClock } from './relay-clock.js';
import { recordResult } from './reliability-report.js';
import { inBatches, MACHINE_SENDERS, retrySend } from './scenario-driver.js';

/**
 * A flood: 1,000 request mails from one address and 1,000 from 1,000 different addresses,
 * sent within a few minutes. Every mail is recorded and becomes a request; the one address
 * gets no more automatic answers than the daily cap allows; a person writing for the first
 * time in the middle of it is answered within seconds, not after the whole flood.
 */

const N = 1000;
const CAP = 20; // REPLY_RATE_LIMIT_PER_DAY of the fault world
const ONE = 'flood.one@example.org';
const MANY = Array.from({ length: N }, (_, i) => `flood${String(i + 1).padStart(4, '0')}@example.org`);
const FRESH = 'first.time@example.org';
const id = randomBytes(3).toString('hex');

interface FloodMail { from: string; username: string; statement: string; messageId: string }

const mailOf = (from: string, tag: string, i: number): FloodMail => ({
  from,
  username: `fl${tag}_${id}_${i}`,
  statement: `Please delete all my Instagram data held by your app, ref ${id}${tag}${i}.`,
  messageId: `<flood-${id}-${tag}-${i}@example.org>`,
});
/** One from each side in turn: the flood arrives mixed, as it would. */
const FLOOD: FloodMail[] = Array.from({ length: N }, (_, i) => [mailOf(ONE, 'o', i + 1), mailOf(MANY[i]!, 'm', i + 1)]).flat();
const FRESH_MAIL = mailOf(FRESH, 'f', 1);

let world: FaultWorld;
useFaultWorld({ users: [ONE, ...MANY, FRESH, ...MACHINE_SENDERS] }, (w) => {
  world = w;
});

function send(m: FloodMail): Promise<void> {
  return retrySend(world.relay, {
    from: m.from, to: CONTACT, subject: 'Data deletion request', messageId: m.messageId,
    text: `Hello,\n\n${m.statement} My Instagram username is @${m.username}\n\nThank you\n`,
  });
}

/** Polls until every stored mail is handled, every request validated and every outbox row sent. */
async function workedOff(expectedInbound: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { rows: [s] } = await world.pool.query<{ inbound: number; open: number; requests: number; pending: number }>(
      `SELECT (SELECT count(*)::int FROM inbound_messages) AS inbound,
              (SELECT count(*)::int FROM inbound_messages WHERE processed_at IS NULL) AS open,
              (SELECT count(*)::int FROM requests WHERE state = 'received') AS requests,
              (SELECT count(*)::int FROM outbox WHERE state = 'pending') AS pending`);
    if (s && s.inbound >= expectedInbound && s.open + s.requests + s.pending === 0) return;
    if (Date.now() > deadline) throw new Error(`flood not worked off in time: ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

function distinctById(box: ReceivedMail[]): ReceivedMail[] {
  return [...new Map(box.map((m) => [bare(m.messageId), m])).values()];
}

describe('a flood of request mails', () => {
  it('records every mail, caps the answers to one address, and answers a first-time sender before the rest of the flood', async () => {
    const problems: string[] = [];
    const all = [...FLOOD, FRESH_MAIL];
    world.personalData('username', all.map((m) => m.username));
    world.personalData('address', [ONE, ...MANY, FRESH]);
    world.personalData('statement', all.map((m) => m.statement));
    const clock = new RelayClock(world.relay, CONTACT);
    const started = Date.now();
    let freshAckAt = 0;

    // Machine mail inside the flood: recorded, never answered.
    await retrySend(world.relay, {
      from: 'noreply@example.org', to: CONTACT, subject: 'Data deletion request', messageId: `<flood-${id}-noreply@example.org>`,
      text: 'Please delete all my Instagram data. My Instagram username is @fl_noreply\n',
    });
    await inBatches(FLOOD, 20, async (m) => {
      await send(m);
    });
    const sentSeconds = (Date.now() - started) / 1000;
    // The whole flood handed over and being worked off: a person writes for the first time.
    await send(FRESH_MAIL);
    const freshSentAt = Date.now();
    const freshAck = waitForMail(world.dovecot, FRESH, isAck, { timeoutMs: 900_000, pollMs: 250 }).then(() => {
      freshAckAt = Date.now();
    });
    await freshAck;
    await workedOff(2 * N + 2, 900_000);
    const workedOffSeconds = (Date.now() - started) / 1000;
    await new Promise((r) => setTimeout(r, 4000)); // anything doubled shows itself by now
    clock.stop();

    // Every mail recorded: one handled inbound row each, one request per mail.
    const { rows: inbound } = await world.pool.query<{ message_id: string; processed: boolean }>(
      `SELECT message_id, processed_at IS NOT NULL AS processed FROM inbound_messages WHERE message_id LIKE $1`, [`flood-${id}-%`]);
    const inboundIds = new Map(inbound.map((r) => [r.message_id, r.processed]));
    let lost = 0;
    for (const m of all) {
      const processed = inboundIds.get(bare(m.messageId));
      if (processed === undefined) { lost += 1; problems.push(`${m.messageId}: not recorded`); } else if (!processed) problems.push(`${m.messageId}: never handled`);
    }
    if (inbound.length !== FLOOD.length + 2) problems.push(`${inbound.length} inbound rows, expected ${FLOOD.length + 2}`);
    const { rows: requests } = await world.pool.query<{ instagram_username: string; sender_email: string | null; state: string; reference: string }>(
      `SELECT instagram_username, sender_email, state, reference FROM requests`);
    const byUser = new Map<string, typeof requests>();
    for (const r of requests) byUser.set(r.instagram_username, [...(byUser.get(r.instagram_username) ?? []), r]);
    let doubled = 0;
    for (const m of all) {
      const rows = byUser.get(m.username) ?? [];
      if (rows.length === 0) { lost += 1; problems.push(`@${m.username}: no request`); continue; }
      if (rows.length > 1) { doubled += 1; problems.push(`@${m.username}: ${rows.length} requests`); }
      if (rows[0]!.state !== 'awaiting_approval') problems.push(`@${m.username}: state ${rows[0]!.state}`);
      if (rows[0]!.sender_email !== m.from) problems.push(`@${m.username}: sender ${rows[0]!.sender_email}`);
    }
    const { rows: [withheld] } = await world.pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM request_events e JOIN requests r ON r.id = e.request_id
        WHERE e.type = 'mail_withheld' AND e.detail->>'reason' = 'rate_limit' AND r.sender_email = $1`, [ONE]);

    // What each address holds, over IMAP.
    let mailsDoubled = 0;
    let resentSameId = 0;
    const oneAll = await listMail(world.dovecot, ONE);
    const oneBox = distinctById(oneAll);
    resentSameId += oneAll.length - oneBox.length;
    const oneKinds = oneBox.map(botKind);
    if (oneBox.length > CAP) problems.push(`${ONE} holds ${oneBox.length} bot mails, more than the cap of ${CAP}`);
    if (oneKinds.filter((k) => k === 'acknowledgment').length !== CAP) problems.push(`${ONE} holds ${oneKinds.filter((k) => k === 'acknowledgment').length} acknowledgments, expected ${CAP}`);
    if (withheld!.n !== N - CAP) problems.push(`${withheld!.n} answers to ${ONE} withheld (rate_limit), expected ${N - CAP}`);
    await inBatches([...MANY, FRESH], 10, async (address) => {
      const all = await listMail(world.dovecot, address);
      const box = distinctById(all);
      resentSameId += all.length - box.length;
      const kinds = box.map(botKind);
      mailsDoubled += Math.max(0, box.length - 1);
      if (kinds.join() !== 'acknowledgment') problems.push(`${address} holds [${kinds.join(', ')}], expected [acknowledgment]`);
    });
    const staffAll = await listMail(world.dovecot, STAFF);
    const staffBox = distinctById(staffAll);
    resentSameId += staffAll.length - staffBox.length;
    const notes = new Map<string, number>();
    for (const m of staffBox) {
      if (botKind(m) !== 'staff_notification') continue;
      const ref = /DR-\d{4}-\d{5}/.exec(m.subject)?.[0] ?? '';
      notes.set(ref, (notes.get(ref) ?? 0) + 1);
    }
    for (const r of requests) {
      const n = notes.get(r.reference) ?? 0;
      if (n !== 1) problems.push(`${r.reference}: staff hold ${n} notifications`);
      if (n > 1) mailsDoubled += n - 1;
    }
    for (const machine of MACHINE_SENDERS) {
      const got = (await listMail(world.dovecot, machine)).length;
      if (got > 0) problems.push(`${machine} received ${got} mails from the bot`);
    }

    // The first-time sender, writing after the whole flood, was not kept waiting behind it:
    // its acknowledgment came before the flood's last acknowledgment, with much of the
    // flood's mail (the one address's staff notifications) still to be sent.
    const lastFloodAck = clock.lastOf('acknowledgment', new Set([ONE, ...MANY]));
    const ackSeconds = (freshAckAt - freshSentAt) / 1000;
    const floodMailAfter = clock.mails.filter((m) => m.at > freshAckAt && !m.to.includes(FRESH)).length;
    if (lastFloodAck === null || freshAckAt > lastFloodAck) {
      problems.push(`the first-time sender's acknowledgment came ${ackSeconds} s after its mail, after the flood's last acknowledgment`);
    }
    if (floodMailAfter < N / 10) {
      problems.push(`the first-time sender's acknowledgment waited behind the flood: only ${floodMailAfter} of the flood's mails came after it`);
    }

    const needles = all.flatMap((m) => [m.username, m.from, m.statement]);
    const leaks = world.logs.flat().filter((line) => needles.some((n) => line.includes(n)));
    if (leaks.length > 0) problems.push(`personal data in bot logs: ${leaks.length} lines`);

    // Where the first-time sender's mail spent its time (seconds after it was handed over).
    const { rows: [t] } = await world.pool.query<{ stored: number; handled: number; validated: number; sent: number }>(
      `SELECT extract(epoch FROM i.stored_at)::float8 * 1000 AS stored, extract(epoch FROM i.processed_at)::float8 * 1000 AS handled,
              extract(epoch FROM o.created_at)::float8 * 1000 AS validated, extract(epoch FROM o.sent_at)::float8 * 1000 AS sent
         FROM inbound_messages i JOIN requests r ON r.source_message_id = i.id
         JOIN outbox o ON o.request_id = r.id AND o.purpose = 'acknowledgment'
        WHERE i.message_id = $1`, [bare(FRESH_MAIL.messageId)]);
    const after = (ms: number | undefined) => (ms === undefined ? '?' : ((ms - freshSentAt) / 1000).toFixed(1));
    const timeline = `stored ${after(t?.stored)} s, handled ${after(t?.handled)} s, acknowledgment written ${after(t?.validated)} s, sent ${after(t?.sent)} s`;
    const drainSeconds = lastFloodAck === null ? 0 : (lastFloodAck - started) / 1000;
    const note = `1,000 mails from one address and 1,000 from 1,000 addresses, handed over in ${sentSeconds.toFixed(0)} s; `
      + `a first-time sender writing right after them had its acknowledgment ${ackSeconds.toFixed(1)} s after its mail, `
      + `${floodMailAfter} of the flood's mails still to come (the flood's last acknowledgment came ${drainSeconds.toFixed(0)} s after the start); `
      + `the one address got ${oneBox.length} mails (cap ${CAP}, ${withheld!.n} answers withheld); all worked off after ${workedOffSeconds.toFixed(0)} s`;
    recordResult({
      scenario: 'Flood: 2,000 request mails in minutes', requests: FLOOD.length + 1, outcome: problems.length === 0 ? 'pass' : 'fail',
      lost, doubled, mailsDoubled, resentSameId, recoverSeconds: Math.round(workedOffSeconds * 10) / 10, problems, note, logLeaks: leaks.length,
    });
    console.log(`${note}\nfirst-time sender: ${timeline}`);
    expect(problems).toEqual([]);
  }, 1_200_000);
});
