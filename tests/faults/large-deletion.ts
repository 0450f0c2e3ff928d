// One extra deletion request whose account holds a large number of publishing-log rows:
// seeded with generate_series, filed and approved by mail as a person and staff would,
// watched while the bot erases it, and checked once the bot is done.
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { CONTACT, refOf, STAFF } from '../e2e/mail-facts.js';
import { listMail, sendMail, waitForMail } from '../../harness/mail-user.js';
import type { FaultWorld } from './fault-world.js';
import { botKind } from './mailbox-files.js';

export class LargeDeletion {
  readonly username = `flt_big_${randomBytes(3).toString('hex')}`;
  accountId = '';
  ref = '';

  constructor(
    private readonly world: FaultWorld,
    readonly from: string,
    readonly rows: number,
  ) {}

  async seed(): Promise<void> {
    const { rows } = await this.world.pool.query<{ id: string }>(
      `INSERT INTO ig_accounts (ig_user_id, username, display_name) VALUES ('ig-' || $1, $1, 'Big ' || $1) RETURNING id::text`, [this.username]);
    this.accountId = rows[0]!.id;
    await this.world.pool.query(
      `INSERT INTO ig_publishing_logs (account_id, media_id, status, message)
       SELECT $1, 'media-' || g, 'published', 'Published post ' || g FROM generate_series(1, $2::int) g`, [this.accountId, this.rows]);
    await this.world.pool.query(`ANALYZE ig_publishing_logs`);
  }

  /** Mails the request, waits for the acknowledgment and the staff notification, and approves it. */
  async fileAndApprove(timeoutMs = 120_000): Promise<void> {
    await sendMail(this.world.relay, {
      from: this.from, to: CONTACT, subject: 'Data deletion request',
      text: `Hello,\n\nPlease delete all my Instagram data held by your app. My Instagram username is @${this.username}\n\nThank you\n`,
    });
    const ack = await waitForMail(this.world.dovecot, this.from, (m) => botKind(m) === 'acknowledgment', { timeoutMs });
    this.ref = refOf(ack.subject) ?? '';
    if (!this.ref) throw new Error(`no reference in the acknowledgment "${ack.subject}"`);
    const note = await waitForMail(this.world.dovecot, STAFF,
      (m) => botKind(m) === 'staff_notification' && m.subject.includes(this.ref), { timeoutMs });
    await sendMail(this.world.relay, {
      from: STAFF, to: CONTACT, subject: `Re: ${note.subject}`, text: 'APPROVE\n',
      inReplyTo: note.messageId!, references: [note.messageId!],
    });
  }

  /**
   * Rows of the account: visible to other sessions, and among those the ones an open
   * transaction has already deleted (xmax set). The bot erases in one transaction, so the
   * visible count only drops at its commit; the marked ones show how far it has got.
   */
  async progress(): Promise<{ visible: number; marked: number }> {
    const { rows } = await this.world.pool.query<{ visible: number; marked: number }>(
      `SELECT count(*)::int AS visible, count(*) FILTER (WHERE xmax::text <> '0')::int AS marked
         FROM ig_publishing_logs WHERE account_id = $1`, [this.accountId]);
    return rows[0]!;
  }

  /**
   * Resolves once at least `atLeast` rows are deleted, by the bot's open transaction or by
   * anything it already committed, while some are still there (the deletion is under way).
   */
  async underWay(atLeast: number, timeoutMs = 180_000): Promise<{ visible: number; marked: number }> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const p = await this.progress();
      if (p.visible === 0) throw new Error('the deletion committed before it could be interrupted');
      const gone = this.rows - p.visible + p.marked;
      if (gone >= atLeast && p.marked < p.visible) return p;
      if (Date.now() > deadline) throw new Error(`the deletion was not under way in time (${p.marked} rows marked)`);
      await sleep(100);
    }
  }

  /** Milliseconds the committed deletion took, from the bot's log line (null when not found). */
  committedMs(): number | null {
    for (const line of this.world.logs.flat()) {
      if (!line.includes('deletion committed') || !line.includes(this.ref)) continue;
      try {
        const entry = JSON.parse(line) as { ms?: number };
        if (typeof entry.ms === 'number') return entry.ms;
      } catch {
        // not a JSON log line
      }
    }
    return null;
  }

  /** Waits for the request to complete, then lists what is wrong with the outcome. */
  async problems(timeoutMs = 240_000): Promise<string[]> {
    const problems: string[] = [];
    const deadline = Date.now() + timeoutMs;
    const request = async () => (await this.world.pool.query<{ id: string; state: string }>(
      `SELECT id::text, state FROM requests WHERE sender_email = $1`, [this.from])).rows;
    let rows = await request();
    while (rows.length === 1 && rows[0]!.state !== 'completed' && Date.now() < deadline) {
      await sleep(1000);
      rows = await request();
    }
    if (rows.length !== 1) return [`large deletion: ${rows.length} request rows`];
    const state = rows[0]!.state;
    const requestId = rows[0]!.id;
    if (state !== 'completed') return [...problems, `large deletion ${this.ref}: state ${state}, expected completed`];
    const completions = async () => (await listMail(this.world.dovecot, this.from)).filter((m) => botKind(m) === 'completion');
    while ((await completions()).length === 0 && Date.now() < deadline) await sleep(1000);
    await sleep(5000); // a second completion mail would show itself by now
    const ids = new Set((await completions()).map((m) => m.messageId));
    if (ids.size !== 1) problems.push(`large deletion ${this.ref}: ${ids.size} completion mails, expected 1`);

    const left = await this.world.pool.query<{ logs: number; accounts: number }>(
      `SELECT (SELECT count(*)::int FROM ig_publishing_logs WHERE account_id = $1) AS logs,
              (SELECT count(*)::int FROM ig_accounts WHERE id = $1) AS accounts`, [this.accountId]);
    if (left.rows[0]!.logs !== 0 || left.rows[0]!.accounts !== 0) {
      problems.push(`large deletion ${this.ref}: ${left.rows[0]!.logs} publishing logs and ${left.rows[0]!.accounts} account rows left`);
    }
    const { rows: events } = await this.world.pool.query<{ detail: { counts: { id: string; rows: number }[] } }>(
      `SELECT detail FROM request_events WHERE request_id = $1 AND type = 'deleted'`, [requestId]);
    if (events.length !== 1) problems.push(`large deletion ${this.ref}: ${events.length} 'deleted' events, expected 1`);
    const counts = Object.fromEntries((events[0]?.detail.counts ?? []).map((c) => [c.id, c.rows]));
    const expected = { publishing_logs: this.rows, account: 1, access_tokens: 0, error_logs: 0 };
    for (const [id, n] of Object.entries(expected)) {
      if (counts[id] !== n) problems.push(`large deletion ${this.ref}: deleted ${id} = ${String(counts[id])}, expected ${n}`);
    }
    const leaked = this.world.logs.flat().filter((line) => line.includes(this.username) || line.includes(this.from));
    if (leaked.length > 0) problems.push(`large deletion: personal data in bot logs: ${leaked[0]}`);
    return problems;
  }
}
