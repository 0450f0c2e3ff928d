/**
 * The handle given in a phrase the reader did not know, most often in an answer to our own mail
 * ("what is your Instagram username?", "is this your account?"):
 * - "the account is called x", "my ID is x", "the account on IG is x", "(acc: x)", in the words
 *   of each language's pack;
 * - the handle before the word for the account ("a x fiókhoz tartozó adatok", "x 계정의 데이터",
 *   "the x account"), a word shaped like a handle only, never a mail domain ("web.de");
 * - an answer to our mail whose new words give only a handle-shaped word ("klar, das ist x",
 *   "it's x", "here: @x", the handle alone on its line): the thread is the wish, so it is a
 *   request for that handle. Never outside an answer to our mail, never when the words refuse,
 *   deny or ask, and a plain word ("thanks", "okay", a first name) or a relative's handle is
 *   never taken as the person's.
 */
import { describe, expect, it } from 'vitest';
import { findInstagramUsername } from '../../../src/understanding/instagram-username.js';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'Daten') => understand(personMail(text, subject), READER_OPTS);
const OURS = { inReplyTo: ['dr-needs-info.7@pickrtech.com'], references: ['dr-needs-info.7@pickrtech.com'] };
/** Our mail's subject, as a reply carries it: it asks for the username and asks nothing of the person's own. */
const ASKED = 'Re: [DR-2026-00042] We need your Instagram username';
const answer = (text: string, subject = ASKED) => understand(personMail(text, subject, OURS), READER_OPTS);

describe('the account is called x, my ID is x, the account on IG is x, (acc: x), in the words of the packs', () => {
  it.each([
    ['sv', 'Hej, radera min data tack. Kontot heter lina.berg_92', 'lina.berg_92'],
    ['de', 'Bitte löscht alles, das Konto heißt jonas.w_84', 'jonas.w_84'],
    ['de', 'Meine ID ist jonas.w_84', 'jonas.w_84'],
    ['es', 'Borren mis datos; la cuenta se llama lucia.r_9', 'lucia.r_9'],
    ['es', 'Mi ID es lucia.r_9', 'lucia.r_9'],
    ['it', "L'account si chiama marco.b_1, cancellate tutto", 'marco.b_1'],
    ['it', 'Il mio ID è marco.b_1', 'marco.b_1'],
    ['fr', "Le compte s'appelle julie.m_4, merci de tout supprimer", 'julie.m_4'],
    ['fr', "Mon ID c'est julie.m_4", 'julie.m_4'],
    ['pt', 'A conta se chama joao.p_5, apaguem meus dados', 'joao.p_5'],
    ['pt', 'Meu ID é joao.p_5', 'joao.p_5'],
    ['nl', 'Het account heet sanne.v_6', 'sanne.v_6'],
    ['nl', 'Mijn ID is sanne.v_6', 'sanne.v_6'],
    ['pl', 'Konto nazywa się kasia.w_88', 'kasia.w_88'],
    ['pl', 'Moje ID to kasia.w_88', 'kasia.w_88'],
    ['ru', 'Аккаунт называется ivan.p_8', 'ivan.p_8'],
    ['uk', 'Акаунт називається oksana.k_4', 'oksana.k_4'],
    ['cs', 'Prosím o smazání mých údajů, účet na IG je pavel_novak', 'pavel_novak'],
    ['cs', 'Účet se jmenuje pavel_novak', 'pavel_novak'],
    ['en', 'The account is called tom.h_9', 'tom.h_9'],
    ['en', 'My ID is tom.h_9', 'tom.h_9'],
    ['fa', 'لطفا اطلاعاتم را حذف کنید. آیدیم همون sara.m_77 هست', 'sara.m_77'],
    ['vi', 'Nhờ xóa giúp dữ liệu của mình nhé (acc: thu.ha_2001)', 'thu.ha_2001'],
    ['hu', 'Kérem törölni az adataimat, felhasználóm: zsofi.t', 'zsofi.t'],
    ['id', 'Akun saya namanya rina.s_3', 'rina.s_3'],
    ['ro', 'Contul se numește ioana.d_6', 'ioana.d_6'],
    ['da', 'Kontoen hedder freja.h_7', 'freja.h_7'],
    ['no', 'Kontoen heter ingrid.m_8', 'ingrid.m_8'],
    ['hi-Latn', 'mera ID rahul.s_5 hai', 'rahul.s_5'],
  ])('%s: %s', (_lang, text, handle) => {
    expect(findInstagramUsername(text, '')).toBe(handle);
  });

  it('a word that is no handle after these phrases names none', () => {
    expect(findInstagramUsername('Das Konto heißt genauso wie ich', '')).toBeNull();
    expect(findInstagramUsername('Moje ID to numer z dowodu', '')).toBeNull();
    expect(findInstagramUsername('Kontot heter likadant som jag', '')).toBeNull();
  });
});

describe('the handle before the word for the account', () => {
  it.each([
    ['hu', 'Kérem a peter.nagy88 fiókhoz tartozó összes adat törlését.', 'peter.nagy88'],
    ['hu', 'Az anna_k77 nevű fiókom adatait töröljék, kérem.', 'anna_k77'],
    ['en', 'Please erase everything from the tom.h_9 account.', 'tom.h_9'],
    ['en', "Delete tom.h_9 account's data, thanks", 'tom.h_9'],
    ['ko', 'soo.min_7 계정의 데이터를 삭제해 주세요', 'soo.min_7'],
    ['tr', 'ayse.k_1 hesabımın verilerini silin lütfen', 'ayse.k_1'],
    ['fi', 'Poistakaa matti.v_2-nimisen tilin tiedot', 'matti.v_2'],
    ['hi-Latn', 'rahul.s_5 wala account delete kar do please', 'rahul.s_5'],
  ])('%s: %s', (_lang, text, handle) => {
    expect(findInstagramUsername(text, '')).toBe(handle);
  });

  it('a mail domain or a plain word before the account word is no handle', () => {
    expect(findInstagramUsername('Bitte löscht meine Daten, Antwort an mein web.de Konto.', '')).toBeNull();
    expect(findInstagramUsername('Send it to my outlook.de account please', '')).toBeNull();
    expect(findInstagramUsername('Kérem a régi fiókhoz tartozó adatok törlését.', '')).toBeNull();
  });
});

describe('an answer to our mail that gives only the handle: a request for that handle', () => {
  it.each([
    ['de', 'klar, das ist lena.mueller_85\n\nAm 01.04.2026 schrieb PickrTech:\n> Wir benötigen Ihren Instagram-Benutzernamen.', 'lena.mueller_85'],
    ['de', 'Hallo,\n\njonas.b_07\n\nGruß', 'jonas.b_07'],
    ['en', "Sure, it's tom.h_22", 'tom.h_22'],
    ['en', 'Here: @tom.h_22\n\nThanks', 'tom.h_22'],
    ['fr', "Oui, c'est claire.d_75", 'claire.d_75'],
    ['es', 'Claro: pablo.g_10', 'pablo.g_10'],
    ['it', 'Certo, eccolo: giulia.r_3', 'giulia.r_3'],
    ['pl', 'Jasne, to kasia.w_91', 'kasia.w_91'],
    ['nl', 'Ja hoor, sanne_v.22', 'sanne_v.22'],
    ['tr', 'Tabii, ayse.k_1', 'ayse.k_1'],
    ['sv', 'Ja, precis, radera allt. Kontot heter lina.berg_92', 'lina.berg_92'],
    ['fa', 'بله درسته، تایید می‌کنم. آیدیم همون sara.m_77 هست. لطفا پاک کنید', 'sara.m_77'],
  ])('%s: %s', (_lang, text, handle) => {
    const u = answer(text);
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe(handle);
    expect(u.confirmationEmail).toBe('person@example.com');
  });

  it.each([
    ['a thank-you', 'Danke!'],
    ['thanks alone', 'thanks'],
    ['okay alone', 'okay'],
    ['a first name alone', 'Anna'],
    ['thanks and a name', 'Danke, Anna'],
    ['a time', 'ok, in 2h'],
    ['a clock time', 'Danke, um 10.30 bin ich da'],
  ])('%s names no handle and asks nothing', (_case, text) => {
    const u = answer(text);
    expect(u.kind).toBe('other');
    expect(u.instagramUsername).toBeNull();
  });

  it.each([
    ['de', 'Meine Schwester ist @lena.k_3'],
    ['en', 'my sister is @maria.k_4'],
  ])("%s: a relative's handle is not the person's", (_lang, text) => {
    const u = answer(text);
    expect(u.kind).not.toBe('deletion_request');
    expect(u.instagramUsername).toBeNull();
  });

  it.each([
    ['de', 'Bitte nichts löschen, das ist lena.mueller_85'],
    ['en', "Don't delete anything, it's tom.h_22"],
    ['en', "I did not ask for this. It's tom.h_22"],
    ['de', 'Warum? Das ist lena.mueller_85'],
    ['en', "Who are you? it's tom.h_22"],
    ['pl', 'Nie usuwajcie niczego, to kasia.w_91'],
  ])('%s: refusing, denying or asking is no request: %s', (_lang, text) => {
    expect(answer(text).kind).not.toBe('deletion_request');
  });

  it('two handle-shaped words are a choice for staff, never a request for one of them', () => {
    expect(answer('anna.k_7 oder anna_k8, weiß nicht genau').kind).not.toBe('deletion_request');
  });

  it('a long answer is read by the other rules only', () => {
    const long = 'Hallo, ich habe Ihre Nachricht bekommen und weiß nicht genau, worum es geht, weil ich mich an keine Anfrage erinnere, aber gut, hier ist etwas: lena.mueller_85';
    expect(answer(long).kind).not.toBe('deletion_request');
  });

  it('the same words outside an answer to our mail ask nothing', () => {
    expect(read('klar, das ist lena.mueller_85').kind).toBe('other');
    const elsewhere = understand(personMail("Sure, it's tom.h_22", 'Re: party', { inReplyTo: ['x1@example.org'], references: ['x1@example.org'] }), READER_OPTS);
    expect(elsewhere.kind).toBe('other');
  });
});
