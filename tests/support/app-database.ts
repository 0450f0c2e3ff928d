// An application database apart from the bot's, as PickrTech's own would be: a database of
// its own on the test server, its tables named otherwise than the sample's
// (tests/fixtures/app-other-names/), and the least-privilege role the bot connects as.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadDeletionPlan, type DeletionPlan } from '../../src/deletion/deletion-plan.js';
import { dropDatabase, quoteIdent, urlFor, withAdmin } from '../../harness/pg-admin.js';

const FIXTURE = fileURLToPath(new URL('../fixtures/app-other-names/', import.meta.url));
/** The plan for that schema. */
export const OTHER_NAMES_PLAN_FILE = `${FIXTURE}deletion-plan.json`;
const ROLE_IN_FIXTURE = 'deletion_bot_app';

export interface AppDatabase {
  name: string;
  /** The bot's APP_DATABASE_URL: the least-privilege role. */
  roleUrl: string;
  role: string;
  /** The owner's pool, for seeding and looking: default search_path. */
  pool: pg.Pool;
  plan: DeletionPlan;
  drop(): Promise<void>;
}

/** `app_test_<random>` with the fixture's schema and role (grants as docs/DELETION.md shows them). */
export async function createAppDatabase(): Promise<AppDatabase> {
  const id = randomBytes(4).toString('hex');
  const name = `app_test_${id}`;
  const role = `app_test_${id}_bot`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${quoteIdent(name)}`));
  const pool = new pg.Pool({ connectionString: urlFor(name), max: 3 });
  pool.on('error', () => {});
  await pool.query(readFileSync(`${FIXTURE}schema.sql`, 'utf8'));
  await pool.query(readFileSync(`${FIXTURE}grants.sql`, 'utf8').replaceAll(ROLE_IN_FIXTURE, role));
  const roleUrl = new URL(urlFor(name));
  roleUrl.username = role;
  return {
    name, role, pool, roleUrl: roleUrl.toString(), plan: loadDeletionPlan(OTHER_NAMES_PLAN_FILE),
    async drop() {
      await pool.end().catch(() => {});
      await withAdmin(async (admin) => {
        await dropDatabase(admin, name);
        await admin.query(`DROP ROLE IF EXISTS ${quoteIdent(role)}`);
      });
    },
  };
}

export interface SeededProfile {
  id: string;
  handle: string;
}

/** One profile with `tokens` credentials, `posts` post lines and one failure line; `mention` goes into one post and one failure. */
export async function seedProfile(pool: pg.Pool, handle: string, { mention, metaUser }: { mention?: string; metaUser?: string } = {}): Promise<SeededProfile> {
  const { rows } = await pool.query(`INSERT INTO social.linked_profiles (ig_handle, meta_user) VALUES ($1, $2) RETURNING profile_id`, [handle, metaUser ?? null]);
  const id = String(rows[0].profile_id);
  await pool.query(`INSERT INTO social.oauth_credentials (profile_ref, secret) VALUES ($1, 'IGQ' || md5($2)), ($1, 'IGQold' || md5($2))`, [id, handle]);
  await pool.query(`INSERT INTO social.post_history (profile_ref, body) VALUES ($1, 'Posted a reel'), ($1, $2)`,
    [id, mention ? `Collab reel with @${mention}` : 'Posted a carousel']);
  await pool.query(`INSERT INTO social.failure_log (profile_ref, detail) VALUES ($1, $2)`,
    [id, mention ? `Could not tag https://instagram.com/${mention}` : 'Token expired']);
  return { id, handle };
}

/** Every row of the fixture's tables, as text, in a stable order: to compare before and after. */
export async function appSnapshot(pool: pg.Pool): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of ['linked_profiles', 'oauth_credentials', 'post_history', 'failure_log', 'newsletter_signups']) {
    const { rows } = await pool.query(`SELECT row_to_json(x)::text AS j FROM social.${t} x ORDER BY 1`);
    out[t] = rows.map((r) => r.j as string);
  }
  return out;
}

/** What the application database must hold after `own` was deleted: its rows gone, mentions of its handle replaced. */
export function withoutProfile(before: Record<string, string[]>, own: SeededProfile): Record<string, string[]> {
  const mine = (row: string) => {
    const r = JSON.parse(row) as { profile_id?: number; profile_ref?: number };
    return String(r.profile_ref ?? r.profile_id) === own.id;
  };
  const out: Record<string, string[]> = {};
  for (const [table, rows] of Object.entries(before)) {
    out[table] = table === 'newsletter_signups'
      ? rows
      : rows.filter((r) => !mine(r)).map((r) => r.replace(`https://instagram.com/${own.handle}`, '[deleted user]').replace(`@${own.handle}`, '[deleted user]'));
  }
  return out;
}
