import { describe, expect, it } from 'vitest';
import { botSettings } from '../../src/app/bot-settings.js';
import { loadConfig } from '../../src/config/config.js';
import { asciiLowered, batchedDelete, batchedRedact, MARKER_PLACEHOLDER, matchableText } from '../../src/deletion/batch-sql.js';
import { mentionLike, mentionPattern } from '../../src/deletion/deletion-plan.js';

/** The SQL of one batch: at most `limit` rows picked by ctid, values only as parameters. */

describe('batch SQL', () => {
  it('deletes at most `limit` rows picked by ctid, the limit as the next parameter', () => {
    const s = batchedDelete('ig_publishing_logs', { where: 'account_id = $1', params: [42] }, 500);
    expect(s.sql).toBe(
      'DELETE FROM ig_publishing_logs WHERE ctid = ANY(ARRAY(SELECT ctid FROM ig_publishing_logs WHERE account_id = $1 LIMIT $2))',
    );
    expect(s.params).toEqual([42, 500]);
  });

  it('numbers the limit after every scope parameter', () => {
    const s = batchedDelete('t', { where: 'a = $1 AND b = $2 AND c = $3', params: [1, 2, 3] }, 7);
    expect(s.sql).toMatch(/LIMIT \$4\)\)$/);
    expect(s.params).toEqual([1, 2, 3, 7]);
  });

  it('redacts each named column in the picked rows, keeping markers already there', () => {
    const scope = { where: `account_id IS DISTINCT FROM $3 AND (${matchableText('message', 2)} ~* $1)`, params: ['pattern', '[deleted user]', 9] };
    const s = batchedRedact('ig_error_logs', ['message', 'detail'], scope, { pattern: 1, marker: 2 }, 100);
    expect(s.sql).toBe(
      'UPDATE ig_error_logs SET ' +
        "message = replace(regexp_replace(replace(message, $2, $4) COLLATE \"C\", $1, $2, 'gi'), $4, $2), " +
        "detail = replace(regexp_replace(replace(detail, $2, $4) COLLATE \"C\", $1, $2, 'gi'), $4, $2) " +
        "WHERE ctid = ANY(ARRAY(SELECT ctid FROM ig_error_logs WHERE account_id IS DISTINCT FROM $3 AND (replace(message, $2, ' ') COLLATE \"C\" ~* $1) LIMIT $5))",
    );
    expect(s.params).toEqual(['pattern', '[deleted user]', 9, MARKER_PLACEHOLDER, 100]);
  });

  it('matches mentions on the text with markers blanked out, folding ASCII case only', () => {
    expect(matchableText('message', 2)).toBe(`replace(message, $2, ' ') COLLATE "C"`);
  });

  it('pre-filters on the text lowered in ASCII, the expression the trigram indexes hold', () => {
    expect(asciiLowered('message')).toBe('lower(message COLLATE "C")');
  });
});

describe('DELETE_BATCH_SIZE', () => {
  const env = { BOT_ADDRESS: 'contact@pickrtech.com', STAFF_EMAILS: 'staff@pickrtech.com', APPROVAL_SECRET: 's'.repeat(40) };

  it('defaults to 1000 rows and takes a positive whole number', () => {
    expect(botSettings(loadConfig(env, ['bot'])).deleteBatchSize).toBe(10_000);
    expect(botSettings(loadConfig({ ...env, DELETE_BATCH_SIZE: '250' }, ['bot'])).deleteBatchSize).toBe(250);
    for (const bad of ['0', '-5', '2.5', 'many']) {
      expect(() => loadConfig({ ...env, DELETE_BATCH_SIZE: bad }, ['bot'])).toThrow(/DELETE_BATCH_SIZE/);
    }
  });
});

describe('mention pre-filter', () => {
  it('is the handle between wildcards, lower-cased, its LIKE wildcards escaped', () => {
    expect(mentionLike('Sunny.Days')).toBe('%sunny.days%');
    expect(mentionLike('sun_ny')).toBe('%sun\\_ny%');
    expect(mentionLike('a%b\\c')).toBe('%a\\%b\\\\c%');
  });

  it('lets through every text the exact pattern matches (it may let through more)', () => {
    // LIKE on the text lowered in ASCII, as Postgres reads it, for the characters a handle
    // holds: '\x' is x, '_' one character, '%' any run.
    const like = (text: string, pattern: string): boolean => {
      let re = '';
      for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i]!;
        if (c === '\\') re += pattern[++i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        else if (c === '%') re += '[\\s\\S]*';
        else if (c === '_') re += '[\\s\\S]';
        else re += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      }
      return new RegExp(`^${re}$`).test(text.replace(/[A-Z]/g, (c) => c.toLowerCase()));
    };
    const texts = ['Tag failed for @sun_ny.', 'SUN_NY', 'x [deleted user] sun_ny', 'sunxny', 'sun_nyx', '@sun_ny!', 'mention: sun_ny'];
    for (const text of texts) {
      const exact = new RegExp(mentionPattern('sun_ny'), 'i').test(text.replace('[deleted user]', ' '));
      if (exact) expect(like(text, mentionLike('sun_ny'))).toBe(true);
    }
    expect(like('sunxny', mentionLike('sun_ny'))).toBe(false);
  });
});
