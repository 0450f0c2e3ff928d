import { describe, expect, it } from 'vitest';
import {
  asSenderAuth,
  parseAuthenticationResults,
  senderAuthOf,
  trustedAuthenticationResults,
} from '../../src/mail-in/authentication-results.js';

describe('parseAuthenticationResults', () => {
  it('reads a typical Gmail-style field', () => {
    const f = parseAuthenticationResults(
      'mx.google.com; dkim=pass header.i=@example.com header.s=20230601 header.b=AbC123; ' +
        'spf=pass (google.com: domain of alice@example.com designates 192.0.2.1 as permitted sender) smtp.mailfrom=alice@example.com; ' +
        'dmarc=pass (p=REJECT sp=REJECT dis=NONE) header.from=example.com',
    );
    expect(f).toEqual({
      authservId: 'mx.google.com',
      results: [
        { method: 'dkim', result: 'pass', reason: null, props: { 'header.i': '@example.com', 'header.s': '20230601', 'header.b': 'AbC123' } },
        { method: 'spf', result: 'pass', reason: null, props: { 'smtp.mailfrom': 'alice@example.com' } },
        { method: 'dmarc', result: 'pass', reason: null, props: { 'header.from': 'example.com' } },
      ],
    });
  });

  it('reads the RFC 8601 examples: version, "none", reason', () => {
    expect(parseAuthenticationResults('example.org 1; none')).toEqual({ authservId: 'example.org', results: [] });
    expect(parseAuthenticationResults('example.com; spf=pass smtp.mailfrom=example.net')?.results).toEqual([
      { method: 'spf', result: 'pass', reason: null, props: { 'smtp.mailfrom': 'example.net' } },
    ]);
    expect(parseAuthenticationResults('example.com; dkim=fail reason="signature verification failed" header.d=example.net')?.results[0]).toEqual({
      method: 'dkim', result: 'fail', reason: 'signature verification failed', props: { 'header.d': 'example.net' },
    });
  });

  it('lowercases the authserv-id, methods and results, keeps values', () => {
    const f = parseAuthenticationResults('MX.PickrTech.COM; DKIM=Pass header.d=PickrTech.com; DMARC=FAIL');
    expect(f?.authservId).toBe('mx.pickrtech.com');
    expect(f?.results.map((r) => [r.method, r.result])).toEqual([['dkim', 'pass'], ['dmarc', 'fail']]);
    expect(f?.results[0]?.props['header.d']).toBe('PickrTech.com');
  });

  it('drops method versions and tolerates spaces around "=", "/" and "."', () => {
    const f = parseAuthenticationResults('mx.example.com;  dkim / 1 = pass  header . d = example.com ;spf=none');
    expect(f?.results).toEqual([
      { method: 'dkim', result: 'pass', reason: null, props: { 'header.d': 'example.com' } },
      { method: 'spf', result: 'none', reason: null, props: {} },
    ]);
  });

  it('ignores comments, nested comments and a ";" inside a comment or a quoted string', () => {
    const f = parseAuthenticationResults(
      'mx.example.com (server; (nested) version 1); dkim=pass (good; sig) header.d=example.com; dmarc=fail reason="policy; strict"',
    );
    expect(f?.authservId).toBe('mx.example.com');
    expect(f?.results).toEqual([
      { method: 'dkim', result: 'pass', reason: null, props: { 'header.d': 'example.com' } },
      { method: 'dmarc', result: 'fail', reason: 'policy; strict', props: {} },
    ]);
  });

  it('reads a folded field as the mail reader hands it over', () => {
    const f = parseAuthenticationResults('mx.pickrtech.com;\r\n\tdkim=pass header.d=pickrtech.com;\r\n spf=pass smtp.mailfrom=pickrtech.com');
    expect(f?.results.map((r) => r.method)).toEqual(['dkim', 'spf']);
  });

  it('keeps several DKIM results in order', () => {
    const f = parseAuthenticationResults('mx.x; dkim=fail header.d=a.example; dkim=pass header.d=b.example');
    expect(f?.results.map((r) => `${r.result}:${r.props['header.d']}`)).toEqual(['fail:a.example', 'pass:b.example']);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['; dkim=pass', 'no authserv-id'],
    ['dkim=pass header.d=example.com', 'starts with a result'],
    ['"" ; dmarc=pass', 'empty quoted id'],
  ])('gives null for %j (%s)', (value) => {
    expect(parseAuthenticationResults(value)).toBeNull();
  });

  it('skips results it cannot read and keeps the rest', () => {
    const f = parseAuthenticationResults('mx.x; garbage; =pass; dkim=; spf=pass; d!m=pass; dmarc=pass');
    expect(f?.results.map((r) => r.method)).toEqual(['spf', 'dmarc']);
  });

  it('stays total and bounded on hostile input', () => {
    expect(parseAuthenticationResults('mx.x;' + ' dkim=pass;'.repeat(10_000))?.results.length).toBe(64);
    expect(parseAuthenticationResults('mx.x; ' + '('.repeat(50_000))).toEqual({ authservId: 'mx.x', results: [] });
    expect(parseAuthenticationResults('mx.x; dkim=pass reason="' + 'a'.repeat(100_000))?.authservId).toBe('mx.x');
    expect(parseAuthenticationResults(`mx.x; dkim=pass ${' '.repeat(20_000)}x`)?.results[0]?.result).toBe('pass');
    expect(parseAuthenticationResults(undefined as unknown as string)).toBeNull();
  });
});

describe('trustedAuthenticationResults', () => {
  const ours = 'mx.pickrtech.com; dmarc=fail header.from=pickrtech.com';
  const forgedOurs = 'mx.pickrtech.com; dmarc=pass header.from=pickrtech.com';
  const other = 'evil.example; dmarc=pass header.from=pickrtech.com';

  it('takes the field of the trusted authserv-id and ignores others', () => {
    expect(trustedAuthenticationResults([other, ours], 'mx.pickrtech.com')?.results[0]?.result).toBe('fail');
    expect(trustedAuthenticationResults([other], 'mx.pickrtech.com')).toBeNull();
  });

  it('takes the topmost trusted field: a copy the sender wrote sits below the one our server prepended', () => {
    expect(trustedAuthenticationResults([ours, forgedOurs], 'mx.pickrtech.com')?.results[0]?.result).toBe('fail');
  });

  it('compares the authserv-id without case and trusts nothing without one', () => {
    expect(trustedAuthenticationResults([ours], 'MX.PICKRTECH.COM')).not.toBeNull();
    expect(trustedAuthenticationResults([ours], null)).toBeNull();
    expect(trustedAuthenticationResults([ours], '')).toBeNull();
    expect(trustedAuthenticationResults(undefined, 'mx.pickrtech.com')).toBeNull();
  });

  it('does not take a longer or shorter id for the trusted one', () => {
    expect(trustedAuthenticationResults(['mx.pickrtech.com.evil.example; dmarc=pass'], 'mx.pickrtech.com')).toBeNull();
    expect(trustedAuthenticationResults(['pickrtech.com; dmarc=pass'], 'mx.pickrtech.com')).toBeNull();
  });
});

describe('senderAuthOf', () => {
  it('summarises DKIM, SPF and DMARC of the trusted field', () => {
    const headers = { 'authentication-results': [
      'evil.example; dkim=pass; spf=pass; dmarc=pass',
      'mx.pickrtech.com; dkim=fail header.d=a.example; dkim=pass header.d=example.com; spf=softfail smtp.mailfrom=example.com',
    ] };
    expect(senderAuthOf(headers, 'mx.pickrtech.com')).toEqual({ authservId: 'mx.pickrtech.com', dkim: 'pass', spf: 'softfail', dmarc: null });
  });

  it('gives the first result when none passed', () => {
    const headers = { 'authentication-results': ['mx.x; dkim=fail; dkim=neutral; dmarc=fail'] };
    expect(senderAuthOf(headers, 'mx.x')).toEqual({ authservId: 'mx.x', dkim: 'fail', spf: null, dmarc: 'fail' });
  });

  it('is null without a trusted field or without a trusted id', () => {
    expect(senderAuthOf({}, 'mx.x')).toBeNull();
    expect(senderAuthOf({ 'authentication-results': ['mx.x; dmarc=pass'] }, null)).toBeNull();
  });

  it('reads a stored value back and rejects anything else', () => {
    const stored = { authservId: 'mx.x', dkim: 'pass', spf: null, dmarc: 'fail' };
    expect(asSenderAuth(JSON.parse(JSON.stringify(stored)))).toEqual(stored);
    expect(asSenderAuth(null)).toBeNull();
    expect(asSenderAuth('mx.x')).toBeNull();
    expect(asSenderAuth({ dkim: 'pass' })).toBeNull();
    expect(asSenderAuth({ authservId: 'mx.x', dkim: 3 })).toEqual({ authservId: 'mx.x', dkim: null, spf: null, dmarc: null });
  });
});
