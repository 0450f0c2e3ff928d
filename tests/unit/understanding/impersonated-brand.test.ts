/**
 * Mail that impersonates us: a domain one letter away from our name ("pickrtecn.com",
 * "pickrtechh.com", "pikrtech.com"), or a sender's name that spells it with look-alike letters
 * ("PickrТech" with a Cyrillic Т) from any domain. Such mail threatens a deletion to get a login;
 * it is `other`. A person whose domain or name holds our name as written is read as usual.
 */
import { describe, expect, it } from 'vitest';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const THREAT = 'Twoje konto i wszystkie dane zostaną usunięte w ciągu 24 godzin. Aby je zachować, zaloguj się: http://example.net/login';
const REQUEST = 'Proszę usunąć wszystkie moje dane. Instagram: @mara.v';

describe('a sender impersonating us', () => {
  const SENDERS: Array<[string, string]> = [
    ['support@pickrtechh.com', 'PickrTech Support'],
    ['alerts@pickrtecn.net', 'Security'],
    ['team@pikrtech.com', 'Team'],
    ['noreply@account-safety.example', 'PickrТech Security'],
    ['noreply@account-safety.example', 'Pіckrtech'],
  ];
  for (const [address, name] of SENDERS) {
    it(`${name} <${address}>: other`, () => {
      const { understanding: u, evidence: e } = understandWithEvidence(personMail(THREAT, 'Ważne', { from: address, name }), READER_OPTS);
      expect(u.kind).toBe('other');
      expect(e.kind.rule).toBe('other.lookalike-sender');
    });
  }

  const PEOPLE: Array<[string, string]> = [
    ['mara@trickrtech.example', 'Mara'],
    ['mara@example.pl', 'Mara (PickrTech user)'],
    ['mara@pickrtech.com.example.org', 'Mara'],
  ];
  for (const [address, name] of PEOPLE) {
    it(`${name} <${address}>: a request`, () => {
      expect(understandWithEvidence(personMail(REQUEST, 'Ważne', { from: address, name }), READER_OPTS).understanding.kind).toBe('deletion_request');
    });
  }
});
