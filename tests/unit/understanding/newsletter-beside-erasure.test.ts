/**
 * A deletion request that also leaves a newsletter or a mailing list is still a deletion
 * request: the wish to erase the data (in the words the rules read, or under the erasure
 * article) counts whatever else the mail asks, before or after the unsubscribe, in a sentence
 * of its own or in the same one. Taking an address off a list stays leaving the list (`other`).
 */
import { describe, expect, it } from 'vitest';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string) => understandWithEvidence(personMail(text, 'Hello'), READER_OPTS).understanding;

describe('a deletion wish beside leaving a newsletter', () => {
  const REQUESTS: Array<[string, string, string]> = [
    // The wish first, the unsubscribe in a sentence of its own.
    ['de', 'Guten Tag,\n\nbitte löschen Sie gemäß Art. 17 DSGVO sämtliche meiner Daten, mein Instagram-Konto ist @jonas.w_31. Von Ihrem Newsletter möchte ich mich außerdem abmelden.\n\nJonas', 'jonas.w_31'],
    ['es', 'Hola,\n\nconforme al artículo 17 del RGPD, les pido que eliminen de forma definitiva la totalidad de mis datos personales. También quiero darme de baja del boletín.\n\nInstagram: @lucia.r_55', 'lucia.r_55'],
    ['sv', 'Hej,\n\nenligt artikel 17 i GDPR begär jag att ni raderar samtliga personuppgifter ni har om mig. Jag vill också avsluta prenumerationen på nyhetsbrevet.\n\nErik, Instagram @erik.s_63', 'erik.s_63'],
    ['ja', '私に関するすべての個人データについて、GDPR第17条に基づく削除を求めます。あわせてメルマガの配信停止もお願いします。インスタ: @yuki.t_27', 'yuki.t_27'],
    ['ru', 'Здравствуйте!\n\nПрошу удалить, согласно статье 17 GDPR, абсолютно все хранящиеся у вас мои персональные данные. Также отпишите меня от рассылки.\n\nInstagram: @olga.v_14', 'olga.v_14'],
    ['nl', 'Hoi,\n\nverwijder alstublieft, conform artikel 17 AVG, al mijn persoonsgegevens. Ook wil ik me afmelden voor de nieuwsbrief.\n\nInstagram: @eva.d_9', 'eva.d_9'],
    // The unsubscribe first, the wish in a sentence of its own.
    ['en', 'Please unsubscribe me from all marketing emails and the newsletter. Next, I request that you delete, in accordance with the GDPR, absolutely all of my data and my account. Instagram: @mia.k_402', 'mia.k_402'],
    ['fr', "Bonjour,\n\nje souhaite me désabonner de votre newsletter. Je vous demande également d'effacer l'ensemble de mes données personnelles conformément à l'article 17 du RGPD. Mon Instagram : @camille.d_8\n\nCamille", 'camille.d_8'],
    ['fr', "Bonjour,\n\nmerci de me désinscrire de votre lettre d'information. Par ailleurs, je vous prie de bien vouloir supprimer la totalité de mes données me concernant. Mon compte Instagram : @camille.d_8", 'camille.d_8'],
    ['pl', 'Dzień dobry,\n\nproszę wypisać mnie z newslettera. Dodatkowo, zgodnie z art. 17 RODO, proszę o usunięcie wszystkich moich danych osobowych na podstawie mojego prawa. Instagram: @ania.k_19', 'ania.k_19'],
    ['pl', 'Dzień dobry,\n\nproszę o usunięcie wszystkich moich danych osobowych na podstawie art. 17 RODO. Proszę też wypisać mnie z newslettera. Mój Instagram: @ania.k_19\n\nAnia', 'ania.k_19'],
    ['tr', 'Merhaba, lütfen beni bülten listenizden çıkarın ve aboneliğimi iptal edin. Ayrıca KVKK kapsamında hakkımda tuttuğunuz bütün kişisel verilerin, eksiksiz ve kalıcı olarak silinmesini talep ediyorum. Instagram: @emre.y_90', 'emre.y_90'],
    ['it', "Ciao, vorrei disiscrivermi dalla newsletter. Inoltre chiedo, ai sensi dell'art. 17 GDPR, la cancellazione di tutti i miei dati personali. Instagram: @luca.b_6", 'luca.b_6'],
    // Both in one sentence, either order.
    ['de', 'Bitte löschen Sie nach Art. 17 DSGVO meine gesamten Daten und melden Sie mich auch vom Newsletter ab, mein Instagram ist @jonas.w_31.', 'jonas.w_31'],
    ['de', 'Hallo, bitte nehmen Sie mich aus dem Newsletter-Verteiler und löschen Sie nach Art. 17 DSGVO sämtliche meiner Daten. Instagram: @jonas.w_31', 'jonas.w_31'],
    ['en', 'Please delete, in line with GDPR Article 17, the whole of my personal data and unsubscribe me from the newsletter too. My Instagram is @mia.k_402', 'mia.k_402'],
    ['fr', "Bonjour, veuillez effacer, au titre de l'article 17 du RGPD, l'ensemble de mes données personnelles et me désabonner de la newsletter. Instagram : @camille.d_8", 'camille.d_8'],
    ['es', 'Por favor, eliminen según el artículo 17 del RGPD absolutamente todos mis datos y denme de baja del boletín. Instagram @lucia.r_55', 'lucia.r_55'],
    ['pl', 'Proszę usunąć zgodnie z art. 17 RODO absolutnie wszystkie moje dane i wypisać mnie z newslettera. Instagram: @ania.k_19', 'ania.k_19'],
    ['sv', 'Hej, radera enligt artikel 17 GDPR alla mina personuppgifter och avregistrera mig från nyhetsbrevet. Instagram: @erik.s_63', 'erik.s_63'],
    ['ru', 'Отпишите меня от рассылки и удалите, пожалуйста, согласно статье 17 GDPR, все мои персональные данные. Instagram: @olga.v_14', 'olga.v_14'],
  ];
  for (const [lang, text, handle] of REQUESTS) {
    it(`${lang} is a request: ${text.slice(0, 50).replace(/\n/g, ' ')}`, () => {
      const u = read(text);
      expect(u.kind).toBe('deletion_request');
      expect(u.instagramUsername).toBe(handle);
    });
  }

  // No rule reads the wish, but the signs of one are enough for staff to look: so they still do.
  it('de: a wish only the signs read, beside an unsubscribe, goes to staff', () => {
    const u = read('Sehr geehrte Damen und Herren, bitte löschen Sie unverzüglich und vollständig all meine bei Ihnen gespeicherten Daten. Den Newsletter bitte ebenfalls abbestellen. Instagram @jonas.w_31');
    expect(u.kind).toBe('possible_request');
    expect(u.instagramUsername).toBe('jonas.w_31');
  });

  // The subject is the person's own words too: "Delete my data" over an unsubscribe asks both.
  it('de: a subject that asks for the erasure, over a body that unsubscribes, is a request', () => {
    const u = understandWithEvidence(personMail('Hallo, bitte melden Sie mich vom Newsletter ab. Instagram @jonas.w_31', 'Löschung meiner Daten nach Art. 17 DSGVO'), READER_OPTS).understanding;
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe('jonas.w_31');
  });

  // Taking an e-mail address off a list, or the person off it, is leaving the list.
  const LEAVES: Array<[string, string]> = [
    ['en', 'Please remove my email from your newsletter.'],
    ['en', 'Delete me from your mailing list.'],
    ['en', 'Unsubscribe, and delete my address from the list.'],
    ['en', 'Unsubscribe me please. And delete my address from the list. My Instagram is @mia.k_402'],
    ['de', 'Bitte löschen Sie meine E-Mail-Adresse aus Ihrem Newsletter-Verteiler. Instagram: @jonas.w_31'],
    ['de', 'Bitte melden Sie mich vom Newsletter ab und löschen Sie meine E-Mail-Adresse nach Art. 17 DSGVO aus dem Verteiler.'],
    ['fr', 'Merci de supprimer mon adresse e-mail de votre liste de diffusion, et de me désabonner.'],
    ['es', 'Por favor, eliminen mi correo de su lista de correo, no quiero más boletines.'],
    ['pl', 'Proszę usunąć mój adres e-mail z newslettera i wypisać mnie z listy.'],
    ['sv', 'Ta bort min e-postadress från ert nyhetsbrev, tack, jag vill avregistrera mig.'],
    ['ja', 'メルマガの配信停止をお願いします。メールアドレスをメルマガから削除してください。'],
    ['tr', 'Lütfen e-posta adresimi bülten listenizden silin, abonelikten çıkmak istiyorum.'],
    ['ru', 'Пожалуйста, отпишите меня и удалите мой адрес из рассылки.'],
  ];
  for (const [lang, text] of LEAVES) {
    it(`${lang} leaves a list only: ${text.slice(0, 50)}`, () => {
      const u = read(text);
      expect(u.kind).toBe('other');
      expect(u.instagramUsername).toBeNull();
    });
  }
});
