import { RULE_TEXT, type Evidence, type FieldEvidence } from '../understanding/evidence.js';

/** At most this many reasons reach staff. */
const MAX_REASONS = 10;

/**
 * Why the bot is unsure of a possible request, one sentence a reason, for the triage
 * notification. The reader's own reasons (`evidence.doubt`) when it gives them; otherwise
 * the fields a rule found with less than high confidence, and what is missing. Pure.
 */
export function doubtReasons(e: Evidence | null): string[] {
  if (!e) return [];
  // Read with care: evidence comes back from stored events, where it may be of any shape.
  const given: unknown = e.doubt;
  if (Array.isArray(given)) {
    const reasons = given.filter((d): d is string => typeof d === 'string' && d.trim() !== '').map((d) => d.trim().slice(0, 300));
    if (reasons.length > 0) return reasons.slice(0, MAX_REASONS);
  }
  const out: string[] = [];
  const unsure = (what: string, f: FieldEvidence | null) => {
    if (f && f.confidence !== 'high') out.push(`${what}: ${RULE_TEXT[f.rule] ?? f.rule} (${f.confidence} confidence)`);
  };
  unsure('the wish to delete', e.kind);
  unsure('the Instagram username', e.username);
  unsure('the confirmation address', e.confirmation);
  unsure('the language', e.language);
  if (!e.username) out.push('no Instagram username was found');
  return out.slice(0, MAX_REASONS);
}
