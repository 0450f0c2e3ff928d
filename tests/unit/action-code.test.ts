import { describe, expect, it } from 'vitest';
import { actionCode, findActionCodes, verifyActionCode, withoutActionCodes } from '../../src/approval/action-code.js';

const SECRET = 'a-secret-that-is-long-enough-0123456789';
const A = { id: '6f1c2b9e-8f3a-4c1d-9b7e-0a1b2c3d4e5f', reference: 'DR-2026-00042' };
const B = { id: '0d3c2b1a-1111-4222-8333-944455556666', reference: 'DR-2026-00043' };
const code = (r: typeof A, action: 'approve' | 'reject' | 'extend', secret = SECRET) => actionCode(secret, r.id, r.reference, action);

describe('decision codes', () => {
  it('name the request and the command and carry a 24-hex MAC', () => {
    expect(code(A, 'approve')).toMatch(/^DR-2026-00042-approve-[0-9a-f]{24}$/);
    expect(new Set([code(A, 'approve'), code(A, 'reject'), code(A, 'extend')]).size).toBe(3);
  });

  it('verify for their own request and command', () => {
    for (const action of ['approve', 'reject', 'extend'] as const) {
      const [found] = findActionCodes(`${action.toUpperCase()} ${code(A, action)}`);
      expect(found?.action).toBe(action);
      expect(verifyActionCode(SECRET, A, found!)).toBe(true);
    }
  });

  it('never serve another request: B\'s MAC under A\'s reference, or A\'s code against B', () => {
    const spliced = code(B, 'approve').replace(B.reference, A.reference);
    expect(verifyActionCode(SECRET, A, findActionCodes(spliced)[0]!)).toBe(false);
    expect(verifyActionCode(SECRET, B, findActionCodes(code(A, 'approve'))[0]!)).toBe(false);
    // Same reference text but another request id (e.g. a database restored elsewhere).
    expect(verifyActionCode(SECRET, { ...A, id: B.id }, findActionCodes(code(A, 'approve'))[0]!)).toBe(false);
  });

  it('never serve another command: a REJECT MAC relabelled as APPROVE fails', () => {
    const relabelled = code(A, 'reject').replace('-reject-', '-approve-');
    expect(verifyActionCode(SECRET, A, findActionCodes(relabelled)[0]!)).toBe(false);
  });

  it('are bound to the secret', () => {
    expect(verifyActionCode(SECRET, A, findActionCodes(code(A, 'approve', 'another-secret-also-long-enough-000000'))[0]!)).toBe(false);
  });

  it('are found in any case, inside text, and not inside longer words', () => {
    const c = code(A, 'approve');
    expect(findActionCodes(`approve ${c.toLowerCase()}`)[0]).toEqual({ reference: 'DR-2026-00042', action: 'approve', mac: c.slice(-24) });
    expect(findActionCodes(`APPROVE (${c}).`)).toHaveLength(1);
    expect(findActionCodes(`x${c}`)).toEqual([]);
    expect(findActionCodes(`${c}0`)).toEqual([]);
    expect(findActionCodes('DR-2026-00042-approve-1234')).toEqual([]);
    expect(findActionCodes('DR-2026-00042-delete-' + 'a'.repeat(24))).toEqual([]);
  });

  it('are removed from a command line, leaving the words', () => {
    expect(withoutActionCodes(`REJECT ${code(A, 'reject')} not the account owner`)).toBe('REJECT not the account owner');
    expect(withoutActionCodes(`APPROVE ${code(A, 'approve')}`).trim()).toBe('APPROVE');
  });

  it('stop counting at 20', () => {
    expect(findActionCodes(`${code(A, 'approve')} `.repeat(50))).toHaveLength(20);
  });
});
