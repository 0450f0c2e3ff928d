/**
 * "Could you delete my data?" asked as a question is a request, in the languages read by their
 * packs as in the others: the person asks us to act, not how deletion works. An answer to our
 * username question gives the handle in full-width characters as well.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = '') => understand(personMail(text, subject), READER_OPTS);

describe('a polite request written as a question', () => {
  it.each([
    ['ko', '제 정보 다 지워주실 수 있나요? 연동했던 계정 정보까지 싹 다요'],
    ['ko', '안녕하세요. 앱 탈퇴하려고 하는데 제 데이터 전부 삭제해주실 수 있을까요?'],
    ['hu', 'Törölnétek az adataimat?'],
    ['hu', 'Sziasztok! Már nem használom az appot. Kitörölnétek az összes adatomat?'],
    ['pl', 'Czy możecie usunąć moje dane?'],
    ['pl', 'Dzień dobry, czy moglibyście usunąć moje konto i wszystkie moje dane z aplikacji? Pozdrawiam'],
    ['vi', 'Bạn có thể xoá dữ liệu của mình được không?'],
    ['vi', 'Chào shop, bạn có thể xoá hết dữ liệu của tôi được không ạ?'],
    ['fi', 'Voisitteko poistaa tietoni?'],
    ['el', 'Μπορείτε να διαγράψετε τα δεδομένα μου;'],
    ['id', 'Bisa tolong hapus data saya?'],
    ['th', 'ช่วยลบข้อมูลของฉันได้ไหมคะ'],
  ])('%s: "%s" asks for the erasure, the handle still to come', (_lang, text) => {
    const u = read(text);
    expect(u.kind).toBe('incomplete_request');
    expect(u.instagramUsername).toBeNull();
  });
});

describe('a reply to our username question in full-width characters', () => {
  it('is a request for the handle the characters spell', () => {
    const text = [
      'ユーザーネームは　＠ｍｉｋａ＿ｈａｎｄｍａｄｅ　です。削除よろしくお願いします。',
      '',
      '> Could you tell us your Instagram username?',
    ].join('\n');
    const u = understand(
      personMail(text, 'Re: [PR-2026-0419] Your data deletion request', {
        inReplyTo: ['dr-2026-0419.c20d7e@pickrtech.com'],
        references: ['dr-2026-0419.c20d7e@pickrtech.com'],
      }),
      READER_OPTS,
    );
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe('mika_handmade');
  });
});

describe('guards', () => {
  it.each([
    'Can you tell me how long you keep my data?',
    '어떤 정보를 저장하나요?',
    'Can you delete a post?',
    'Czy mogę sam usunąć swoje dane w aplikacji?',
    'Tôi có thể tự xoá dữ liệu của mình được không?',
    'Hogyan törölhetem az adataimat?',
    'Mennyi ideig tárolják az adataimat?',
  ])('"%s" stays other', (text) => {
    expect(read(text).kind).toBe('other');
  });

  it.each([
    ['Please delete my data, my Instagram is @anna.k_92', 'deletion_request', 'anna.k_92'],
    ['Proszę usunąć moje dane. Mój instagram: @ola_w', 'deletion_request', 'ola_w'],
    ['Kérem, töröljék az adataimat.', 'incomplete_request', null],
  ])('"%s" keeps its reading', (text, kind, handle) => {
    const u = read(text);
    expect(u.kind).toBe(kind);
    expect(u.instagramUsername).toBe(handle);
  });
});
