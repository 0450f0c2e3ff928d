import { describe, expect, it } from 'vitest';
import { bare, CONTACT, isAck } from '../e2e/mail-facts.js';
import { startImapQuirksProxy, type ImapQuirksProxy } from '../../harness/imap-quirks-proxy.js';
import { imapClient } from '../../harness/imap-client.js';
import { listMail, waitForMail } from '../../harness/mail-user.js';
import { processMemory } from '../../harness/process-memory.js';
import { type FaultWorld, useFaultWorld } from './fault-world.js';
import { recordResult } from './reliability-report.js';
import { retrySend } from './scenario-driver.js';
import { writeSparseMailbox, type SparseMessage } from './sparse-mailbox.js';

/**
 * A mailbox of 100,000 messages whose UIDs lie far apart (1 to about 4,000,000): years of
 * mail with most of it gone, or a migration that kept its old UIDs. The bot back-fills the
 * 1% received since IMAP_BACKFILL_SINCE, scattered over the whole UID range, then watches
 * for new mail above the last UID. It must find them by searching, never by walking the
 * UIDs or reading the old mail: the proxy in front of Dovecot counts its commands. Time and
 * memory are reported (docs/RELIABILITY.md), not asserted.
 */

const N = 100_000;
const DAY = 24 * 60 * 60 * 1000;
const UID_VALIDITY = 1_700_000_000;
const RECENT_EVERY = 100; // one message in a hundred arrived since the back-fill date
const NOW = Date.now();
const SINCE = new Date(NOW - 30 * DAY);
const REQUESTERS = Array.from({ length: 5 }, (_, i) => `sparse.new${i + 1}@example.org`);
const OLD_REQUESTERS = Array.from({ length: 3 }, (_, i) => `sparse.old${i + 1}@example.org`);
const WATCHED = 'sparse.watched@example.org';
/** Requests spread over the UID range: five since the back-fill date (recent slots, i % 100 = 50), three before it (never answered). */
const REQUEST_AT = new Map<number, string>([
  ...REQUESTERS.map((r, k): [number, string] => [k * 20_000 + 5_050, r]),
  ...OLD_REQUESTERS.map((r, k): [number, string] => [k * 33_000 + 1_000, r]),
]);

/** A fixed sequence of gaps (a linear congruential generator): every run builds the same mailbox. */
function* gaps(): Generator<number> {
  let x = 12345;
  for (;;) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    yield 1 + (x % 79); // 1..79, about 40 on average
  }
}

interface Plan { messages: SparseMessage[]; uidNext: number; recent: number; requestIds: Map<string, string> }

function plan(): Plan {
  const messages: SparseMessage[] = [];
  const requestIds = new Map<string, string>();
  const gap = gaps();
  let uid = 0;
  let recent = 0;
  for (let i = 0; i < N; i++) {
    uid += gap.next().value!;
    const isRecent = i % RECENT_EVERY === RECENT_EVERY / 2;
    const receivedAt = isRecent
      ? new Date(SINCE.getTime() + DAY + Math.floor(((NOW - SINCE.getTime() - 2 * DAY) * i) / N))
      : new Date(NOW - 2 * 365 * DAY + i * 60_000);
    if (isRecent) recent += 1;
    const requester = REQUEST_AT.get(i);
    const id = `<sparse-${i}@${requester ? 'example.org' : 'news.example.org'}>`;
    if (requester) requestIds.set(requester, id);
    messages.push({
      uid, receivedAt,
      raw: requester
        ? `From: <${requester}>\r\nTo: ${CONTACT}\r\nSubject: Delete my data\r\nMessage-ID: ${id}\r\nDate: ${receivedAt.toUTCString()}\r\n\r\n`
          + `Please delete my Instagram data held by your app. My username is sparse_user_${i}\r\n`
        : `From: Newsletter <news${i % 40}@news.example.org>\r\nTo: ${CONTACT}\r\nSubject: Scheduling tips #${i}\r\nMessage-ID: ${id}\r\n`
          + `Date: ${receivedAt.toUTCString()}\r\n\r\nIssue ${i} of our newsletter.\r\n`,
    });
  }
  return { messages, uidNext: uid + 1 + 10_000, recent, requestIds };
}

let world: FaultWorld;
useFaultWorld({ users: [...REQUESTERS, ...OLD_REQUESTERS, WATCHED], startBot: false }, (w) => {
  world = w;
});

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const mib = (m: { rssMb: number; peakMb: number } | null) => (m ? `${m.rssMb.toFixed(0)} MiB resident, ${m.peakMb.toFixed(0)} MiB peak` : 'not read');

async function inboundCount(): Promise<{ stored: number; open: number }> {
  const { rows: [r] } = await world.pool.query<{ stored: number; open: number }>(
    `SELECT count(*)::int AS stored, count(*) FILTER (WHERE processed_at IS NULL)::int AS open FROM inbound_messages`);
  return r!;
}

describe('a mailbox of 100,000 UIDs with gaps', () => {
  it('is back-filled and watched by search, not UID by UID', async () => {
    const problems: string[] = [];
    const p = plan();
    world.personalData('address', [...REQUESTERS, ...OLD_REQUESTERS, WATCHED]);
    world.personalData('username', [...REQUEST_AT.keys()].map((i) => `sparse_user_${i}`).concat('sparse_watched'));
    const lastUid = p.messages[p.messages.length - 1]!.uid;

    let at = Date.now();
    await writeSparseMailbox(world.dovecot, CONTACT, p.messages, { uidValidity: UID_VALIDITY, uidNext: p.uidNext });
    const writeMs = Date.now() - at;

    // Dovecot builds its index of the mailbox on the first SELECT: the server's cost, apart from the bot's.
    at = Date.now();
    const looker = imapClient(world.dovecot, CONTACT);
    looker.on('error', () => {});
    await looker.connect();
    const box = await looker.mailboxOpen('INBOX', { readOnly: true });
    await looker.logout();
    const indexMs = Date.now() - at;
    expect(box.exists).toBe(N);
    expect(Number(box.uidNext)).toBe(p.uidNext);

    let proxy: ImapQuirksProxy | null = null;
    try {
      proxy = await startImapQuirksProxy(world.dovecot.imapPort, {});
      at = Date.now();
      // Not waiting for /readyz: it answers 200 only once the first read is done.
      const bot = await world.startBot({ IMAP_PORT: String(proxy.port), IMAP_BACKFILL_SINCE: SINCE.toISOString().slice(0, 10) }, { standby: true });
      let memory = await processMemory(bot.pid);
      for (;;) {
        const c = await inboundCount();
        if (c.stored >= p.recent && c.open === 0) break;
        if (Date.now() - at > 600_000) throw new Error(`back-fill not done after 10 minutes: ${JSON.stringify(c)}`);
        memory = (await processMemory(bot.pid)) ?? memory;
        await new Promise((r) => setTimeout(r, 250));
      }
      const backfillMs = Date.now() - at;
      const backfillCommands = new Map(proxy.commands);

      for (const requester of REQUESTERS) {
        const ack = await waitForMail(world.dovecot, requester, isAck, { timeoutMs: 120_000 });
        if (bare(ack.inReplyTo) !== bare(p.requestIds.get(requester))) problems.push(`${requester}: the acknowledgment answers another mail`);
      }

      // Watching: a request delivered now gets a UID above everything, 10,000 past the last one.
      at = Date.now();
      await retrySend(world.relay, {
        from: WATCHED, to: CONTACT, subject: 'Data deletion',
        text: 'Please delete my Instagram data held by your app. My username is sparse_watched\n',
      });
      await waitForMail(world.dovecot, WATCHED, isAck, { timeoutMs: 120_000 });
      const watchMs = Date.now() - at;
      memory = (await processMemory(bot.pid)) ?? memory;

      const { rows } = await world.pool.query<{ uid: number; n: number }>(
        `SELECT max(uid)::int AS uid, count(*)::int AS n FROM inbound_messages`);
      const stored = rows[0]!;
      if (stored.n !== p.recent + 1) problems.push(`${stored.n} messages stored, expected the ${p.recent} since the back-fill date and the new one`);
      if (stored.uid < p.uidNext) problems.push(`the newest stored UID is ${stored.uid}, below UIDNEXT ${p.uidNext}`);
      let lost = 0;
      let doubled = 0;
      for (const requester of [...REQUESTERS, WATCHED]) {
        const acks = (await listMail(world.dovecot, requester)).filter(isAck).length;
        if (acks === 0) lost += 1;
        if (acks > 1) doubled += 1;
        if (acks !== 1) problems.push(`${requester} holds ${acks} acknowledgments`);
      }
      for (const requester of OLD_REQUESTERS) {
        const got = (await listMail(world.dovecot, requester)).length;
        if (got > 0) problems.push(`${requester} wrote before the back-fill date and got ${got} mails`);
      }

      // A reader going UID by UID would send a FETCH per message (1,000) or walk 4,000,000 UIDs.
      const fetches = backfillCommands.get('UID FETCH') ?? 0;
      const searches = backfillCommands.get('UID SEARCH') ?? 0;
      if (fetches > p.recent / 10) problems.push(`${fetches} UID FETCH commands for a back-fill of ${p.recent} messages`);
      const total = [...backfillCommands.values()].reduce((a, b) => a + b, 0);

      // What the same bot takes with nothing to read: started again on the now-known mailbox.
      await world.stopBots();
      const idle = await world.startBot({ IMAP_PORT: String(proxy.port) });
      await new Promise((r) => setTimeout(r, 10_000));
      const idleMemory = await processMemory(idle.pid);

      const note = `${N.toLocaleString('en')} messages with UIDs 1 to ${lastUid.toLocaleString('en')} (gaps of 1 to 79), written in ${seconds(writeMs)} s; `
        + `Dovecot indexed them on the first SELECT in ${seconds(indexMs)} s; the bot back-filled the ${p.recent} received since IMAP_BACKFILL_SINCE `
        + `(scattered over the whole range) in ${seconds(backfillMs)} s from its start, handled included, with ${fetches} UID FETCH and ${searches} UID SEARCH `
        + `(${total} commands in all); a request delivered afterwards (UID ${stored.uid.toLocaleString('en')}) was acknowledged ${seconds(watchMs)} s after it was sent; `
        + `bot memory: ${mib(memory)}; the same bot started again with nothing to read: ${mib(idleMemory)} after 10 s`;
      console.log(note);
      recordResult({
        scenario: 'Mailbox of 100,000 UIDs with gaps', requests: REQUESTERS.length + 1, outcome: problems.length === 0 ? 'pass' : 'fail',
        lost, doubled, mailsDoubled: 0, resentSameId: 0, recoverSeconds: Math.round(backfillMs / 100) / 10, problems, note, logLeaks: 0,
      });
      expect(problems).toEqual([]);
    } finally {
      await world.stopBots();
      await proxy?.stop();
    }
  }, 1_200_000);
});
