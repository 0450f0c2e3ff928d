/**
 * How the bot read a request's mail, as recorded on its events: the
 * `received` event holds the evidence of the first mail, an `info_received`
 * event the rule that found the username in the answer to "we need your
 * username". The later record of a field wins.
 */
import type { Queryable } from '../db/pool.js';
import { weakest, type Evidence, type FieldEvidence } from '../understanding/evidence.js';

export async function readingEvidence(db: Queryable, requestId: string): Promise<Evidence | null> {
  const { rows } = await db.query(
    `SELECT detail->'evidence' AS evidence FROM request_events
      WHERE request_id = $1 AND detail ? 'evidence' ORDER BY id`,
    [requestId],
  );
  let out = null as Evidence | null;
  for (const row of rows as Array<{ evidence: unknown }>) {
    if (!row.evidence || typeof row.evidence !== 'object') continue;
    const e = row.evidence as Partial<Evidence>;
    if (out === null) {
      if (!isField(e.kind)) continue;
      out = {
        kind: e.kind,
        username: isField(e.username) ? e.username : null,
        confirmation: isField(e.confirmation) ? e.confirmation : null,
        language: isField(e.language) ? e.language : null,
        confidence: 'high',
      };
    } else if (isField(e.username)) {
      out = { ...out, username: e.username };
    }
  }
  if (out === null) return null;
  return { ...out, confidence: weakest(out.kind.confidence, out.username?.confidence, out.confirmation?.confidence) };
}

function isField(v: unknown): v is FieldEvidence {
  return !!v && typeof v === 'object' && typeof (v as FieldEvidence).rule === 'string' && typeof (v as FieldEvidence).confidence === 'string';
}
