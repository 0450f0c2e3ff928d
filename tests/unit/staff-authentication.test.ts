import { describe, expect, it } from 'vitest';
import { aligned, staffMailAuthenticated } from '../../src/approval/staff-authentication.js';

const TRUSTED = 'mx.pickrtech.com';
const STAFF = 'staff@pickrtech.com';
const check = (...fields: string[]) => staffMailAuthenticated({ 'authentication-results': fields }, TRUSTED, STAFF);

describe('staffMailAuthenticated', () => {
  it.each([
    ['dmarc=pass for the From domain', `${TRUSTED}; dmarc=pass header.from=pickrtech.com`, 'dmarc'],
    ['dmarc=pass without header.from', `${TRUSTED}; spf=fail; dmarc=pass`, 'dmarc'],
    ['aligned dkim=pass when DMARC was not evaluated', `${TRUSTED}; dkim=pass header.d=pickrtech.com`, 'dkim'],
    ['dkim=pass from a parent domain (relaxed alignment)', `${TRUSTED}; dkim=pass header.d=pickrtech.com; dmarc=none`, 'dkim'],
    ['dkim=pass identified by header.i', `${TRUSTED}; dkim=pass header.i=@pickrtech.com`, 'dkim'],
    ['dkim=pass with a user in header.i', `${TRUSTED}; dkim=pass header.i=staff@mail.pickrtech.com`, 'dkim'],
    ['an aligned pass among failing signatures', `${TRUSTED}; dkim=fail header.d=pickrtech.com; dkim=pass header.d=pickrtech.com`, 'dkim'],
    ['the trusted id written in another case', `MX.PICKRTECH.COM; dmarc=pass`, 'dmarc'],
  ])('passes: %s', (_, field, via) => {
    expect(check(field)).toEqual({ ok: true, via });
  });

  it.each([
    ['no Authentication-Results at all', [], 'carries no Authentication-Results from mx.pickrtech.com'],
    ['a pass from another authserv-id only', ['relay.evil.example; dmarc=pass header.from=pickrtech.com'], 'carries no Authentication-Results'],
    ['dmarc=fail', [`${TRUSTED}; dmarc=fail header.from=pickrtech.com`], 'reports dmarc=fail for pickrtech.com'],
    ['dmarc=fail even with an aligned dkim=pass', [`${TRUSTED}; dkim=pass header.d=pickrtech.com; dmarc=fail`], 'dmarc=fail'],
    ['dmarc=pass for another From domain', [`${TRUSTED}; dmarc=pass header.from=evil.example`], 'no dkim=pass aligned'],
    ['dkim=pass of an unrelated domain', [`${TRUSTED}; dkim=pass header.d=evil.example`], 'no dkim=pass aligned to pickrtech.com'],
    ['dkim=pass of a look-alike domain', [`${TRUSTED}; dkim=pass header.d=evilpickrtech.com`], 'no dkim=pass aligned'],
    ['dkim=pass of a bare top-level domain', [`${TRUSTED}; dkim=pass header.d=com`], 'no dkim=pass aligned'],
    ['spf=pass alone', [`${TRUSTED}; spf=pass smtp.mailfrom=pickrtech.com`], 'dmarc=no result'],
    ['dkim=fail', [`${TRUSTED}; dkim=fail header.d=pickrtech.com`], 'no dkim=pass aligned'],
    ['our fail on top of a pass the sender wrote with our id', [`${TRUSTED}; dmarc=fail`, `${TRUSTED}; dmarc=pass`], 'dmarc=fail'],
    ['a "none" field', [`${TRUSTED}; none`], 'dmarc=no result'],
  ])('refuses: %s', (_, fields, why) => {
    const v = check(...fields);
    expect(v.ok).toBe(false);
    expect(v.ok ? '' : v.why).toContain(why);
  });

  it('refuses a mail without a From address', () => {
    const v = staffMailAuthenticated({ 'authentication-results': [`${TRUSTED}; dmarc=pass`] }, TRUSTED, '');
    expect(v).toEqual({ ok: false, why: 'the mail has no From address to authenticate' });
  });
});

describe('aligned', () => {
  it.each([
    ['pickrtech.com', 'pickrtech.com', true],
    ['PickrTech.com'.toLowerCase(), 'pickrtech.com', true],
    ['pickrtech.com', 'mail.pickrtech.com', true],
    ['mail.pickrtech.com', 'pickrtech.com', true],
    ['pickrtech.com.', 'pickrtech.com', true],
    ['evil.com', 'pickrtech.com', false],
    ['com', 'pickrtech.com', false],
    ['pickrtech.com', 'com', false],
    ['', 'pickrtech.com', false],
    ['xpickrtech.com', 'pickrtech.com', false],
    ['pickrtech.com.evil.com', 'pickrtech.com', false],
  ])('%s with %s: %s', (d, from, yes) => {
    expect(aligned(d, from)).toBe(yes);
  });
});
