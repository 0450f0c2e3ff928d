import { describe, expect, it } from 'vitest';
import { approvalToken, checkReplyToken, notificationMessageId } from '../../src/approval/approval-token.js';

const SECRET = 'a-secret-that-is-long-enough-0123456789';
const REQ_A = '6f1c2b9e-8f3a-4c1d-9b7e-0a1b2c3d4e5f';
const REQ_B = '0d3c2b1a-1111-4222-8333-944455556666';

describe('approval tokens', () => {
  it('puts a verifiable token for the request in the notification Message-ID', () => {
    const id = notificationMessageId(SECRET, REQ_A, 'pickrtech.com');
    expect(id).toMatch(/^dr-notify\.[0-9a-f-]{36}\.[0-9a-f]{32}@pickrtech\.com$/);
    expect(checkReplyToken(SECRET, [id])).toEqual({ status: 'valid', requestId: REQ_A });
  });

  it('finds the token among References of a longer thread', () => {
    const id = notificationMessageId(SECRET, REQ_A, 'pickrtech.com');
    expect(checkReplyToken(SECRET, ['CAF=xyz@mail.gmail.com', id, 'other@x'])).toEqual({ status: 'valid', requestId: REQ_A });
  });

  it('is bound to one request: a token of A does not open B', () => {
    const tokenOfA = approvalToken(SECRET, REQ_A);
    const spliced = `dr-notify.${REQ_B}.${tokenOfA}@pickrtech.com`;
    expect(checkReplyToken(SECRET, [spliced])).toEqual({ status: 'forged', requestId: REQ_B });
  });

  it('is bound to the secret', () => {
    const id = notificationMessageId('another-secret-also-long-enough-000000', REQ_A, 'pickrtech.com');
    expect(checkReplyToken(SECRET, [id]).status).toBe('forged');
  });

  it('is bound to the action', () => {
    expect(approvalToken(SECRET, REQ_A, 'decide')).not.toBe(approvalToken(SECRET, REQ_A, 'extend'));
  });

  it('reports absence when no notification is referenced', () => {
    expect(checkReplyToken(SECRET, [])).toEqual({ status: 'absent' });
    expect(checkReplyToken(SECRET, ['dr-acknowledgment.123@pickrtech.com', 'abc@example.com'])).toEqual({ status: 'absent' });
  });

  it('takes only a well-formed UUID as a request id', () => {
    const token = approvalToken(SECRET, REQ_A);
    expect(checkReplyToken(SECRET, [`dr-notify.${'-'.repeat(36)}.${token}@pickrtech.com`])).toEqual({ status: 'absent' });
    expect(checkReplyToken(SECRET, [`dr-notify.${'z'.repeat(36)}.${token}@pickrtech.com`])).toEqual({ status: 'absent' });
    expect(checkReplyToken(SECRET, [`dr-notify.${REQ_A.toUpperCase()}.${token}@pickrtech.com`])).toEqual({ status: 'valid', requestId: REQ_A });
  });

  it('prefers a valid token over a forged one in the same reply', () => {
    const good = notificationMessageId(SECRET, REQ_A, 'pickrtech.com');
    const bad = `dr-notify.${REQ_B}.${'0'.repeat(32)}@pickrtech.com`;
    expect(checkReplyToken(SECRET, [bad, good])).toEqual({ status: 'valid', requestId: REQ_A });
  });
});
