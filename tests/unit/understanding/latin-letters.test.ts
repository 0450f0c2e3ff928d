/**
 * Languages written in Latin letters, as phones and old keyboards make people write them:
 * Greek ("Greeklish": "diagrapste ta dedomena mou"), Russian ("udalite moi dannye"), Persian
 * ("Finglish": "etelaate mano pak konid"). Their packs list these spellings too, so such a
 * request is read like one in the language's own script, and a question stays a question. The
 * mails have no subject, so no English word ("Hello") tells their language.
 */
import { describe, expect, it } from 'vitest';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = '') => understandWithEvidence(personMail(text, subject), READER_OPTS).understanding;

describe('a request written in Latin letters', () => {
  const REQUESTS: Array<[string, string, string]> = [
    ['el', 'Kalispera, parakalw diagrapste ton logariasmo mou kai ola ta dedomena mou. To instagram mou einai nikos.p_8', 'nikos.p_8'],
    ['el', 'Thelw na svhsete ola ta stoixeia mou apo tin efarmogi sas.\nUsername: nikos.p_8', 'nikos.p_8'],
    ['ru', 'Zdravstvuyte, udalite pozhaluysta moi dannye i akkaunt. Moy nik v instagram: ivan.p_8', 'ivan.p_8'],
    ['fa', 'Salam, lotfan tamame etelaate mano pak konid. Instagram: sara.r_8', 'sara.r_8'],
  ];
  for (const [lang, text, handle] of REQUESTS) {
    it(`${lang}: ${text.slice(0, 40)}`, () => {
      expect(read(text)).toMatchObject({ kind: 'deletion_request', instagramUsername: handle });
    });
  }
});

describe('a question written in Latin letters is no request', () => {
  const QUESTIONS: Array<[string, string]> = [
    ['el', 'Pws mporw na diagrapsw monos mou ta dedomena mou?'],
    ['ru', 'Kak mne samomu udalit moi dannye?'],
  ];
  for (const [lang, text] of QUESTIONS) {
    it(`${lang}: ${text}`, () => {
      expect(['deletion_request', 'incomplete_request']).not.toContain(read(text).kind);
    });
  }
});
