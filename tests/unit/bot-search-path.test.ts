import { describe, expect, it } from 'vitest';
import { appDatabaseUrl, separateAppDatabase, withBotSearchPath } from '../../src/db/pool.js';

/** The bot's connections find its tables in their own schema, whatever else the URL asks for. */

describe('the bot\'s search_path', () => {
  it('is added to the URL as a startup option', () => {
    const url = new URL(withBotSearchPath('postgres://bot:secret@db.internal:5432/deletionbot'));
    expect(url.searchParams.get('options')).toBe('-c search_path=deletion_bot,public');
    expect(`${url.username}:${url.password}@${url.host}${url.pathname}`).toBe('bot:secret@db.internal:5432/deletionbot');
  });

  it('keeps the options and parameters a URL gives, and a search_path it sets itself', () => {
    const url = new URL(withBotSearchPath('postgres://bot@db/x?sslmode=verify-full&options=-c%20statement_timeout%3D5000'));
    expect(url.searchParams.get('sslmode')).toBe('verify-full');
    expect(url.searchParams.get('options')).toBe('-c statement_timeout=5000 -c search_path=deletion_bot,public');
    const own = 'postgres://bot@db/x?options=-c%20search_path%3Dmine';
    expect(withBotSearchPath(own)).toBe(own);
  });

  it('APP_DATABASE_URL defaults to DATABASE_URL, one database', () => {
    const one = { DATABASE_URL: 'postgres://bot@db/x', DATABASE_PREPARED_STATEMENTS: true };
    expect(appDatabaseUrl(one)).toBe('postgres://bot@db/x');
    expect(separateAppDatabase(one)).toBe(false);
    expect(separateAppDatabase({ ...one, APP_DATABASE_URL: 'postgres://bot@db/x' })).toBe(false);
    expect(separateAppDatabase({ ...one, APP_DATABASE_URL: 'postgres://app@appdb/pickrtech' })).toBe(true);
  });
});
