import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, ALL_SECTIONS } from '../../src/config/config.js';

const valid = {
  DATABASE_URL: 'postgres://u@localhost:5432/db',
  REDIS_URL: 'redis://localhost:6379',
  IMAP_HOST: 'imap.example.com',
  IMAP_USER: 'contact@pickrtech.com',
  IMAP_PASSWORD: 'pw',
  SMTP_HOST: 'smtp.example.com',
  BOT_ADDRESS: 'Contact@PickrTech.com',
  STAFF_EMAILS: 'Privacy@pickrtech.com, ops@pickrtech.com',
  APPROVAL_SECRET: 'x'.repeat(32),
};

function problems(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env, ALL_SECTIONS);
    return [];
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
}

describe('configuration', () => {
  it('builds one typed object with defaults', () => {
    const c = loadConfig(valid, ALL_SECTIONS);
    expect(c.imap.IMAP_MAILBOX).toBe('INBOX');
    expect(c.imap.IMAP_PORT).toBe(993);
    expect(c.imap.IMAP_SECURE).toBe(true);
    expect(c.bot.BOT_ADDRESS).toBe('contact@pickrtech.com');
    expect(c.bot.STAFF_EMAILS).toEqual(['privacy@pickrtech.com', 'ops@pickrtech.com']);
    expect(c.runtime.HTTP_PORT).toBe(8080);
    expect(c.smtp.SMTP_USER).toBeUndefined();
  });

  it('prepares statements unless DATABASE_PREPARED_STATEMENTS is false', () => {
    expect(loadConfig(valid, ALL_SECTIONS).database.DATABASE_PREPARED_STATEMENTS).toBe(true);
    expect(loadConfig({ ...valid, DATABASE_PREPARED_STATEMENTS: 'false' }, ALL_SECTIONS).database.DATABASE_PREPARED_STATEMENTS).toBe(false);
    expect(problems({ ...valid, DATABASE_PREPARED_STATEMENTS: 'sometimes' })).toEqual(['DATABASE_PREPARED_STATEMENTS must be true or false']);
  });

  it('names a missing variable', () => {
    expect(problems({ ...valid, DATABASE_URL: undefined })).toEqual(['DATABASE_URL is not set']);
  });

  it('treats an empty value as unset', () => {
    expect(problems({ ...valid, IMAP_HOST: '' })).toEqual(['IMAP_HOST is not set']);
  });

  it('names each malformed variable and says what is expected', () => {
    const p = problems({ ...valid, IMAP_SECURE: 'maybe', HTTP_PORT: '99999', REDIS_URL: 'localhost:6379', STAFF_EMAILS: 'ops@pickrtech.com, nobody' });
    expect(p).toContain('IMAP_SECURE must be true or false');
    expect(p.some((x) => x.startsWith('HTTP_PORT '))).toBe(true);
    expect(p.some((x) => x.startsWith('REDIS_URL must be a URL'))).toBe(true);
    expect(p).toContain('STAFF_EMAILS must be comma-separated addresses; not an address: nobody');
  });

  it('refuses a short approval secret', () => {
    expect(problems({ ...valid, APPROVAL_SECRET: 'short' })[0]).toMatch(/^APPROVAL_SECRET must be at least 32 characters/);
  });

  it('refuses the placeholder secret of .env.example', () => {
    expect(problems({ ...valid, APPROVAL_SECRET: 'replace-with-the-output-of-openssl-rand-hex-32' })[0]).toMatch(/^APPROVAL_SECRET is still the placeholder/);
  });

  it('accepts plain local servers with *_SECURE=false and no SMTP login', () => {
    const c = loadConfig({ ...valid, IMAP_SECURE: 'false', SMTP_SECURE: 'false', IMAP_PORT: '143', SMTP_PORT: '25' }, ['imap', 'smtp']);
    expect(c.imap.IMAP_SECURE).toBe(false);
    expect(c.smtp.SMTP_SECURE).toBe(false);
    expect(c.smtp.SMTP_PORT).toBe(25);
  });

  it('validates only the sections a command needs', () => {
    expect(loadConfig({ DATABASE_URL: valid.DATABASE_URL }, ['database']).database.DATABASE_URL).toBe(valid.DATABASE_URL);
  });
});
