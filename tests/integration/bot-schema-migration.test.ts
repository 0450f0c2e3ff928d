import { randomBytes } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runner } from 'node-pg-migrate';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS_DIR, runMigrations } from '../../src/db/migrate.js';
import { createPool } from '../../src/db/pool.js';
import { pendingMigrations } from '../../src/db/schema-status.js';
import { addSampleSchema } from '../../harness/sample-database.js';
import { dropDatabase, quoteIdent, urlFor, withAdmin } from '../../harness/pg-admin.js';

/**
 * `migrate` makes the bot's tables in a schema of their own and never the application's: a
 * new install gets no ig_* table, and an install made before keeps its ig_* tables and rows
 * while its own tables move, rows and all, into `deletion_bot`.
 */

const made: string[] = [];

afterAll(async () => {
  await withAdmin(async (admin) => {
    for (const name of made) await dropDatabase(admin, name);
  });
});

async function emptyDatabase(): Promise<string> {
  const name = `dbot_schema_${randomBytes(4).toString('hex')}`;
  await withAdmin((admin) => admin.query(`CREATE DATABASE ${quoteIdent(name)}`));
  made.push(name);
  return urlFor(name);
}

async function tablesOf(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `SELECT schemaname || '.' || tablename AS t FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`);
    return rows.map((r) => r.t as string);
  } finally {
    await client.end();
  }
}

/** The bot's tables an install made before migration 0016 had, all in public. */
const BOT_TABLES = ['inbound_messages', 'mailbox_checkpoints', 'meta_callbacks', 'outbox', 'reference_counters', 'refused_attempts', 'request_events', 'requests'];
const SAMPLE_TABLES = ['ig_access_tokens', 'ig_accounts', 'ig_error_logs', 'ig_publishing_logs'];

/**
 * An install made before migration 0016, as it was: 0001-0015 applied with the default
 * search_path (every table in public, their record public.schema_migrations), and the ig_*
 * tables 0001 made then.
 */
async function installMadeBefore(url: string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'dbot-old-sql-'));
  try {
    for (const f of readdirSync(MIGRATIONS_DIR).filter((n) => /^00(0\d|1[0-5])_.*\.sql$/.test(n))) await copyFile(join(MIGRATIONS_DIR, f), join(dir, f));
    await runner({ databaseUrl: url, dir, migrationsTable: 'schema_migrations', direction: 'up', checkOrder: true, log: () => {} });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  await addSampleSchema(url);
}

describe('the bot\'s schema', () => {
  it('a new install: the bot\'s tables in deletion_bot, no table of the application\'s', async () => {
    const url = await emptyDatabase();
    const { applied } = await runMigrations(url);
    expect(applied).toEqual(expect.arrayContaining(['0016_bot_schema', '0017_pending_deletion_counts']));
    const tables = await tablesOf(url);
    expect(tables.filter((t) => !t.startsWith('deletion_bot.'))).toEqual([]);
    expect(tables).toEqual(expect.arrayContaining([...BOT_TABLES, 'schema_migrations'].map((t) => `deletion_bot.${t}`)));
    expect((await runMigrations(url)).applied).toEqual([]);
  });

  it('an install made before: its ig_* tables and rows stay, its own tables move with their rows', async () => {
    const url = await emptyDatabase();
    await installMadeBefore(url);
    const old = new pg.Pool({ connectionString: url, max: 1 });
    try {
      await old.query(`INSERT INTO ig_accounts (ig_user_id, username) VALUES ('17841400000000099', 'kept.account')`);
      await old.query(`INSERT INTO requests (reference, state, received_at, due_at) VALUES ('DR-2026-00001', 'received', now(), now() + interval '30 days')`);
      await old.query(`INSERT INTO request_events (request_id, type) SELECT id, 'received' FROM requests`);
    } finally {
      await old.end();
    }
    expect(await tablesOf(url)).toEqual([...BOT_TABLES, ...SAMPLE_TABLES, 'schema_migrations'].sort().map((t) => `public.${t}`));

    const { applied } = await runMigrations(url);
    expect(applied.slice(0, 2)).toEqual(['0016_bot_schema', '0017_pending_deletion_counts']);
    const tables = await tablesOf(url);
    expect(tables.filter((t) => t.startsWith('public.'))).toEqual(SAMPLE_TABLES.map((t) => `public.${t}`));
    expect(tables).toEqual(expect.arrayContaining([...BOT_TABLES, 'schema_migrations'].map((t) => `deletion_bot.${t}`)));
    const bot = createPool(url, 1);
    try {
      expect(await pendingMigrations(bot)).toEqual([]);
      expect((await bot.query(`SELECT username FROM ig_accounts`)).rows).toEqual([{ username: 'kept.account' }]);
      expect((await bot.query(`SELECT reference, pending_deleted_counts FROM requests`)).rows).toEqual([{ reference: 'DR-2026-00001', pending_deleted_counts: null }]);
      // The identity sequence moved with its table: new events still get ids.
      await bot.query(`INSERT INTO request_events (request_id, type) SELECT id, 'checked' FROM requests`);
      expect((await bot.query(`SELECT type FROM request_events ORDER BY id`)).rows.map((r) => r.type)).toEqual(['received', 'checked']);
    } finally {
      await bot.end();
    }
  });
});
