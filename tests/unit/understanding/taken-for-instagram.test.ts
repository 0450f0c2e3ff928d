/**
 * Mail from someone who takes us for Instagram and asks to delete the Instagram account itself:
 * "QUERO EXCLUIR DEFINITIVAMENTE MINHA CONTA DO INSTAGRAM @x … Vcs sao do instagram né? Nunca usei
 * esse tal de pickr". The person asks whether we are Instagram, says they never used our app, or
 * cannot log in to Instagram (a password, a code that never arrives): only Instagram deletes that
 * account, so the mail is `other`. A mail that asks for the data the app holds stays a request.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'Hello') => understand(personMail(text, subject), READER_OPTS);

describe('a mail that takes us for Instagram, to delete the Instagram account itself, is other', () => {
  it.each([
    ['pt', 'QUERO EXCLUIR DEFINITIVAMENTE MINHA CONTA DO INSTAGRAM @lu.fernandes_22, nao consigo pelo aplicativo, ja tentei de tudo, pede senha e codigo que nao chega. Vcs sao do instagram né? por favor me ajudem. Nunca usei esse tal de pickr, so achei o email de vcs pesquisando no google'],
    ['en', 'hi are you instagram?? i need to delete my instagram account @jay.r_07 asap, i cant log in, the code never arrives'],
    ['en', "I have never used your app. I found this address on Google. Please delete my Instagram account @kim.s_55, I forgot my password and can't get in."],
    ['es', 'Hola, quiero eliminar mi cuenta de Instagram @sofi.m_14 porque no puedo entrar, no me llega el código. ¿Ustedes son Instagram? Nunca usé su aplicación.'],
    ['de', 'Bitte löschen Sie mein Instagram-Konto @lars.h_61. Ich komme nicht mehr rein, der Code kommt nie an. Ich habe Ihre App nie benutzt.'],
    ['fr', "Je veux supprimer mon compte Instagram @manon.l_8, je n'arrive plus à me connecter, le code ne m'arrive jamais. Vous êtes bien Instagram ? Je n'ai jamais utilisé votre application."],
    ['it', 'Voglio eliminare il mio account Instagram @fede.c_30. Non riesco ad accedere, il codice non arriva. Siete Instagram? Non ho mai usato la vostra app.'],
    ['nl', 'Ik wil mijn Instagram-account @daan.v_12 verwijderen, ik kan niet meer inloggen, de code komt niet aan. Zijn jullie Instagram? Ik heb jullie app nooit gebruikt.'],
    ['tr', 'Instagram hesabımı @deniz.k_44 silmek istiyorum, giriş yapamıyorum, kod gelmiyor. Siz Instagram mısınız? Uygulamanızı hiç kullanmadım.'],
    ['pl', 'Chcę usunąć moje konto na Instagramie @ola.n_31, nie mogę się zalogować, kod nie przychodzi. Czy to Instagram? Nigdy nie używałam waszej aplikacji.'],
    ['ru', 'Хочу удалить свой аккаунт в Instagram @masha.k_19, не могу войти, код не приходит. Вы Instagram? Я никогда не пользовалась вашим приложением.'],
  ])('%s: %s', (_lang, text) => {
    const u = read(text);
    expect(u.kind).toBe('other');
    expect(u.instagramUsername).toBeNull();
  });
});

describe('guards: the data the app holds, or no sign of taking us for Instagram, keeps its reading', () => {
  it.each([
    ['already deleted Instagram', 'Please delete my data from your app; I already deleted my Instagram account. It was @old.acc_1', 'deletion_request'],
    ['stopped using the app', 'I stopped using your app, delete my account data. Instagram @old.acc_1', 'deletion_request'],
    ['cannot log in to the app', "Please delete all my data from your app, I can't log in to it anymore. My Instagram is @old.acc_1", 'deletion_request'],
    ['pt never again', 'Nunca mais vou usar o app de vocês. Apaguem todos os meus dados. Meu insta é @old.acc_1', 'deletion_request'],
    ['pt never used, data', 'Nunca usei o app de vocês, mas recebi um email. Apaguem meus dados. Meu insta é @old.acc_1', 'deletion_request'],
    ['asks if Instagram, data', 'Are you Instagram? Please delete my data from your app anyway. @old.acc_1', 'deletion_request'],
    ['bare Instagram account', 'Please delete my Instagram account @sam.k_41.', 'possible_request'],
    ['greets us, the connection', 'Hi PickrTech, I never used your app but you sent me mail. Delete my Instagram account connection @x_y1', 'deletion_request'],
    ['never used, the connection', 'I never used your app. Delete my Instagram account connection @x_y1', 'deletion_request'],
    ['the app, cannot log in', "Please delete my Instagram account @x_y1 from your app, I can't log in.", 'deletion_request'],
  ])('%s', (_name, text, kind) => {
    expect(read(text).kind).toBe(kind);
  });
});
