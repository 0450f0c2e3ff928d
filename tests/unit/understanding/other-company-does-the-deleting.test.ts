/**
 * A person asks us to help another company erase something: "ayudarme a que Facebook borre mi
 * cuenta", "get Meta to remove", "dass Facebook mein Konto löscht". The company is who deletes;
 * what goes is that company's, not the data we hold. It is `other`, never opened with the handle
 * the mail names; a mail that asks us for our data too is still read.
 */
import { describe, expect, it } from 'vitest';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'Hola') => understandWithEvidence(personMail(text, subject), READER_OPTS);

describe('another company is the one asked to delete', () => {
  const OTHER: Array<[string, string]> = [
    ['es', '¿Me pueden ayudar para que Meta elimine mi perfil antiguo? Mi instagram es @pablo.ruiz_9.'],
    ['es', 'Necesito que Facebook borre todas mis fotos viejas, mi insta es @pablo.ruiz_9'],
    ['pt', 'Vocês podem me ajudar a fazer o Facebook apagar minha conta antiga? Meu instagram é @bia.santos_9'],
    ['it', 'Potete aiutarmi a far sì che Facebook cancelli il mio vecchio profilo? Il mio instagram è @gio.rossi_9'],
    ['fr', 'Pouvez-vous m’aider pour que Facebook supprime mon ancien compte ? Mon instagram est @lea.martin_9'],
    ['de', 'Können Sie mir helfen, dass Facebook mein altes Profil löscht? Mein Instagram ist @lena.vogel_9'],
    ['en', 'Can you help me get Meta to delete my old profile? My instagram is @sam.hill_9'],
    ['en', 'I need Facebook to remove everything about me. My instagram is @sam.hill_9'],
    ['ro', 'Mă puteți ajuta ca Facebook să îmi șteargă profilul vechi? Instagramul meu este @ana.pop_9'],
    ['pl', 'Czy możecie pomóc, żeby Facebook usunął mój stary profil? Mój instagram to @ola.nowak_9'],
  ];
  for (const [lang, text] of OTHER) {
    it(`${lang}: ${text.slice(0, 40)} is other`, () => {
      const { understanding: u } = read(text);
      expect(u.kind).toBe('other');
    });
  }

  const OURS: Array<[string, string]> = [
    ['es', 'Por favor borren mis datos de su app; los datos que Facebook les compartió también. Mi instagram es @pablo.ruiz_9'],
    ['en', 'Please delete all my data from your app. Facebook already removed my account. My instagram is @sam.hill_9'],
  ];
  for (const [lang, text] of OURS) {
    it(`${lang}: a request for our data is read`, () => {
      expect(read(text).understanding.kind).toBe('deletion_request');
    });
  }
});
