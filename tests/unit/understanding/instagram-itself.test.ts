/**
 * Mail meant for Instagram itself. A mail that greets Instagram ("Dear Instagram team",
 * "Уважаемая поддержка Instagram") asks another company: `other`, as "delete my Facebook
 * account" is. A bare "delete my Instagram account @x" sent to us may mean Instagram's account
 * or the data the app holds: staff decide (`possible_request`), it never opens a request. A
 * mail that names the data, the app or PickrTech is a request as before.
 */
import { describe, expect, it } from 'vitest';
import { greetsInstagram } from '../../../src/understanding/instagram-itself.js';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'Hello') => understandWithEvidence(personMail(text, subject), READER_OPTS);

describe('a mail written to Instagram itself', () => {
  const ADDRESSED: Array<[string, string]> = [
    ['en', 'Dear Instagram team,\n\nplease delete my account @lena.w_91. I cannot log in any more.\n\nLena'],
    ['es', 'Hola Instagram, quiero que borren mi cuenta de Instagram, mi usuario es @pablo_r.88\n\nPablo'],
    ['de', 'Liebes Instagram-Team,\n\nbitte löschen Sie mein Konto mia.schulz_04 endgültig.\n\nMia'],
    ['fr', "Bonjour l'équipe Instagram,\n\nje voudrais que vous supprimiez mon compte Instagram @chloe.b_22 définitivement.\n\nChloé"],
    ['pt', 'Olá equipe do Instagram,\n\npor favor excluam minha conta @joana.m_77.\n\nJoana'],
    ['it', 'Gentile supporto Instagram,\n\nvi prego di eliminare il mio account @luca_b.90.\n\nLuca'],
    ['tr', 'Sayın Instagram Destek Ekibi,\n\nlütfen hesabımı (@emre.k_55) kalıcı olarak silin.\n\nEmre'],
    ['ru', 'Уважаемая поддержка Instagram!\n\nПрошу удалить мой аккаунт olga_v_83 навсегда.\n\nОльга'],
    ['pl', 'Szanowny Zespole Instagrama,\n\nproszę usunąć moje konto kasia.n_91 na zawsze.\n\nKasia'],
    ['el', 'Αγαπητή ομάδα του Instagram,\n\nπαρακαλώ διαγράψτε τον λογαριασμό μου nikos_p_77.\n\nΝίκος'],
    ['ja', 'Instagram運営チーム様\n\n私のアカウント（@yuki_s.21）を削除してください。\n\n佐藤'],
    // The person knows we are not Instagram, and asks for the Instagram account all the same.
    ['es', 'Sé que ustedes no son Instagram, pero quiero eliminar mi cuenta de Instagram @dani.r_09 para siempre.'],
    ['en', "I know you're not Instagram, but please delete my Instagram account @tom.h_12 for good."],
  ];
  for (const [lang, text] of ADDRESSED) {
    it(`${lang}: ${text.slice(0, 40).replace(/\n/g, ' ')}`, () => {
      const { understanding: u, evidence: e } = read(text);
      expect(u.kind).toBe('other');
      expect(e.kind.rule).toBe('other.instagram-itself');
    });
  }
});

describe('the Instagram account itself, asked of us', () => {
  const UNCLEAR: Array<[string, string, string]> = [
    ['en', 'Please delete my Instagram account @sam.k_41.', 'sam.k_41'],
    ['es', 'Quiero eliminar mi cuenta de Instagram, mi usuario es @lucia.v_3.', 'lucia.v_3'],
    ['ru', 'Удалите мой аккаунт Instagram pavel_s_90, пожалуйста.', 'pavel_s_90'],
    ['pl', 'Proszę usunąć moje konto na Instagramie @ola.w_12.', 'ola.w_12'],
  ];
  for (const [lang, text, handle] of UNCLEAR) {
    it(`${lang}: staff decide, with the handle as a suggestion`, () => {
      const { understanding: u, evidence: e } = read(text);
      expect(u.kind).toBe('possible_request');
      expect(u.instagramUsername).toBe(handle);
      expect(e.kind.rule).toBe('possible.instagram-account');
    });
  }
});

describe('requests about the data the app holds stay requests', () => {
  const REQUESTS: Array<[string, string]> = [
    ['en', 'Please delete my Instagram account data from your app. Instagram: @sam.k_41'],
    ['en', 'Please delete my data connected to my Instagram @sam.k_41.'],
    ['en', 'Hi PickrTech team, please delete my Instagram account @sam.k_41 from PickrTech.'],
    ['en', 'Hi, I read your Instagram data deletion page. Please delete my data, my Instagram is @sam.k_41.'],
    ['es', 'Hola, borren por favor todos mis datos de mi cuenta de Instagram @lucia.v_3.'],
    ['de', 'Bitte löschen Sie alle Daten zu meinem Instagram-Konto @jonas.b_7.'],
    ['ru', 'Удалите мой аккаунт Instagram pavel_s_90 из вашего приложения.'],
    ['fr', "Je voudrais que vous effaciez tous les renseignements liés à mon compte Instagram @chloe.b_22."],
  ];
  for (const [lang, text] of REQUESTS) {
    it(`${lang}: ${text.slice(0, 50)}`, () => {
      expect(read(text).understanding.kind).toBe('deletion_request');
    });
  }
});

describe('greetsInstagram', () => {
  it('reads a greeting to Instagram, in many languages and scripts', () => {
    for (const line of ['Hi Instagram Support!', 'Служба поддержки Instagram, здравствуйте!', 'Instagramサポートチーム 御中', 'Προς την ομάδα υποστήριξης του Instagram,', 'Sayın Instagram Destek Ekibi,']) {
      expect(greetsInstagram(`${line}\n\nText.`), line).toBe(true);
    }
  });
  it('is no greeting to Instagram when the first words greet someone else or say something', () => {
    for (const line of ['Hi, I found your Instagram page.', 'Hello PickrTech team,', 'Instagram: ana_k', 'Instagram username: ana_k', 'Dear Instagram Data Deletion team,', 'Delete my Instagram account']) {
      expect(greetsInstagram(`${line}\n\nText.`), line).toBe(false);
    }
  });
});

describe('mail that takes us for Instagram, or asks how to reach Instagram', () => {
  const OTHER: Array<[string, string, string?]> = [
    // The first line asks whether this is Instagram (its help desk).
    ['ko', '인스타그램 고객센터 맞나요?\n제 계정 @minsu.k_88 좀 삭제해 주세요. 너무 급해요.'],
    ['en', 'Is this Instagram support?\nMy account @jake.r_31 was hacked, please delete my Instagram account.'],
    ['es', '¿Es este el soporte de Instagram?\nMe hackearon la cuenta @marta.g_45, quiero eliminar mi cuenta de Instagram.'],
    ['ja', 'Instagramのサポートですか？\nアカウント（@kenta_m.09）を削除してください。'],
    // The person asks how to write to Instagram about the Instagram account itself.
    ['es', 'Hola. Quiero eliminar mi cuenta de Instagram pero no veo el botón en la aplicación. ¿Cómo puedo contactar a Instagram directamente? Mi usuario es @ines.p_60.'],
    ['en', 'I want to delete my Instagram account @ben.o_72 but I cannot find the button in the app. Do you know how I can contact Instagram?'],
    ['ro', 'Bună ziua,\n\nAm cerut de trei ori ca Instagram să-mi șteargă contul @ana.pop_19, fără răspuns. Aveți o adresă de email de la Instagram unde să scriu?\n\nAna', 'Contact Instagram pentru ștergere cont'],
    ['de', 'Hallo,\n\nich habe Instagram schon zweimal gebeten, mein Konto @lara.f_23 zu löschen. Wissen Sie, wie ich Instagram direkt kontaktieren kann?\n\nLara'],
    ['pt', 'Olá,\n\nquero excluir minha conta do Instagram @rui.s_14 mas não acho a opção no aplicativo. Como faço para falar com o Instagram?\n\nRui'],
  ];
  for (const [lang, text, subject] of OTHER) {
    it(`${lang}: ${text.slice(0, 40).replace(/\n/g, ' ')}`, () => {
      const { understanding: u, evidence: e } = read(text, subject);
      expect(u.kind).toBe('other');
      expect(e.kind.rule).toBe('other.instagram-itself');
    });
  }
  it('the Instagram account itself with a "but" and the app of Instagram is no request opened', () => {
    const u = read('Quiero borrar mi cuenta de Instagram para siempre pero en la aplicación no aparece la opción. Mi usuario es @sara.l_27.').understanding;
    expect(u.kind).toBe('possible_request');
  });
  const STILL_REQUESTS: Array<[string, string]> = [
    ['en', 'I asked Instagram how to contact you. Please delete my data connected to my Instagram @sam.k_41.'],
    ['es', '¿Cómo contacto a Instagram? Además, borren por favor todos mis datos de su aplicación, mi Instagram es @lucia.v_3.'],
  ];
  for (const [lang, text] of STILL_REQUESTS) {
    it(`${lang} stays a request: ${text.slice(0, 40)}`, () => {
      expect(read(text).understanding.kind).toBe('deletion_request');
    });
  }
});

describe('Romanian subjunctive of erasing, as cp1250 mail writes it', () => {
  it('"să-mi şteargă contul" (cedilla) erases the account: asking Instagram\'s address for it is Instagram\'s business', () => {
    const text = 'Bună ziua,\n\nI-am scris lui Instagram să-mi şteargă contul @dan.ilie_33, nimic. Ştiţi o adresă de email a celor de la Instagram?\n\nDan';
    const { understanding: u, evidence: e } = read(text, 'Întrebare despre contact Instagram pentru ştergere cont');
    expect(u.kind).toBe('other');
    expect(e.kind.rule).toBe('other.instagram-itself');
  });
});

describe('a how-to question about deleting the Instagram account itself', () => {
  const HOW_TO: Array<[string, string]> = [
    ['en', 'Hello,\n\nI want to delete my Instagram account @mark.t_19 completely. How do I do that? I cannot find it anywhere.\n\nMark'],
    ['nl', 'Goedemiddag,\n\nik wil mijn Instagram-account @sanne.k_44 definitief verwijderen. Hoe doe ik dat? Ik zie de knop nergens.\n\nSanne'],
    ['de', 'Hallo,\n\nich möchte mein Instagram-Konto @jan.h_58 endgültig löschen. Wie mache ich das?\n\nJan'],
    ['es', 'Hola,\n\nquiero borrar mi cuenta de Instagram @rosa.m_31 para siempre. ¿Cómo se hace?\n\nRosa'],
    ['ro', 'Bună ziua,\n\nvreau să șterg contul meu de Instagram @ion.v_66. Cum fac asta?\n\nIon'],
    ['hu', 'Jó napot,\n\nszeretném törölni az Instagram fiókomat (@kata.b_70). Hogyan tudom ezt megtenni?\n\nKata'],
    ['fa', 'سلام\nمیخوام اکانت اینستاگرامم (sara.nk) رو حذف کنم؛ منظورم اطلاعات برنامه شما نیست. چطور باید این کار رو انجام بدم؟\nممنون'],
    ['th', 'สวัสดีค่ะ\n\nอยากลบบัญชี Instagram ของฉัน @malee.s ค่ะ ต้องทำอย่างไรคะ?\n\nมาลี'],
  ];
  for (const [lang, text] of HOW_TO) {
    it(`${lang}: ${text.slice(0, 40).replace(/\n/g, ' ')}`, () => {
      const u = read(text).understanding;
      expect(u.kind).toBe('other');
      expect(u.instagramUsername).toBeNull();
    });
  }
  it('"how long" asks about the wait, not how to do it: staff decide', () => {
    expect(read('Please delete my Instagram account @sam.k_41. How long will it take?').understanding.kind).toBe('possible_request');
  });
  const STILL_REQUESTS: Array<[string, string]> = [
    ['en', 'Please delete all my data from your app, my Instagram is @sam.k_41. And how do I delete my Instagram account itself?'],
    ['de', 'Bitte löschen Sie alle meine Daten, mein Instagram ist @jonas.b_7. Wie lösche ich eigentlich mein Instagram-Konto?'],
  ];
  for (const [lang, text] of STILL_REQUESTS) {
    it(`${lang} stays a request: ${text.slice(0, 40)}`, () => {
      expect(read(text).understanding.kind).toBe('deletion_request');
    });
  }
});
