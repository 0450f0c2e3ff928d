/**
 * Two handles offered as alternatives ("@ann.k or @ann_k2, I am not sure which") are never a
 * guess: erasing the first may erase another person's account. Such a mail, and one naming
 * several accounts of the person's to delete, goes to staff as a possible request, with a doubt
 * that says so; the first handle stays as a suggestion. One handle of the person's beside a
 * friend's, PickrTech's own, a rename, a handle written twice or one in a signature changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { doubtReasons } from '../../../src/triage/doubt.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'Hello') => understandWithEvidence(personMail(text, subject), READER_OPTS);
const SEVERAL = /more than one Instagram account/;

describe('handles offered as alternatives go to staff', () => {
  it.each([
    ['en', 'please delete all my data. My Instagram is @ann.k or @ann_k2, I am not sure which one I used'],
    ['en', 'Please delete my data. Username: ann.k (or maybe annk_2, the old one)'],
    ['en', 'Please delete my data. My Instagram is ann.k / ann_k2'],
    ['en', 'Please delete my data. My Instagram is either @ann.k or @ann_k2.'],
    ["en", "Please delete my data. I'm not sure if it's @ann.k or @ann_k2."],
    ['en', 'Please delete my data. Instagram: ann.k, maybe ann_k2'],
    ['de', 'Bitte löschen Sie alle meine Daten. Mein Instagram ist @ann.k oder @ann_k2, ich weiß nicht mehr welches.'],
    ['de', 'Bitte löschen Sie meine Daten. Benutzername: ann.k (vielleicht auch ann_k2)'],
    ['fr', "Supprimez toutes mes données s'il vous plaît. Mon compte Instagram est @ann.k ou @ann_k2, je ne sais plus."],
    ['fr', 'Merci de supprimer mes données. Nom d’utilisateur : ann.k, peut-être ann_k2'],
    ['es', 'Por favor, eliminen todos mis datos. Mi usuario de Instagram es @ann.k o @ann_k2, no estoy segura.'],
    ['es', 'Borren mis datos, por favor. Usuario: ann.k, quizás ann_k2'],
    ['pl', 'Proszę usunąć wszystkie moje dane. Mój Instagram to @ann.k lub @ann_k2, nie pamiętam który.'],
    ['pl', 'Proszę usunąć wszystkie moje dane. Mój Instagram to @ann.k albo @ann_k2.'],
    ['ja', '私のデータを削除してください。インスタのアカウントは @ann.k または @ann_k2 です。'],
    ['ja', '私のデータを削除してください。アカウントは @ann.k か @ann_k2 のどちらかです。'],
    ['ja', '私のデータを削除してください。ユーザー名：ann.kか@ann_k2'],
    ['ru', 'Удалите, пожалуйста, все мои данные. Мой Instagram @ann.k или @ann_k2, не помню какой.'],
    ['ru', 'Удалите все мои данные. Мой ник в инсте — ann.k, либо ann_k2.'],
  ])('%s: %s', (_lang, text) => {
    const r = read(text);
    expect(r.understanding.kind).toBe('possible_request');
    expect(['ann.k', null]).toContain(r.understanding.instagramUsername);
    expect(r.evidence.doubt?.some((d) => SEVERAL.test(d))).toBe(true);
    expect(doubtReasons(r.evidence).some((d) => SEVERAL.test(d))).toBe(true);
  });

  it.each([
    ['en', 'Please delete both my accounts @ann.k and @ann_k2.'],
    ['en', 'Please delete my data, my accounts are @ann.k and @ann_k2'],
    ['de', 'Bitte löschen Sie alle meine Daten. Meine beiden Konten sind @ann.k und @ann_k2.'],
    ['fr', 'Supprimez toutes mes données, merci. Mes deux comptes sont @ann.k et @ann_k2.'],
    ['es', 'Eliminen todos mis datos, por favor. Mis dos cuentas son @ann.k y @ann_k2.'],
    ['pl', 'Proszę usunąć oba moje konta: @ann.k i @ann_k2.'],
    ['ru', 'Удалите оба моих аккаунта: @ann.k и @ann_k2.'],
    ['ja', '私の2つのアカウント @ann.k と @ann_k2 のデータを削除してください。'],
  ])('two own accounts, %s: %s', (_lang, text) => {
    const r = read(text);
    expect(r.understanding.kind).toBe('possible_request');
    expect(r.evidence.doubt?.some((d) => SEVERAL.test(d))).toBe(true);
  });

  it('the doubt names no handle: evidence holds no personal data', () => {
    const r = read('Please delete my data. My Instagram is @ann.k or @ann_k2.');
    expect(r.evidence.doubt?.join(' ')).not.toMatch(/ann/);
  });

  it('a handle offered as an alternative in the subject too', () => {
    expect(read('Please delete all my data.', 'Deletion request for @ann.k or @ann_k2').understanding.kind).toBe('possible_request');
  });
});

describe('one handle of the person’s stays a request', () => {
  it.each([
    ['Please delete my data. My Instagram is @ann.k; my friend @bea_r asked me to write too.', 'ann.k'],
    ['Please delete my data. My Instagram is @ann.k and my friend @bea_r asked me to write.', 'ann.k'],
    ['Bitte löschen Sie meine Daten. Mein Instagram ist @ann.k, meine Freundin @bea_r hat mir von euch erzählt.', 'ann.k'],
    ['Please delete my data. My Instagram is @ann.k or @pickrtech knows it.', 'ann.k'],
    ['Please delete my data. My Instagram is @ann.k, I found you via @pickrtech', 'ann.k'],
    ['Please delete my data. My Instagram is @ann.k (yes, @ann.k)', 'ann.k'],
    ['Please delete my data. My Instagram is @ann.k or @Ann.K, the same.', 'ann.k'],
    ['Delete my data. Username: jane_doe (not @jane_old)', 'jane_doe'],
    ['Delete my data. Username: new_ann (formerly ann_k2)', 'new_ann'],
    ['Delete my data. Username: new_ann (old: ann_k2)', 'new_ann'],
    ['Please delete my data. My Instagram is @ann.k or email me at ann@example.com', 'ann.k'],
    ['Please delete my data. Username: ann.k or similar', 'ann.k'],
    ['Please delete my data.\n\nUsername: ann.k\n\n--\nAnn\nShop: @ann.shop or @ann.studio', 'ann.k'],
    ['Proszę usunąć moje dane. Mój Instagram to @ann.k i to wszystko.', 'ann.k'],
    ['Пожалуйста, удалите мои данные. Мой Instagram: @ann.k. Или напишите мне на почту.', 'ann.k'],
  ])('%s', (text, handle) => {
    const r = read(text);
    expect(r.understanding.kind).toBe('deletion_request');
    expect(r.understanding.instagramUsername).toBe(handle);
  });

  it('"either" is no handle', () => {
    expect(read('Please delete my data. My Instagram is either @ann.k or @ann_k2.').understanding.instagramUsername).not.toBe('either');
  });

  it('stays linear on a long run of alternatives', () => {
    const text = `Please delete my data. My Instagram is ${Array.from({ length: 5000 }, (_, i) => `@ann_${i}`).join(' or ')}`;
    expect(read(text).understanding.kind).toBe('possible_request');
  });
});
