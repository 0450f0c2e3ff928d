/**
 * Mail meant for Instagram itself. A mail that greets Instagram ("Dear Instagram team",
 * "Уважаемая поддержка Instagram") asks another company: `other`, as "delete my Facebook
 * account" is. A bare "delete my Instagram account @x" sent to us may mean Instagram's account
 * or the data the app holds: staff decide (`possible_request`), it never opens a request. A
 * mail that names the data, the app or PickrTech is a request as before.
 */
import { describe, expect, it } from 'vitest';
import { greetsInstagram } from '../../../src/understanding/instagram-itself.js';
import type { InboundMail, UnderstandOptions } from '../../../src/understanding/types.js';
import { understandWithEvidence } from '../../../src/understanding/understand.js';

const OPTS: UnderstandOptions = { staffEmails: ['staff@pickrtech.com'], botAddress: 'contact@pickrtech.com', ownHandles: ['pickrtech'] };

function mail(text: string, subject: string): InboundMail {
  return {
    messageId: 'm1@example.com', inReplyTo: [], references: [], subject,
    from: { address: 'person@example.com', name: '' }, replyTo: [], to: [], date: null, headers: {}, text, html: null,
  };
}

const read = (text: string, subject = 'Hello') => understandWithEvidence(mail(text, subject), OPTS);

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
