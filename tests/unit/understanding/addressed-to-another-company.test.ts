/**
 * A deletion request written to another company and sent to us by mistake: its greeting names
 * that company ("Sayın Trendyol Yetkilisi", "Hei Wolt / asiakastuki", "Dear Zalando team") and
 * the erasure is of the account or membership held there ("Trendyol üyeliğim", "Wolt-tilini",
 * "mein Zalando-Konto"). No request to us, whichever company it is. A greeting of PickrTech, of
 * a person, or of no one keeps its reading.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string) => understand(personMail(text, 'Data'), READER_OPTS);

describe('a request addressed to another company is no request to us', () => {
  it.each([
    ['tr', 'Sayın Trendyol Yetkilisi,\n\n6698 sayılı KVKK 11. maddesi kapsamında Trendyol üyeliğim (ayse.k@gmail.com) ile ilişkili tüm kişisel verilerimin silinmesini talep ediyorum.'],
    ['tr', 'Merhaba Getir ekibi,\nGetir hesabımı ve bana ait tüm verileri silmenizi rica ediyorum. tesekkurler'],
    ['fi', 'Hei Wolt / asiakastuki,\n\nPyydän poistamaan kaikki minusta tallennetut henkilötiedot teidän palvelustanne ja sulkemaan Wolt-tilini.\n\nTerveisin Matti'],
    ['de', 'Hallo Lieferando-Team,\nbitte löscht mein Lieferando-Konto und alle meine Daten. Danke'],
    ['de', 'Liebes Zalando Team,\nich möchte, dass mein Zalando-Konto gelöscht wird und alle meine Daten ebenfalls. Mfg'],
    ['en', 'Dear Deliveroo team,\nplease delete my Deliveroo account and all the personal data you hold about me under GDPR.'],
    ['en', 'hi Vinted support\nI want my Vinted account closed and all my data erased pls'],
    ['es', 'Estimado equipo de Glovo,\nsolicito la eliminación de mi cuenta de Glovo y de todos mis datos personales. Gracias'],
    ['fr', 'Cher service client Fnac,\nmerci de supprimer mon compte Fnac ainsi que toutes mes données personnelles.'],
    ['it', 'Gentile assistenza Subito,\nvi chiedo di cancellare il mio account Subito e tutti i miei dati personali.'],
    ['nl', 'Beste Bol klantenservice,\nwillen jullie mijn Bol account en al mijn gegevens verwijderen? Alvast bedankt'],
    ['pt', 'Olá equipe iFood,\nquero que apaguem minha conta do iFood e todos os meus dados pessoais, por favor.'],
    ['pl', 'Dzień dobry zespół Allegro,\nproszę o usunięcie mojego konta Allegro i wszystkich moich danych osobowych.'],
    ['sv', 'Hej Klarna kundtjänst,\njag vill att ni raderar mitt Klarna-konto och alla mina personuppgifter.'],
  ])('%s: other, never a request', (_lang, text) => {
    const u = read(text);
    expect(u.kind).toBe('other');
  });
});

describe('greetings that keep their reading', () => {
  it.each([
    ['en', 'Hi PickrTech team, please delete my data, @mia.rossi_4'],
    ['en', 'Dear Sir or Madam, please delete my data @mia.rossi_4'],
    ['en', 'Hello Anna, please delete my data. My Instagram is @mia.rossi_4'],
    ['en', 'Hi, I used your app to post to Instagram, please delete my Instagram-related data. @mia.rossi_4'],
    ['de', 'Hallo Pickr-Team, bitte löscht alle meine Daten, mein Instagram ist @mia.rossi_4'],
    ['de', 'Sehr geehrte Damen und Herren,\nbitte löschen Sie alle meine Daten. Mein Instagram: @mia.rossi_4'],
    ['fi', 'Hei PickrTech,\npoistakaa kaikki tietoni, Instagram @mia.rossi_4'],
    ['tr', 'Merhaba Ayşe Hanım,\nlütfen tüm verilerimi silin. Instagram: @mia.rossi_4'],
  ])('%s: still a request', (_lang, text) => {
    const u = read(text);
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe('mia.rossi_4');
  });

  it('"delete my Facebook account" stays other', () => {
    expect(read('Hi, please delete my Facebook account.').kind).toBe('other');
  });
});

describe('a greeting of a person, named again where the mail asks, keeps its reading', () => {
  it.each([
    ['en', 'Hello Anna,\nplease delete my account @anna_k. Anna, delete it today please.', 'anna_k'],
    ['en', 'Hi Maria,\nplease delete my account @anna_k. Maria from your support told me to ask you to delete it.', 'anna_k'],
    ['de', 'Hallo Jonas,\nbitte löscht meine Daten, mein Instagram ist @anna_k. Jonas, bitte heute noch löschen.', 'anna_k'],
    ['en', 'Dear DPO,\nplease delete my data, account @anna_k. The DPO must delete it within 30 days.', 'anna_k'],
  ])('%s: a request', (_lang, text, handle) => {
    const u = read(text);
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe(handle);
  });
});

describe('a greeting of a role is no company', () => {
  it.each([
    ['en', 'Dear Data Protection Officer,\nplease delete all my data. Instagram @mia.rossi_4'],
    ['de', 'Liebes Datenschutz-Team,\nbitte löscht alle meine Daten nach DSGVO. Instagram @mia.rossi_4'],
  ])('%s: still a request', (_lang, text) => {
    const u = read(text);
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe('mia.rossi_4');
  });
});
