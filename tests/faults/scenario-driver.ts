// One driver for every fault scenario: it files a mixed batch of deletion requests the way
// people and staff would (mail in, mail out), answers what the bot asks, decides what staff
// decide, and then checks the invariants the bot promises, returning figures for the report.
import { createHash, randomBytes } from 'node:crypto';
import { createTransport } from 'nodemailer';
import { listMail, sendMail, sendRaw, type OutgoingMail, type RawMail, type ReceivedMail } from '../../harness/mail-user.js';
import { bare, CONTACT, refOf, STAFF } from '../e2e/mail-facts.js';
import type { FaultWorld } from './fault-world.js';
import { botKind, MailboxFiles } from './mailbox-files.js';
import { recordResult, type ScenarioResult } from './reliability-report.js';

export type RequestKind = 'complete' | 'needs_info' | 'approve' | 'reject' | 'extend';
const MIX: RequestKind[] = ['complete', 'needs_info', 'approve', 'reject', 'extend'];

/** Mails a requester of each kind must end up holding, once each. */
const EXPECTED_MAIL: Record<RequestKind, string[]> = {
  complete: ['acknowledgment'],
  needs_info: ['acknowledgment', 'needs_info'],
  approve: ['acknowledgment', 'completion'],
  reject: ['acknowledgment', 'rejection'],
  extend: ['acknowledgment', 'extension'],
};
const END_STATE: Record<RequestKind, string> = {
  complete: 'awaiting_approval', needs_info: 'awaiting_approval', approve: 'completed', reject: 'rejected', extend: 'awaiting_approval',
};
/** Rows each seeded account holds, and the `deleted` counts an approval must record. */
const SEEDED = { access_tokens: 1, publishing_logs: 2, error_logs: 1, account: 1 };

/** Addresses of machines that write to contact@: the bot must never answer them. */
export const MACHINE_SENDERS = ['mailer-daemon@example.org', 'noreply@example.org'];

/** The access token seeded for `username` (as the seeding SQL writes it: 'IGAA' || md5(username)). */
export function accessToken(username: string): string {
  return `IGAA${createHash('md5').update(username).digest('hex')}`;
}

export interface PlannedRequest {
  kind: RequestKind;
  from: string;
  username: string;
  messageId: string;
  statement: string;
  /** Driving progress. */
  answered: boolean;
  decided: boolean;
  ref: string | null;
  done: boolean;
}

/** The addresses a batch of `n` requests is sent from (Dovecot needs them as users). */
export function requesterAddresses(tag: string, n: number): string[] {
  return Array.from({ length: n }, (_, i) => `req${String(i + 1).padStart(3, '0')}.${tag}@example.org`);
}

/** Every user a world must know for scenarios tagged `tags`, `n` requests each. */
export function worldUsers(tags: string[], n: number): string[] {
  return [...tags.flatMap((t) => requesterAddresses(t, n)), ...MACHINE_SENDERS];
}

export async function retrySend(relay: FaultWorld['relay'], mail: OutgoingMail | RawMail): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      if ('raw' in mail) await sendRaw(relay, mail);
      else await sendMail(relay, mail);
      return;
    } catch (err) {
      if (attempt >= 60) throw err;
      await new Promise((r) => setTimeout(r, 1000)); // a person's mail client tries again later
    }
  }
}

export async function inBatches<T>(items: T[], size: number, fn: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

export class Scenario {
  readonly requests: PlannedRequest[];
  readonly ordinary: { from: string; messageId: string }[] = [];
  /** Requesters whose address the bot's SMTP server refuses for good: they get no mail. */
  readonly undeliverable = new Set<string>();
  private readonly sources = new Map<PlannedRequest, Buffer>();
  private readonly files: MailboxFiles;
  private faultOverAt: number | null = null;
  private readonly startedAt = Date.now();

  constructor(
    readonly world: FaultWorld,
    readonly name: string,
    readonly tag: string,
    n = 50,
  ) {
    this.files = new MailboxFiles(world.dovecot);
    const id = randomBytes(3).toString('hex');
    this.requests = requesterAddresses(tag, n).map((from, i) => {
      const kind = MIX[i % MIX.length]!;
      const username = `flt_${tag}_${id}_${i + 1}`;
      return {
        kind, from, username, messageId: `<req-${tag}-${id}-${i + 1}@example.org>`,
        statement: `Please delete all my Instagram data held by your app, ref ${id}${i + 1}.`,
        answered: false, decided: false, ref: null, done: false,
      };
    });
    world.personalData('username', this.requests.map((r) => r.username));
    world.personalData('address', this.requests.map((r) => r.from));
    world.personalData('statement', this.requests.map((r) => r.statement));
    world.personalData('token', this.requests.map((r) => accessToken(r.username)));
  }

  /** Seeds an Instagram account with data for every request (only approvals delete it). */
  async seedAccounts(): Promise<void> {
    const names = this.requests.map((r) => r.username);
    const app = this.world.appPool ?? this.world.pool;
    await app.query(
      `INSERT INTO ig_accounts (ig_user_id, username, display_name) SELECT 'ig-' || u, u, 'Fault ' || u FROM unnest($1::text[]) u`, [names]);
    await app.query(
      `INSERT INTO ig_access_tokens (account_id, access_token, authorization_status)
       SELECT id, 'IGAA' || md5(username), 'authorized' FROM ig_accounts WHERE username = ANY($1)`, [names]);
    await app.query(
      `INSERT INTO ig_publishing_logs (account_id, media_id, status, message)
       SELECT id, 'media-' || g, 'published', 'Published post ' || g FROM ig_accounts, generate_series(1, 2) g WHERE username = ANY($1)`, [names]);
    await app.query(
      `INSERT INTO ig_error_logs (account_id, error_code, message) SELECT id, '190', 'token expired' FROM ig_accounts WHERE username = ANY($1)`, [names]);
  }

  /**
   * The request mail as bytes, composed once: delivering these again is the same message
   * (as an MTA's duplicate or a copy into another folder is), not a new one with the same Message-ID.
   */
  private async requestSource(r: PlannedRequest): Promise<RawMail> {
    let raw = this.sources.get(r);
    if (!raw) {
      const info = await createTransport({ streamTransport: true, buffer: true }).sendMail(this.requestMail(r));
      if (!Buffer.isBuffer(info.message)) throw new Error('the mail composer did not hand back a buffer');
      raw = info.message;
      this.sources.set(r, raw);
    }
    return { from: r.from, to: CONTACT, raw };
  }

  private requestMail(r: PlannedRequest): OutgoingMail {
    const text = r.kind === 'needs_info'
      ? `Hello,\n\n${r.statement}\n\nThank you\n`
      : `Hello,\n\n${r.statement} My Instagram username is @${r.username}\n\nThank you\n`;
    return { from: r.from, to: CONTACT, subject: 'Data deletion request', text, messageId: r.messageId };
  }

  /**
   * Sends every request mail, plus ordinary mail and machine mail the bot must leave alone,
   * `concurrency` at a time; `onSent(k)` runs after each batch with the number sent so far.
   */
  async push({ concurrency = 10, onSent, twice = false }: {
    concurrency?: number;
    onSent?: (sent: number) => Promise<void> | void;
    /** Every request mail is delivered twice, the copies back to back (same Message-ID). */
    twice?: boolean;
  } = {}): Promise<void> {
    const id = randomBytes(3).toString('hex');
    this.ordinary.push(
      { from: 'alice@example.com', messageId: `<lunch-${this.tag}-${id}@example.com>` },
      { from: 'bob@example.com', messageId: `<invoice-${this.tag}-${id}@example.com>` },
    );
    this.world.personalData('address', this.ordinary.map((o) => o.from));
    await retrySend(this.world.relay, { from: 'alice@example.com', to: CONTACT, subject: 'Lunch on Friday?', text: 'Are you free on Friday for lunch?\n', messageId: this.ordinary[0]!.messageId });
    let sent = 0;
    await inBatches(this.requests, concurrency, async (r) => {
      if (twice) {
        const source = await this.requestSource(r);
        await retrySend(this.world.relay, source);
        await retrySend(this.world.relay, source);
      } else {
        await retrySend(this.world.relay, this.requestMail(r));
      }
      sent += 1;
      if (sent % concurrency === 0) await onSent?.(sent);
    });
    await retrySend(this.world.relay, { from: 'bob@example.com', to: CONTACT, subject: 'Invoice 2291', text: 'Attached is the invoice for November.\n', messageId: this.ordinary[1]!.messageId });
    await retrySend(this.world.relay, {
      from: 'noreply@example.org', to: CONTACT, subject: 'Automatic reply: Data deletion request', text: 'I am out of office until Monday.\n',
      headers: { 'Auto-Submitted': 'auto-replied' },
    });
    await retrySend(this.world.relay, {
      from: 'mailer-daemon@example.org', to: CONTACT, subject: 'Undelivered Mail Returned to Sender', text: 'This is the mail system. Delivery failed.\n',
      headers: { 'Auto-Submitted': 'auto-generated' },
    });
  }

  /**
   * Pushes the batch as push() does and runs `fault` once, as soon as `after` request mails
   * have been sent; resolves when the push and whatever `fault` returned are both done.
   */
  async pushBreakingAfter(after: number, fault: () => Promise<unknown> | void): Promise<void> {
    let broken: Promise<unknown> | void | null = null;
    await this.push({
      onSent: (sent) => {
        if (sent >= after && broken === null) broken = fault();
      },
    });
    await broken;
  }

  /**
   * Delivers every request mail once more: byte for byte as before, or `recomposed` as a
   * mail client sending it again would (same Message-ID, a new Date).
   */
  async resendRequests({ concurrency = 10, recomposed = false }: { concurrency?: number; recomposed?: boolean } = {}): Promise<void> {
    await inBatches(this.requests, concurrency, async (r) =>
      retrySend(this.world.relay, recomposed ? this.requestMail(r) : await this.requestSource(r)));
  }

  /** The mails `r`'s requester must end up holding. */
  expectedMail(r: PlannedRequest): string[] {
    return this.undeliverable.has(r.from) ? [] : EXPECTED_MAIL[r.kind];
  }

  /** Marks the end of the fault: recovery is timed from here. */
  faultOver(): void {
    this.faultOverAt = Date.now();
  }

  private async step(staffBox: ReceivedMail[]): Promise<void> {
    await inBatches(this.requests.filter((r) => !r.done), 10, async (r) => {
      const box = await this.files.list(r.from);
      const ack = box.find((m) => botKind(m) === 'acknowledgment');
      if (ack && !r.ref) r.ref = refOf(ack.subject);
      if (r.kind === 'needs_info' && !r.answered) {
        const ask = box.find((m) => botKind(m) === 'needs_info');
        if (ask) {
          await retrySend(this.world.relay, {
            from: r.from, to: CONTACT, subject: `Re: ${ask.subject}`, text: `My username is @${r.username}\n`,
            inReplyTo: ask.messageId!, references: [ask.messageId!],
          });
          r.answered = true;
        }
      }
      if (['approve', 'reject', 'extend'].includes(r.kind) && r.ref && !r.decided) {
        const [note] = notificationsOf(staffBox, r.ref);
        if (note) {
          const text = { approve: 'APPROVE\n', reject: 'REJECT We could not verify this account.\n', extend: 'EXTEND We need to check the backups.\n' }[r.kind as 'approve'];
          await retrySend(this.world.relay, {
            from: STAFF, to: CONTACT, subject: `Re: ${note.subject}`, text, inReplyTo: note.messageId!, references: [note.messageId!],
          });
          r.decided = true;
        }
      }
      const kinds = new Set(box.map(botKind));
      // Every request with a reference owes staff one notification (check() counts them): a
      // request waiting for staff is done only once it is there, or a notification whose mail
      // job a killed process left active (sent again once BullMQ finds it stalled) is missed.
      const noted = !r.ref || notificationsOf(staffBox, r.ref).length > 0;
      r.done = noted && this.expectedMail(r).every((k) => kinds.has(k));
    });
  }

  /**
   * Drives every request to its end (answers, decisions) until each requester holds its
   * expected mail and staff its notification, or `timeoutMs` passes. Returns the seconds from faultOver() (or the start).
   */
  async settle(timeoutMs = 240_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      await this.step(await this.files.list(STAFF));
      if (this.requests.every((r) => r.done)) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    const seconds = (Date.now() - (this.faultOverAt ?? this.startedAt)) / 1000;
    // Anything doubled arrives late: give a retry or a second worker time to show itself.
    await new Promise((r) => setTimeout(r, 4000));
    return Math.round(seconds * 10) / 10;
  }

  /** Checks every invariant; each broken one is a line in `problems`. */
  async check(recoverSeconds: number, extra: { problems?: string[]; note?: string } = {}): Promise<ScenarioResult> {
    const problems: string[] = [...(extra.problems ?? [])];
    let lost = 0;
    let doubled = 0;
    let mailsDoubled = 0;
    let resentSameId = 0;
    const pool = this.world.pool;
    const { rows } = await pool.query<{ sender_email: string; state: string; extended: boolean; instagram_username: string | null; id: string }>(
      `SELECT id, sender_email, state, extended_at IS NOT NULL AS extended, instagram_username FROM requests WHERE sender_email = ANY($1)`,
      [this.requests.map((r) => r.from)]);
    const { rows: deletedEvents } = await pool.query<{ request_id: string; detail: { counts: { id: string; rows: number }[] } }>(
      `SELECT request_id, detail FROM request_events WHERE type = 'deleted'`);
    const { rows: held } = await (this.world.appPool ?? pool).query<{ username: string; tokens: number; logs: number; errors: number }>(
      `SELECT a.username,
              (SELECT count(*)::int FROM ig_access_tokens t WHERE t.account_id = a.id) AS tokens,
              (SELECT count(*)::int FROM ig_publishing_logs l WHERE l.account_id = a.id) AS logs,
              (SELECT count(*)::int FROM ig_error_logs e WHERE e.account_id = a.id) AS errors
         FROM ig_accounts a WHERE a.username = ANY($1)`, [this.requests.map((r) => r.username)]);
    const heldBy = new Map(held.map((h) => [h.username, h]));

    for (const r of this.requests) {
      const mine = rows.filter((row) => row.sender_email === r.from);
      if (mine.length === 0) { lost += 1; problems.push(`${r.kind} request from ${r.from}: no request row`); continue; }
      if (mine.length > 1) { doubled += 1; problems.push(`${r.kind} request from ${r.from}: ${mine.length} request rows`); }
      const row = mine[0]!;
      if (row.state !== END_STATE[r.kind]) { lost += 1; problems.push(`${r.kind} ${r.ref ?? r.from}: state ${row.state}, expected ${END_STATE[r.kind]}`); }
      if (r.kind === 'extend' && !row.extended) problems.push(`extend ${r.ref}: not extended`);
      const events = deletedEvents.filter((e) => e.request_id === row.id);
      if (r.kind === 'approve') {
        if (events.length !== 1) problems.push(`approve ${r.ref}: ${events.length} 'deleted' events`);
        const counts = Object.fromEntries((events[0]?.detail.counts ?? []).map((c) => [c.id, c.rows]));
        for (const [id, n] of Object.entries(SEEDED)) {
          if (counts[id] !== n) problems.push(`approve ${r.ref}: deleted ${id} = ${String(counts[id])}, expected ${n}`);
        }
        if (heldBy.has(r.username)) problems.push(`approve ${r.ref}: the account's rows are still there`);
      } else {
        if (events.length !== 0) problems.push(`${r.kind} ${r.ref}: ${events.length} 'deleted' events`);
        const h = heldBy.get(r.username);
        if (!h || h.tokens !== 1 || h.logs !== 2 || h.errors !== 1) problems.push(`${r.kind} ${r.ref}: the account's rows were touched`);
      }
    }

    // Mail, counted over IMAP: every expected mail once, nothing twice, nothing to machines.
    for (const r of this.requests) {
      const all = await listMailRetrying(this.world, r.from);
      // A mail is known by its Message-ID, which the outbox keeps stable: a copy sent again
      // after a crash between the server's 250 and the bot's record of it is the same mail
      // (counted apart as "resent"); a second mail of a purpose, with its own Message-ID, is doubled.
      const box = distinctById(all);
      resentSameId += all.length - box.length;
      const kinds = box.map(botKind).filter((k): k is string => k !== null).sort();
      const expected = [...this.expectedMail(r)].sort();
      mailsDoubled += Math.max(0, kinds.length - expected.length);
      if (kinds.join() !== expected.join()) {
        problems.push(`${r.kind} ${r.ref ?? r.from}: received [${kinds.join(', ')}], expected [${expected.join(', ')}]`);
      }
    }
    const staffAll = await listMailRetrying(this.world, STAFF);
    const staffBox = distinctById(staffAll);
    resentSameId += staffAll.length - staffBox.length;
    for (const r of this.requests) {
      if (!r.ref) continue;
      const notes = notificationsOf(staffBox, r.ref).length;
      if (notes !== 1) problems.push(`${r.ref}: staff hold ${notes} notifications`);
    }
    for (const machine of MACHINE_SENDERS) {
      const got = (await listMailRetrying(this.world, machine)).length;
      if (got > 0) problems.push(`${machine} received ${got} mails from the bot`);
    }
    const inbox = await listMailRetrying(this.world, CONTACT);
    for (const o of this.ordinary) {
      const copies = inbox.filter((m) => bare(m.messageId) === bare(o.messageId));
      if (copies.length !== 1) problems.push(`ordinary mail ${o.messageId}: ${copies.length} copies in the INBOX`);
      else if (copies[0]!.seen) problems.push(`ordinary mail ${o.messageId} was marked read`);
    }
    const leaked = this.personalDataInLogs();
    if (leaked.length > 0) problems.push(`personal data in bot logs: ${leaked.slice(0, 3).join(' | ')}`);

    return {
      scenario: this.name, requests: this.requests.length, outcome: problems.length === 0 ? 'pass' : 'fail',
      lost, doubled, mailsDoubled, resentSameId, recoverSeconds, problems, note: extra.note ?? '', logLeaks: leaked.length,
    };
  }

  /** Bot log lines that carry a username, address or statement of this scenario. */
  personalDataInLogs(): string[] {
    const needles = this.requests.flatMap((r) => [r.username, r.from, r.statement]);
    return this.world.logs.flat().filter((line) => needles.some((n) => line.includes(n)));
  }
}

/** The staff notifications in `staffBox` about the request `ref`. */
function notificationsOf(staffBox: readonly ReceivedMail[], ref: string): ReceivedMail[] {
  return staffBox.filter((m) => botKind(m) === 'staff_notification' && m.subject.includes(ref));
}

/** One mail per Message-ID, the first copy kept. */
function distinctById(box: ReceivedMail[]): ReceivedMail[] {
  const seen = new Set<string>();
  return box.filter((m) => {
    const id = bare(m.messageId);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

async function listMailRetrying(world: FaultWorld, user: string): Promise<ReceivedMail[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await listMail(world.dovecot, user);
    } catch (err) {
      if (attempt >= 10) throw err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/**
 * Runs one scenario: seeds the accounts, lets `fault` push the requests through whatever it
 * breaks (it calls `s.push()` and `s.faultOver()`), drives everything to its end, checks
 * the invariants and records the figures for docs/RELIABILITY.md.
 */
export async function runScenario(
  world: FaultWorld,
  name: string,
  tag: string,
  fault: (s: Scenario) => Promise<void>,
  /** `note` may be a function, for figures only known once the fault is over. */
  opts: { note?: string | (() => string); n?: number; check?: (s: Scenario) => Promise<string[]> } = {},
): Promise<ScenarioResult> {
  const s = new Scenario(world, name, tag, opts.n);
  await s.seedAccounts();
  await fault(s);
  const seconds = await s.settle();
  const problems = (await opts.check?.(s)) ?? [];
  const note = typeof opts.note === 'function' ? opts.note() : opts.note;
  const result = await s.check(seconds, { problems, ...(note === undefined ? {} : { note }) });
  recordResult(result);
  return result;
}

/** Mails the bot has handed to `relay` so far. */
export function botMailCount(relay: FaultWorld['relay']): number {
  return relay.messages.filter((m) => m.envelope.from === CONTACT).length;
}

/** Resolves once the bot has handed at least `n` mails to `relay` in all. */
export async function botMailsSent(relay: FaultWorld['relay'], n: number, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (botMailCount(relay) < n) {
    if (Date.now() > deadline) throw new Error(`the bot did not send ${n} mails in time`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
