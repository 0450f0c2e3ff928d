import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAX_SIGNED_REQUEST_LENGTH, signRequest, verifySignedRequest } from '../../../src/meta/signed-request.js';

const SECRET = 'meta-app-secret-for-tests-0123456789';
const now = new Date('2026-12-03T12:00:00Z');
const nowS = Math.floor(now.getTime() / 1000);
const opts = { now, maxAgeSeconds: 86_400 };
const good = (extra: Record<string, unknown> = {}) => ({ algorithm: 'HMAC-SHA256', issued_at: nowS - 60, user_id: '17841400000000001', ...extra });
const b64 = (s: string) => Buffer.from(s).toString('base64url');
const signRaw = (payloadPart: string, secret = SECRET) => `${createHmac('sha256', secret).update(payloadPart).digest('base64url')}.${payloadPart}`;

describe('Meta signed_request', () => {
  it('accepts one signed with the app secret and gives the user id and issue time', () => {
    const r = verifySignedRequest(signRequest(good(), SECRET), SECRET, opts);
    expect(r).toEqual({ ok: true, payload: { userId: '17841400000000001', issuedAt: new Date((nowS - 60) * 1000) } });
  });

  it('accepts a numeric user id, a lowercase algorithm name and base64 padding', () => {
    expect(verifySignedRequest(signRequest(good({ user_id: 12345 }), SECRET), SECRET, opts)).toMatchObject({ ok: true, payload: { userId: '12345' } });
    expect(verifySignedRequest(signRequest(good({ algorithm: 'hmac-sha256' }), SECRET), SECRET, opts)).toMatchObject({ ok: true });
    const [sig, body] = signRequest(good(), SECRET).split('.') as [string, string];
    expect(verifySignedRequest(`${sig}=.${body}`, SECRET, opts)).toMatchObject({ ok: true });
  });

  it.each([
    ['nothing', undefined, 'missing'],
    ['an empty string', '', 'missing'],
    ['a number', 42, 'missing'],
    ['one part', 'abc', 'malformed'],
    ['three parts', 'a.b.c', 'malformed'],
    ['characters outside base64url', 'ab+c/.def', 'malformed'],
    ['an empty signature', `.${b64('{}')}`, 'malformed'],
    ['a huge value', 'a'.repeat(MAX_SIGNED_REQUEST_LENGTH + 1) + '.b', 'malformed'],
  ])('refuses %s', (_what, value, reason) => {
    expect(verifySignedRequest(value, SECRET, opts)).toEqual({ ok: false, reason });
  });

  it('refuses a signature made with another secret, a tampered payload, a truncated or swapped signature', () => {
    expect(verifySignedRequest(signRequest(good(), 'another-secret-0123456789abcdef'), SECRET, opts)).toEqual({ ok: false, reason: 'bad_signature' });
    const [sig, body] = signRequest(good(), SECRET).split('.') as [string, string];
    const tampered = b64(JSON.stringify(good({ user_id: '17841400000000002' })));
    expect(verifySignedRequest(`${sig}.${tampered}`, SECRET, opts)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(verifySignedRequest(`${sig.slice(0, 20)}.${body}`, SECRET, opts)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(verifySignedRequest(`${body}.${sig}`, SECRET, opts)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('refuses a signed payload that is not a JSON object', () => {
    for (const text of ['not json', '[1,2]', '"x"', 'null']) {
      expect(verifySignedRequest(signRaw(b64(text)), SECRET, opts), text).toEqual({ ok: false, reason: 'not_json' });
    }
  });

  it('refuses an algorithm other than HMAC-SHA256, or none', () => {
    for (const algorithm of ['HMAC-SHA1', 'none', '', 42]) {
      expect(verifySignedRequest(signRequest(good({ algorithm }), SECRET), SECRET, opts)).toEqual({ ok: false, reason: 'unknown_algorithm' });
    }
    const { algorithm: _a, ...without } = good();
    expect(verifySignedRequest(signRequest(without, SECRET), SECRET, opts)).toEqual({ ok: false, reason: 'unknown_algorithm' });
  });

  it('refuses a numeric user id too large to be exact (JSON rounds it to another id)', () => {
    const body = b64('{"algorithm":"HMAC-SHA256","issued_at":' + (nowS - 60) + ',"user_id":17841400000000001}');
    expect(verifySignedRequest(signRaw(body), SECRET, opts)).toEqual({ ok: false, reason: 'no_user_id' });
  });

  it('refuses a missing or odd user id', () => {
    for (const user_id of [undefined, '', 'has space', 'x'.repeat(65), { id: 1 }, '1;DROP TABLE requests']) {
      expect(verifySignedRequest(signRequest(good({ user_id }), SECRET), SECRET, opts), String(user_id)).toEqual({ ok: false, reason: 'no_user_id' });
    }
  });

  it('refuses one older than the limit or issued in the future beyond a little clock skew', () => {
    expect(verifySignedRequest(signRequest(good({ issued_at: nowS - 86_401 }), SECRET), SECRET, opts)).toEqual({ ok: false, reason: 'stale' });
    expect(verifySignedRequest(signRequest(good({ issued_at: nowS - 86_400 }), SECRET), SECRET, opts)).toMatchObject({ ok: true });
    expect(verifySignedRequest(signRequest(good({ issued_at: nowS - 120 }), SECRET), SECRET, { now, maxAgeSeconds: 60 })).toEqual({ ok: false, reason: 'stale' });
    expect(verifySignedRequest(signRequest(good({ issued_at: nowS + 3600 }), SECRET), SECRET, opts)).toEqual({ ok: false, reason: 'future' });
    expect(verifySignedRequest(signRequest(good({ issued_at: nowS + 60 }), SECRET), SECRET, opts)).toMatchObject({ ok: true });
    expect(verifySignedRequest(signRequest(good({ issued_at: 'yesterday' }), SECRET), SECRET, opts)).toEqual({ ok: false, reason: 'malformed' });
  });
});
