import type { Inventory } from '../inventory-types.js';
import { categoryLabel, languageFor, renderMail, type MailTemplates } from '../mail-templates.js';
import { isoDate, type RenderedMail, type RequestFacts } from './rendered-mail.js';

/**
 * Sent to the confirmation address after staff approved and the rows are gone:
 * what was deleted (category and count), what a legal hold kept, in the
 * request's language when templates/mail/<lang>/completion.*.hbs exist.
 */

/** The placeholders of the completion templates (documented in docs/TEMPLATES.md). */
export interface CompletionView {
  reference: string;
  /** Completion date, YYYY-MM-DD. */
  date: string;
  /** Completion date written out in the mail's language, e.g. "1 de diciembre de 2026". */
  dateLong: string;
  /** Date the request was received, YYYY-MM-DD. */
  receivedDate: string;
  /** Instagram username without '@'. */
  username: string;
  /** Steps that erased something: category label in the mail's language, rows, and whether they were mentions redacted in other rows. */
  deleted: { category: string; rows: number; redacted: boolean }[];
  /** Categories a legal hold kept, with their rows. */
  kept: { category: string; rows: number }[];
  anyDeleted: boolean;
  anyKept: boolean;
  /** PickrTech held nothing for this username: nothing deleted, nothing kept. */
  nothingHeld: boolean;
}

/** One formatter per language (null: the language is unknown to Intl): making one costs more than a mail's other templating. */
const longDateFormats = new Map<string, Intl.DateTimeFormat | null>();

export function longDate(d: Date, lang: string): string {
  let format = longDateFormats.get(lang);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' });
    } catch {
      format = null;
    }
    // Languages come from the bot's own detection: a handful of keys.
    if (longDateFormats.size < 64) longDateFormats.set(lang, format);
  }
  return format ? format.format(d) : isoDate(d);
}

export function completionView(t: MailTemplates, lang: string, r: RequestFacts, done: Inventory, completedAt: Date): CompletionView {
  const label = (l: Inventory['lines'][number]) => categoryLabel(t, lang, l.id, l.category);
  const deleted = done.lines.filter((l) => l.rows > 0).map((l) => ({ category: label(l), rows: l.rows, redacted: l.action === 'redact' }));
  const kept = done.lines.filter((l) => l.kept > 0).map((l) => ({ category: label(l), rows: l.kept }));
  return {
    reference: r.reference,
    date: isoDate(completedAt),
    dateLong: longDate(completedAt, lang),
    receivedDate: isoDate(r.receivedAt),
    username: r.instagramUsername ?? '',
    deleted,
    kept,
    anyDeleted: deleted.length > 0,
    anyKept: kept.length > 0,
    nothingHeld: deleted.length === 0 && kept.length === 0,
  };
}

/** Views that take every branch of a completion template; rendered at start to prove the templates work. */
export const COMPLETION_SAMPLES: CompletionView[] = [
  {
    reference: 'DR-2026-00001', date: '2026-01-31', dateLong: '31 January 2026', receivedDate: '2026-01-02', username: 'sample.user',
    deleted: [{ category: 'publishing logs', rows: 3, redacted: false }, { category: 'mentions', rows: 1, redacted: true }],
    kept: [{ category: 'error logs', rows: 2 }],
    anyDeleted: true, anyKept: true, nothingHeld: false,
  },
  {
    reference: 'DR-2026-00002', date: '2026-01-31', dateLong: '31 January 2026', receivedDate: '2026-01-02', username: 'sample.user',
    deleted: [], kept: [{ category: 'error logs', rows: 2 }], anyDeleted: false, anyKept: true, nothingHeld: false,
  },
  {
    reference: 'DR-2026-00003', date: '2026-01-31', dateLong: '31 January 2026', receivedDate: '2026-01-02', username: 'sample.user',
    deleted: [], kept: [], anyDeleted: false, anyKept: false, nothingHeld: true,
  },
];

export function renderCompletion(t: MailTemplates, r: RequestFacts, done: Inventory, completedAt: Date, language: string): RenderedMail {
  const lang = languageFor(t, 'completion', language);
  return renderMail(t, 'completion', lang, completionView(t, lang, r, done, completedAt));
}
