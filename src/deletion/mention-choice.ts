import type { Queryable } from '../db/pool.js';
import type { MentionChoice } from './run-plan.js';

/**
 * Whether staff asked, when they approved, to redact mentions of the username even though no
 * connected account has it ("APPROVE REDACT", `approve --redact-mentions`). The choice is part
 * of the `approved` event, so the audit shows it; the latest approval counts (a deletion that
 * failed its check may be approved again).
 */
export async function mentionChoice(db: Queryable, requestId: string): Promise<MentionChoice> {
  const { rows } = await db.query(
    `SELECT detail->'redactMentions' = 'true'::jsonb AS chosen FROM request_events
      WHERE request_id = $1 AND type = 'approved' ORDER BY id DESC LIMIT 1`,
    [requestId],
  );
  return { redactMentions: rows[0]?.chosen === true };
}
