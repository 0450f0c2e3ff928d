/**
 * An answer to our own mail that says what our mail said ("I got your mail that my data will be
 * deleted") and denies having asked ("I never asked for this!") asks for nothing: the sentence
 * that names the deletion reports ours, it asks for none (no please, no "delete" in the
 * imperative). It is `other`, in every pack's language; an answer that asks after all still goes
 * to staff.
 */
import { describe, expect, it } from 'vitest';
import type { InboundMail, UnderstandOptions } from '../../../src/understanding/types.js';
import { understandWithEvidence } from '../../../src/understanding/understand.js';

const OPTS: UnderstandOptions = { staffEmails: ['staff@pickrtech.com'], botAddress: 'contact@pickrtech.com', ownHandles: ['pickrtech'] };

function reply(text: string): InboundMail {
  return {
    messageId: 'm1@example.com', inReplyTo: ['deletion-1a2b@pickrtech.com'], references: [], subject: 'Re: Your data deletion request',
    from: { address: 'person@example.com', name: '' }, replyTo: [], to: [], date: null, headers: {}, text, html: null,
  };
}

describe('an answer to our mail that reports it and denies asking', () => {
  const DENIALS: Array<[string, string]> = [
    ['pl', 'Dostałam od Was wiadomość, że moje konto zostanie usunięte. Nie prosiłam o to! Konto @ola.k_2 jest w użyciu.'],
    ['ru', 'Мне пришло письмо, что мои данные будут удалены. Я не просил об этом! Аккаунт @ola.k_2 работает.'],
    ['cs', 'Přišel mi e-mail, že moje data budou smazána. Nežádal jsem o to! Účet @ola.k_2 používám.'],
    ['sv', 'Jag fick ett mejl om att mina uppgifter ska raderas. Jag har inte bett om det! Kontot @ola.k_2 används.'],
  ];
  for (const [lang, text] of DENIALS) {
    it(`${lang}: other`, () => {
      expect(understandWithEvidence(reply(text), OPTS).understanding.kind).toBe('other');
    });
  }

  it('pl: an answer that asks after all is not dropped', () => {
    const u = understandWithEvidence(reply('Tak, proszę usunąć moje dane. Nie prosiłam o żadne inne zmiany. Login: ola.k_2'), OPTS).understanding;
    expect(u.kind).not.toBe('other');
  });
});
