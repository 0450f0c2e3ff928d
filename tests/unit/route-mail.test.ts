import { describe, expect, it } from 'vitest';
import { newRequestCandidate, type MailReading } from '../../src/intake/new-request-candidate.js';
import { quietMail } from '../../src/intake/quiet-mail.js';
import { routeMail } from '../../src/intake/route-mail.js';
import { field } from '../../src/understanding/evidence.js';
import type { InboundMail, MessageKind } from '../../src/understanding/types.js';

/** The one routing order, as the single path, the batched path and the quiet run each see it. */

const mail = (over: Partial<InboundMail> = {}): InboundMail => ({
  messageId: 'm1@example.com', inReplyTo: [], references: [], subject: 'Hello', from: { address: 'sam@example.com', name: 'Sam' },
  replyTo: [], to: [{ address: 'contact@pickrtech.com', name: '' }], date: null, headers: {}, text: 'text', html: null, ...over,
});

function reading(kind: MessageKind, over: Partial<MailReading> = {}): MailReading {
  const request = kind === 'deletion_request' || kind === 'incomplete_request' || kind === 'possible_request';
  return {
    own: false,
    attempt: null,
    answerUsername: null,
    understood: {
      understanding: {
        kind, instagramUsername: kind === 'incomplete_request' ? null : request ? 'sam.k' : null,
        confirmationEmail: request ? 'sam@example.com' : null, confirmationSource: request ? 'sender' : null,
        statement: request ? 'Delete my data' : null, missing: [], language: 'en',
      },
      evidence: { kind: field('test', 'high'), username: null, confirmation: null, language: null, confidence: 'high' },
    },
    ...over,
  };
}

/** Where each path sends the mail: [route, opens a run's request, recorded quietly]. */
function paths(m: InboundMail, r: MailReading) {
  const route = routeMail(m, r);
  return { to: route.to, opens: route.to === 'person' ? route.opens : null, candidate: newRequestCandidate(route) !== null, quiet: quietMail('id', route)?.kind ?? null };
}

describe('routeMail', () => {
  it('the bot’s own mail and machines’ mail are only recorded, whatever they read as', () => {
    expect(paths(mail(), reading('deletion_request', { own: true }))).toEqual({ to: 'record', opens: null, candidate: false, quiet: 'own_mail' });
    expect(paths(mail(), reading('auto_reply'))).toEqual({ to: 'record', opens: null, candidate: false, quiet: 'auto_reply' });
  });

  it('a decision attempt goes to the staff-reply path, alone', () => {
    const attempt = { command: { action: 'ignore' as const }, codes: [], threadRequestId: 'r1', forgedThreadRequestId: null };
    expect(paths(mail(), reading('other', { attempt: attempt as unknown as MailReading['attempt'] }))).toEqual({ to: 'decision', opens: null, candidate: false, quiet: null });
  });

  it('a request opens a request, in a run of the batched path', () => {
    expect(paths(mail(), reading('deletion_request'))).toEqual({ to: 'person', opens: 'request', candidate: true, quiet: null });
    expect(paths(mail(), reading('incomplete_request'))).toEqual({ to: 'person', opens: 'request', candidate: true, quiet: null });
  });

  it('a possible request goes to triage, handled alone: never opened in a run, never recorded quietly', () => {
    expect(paths(mail(), reading('possible_request'))).toEqual({ to: 'person', opens: 'triage', candidate: false, quiet: null });
  });

  it('a request staff forwarded is handled alone as its original sender’s mail', () => {
    const original = mail({ from: { address: 'ann@example.com', name: 'Ann' } });
    const route = routeMail(mail({ from: { address: 'ops@pickrtech.com', name: '' } }), reading('deletion_request', { forwarded: original }));
    expect(route).toMatchObject({ to: 'person', forwarded: true, opens: 'request' });
    expect(route.to === 'person' && route.mail.from?.address).toBe('ann@example.com');
    expect(newRequestCandidate(route)).toBeNull();
  });

  it('other mail is recorded quietly, unless it names a thread or a reference and may answer a waiting request', () => {
    expect(paths(mail(), reading('other'))).toEqual({ to: 'person', opens: null, candidate: false, quiet: 'other' });
    expect(paths(mail(), reading('staff_reply'))).toEqual({ to: 'person', opens: null, candidate: false, quiet: 'staff_reply' });
    expect(paths(mail({ inReplyTo: ['x@pickrtech.com'] }), reading('other'))).toEqual({ to: 'person', opens: null, candidate: false, quiet: null });
    expect(paths(mail({ subject: 'Re: DR-2026-00012' }), reading('other'))).toEqual({ to: 'person', opens: null, candidate: false, quiet: null });
  });
});
