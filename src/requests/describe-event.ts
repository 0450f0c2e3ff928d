/**
 * Turns one audit event into words a person reads in `requests show`: what
 * happened, and the detail that matters (who decided, rows per table, which
 * mail). Pure; unknown event types fall back to their raw detail so nothing
 * recorded is ever hidden.
 */

export interface AuditEvent {
  type: string;
  fromState: string | null;
  toState: string | null;
  actor: string | null;
  detail: Record<string, unknown>;
}

export interface EventWords {
  /** One line. */
  summary: string;
  /** Further lines (e.g. rows per table), already laid out. */
  more: string[];
}

const MAIL_WORDS: Record<string, string> = {
  acknowledgment: 'acknowledgment to the requester',
  needs_info: 'request for the username to the requester',
  staff_notification: 'notification to staff (asks for a decision)',
  staff_triage: 'triage notification to staff (asks whether it is a request)',
  completion: 'completion to the requester',
  rejection: 'rejection to the requester',
  staff_alert: 'alert to staff',
  decision_echo: 'answer to a staff reply',
  duplicate_notice: 'duplicate notice to the requester',
  extension: 'new due date to the requester',
  staff_reminder: 'reminder to staff',
  staff_escalation: 'escalation to staff',
};

function mailWords(purpose: unknown): string {
  return typeof purpose === 'string' ? (MAIL_WORDS[purpose] ?? purpose.replace(/_/g, ' ')) : 'mail';
}

const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);
const num = (v: unknown): number => (typeof v === 'number' ? v : Number(v) || 0);
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const day = (v: unknown): string | null => {
  const s = str(v);
  return s ? s.slice(0, 10) : null;
};

interface Line {
  table?: unknown;
  action?: unknown;
  rows?: unknown;
  kept?: unknown;
  category?: unknown;
}

/** Rows per table, one line each: table, action, rows, and what was kept under a legal hold. */
function tableLines(lines: unknown): string[] {
  if (!Array.isArray(lines)) return [];
  const ls = lines as Line[];
  const width = Math.max(5, ...ls.map((l) => String(l.table ?? '').length));
  return ls.map((l) => {
    const kept = num(l.kept) > 0 ? `  (${num(l.kept)} kept: legal hold)` : '';
    const category = str(l.category) ? `  ${l.category}` : '';
    return `${String(l.table ?? '?').padEnd(width)}  ${String(l.action ?? '').padEnd(6)} ${String(num(l.rows)).padStart(6)}${category}${kept}`;
  });
}

function totalOf(lines: unknown): number {
  return Array.isArray(lines) ? (lines as Line[]).reduce((n, l) => n + num(l.rows), 0) : 0;
}

function rawDetail(detail: Record<string, unknown>): string {
  const entries = Object.entries(detail);
  return entries.length ? ` (${entries.map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`).join(', ')})` : '';
}

export function describeEvent(e: AuditEvent): EventWords {
  const d = e.detail ?? {};
  const who = e.actor ?? 'unknown';
  const via = d.via === 'cli' ? ' on the command line' : d.via === 'email' ? ' by email' : '';
  const say = (summary: string, more: string[] = []): EventWords => ({ summary, more });
  switch (e.type) {
    case 'received':
      return say('Request mail received; request opened');
    case 'triage':
      return say('Mail received that may be a request; staff asked whether it is one (nothing sent to the sender meanwhile)');
    case 'triage_notice_deferred':
      return say(`No triage notification of its own: ${num(d.perHour)} went to staff within the hour; it goes into the next digest`);
    case 'triage_digested':
      return say('Listed in a digest of possible requests to staff, with its REQUEST and IGNORE codes');
    case 'triage_request':
      return say(`Staff (${who}${via}) answered REQUEST: a request for the Instagram account they named; opened`);
    case 'ignored':
      return say(`Staff (${who}${via}) answered IGNORE: not a request; closed, nothing sent to the sender`);
    case 'needs_info':
      return d.triage === true
        ? say(`Staff (${who}${via}) answered REQUEST without a username: the requester is asked for it`)
        : say('No Instagram username found: the requester is asked for it');
    case 'info_received':
      return say('The requester sent the missing Instagram username');
    case 'duplicate_joined':
      return say(`Another mail for the same account joined this request (${d.sameSender === true ? 'same sender' : 'another sender'})`);
    case 'needs_info_reply_without_username':
      return say('The requester answered, still without a username');
    case 'awaiting_approval': {
      const found = d.accountFound === false ? 'no connected account with this username' : 'connected account found';
      return say(`Checked: ${found}; ${plural(totalOf(d.rows), 'row')} to erase; staff asked to decide`, tableLines(d.rows));
    }
    case 'approved':
      return say(`Approved by ${who}${via}${d.redactMentions === true ? '; staff asked to redact mentions of the username even if no account has it' : ''}`);
    case 'rejected':
      return say(`Rejected by ${who}${via}${str(d.reason) ? `: "${d.reason}"` : ''}`);
    case 'decision_refused':
      return say(`Decision by ${who}${via} refused: ${str(d.why) ?? 'not allowed'}`);
    case 'approval_refused':
      return say(`Decision attempt from ${e.actor ?? 'an unknown sender'} refused: ${str(d.why) ?? 'not allowed'}; staff alerted`);
    case 'staff_reply_not_understood':
      return say(`Reply from ${who} not understood; nothing done`);
    case 'deleting':
      return say('Deletion started');
    case 'deleted': {
      const hold = d.legalHold === true ? '; account under a legal hold, its rows kept' : '';
      // Mentions staff asked to redact for a handle no account has are rows changed: data was held.
      const none = d.accountFound === false && totalOf(d.counts) === 0 ? ' (no data was held)' : '';
      return say(`Deleted ${plural(totalOf(d.counts), 'row')}${none}${hold}; request completed`, tableLines(d.counts));
    }
    case 'mail_sent':
      return say(`Mail sent: ${mailWords(d.purpose)}`);
    case 'mail_failed':
      return say(d.attempts === undefined
        ? `Mail refused for good by the receiving server: ${mailWords(d.purpose)}; staff alerted`
        : `Mail given up after ${plural(num(d.attempts), 'attempt')} with temporary errors: ${mailWords(d.purpose)}; staff alerted`);
    case 'mail_withheld':
      return say(`Mail withheld from one recipient: ${mailWords(d.purpose)} (${String(d.reason ?? 'policy').replace(/_/g, ' ')})`);
    case 'reminder_sent':
      return say(`Reminder ${num(d.number)} to staff: waiting ${plural(num(d.waitingDays), 'day')} for a decision`);
    case 'escalated':
      return say(`Escalation to staff: ${str(d.due) ?? 'due date near'} (due ${day(d.dueAt) ?? '?'}, state ${String(d.state ?? '?').replace(/_/g, ' ')})`);
    case 'extended': {
      const to = day(d.dueAt);
      const from = day(d.previousDueAt);
      return say(`Due date extended by ${who}${via}${from ? ` from ${from}` : ''}${to ? ` to ${to}` : ''}${str(d.reason) ? `: "${d.reason}"` : ''}`);
    }
    case 'cancelled':
      if (d.reason === 'duplicate' && str(d.joined)) {
        return say(`Cancelled${e.actor ? ` by ${who}` : ''}${via}: the account already had open request ${String(d.joined)}, which this mail joined`);
      }
      return say(`Cancelled${e.actor ? ` by ${who}` : ''}${str(d.reason) ? `: "${d.reason}"` : ''}`);
    case 'purged':
      if (d.afterPurge === true) {
        return say(
          `Personal data that came after the purge removed: ${plural(num(d.rawMessages), 'raw mail')} and ` +
            `${plural(num(d.mails), 'mail copy', 'mail copies')} emptied, ${plural(num(d.events), 'audit entry', 'audit entries')} scrubbed`,
        );
      }
      return say(
        `Personal data purged after ${plural(num(d.retentionDays), 'day')}: ${plural(num(d.rawMessages), 'raw mail')} and ` +
          `${plural(num(d.mails), 'mail copy', 'mail copies')} emptied, ${plural(num(d.events), 'audit entry', 'audit entries')} scrubbed; ` +
          'minimal record kept',
      );
    default: {
      const move = e.toState ? ` (${e.fromState ?? 'new'} -> ${e.toState})` : '';
      return say(`${e.type.replace(/_/g, ' ')}${move}${rawDetail(d)}`);
    }
  }
}
