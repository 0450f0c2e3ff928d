import { describe, it, expect } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import type { InboundMail, UnderstandOptions } from '../../../src/understanding/types.js';

const opts: UnderstandOptions = { staffEmails: ['staff@pickrtech.com'], botAddress: 'contact@pickrtech.com', ownHandles: ['pickrtech'] };

function mail(text: string, extra: Partial<InboundMail> = {}): InboundMail {
  return {
    messageId: 'm1@example.com', inReplyTo: [], references: [], subject: 'Hello',
    from: { address: 'alice@example.com', name: 'Alice' }, replyTo: [], to: [], date: null,
    headers: {}, text, html: null, ...extra,
  };
}

describe('understand', () => {
  it('reads a complete request', () => {
    expect(understand(mail('Please delete my data. Instagram username: alice.smith. Confirm to a2@example.com'), opts)).toEqual({
      kind: 'deletion_request',
      instagramUsername: 'alice.smith',
      confirmationEmail: 'a2@example.com',
      confirmationSource: 'explicit',
      statement: 'Please delete my data.',
      missing: [],
      language: 'en',
    });
  });

  it('reads an incomplete request', () => {
    expect(understand(mail('Please delete my data.', { replyTo: [{ address: 'rt@example.com', name: '' }] }), opts)).toEqual({
      kind: 'incomplete_request',
      instagramUsername: null,
      confirmationEmail: 'rt@example.com',
      confirmationSource: 'reply_to',
      statement: 'Please delete my data.',
      missing: ['instagramUsername'],
      language: 'en',
    });
  });

  it('answers other with every field empty', () => {
    expect(understand(mail('Could you resend the invoice? IG: alice_s'), opts)).toEqual({
      kind: 'other', instagramUsername: null, confirmationEmail: null, confirmationSource: null, statement: null, missing: [], language: null,
    });
  });

  it('puts auto-replies first, even from staff or with a request inside', () => {
    const auto = { headers: { 'auto-submitted': ['auto-replied'] } };
    expect(understand(mail('Please delete my data. IG: alice_s', auto), opts).kind).toBe('auto_reply');
    expect(understand(mail('APPROVE', { ...auto, from: { address: 'staff@pickrtech.com', name: '' } }), opts).kind).toBe('auto_reply');
  });

  it('treats mail from staff as a staff reply whatever it says', () => {
    const u = understand(mail('Please delete my data. IG: alice_s', { from: { address: 'Staff@PickrTech.com', name: '' } }), opts);
    expect(u).toEqual({ kind: 'staff_reply', instagramUsername: null, confirmationEmail: null, confirmationSource: null, statement: null, missing: [], language: null });
  });

  it('ignores handles in quoted text and signatures', () => {
    const text = 'Please delete my data.\n\nBest,\nAlice\nFollow us @brand\n\nOn Mon, Mar 2, 2026 at 4:12 PM PickrTech <contact@pickrtech.com> wrote:\n> IG: @quoted';
    expect(understand(mail(text), opts)).toMatchObject({ kind: 'incomplete_request', instagramUsername: null });
  });

  it('uses the statement from the subject when the body has none', () => {
    expect(understand(mail('IG: alice_s', { subject: 'Data deletion request' }), opts)).toMatchObject({
      kind: 'deletion_request', instagramUsername: 'alice_s', statement: 'Data deletion request',
    });
  });

  it('never uses the bot address for confirmation', () => {
    const u = understand(mail('Please delete my data, confirm to contact@pickrtech.com. IG: alice_s', { replyTo: [{ address: 'contact@pickrtech.com', name: '' }] }), opts);
    expect(u).toMatchObject({ confirmationEmail: 'alice@example.com', confirmationSource: 'sender' });
  });

  it('falls back to pickrtech as own handle when none are configured', () => {
    expect(understand(mail('Please delete my data. IG: @pickrtech'), { ...opts, ownHandles: [] }).instagramUsername).toBeNull();
  });
});
