/**
 * The lines `parse --explain` prints under a mail's JSON line: for each field,
 * what was found and the rule that found it, the confidence of the whole, and
 * why the reader is unsure (the evidence's doubt), one reason a line.
 */
import { describeField, type Evidence } from '../../understanding/evidence.js';
import type { Understanding } from '../../understanding/types.js';

export function explainLines(u: Understanding, e: Evidence): string[] {
  const row = (name: string, value: string, why: string) => `  ${name.padEnd(13)} ${value.padEnd(34)} ${why}`;
  const request = u.kind === 'deletion_request' || u.kind === 'incomplete_request' || u.kind === 'possible_request';
  const lines = [row('kind', u.kind, describeField(e.kind))];
  if (request) {
    lines.push(row('username', u.instagramUsername ?? '(none: ask for it)', e.username ? describeField(e.username) : 'no rule found a possible username'));
    lines.push(row('confirmation', u.confirmationEmail ? `${u.confirmationEmail} (${u.confirmationSource})` : '(none)', describeField(e.confirmation)));
    lines.push(row('language', u.language ?? '(unknown)', e.language ? describeField(e.language) : 'nothing stood out; replies use English'));
  }
  lines.push(`  confidence    ${e.confidence}`);
  for (const reason of e.doubt ?? []) lines.push(`  doubt         ${reason}`);
  return lines;
}
