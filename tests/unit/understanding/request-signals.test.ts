/**
 * The signs of a request that need no language: which are found, what each is worth, and
 * when they are enough for staff to look. A law's name or a handle alone is never enough.
 */
import { describe, expect, it } from 'vitest';
import { findCitations } from '../../../src/understanding/law-citations.js';
import { fold } from '../../../src/understanding/languages/registry.js';
import { requestSignals, type SignalsInput } from '../../../src/understanding/request-signals.js';

const HANDLE = { handle: 'ola.nowak', rule: 'username.labelled-line', confidence: 'high' as const };

function signals(body: string, subject = '', extra: Partial<SignalsInput> = {}, handle: typeof HANDLE | null = null) {
  return requestSignals({ body, subject, inReplyTo: [], references: [], ...extra }, { botDomain: 'pickrtech.com', handle: () => handle });
}

const kinds = (s: ReturnType<typeof signals>) => s.signs.map((x) => x.kind);

describe('law citations', () => {
  const LAWS: ReadonlyArray<readonly [string, string]> = [
    ['Nach der DSGVO verlange ich Auskunft.', 'GDPR'],
    ['Under UK GDPR I ask for this.', 'GDPR'],
    ['Zgodnie z RODO proszę o informację.', 'GDPR'],
    ['Conforme a LGPD, solicito.', 'LGPD'],
    ['KVKK kapsamında başvuruyorum.', 'KVKK'],
    ['Согласно 152-ФЗ прошу сообщить.', '152-FZ'],
    ['個人情報保護法に基づき請求します。', 'APPI'],
    ['根据个人信息保护法，我要求。', 'PIPL'],
    ['개인정보 보호법에 따라 요청합니다.', 'PIPA'],
    ['Berdasarkan UU PDP saya meminta.', 'UU PDP'],
    ['Under the CCPA and the CPRA I ask.', 'CCPA'],
    ['Selon la Loi 25, je demande.', 'Law 25'],
    ['In terms of POPIA I ask.', 'POPIA'],
    ['وفق نظام حماية البيانات الشخصية أطلب.', 'PDPL'],
    ['ตาม PDPA ขอให้ดำเนินการ', 'PDPA'],
  ];
  for (const [text, law] of LAWS) {
    it(`finds ${law} in "${text}"`, () => {
      expect(findCitations(fold(text)).map((c) => c.name)).toContain(law);
    });
  }

  it('finds the erasure article in any of its spellings, and not another article', () => {
    for (const text of ['Art. 17 GDPR', 'art.17 RODO', 'Artikel 17 DSGVO', 'articolo 17 GDPR', 'artículo 17 RGPD', 'článek 17', 'статья 17']) {
      expect(findCitations(fold(text)).some((c) => c.kind === 'erasure')).toBe(true);
    }
    expect(findCitations(fold('Art. 170 of the code')).some((c) => c.kind === 'erasure')).toBe(false);
    expect(findCitations(fold('Art. 15 GDPR')).map((c) => c.kind)).toEqual(['law']);
  });

  it('finds a law only as a whole word', () => {
    expect(findCitations(fold('the gdprx project and appian apps'))).toEqual([]);
  });

  it('a law named alone is a sign, but not enough', () => {
    const s = signals('We follow the GDPR, the LGPD and the PDPA.');
    expect(kinds(s)).toEqual(['law']);
    expect(s.enough).toBe(false);
  });
});

describe('erasure sentences', () => {
  it('one that speaks for the person is worth two, and with a handle is enough', () => {
    const s = signals('Czy możecie usunąć moje konto?', '', {}, HANDLE);
    expect(kinds(s)).toContain('erasure-sentence');
    expect(s.enough).toBe(true);
    expect(s.statement).toBe('Czy możecie usunąć moje konto?');
  });

  it('in a language with hand-written rules, one that says not whose data it is is only a deletion word', () => {
    const s = requestSignals(
      { body: 'Automatizamos la eliminación de datos para sus clientes.', subject: 'Propuesta', inReplyTo: [], references: [] },
      { botDomain: 'pickrtech.com', handle: () => HANDLE, ruledLanguage: 'es' },
    );
    expect(kinds(s)).toEqual(['erase-word']);
    expect(s.enough).toBe(false);
  });

  it('in a language with hand-written rules, a question about one\'s account is no sign that speaks for the person', () => {
    const s = requestSignals(
      { body: 'Hoe kan ik mijn account opheffen?', subject: '', inReplyTo: [], references: [] },
      { botDomain: 'pickrtech.com', handle: () => HANDLE, ruledLanguage: 'nl' },
    );
    expect(kinds(s)).not.toContain('erasure-sentence');
    expect(s.enough).toBe(false);
  });
});

describe('a handle is no sign alone', () => {
  it('a handle and nothing else gives no sign', () => {
    const s = signals('Instagram: @ola.nowak', 'Cześć', {}, HANDLE);
    expect(s.signs).toEqual([]);
    expect(s.enough).toBe(false);
  });

  it('a handle beside a deletion word alone is not enough', () => {
    const s = signals('Usuwanie zdjęć jest proste. Instagram: @ola.nowak', 'Cześć', {}, HANDLE);
    expect(s.enough).toBe(false);
  });
});

describe('a reply to the bot\'s own mail', () => {
  it('is told by a Message-ID in our domain, in In-Reply-To or References, with or without its angle brackets', () => {
    expect(signals('x', '', { inReplyTo: ['dr-ack.1@pickrtech.com'] }).replyToBot).toBe(true);
    expect(signals('x', '', { references: ['a@b', 'dr-needs-info.7@pickrtech.com'] }).replyToBot).toBe(true);
    expect(signals('x', '', { inReplyTo: ['ack.1@pickrtech.com'] }).replyToBot).toBe(true);
    expect(signals('x', '', { inReplyTo: ['<req-6012@PickrTech.com>'] }).replyToBot).toBe(true);
    expect(signals('x', '', { inReplyTo: ['dr-ack.1@elsewhere.example'] }).replyToBot).toBe(false);
    expect(signals('x', '', { inReplyTo: ['ack.1@pickrtech.com.elsewhere.example'] }).replyToBot).toBe(false);
    expect(signals('x', '', { inReplyTo: ['ack.1@mail.pickrtech.com'] }).replyToBot).toBe(false);
    expect(signals('x', '', { inReplyTo: ['pickrtech.com'] }).replyToBot).toBe(false);
  });

  it('alone is no sign a person should look at, and its subject is the bot\'s, not the person\'s', () => {
    const s = signals('Dziękuję!', 'Re: Your data deletion request DR-2026-00001', { inReplyTo: ['dr-ack.1@pickrtech.com'] });
    expect(kinds(s)).toEqual(['reply-to-bot']);
    expect(s.enough).toBe(false);
  });
});

describe('the subject', () => {
  it('is read without Re: and Fwd:, and is the statement when no sentence holds a sign', () => {
    const s = signals('Instagram: @ola.nowak', 'Re: Usunięcie danych', {}, HANDLE);
    expect(kinds(s)).toEqual(['erasure-subject', 'handle']);
    expect(s.statement).toBe('Usunięcie danych');
  });
});

describe('opposite intent', () => {
  it('is found when it names the erasure or the account, in any pack\'s language', () => {
    for (const text of ['Please do not delete my account.', 'Proszę nie usuwać moich danych.', 'Ничего не удаляйте.', 'Lütfen hiçbir şeyi silmeyin.', 'Keep my account, please.']) {
      expect(signals(text).opposite.length, text).toBeGreaterThan(0);
    }
  });

  it('is not found where the words say nothing of the wish or turn it round', () => {
    for (const text of ['Please keep me posted.', 'My email address is still in use.', 'I no longer want you to keep my data.', 'Verilerimin silinmesini istiyorum.']) {
      expect(signals(text).opposite, text).toEqual([]);
    }
  });
});
