/**
 * Our own subject carried back in a reply ("Re: [DR-2026-00317] Your data deletion request"):
 * every mail we send puts its bracketed reference before the subject, and a reply keeps it.
 * Those words are ours, not the writer's: they are neither a wish nor a sign of one. Only the reply prefix ("Re:") is kept,
 * which still tells the mail answers another.
 */
import { SUBJECT_PREFIX } from './intent-vocabulary.js';

/**
 * A request reference in brackets, as our templates put it before every subject: "[DR-2026-00042]".
 * Broader than the reference a staff reply names (src/requests/reference.ts): any two-to-four-letter
 * prefix and three digits or more, so a subject retyped or stamped by another of our systems is
 * still not taken for the writer's words. Reading it as ours only drops a subject, never a request.
 */
const OUR_REFERENCE = /\[\s{0,3}[A-Z]{2,4}-\d{4}-\d{3,8}\s{0,3}\]/i;
/** Subjects longer than this are not looked into: ours are one short line. */
const MAX_SUBJECT = 500;

/** The subject as the writer's own words: empty but for the reply prefix when it is ours. */
export function writersSubject(subject: string): string {
  if (!OUR_REFERENCE.test(subject.slice(0, MAX_SUBJECT))) return subject;
  return SUBJECT_PREFIX.exec(subject.slice(0, MAX_SUBJECT))?.[0] ?? '';
}
