/**
 * A wish after a turn to now: "I did not ask for it before, but now please delete my data". The
 * opposite phrase before the turn ("I did not ask", "nie prosiłam") speaks of the past; the wish
 * after it is the person's word now, a request. Ignoring it would be the one error nobody hears
 * of. Without a turn, or with nothing asked after it, the opposite phrase keeps its force.
 */
import { describe, expect, it } from 'vitest';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { PACKS } from '../../../src/understanding/languages/packs/index.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'Hello') => understandWithEvidence(personMail(text, subject), READER_OPTS);

describe('an opposite phrase before "but now" speaks of the past: the wish after it is a request', () => {
  const TURNED: Array<[string, string]> = [
    ['pl', 'Nie prosiłam o to wcześniej, ale teraz proszę usunąć moje dane z aplikacji. Mój Instagram: @kasia.nowak_3'],
    ['pl', 'Nie prosiłam o to wcześniej, ale teraz proszę usunąć moje dane z aplikacji. Mój Instagram: @x'],
    ['en', "I didn't ask for it before, but now please delete my data, my Instagram is @kasia.nowak_3"],
    ['en', 'I did not request this last year, but now I want you to delete my account and my data. Instagram: @kasia.nowak_3'],
    ['de', 'Ich habe das vorher nicht beantragt, aber jetzt bitte löschen Sie meine Daten. Mein Instagram: @kasia.nowak_3'],
    ['es', 'No lo pedí antes, pero ahora por favor borren mis datos. Mi Instagram: @kasia.nowak_3'],
    ['ja', '以前は頼んでいませんでしたが、今はデータを削除してください。インスタ: @kasia.nowak_3'],
    ['ru', 'Я не просил об этом раньше, но теперь прошу удалить мои данные. Инстаграм: @kasia.nowak_3'],
    ['uk', 'Я не просила про це раніше, але тепер прошу видалити мої дані. Інстаграм: @kasia.nowak_3'],
    ['cs', 'Dříve jsem o to nežádal, ale teď prosím smažte moje údaje. Instagram: @kasia.nowak_3'],
    ['it', 'Non l\'ho chiesto prima, ma ora per favore cancellate i miei dati. Instagram: @kasia.nowak_3'],
  ];
  for (const [lang, text] of TURNED) {
    it(`${lang}: ${text.slice(0, 50)}`, () => {
      const { understanding: u } = read(text);
      expect(u.kind).toBe('deletion_request');
      expect(u.statement ?? '').toMatch(/\S/);
    });
  }
});

describe('without a wish after the turn, or without a turn, the opposite keeps its force', () => {
  const NOT_OPENED: Array<[string, string]> = [
    ['en', 'I did NOT request this, please do not delete anything. My Instagram is @kasia.nowak_3'],
    ['en', 'I did not ask for this, but now my account says it will be deleted. Please do not delete anything. @kasia.nowak_3'],
    ['pl', 'Nie prosiłam o usunięcie danych, ale teraz proszę niczego nie usuwać. Konto: @kasia.nowak_3'],
    ['de', 'Ich habe die Löschung nicht beantragt, aber jetzt bitte nichts löschen. Instagram: @kasia.nowak_3'],
    ['ru', 'Я просил удалить мои данные, но теперь передумал. Ник: @kasia.nowak_3'],
    ['es', 'Pedí borrar mis datos, pero ahora cambié de opinión. Instagram: @kasia.nowak_3'],
  ];
  for (const [lang, text] of NOT_OPENED) {
    it(`${lang}: ${text.slice(0, 50)}`, () => {
      const kind = read(text).understanding.kind;
      expect(['other', 'possible_request']).toContain(kind);
    });
  }

  it('a wish in one sentence and "I did not ask for this" in another goes to staff', () => {
    expect(read('Please delete my data. I did not ask for this. My Instagram is @kasia.nowak_3').understanding.kind).toBe('possible_request');
  });
});

describe('a clause that asks anew after an opposite phrase, without a turn, goes to staff', () => {
  const ASKED_ANEW: Array<[string, string]> = [
    ['en', 'I did not ask for this, please delete my data. My Instagram is @kasia.nowak_3'],
    ['en', 'I changed my mind, please delete my data after all. My Instagram is @kasia.nowak_3'],
    ['pl', 'Nie prosiłam o to, proszę usunąć moje dane. Mój Instagram: @kasia.nowak_3'],
    ['ru', 'Я не просил об этом, удалите мои данные. Ник: @kasia.nowak_3'],
    ['de', 'Ich habe das nicht beantragt, bitte löschen Sie trotzdem meine Daten. Instagram: @kasia.nowak_3'],
    ['es', 'Cambié de opinión, por favor borren mis datos. Instagram: @kasia.nowak_3'],
  ];
  for (const [lang, text] of ASKED_ANEW) {
    it(`${lang}: ${text.slice(0, 50)}`, () => {
      const { understanding: u, evidence: e } = read(text);
      expect(u.kind).toBe('possible_request');
      expect(e.doubt?.join('\n') ?? '').toMatch(/opposite intent/);
    });
  }
});

describe('turn words', () => {
  it('every pack lists the words that turn from then to now', () => {
    expect(PACKS.filter((p) => (p.contrast ?? []).length === 0).map((p) => p.code)).toEqual([]);
  });
});
