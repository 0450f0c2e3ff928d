/**
 * A question that asks to be told how deletion works ("请问…", "Подскажите, пожалуйста, …?",
 * "कृपया बताइए, …?") is no request, though it says please: the please asks to be told, and the
 * "请" of "请问" (may I ask) is no "please" at all. A question that asks us to delete ("请问可以帮我
 * 删除…吗？", "Подскажите, можете ли вы удалить…?") still asks.
 */
import { describe, expect, it } from 'vitest';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'Hello') => understandWithEvidence(personMail(text, subject), READER_OPTS);

describe('a question asking to be told is no request', () => {
  const QUESTIONS: Array<[string, string]> = [
    ['zh', '请问，如果我删除我的数据，已经发布的帖子还会保留吗？'],
    ['zh', '想请问一下，删除账号以后我的数据还能恢复吗？'],
    ['ru', 'Подскажите, пожалуйста, если я удалю свой аккаунт, мои данные тоже удалятся?'],
    ['uk', 'Підкажіть, будь ласка, чи видаляться мої дані разом з акаунтом?'],
    ['hi', 'कृपया बताइए, क्या अकाउंट डिलीट करने से मेरा डेटा भी हट जाएगा?'],
    ['pl', 'Proszę powiedzieć, czy po usunięciu konta moje dane też znikną?'],
    ['cs', 'Poraďte prosím, smažou se moje data i s účtem?'],
  ];
  for (const [lang, text] of QUESTIONS) {
    it(`${lang}: ${text.slice(0, 30)}`, () => {
      expect(read(text).understanding.kind).toBe('other');
    });
  }
});

describe('a question asking us to delete is still read', () => {
  const ASKS: Array<[string, string]> = [
    ['zh', '请问可以帮我删除我的所有数据吗？我的ins是 lina.b_3'],
    ['ru', 'Подскажите, можете ли вы удалить мои данные? Ник: lina.b_3'],
    ['pl', 'Czy możecie proszę usunąć moje dane? Login: lina.b_3'],
  ];
  for (const [lang, text] of ASKS) {
    it(`${lang}: not dropped`, () => {
      expect(read(text).understanding.kind).not.toBe('other');
    });
  }
});
