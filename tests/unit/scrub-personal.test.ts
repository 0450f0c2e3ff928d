import { describe, expect, it } from 'vitest';
import { scrubActor, scrubJson, scrubText, type PersonalValues } from '../../src/retention/scrub-personal.js';
import { usernameHash } from '../../src/retention/username-hash.js';

const p: PersonalValues = {
  username: 'sunny.days',
  addresses: ['alice@example.com', 'confirm@example.net'],
  keep: ['staff@pickrtech.com', 'contact@pickrtech.com'],
};

describe('scrubbing personal values out of the minimal record', () => {
  it('replaces the username, as a mention or inside other text, and the requester\'s addresses', () => {
    expect(scrubText('@Sunny.Days is not managed by Alice@Example.com', p)).toBe('[purged username] is not managed by [purged address]');
    expect(scrubText('see sunny.days_shop and xsunny.days', p)).toBe('see [purged username]_shop and x[purged username]');
  });

  it('replaces any other address except staff and the bot', () => {
    expect(scrubText('from mallory@evil.example to staff@pickrtech.com via contact@pickrtech.com', p))
      .toBe('from [purged address] to staff@pickrtech.com via contact@pickrtech.com');
  });

  it('leaves short handles to whole-word matches so ordinary words survive', () => {
    const short = { ...p, username: 'ab' };
    expect(scrubText('@ab asked about the tab', short)).toBe('[purged username] asked about the tab');
  });

  it('walks JSON: strings scrubbed, keys, numbers and booleans kept', () => {
    const detail = { why: 'sender alice@example.com is not staff', rows: [{ table: 'ig_accounts', rows: 1 }], ok: true, n: null };
    expect(scrubJson(detail, p)).toEqual({ why: 'sender [purged address] is not staff', rows: [{ table: 'ig_accounts', rows: 1 }], ok: true, n: null });
  });

  it('turns outsiders into roles and keeps staff, the bot\'s parts and CLI names', () => {
    const requester = ['alice@example.com'];
    expect(scrubActor('Alice@example.com', p, requester)).toBe('requester');
    expect(scrubActor('mallory@evil.example', p, requester)).toBe('non-staff sender');
    expect(scrubActor('staff@pickrtech.com', p, requester)).toBe('staff@pickrtech.com');
    expect(scrubActor('mailer', p, requester)).toBe('mailer');
    expect(scrubActor('alice-ops', p, requester)).toBe('alice-ops');
    expect(scrubActor(null, p, requester)).toBeNull();
  });
});

describe('keyed username hash', () => {
  const secret = 's'.repeat(40);
  it('is the same for any spelling of one handle, and differs per handle and per secret', () => {
    const h = usernameHash(secret, 'sunny.days');
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(usernameHash(secret, ' @Sunny.Days ')).toBe(h);
    expect(usernameHash(secret, 'sunny.day')).not.toBe(h);
    expect(usernameHash('t'.repeat(40), 'sunny.days')).not.toBe(h);
    expect(h).not.toContain('sunny');
  });
});
