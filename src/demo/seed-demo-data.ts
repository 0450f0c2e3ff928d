import { inTransaction, type Pool } from '../db/pool.js';
import { createSampleSchema } from './sample-schema.js';

/**
 * Demo data for PickrTech's Instagram integration: connected accounts with
 * tokens, publishing logs and error logs; some logs mention another account's
 * username, which a deletion must redact. Re-running adds nothing twice.
 */
export const DEMO_ACCOUNTS = [
  { igUserId: '17841400000000001', username: 'sunny.days', name: 'Sunny Days Cafe', mentions: 'bob_builds' },
  { igUserId: '17841400000000002', username: 'bob_builds', name: 'Bob Builds', mentions: 'carol.cooks' },
  { igUserId: '17841400000000003', username: 'carol.cooks', name: "Carol's Kitchen", mentions: 'sunny.days' },
  { igUserId: '17841400000000004', username: 'dave.designs', name: 'Dave Designs', mentions: 'sunny.days' },
] as const;

/** What one run added: an account's handle (null: rows of no account) and the rows written per table. */
export interface SeededRows {
  username: string | null;
  rows: Record<string, number>;
}

/**
 * Makes the sample schema if needed and inserts the demo accounts that are not there yet;
 * returns what it added, one entry per account (and one for rows of no account), in order.
 */
export async function seedDemoData(pool: Pool): Promise<SeededRows[]> {
  await createSampleSchema(pool);
  return inTransaction(pool, async (tx) => {
    const added: SeededRows[] = [];
    for (const [i, a] of DEMO_ACCOUNTS.entries()) {
      const { rows } = await tx.query(
        `INSERT INTO ig_accounts (ig_user_id, username, display_name) VALUES ($1, $2, $3)
         ON CONFLICT (ig_user_id) DO NOTHING RETURNING id`,
        [a.igUserId, a.username, a.name],
      );
      const id = rows[0]?.id;
      if (!id) continue;
      const tokens = await tx.query(
        `INSERT INTO ig_access_tokens (account_id, access_token, authorization_status, scopes, expires_at) VALUES
           ($1, $2, 'authorized', '{instagram_business_basic,instagram_business_content_publish}', now() + interval '60 days'),
           ($1, $3, 'expired', '{instagram_business_basic}', now() - interval '3 days')`,
        [id, `IGAAdemo${i}live${a.igUserId}`, `IGAAdemo${i}old${a.igUserId}`],
      );
      const publishing = await tx.query(
        `INSERT INTO ig_publishing_logs (account_id, media_id, status, message) VALUES
           ($1, $2, 'published', 'Published carousel with 3 images'),
           ($1, $3, 'published', $4),
           ($1, NULL, 'failed', 'Publishing failed: media container expired')`,
        [id, `1790000000000${i}1`, `1790000000000${i}2`, `Published reel, collab with @${a.mentions}`],
      );
      const errors = await tx.query(
        `INSERT INTO ig_error_logs (account_id, error_code, message) VALUES
           ($1, '190', 'Access token has expired'),
           ($1, '100', $2)`,
        [id, `Could not tag user @${a.mentions}: user not found in media 1790000000000${i}3`],
      );
      added.push({
        username: a.username,
        rows: { ig_accounts: 1, ig_access_tokens: tokens.rowCount ?? 0, ig_publishing_logs: publishing.rowCount ?? 0, ig_error_logs: errors.rowCount ?? 0 },
      });
    }
    const unattached = await tx.query(
      `INSERT INTO ig_error_logs (account_id, error_code, message)
       SELECT NULL, 'webhook', 'Unmatched webhook for sunny.days (no active token)'
        WHERE NOT EXISTS (SELECT 1 FROM ig_error_logs WHERE account_id IS NULL AND error_code = 'webhook')`,
    );
    if (unattached.rowCount) added.push({ username: null, rows: { ig_error_logs: unattached.rowCount } });
    return added;
  });
}
