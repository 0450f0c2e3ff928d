/**
 * A person takes back the deletion they asked for earlier, and in doing so tells of that ask
 * ("I wrote yesterday to have my data deleted") or names it with a noun ("Löschantrag",
 * "richiesta di cancellazione", "deletion request"): nothing is asked anew, the only wish now is
 * to keep everything. The mail is `other`, its handle never taken, whether it answers our
 * acknowledgement or the person's own earlier mail. A mail that asks anew after taking back, or
 * that spares one thing while asking to erase another, keeps its reading.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const OUR_ACK = ['<dr-2026-0409.b7d402@pickrtech.com>'];
const OUR_SUBJECT = 'Re: [PR-2026-0409] Your data deletion request';
const fresh = (text: string) => understand(personMail(text, 'Hello'), READER_OPTS);
const answer = (text: string) => understand(personMail(text, OUR_SUBJECT, { inReplyTo: OUR_ACK, references: OUR_ACK }), READER_OPTS);
const ownReply = (text: string, subject: string) => understand(personMail(text, subject, { inReplyTo: ['<a1@example.com>'] }), READER_OPTS);

const TAKEN_BACK: Array<[string, string]> = [
  ['en', 'I hereby withdraw my deletion request from yesterday. Please delete NOTHING, our account @x_shop should stay connected to your app, I confused you with another service.'],
  ['en', 'Please disregard my earlier request to delete my account @mia.rose_22, I still want to use the app.'],
  ['en', 'hey so i emailed u last week asking to delete my data but nvm, i want to take back that request. leave everything as is, acct is mia.rose_22'],
  ['de', 'ich ziehe meinen Löschantrag zurück, bitte nichts löschen. Konto @lena_k89'],
  ['de', 'Meinen Löschantrag ziehe ich hiermit zurück, bitte nichts löschen. @lena_k89'],
  ['de', 'Hallo, ich habe letzte Woche um Löschung meiner Daten gebeten, ziehe den Antrag aber hiermit zurück. Bitte alles so lassen, mein Account lena_k89 bleibt aktiv.'],
  ['it', "ieri vi ho scritto per far cancellare i dati del mio profilo, ma ci ho ripensato: non procedete con la cancellazione, lasciate tutto com'è. Il mio profilo è @giulia.b_7"],
  ['it', 'Ritiro la mia richiesta di cancellazione, il mio account @giulia.b_7 deve restare collegato. Grazie'],
  ['es', 'Hola, retiro mi solicitud de eliminación de ayer, no borren nada por favor. Mi cuenta es @carlos_m90'],
  ['es', 'ayer les pedi que borraran mis datos pero me arrepenti, no eliminen nada, la cuenta @carlos_m90 sigue en uso'],
  ['fr', "Bonjour, j'annule ma demande de suppression, ne supprimez rien. Mon compte @julie.d_75 doit rester connecté."],
  ['fr', "je vous ai ecrit hier pour faire supprimer mes donnees mais j'ai change d'avis, laissez tout comme c'est. compte julie.d_75"],
  ['pt', 'Olá, retiro o meu pedido de eliminação dos dados, por favor não apaguem nada. A conta @ana.souza_3 continua ativa.'],
  ['pt', 'ontem pedi pra vcs apagarem meus dados mas mudei de ideia, nao apaguem nada. insta @ana.souza_3'],
  ['nl', 'Hoi, ik trek mijn verwijderingsverzoek van gisteren in. Verwijder alsjeblieft niets, ons account @bakkerij_jansen moet gekoppeld blijven.'],
  ['nl', 'Ik had gevraagd om mijn gegevens te wissen maar ik heb me bedacht, laat alles maar staan. Account: bakkerij_jansen'],
  ['pl', 'Dzień dobry, wycofuję mój wniosek o usunięcie danych. Proszę niczego nie usuwać, konto @kasia_nowak1 ma zostać połączone.'],
  ['pl', 'wczoraj pisalam zeby usunac moje dane ale sie rozmyslilam, prosze nic nie usuwac. konto kasia_nowak1'],
  ['tr', 'Merhaba, dün gönderdiğim silme talebimi geri çekiyorum. Lütfen hiçbir şey silmeyin, @mert.yilmaz_34 hesabımız bağlı kalsın.'],
  ['tr', 'dun verilerimi silmenizi istemistim ama vazgectim, hicbir sey silmeyin lutfen. hesap: mert.yilmaz_34'],
  ['ja', '昨日お送りした削除依頼を取り下げます。何も削除しないでください。アカウント @yuki_tanaka88 はそのまま連携しておきたいです。'],
  ['ja', '先日データ削除をお願いしましたが、やっぱりキャンセルでお願いします。何も消さないでください。@yuki_tanaka88'],
  ['sv', 'Jag drar tillbaka min begäran om radering. Radera ingenting, kontot @lina.b_3 ska vara kvar.'],
  ['ro', 'Bună ziua, îmi retrag cererea de ștergere a datelor. Vă rog să nu ștergeți nimic, contul @ioana.p_21 rămâne conectat.'],
  ['cs', 'Dobrý den, beru zpět svou žádost o smazání údajů. Prosím nic nemažte, účet @jana_nov_7 chci dál používat.'],
  ['ru', 'Вчера я просила удалить мои данные, но я отзываю свой запрос. Ничего не удаляйте. Аккаунт @olga_iv_7'],
  ['uk', 'Я писав вам, щоб видалити мої дані, але відкликаю свій запит, залиште все як є. @oksana_s_5'],
  ['ko', '어제 데이터 삭제를 요청했는데 요청을 철회합니다. 그대로 두세요. @minji_k_3'],
  ['zh', '我昨天申请删除我的数据，现在撤回这个申请，请保持原样。@lina_w_8'],
  ['id', 'Kemarin saya minta hapus data saya, tapi saya tarik kembali permintaan itu. Jangan hapus apa pun. @dewi_l_4'],
  ['id', 'Halo, saya menarik kembali permintaan penghapusan data kemarin. Jangan hapus apa pun, akun @dewi_l_4 tetap terhubung.'],
  ['vi', 'Xin chào, tôi rút lại yêu cầu xóa dữ liệu hôm qua. Đừng xóa gì cả, tài khoản @lan_n_6 vẫn dùng.'],
  ['hi', 'नमस्ते, मैं कल भेजा गया डेटा हटाने का अनुरोध वापस लेता हूँ। कुछ भी मत हटाइए, अकाउंट @rahul_s_7 चालू रहेगा।'],
  ['hi-Latn', 'Maine kal data delete karne ko bola tha, wo request wapas leta hoon, kuch mat hatao. IG @rahul_s_7'],
];

describe('a request taken back, told of or named, asks for nothing', () => {
  for (const [lang, text] of TAKEN_BACK) {
    it(`${lang} (fresh mail): ${text.slice(0, 50)}`, () => {
      const u = fresh(text);
      expect(u.kind).toBe('other');
      expect(u.instagramUsername).toBeNull();
    });
    it(`${lang} (answer to our acknowledgement): ${text.slice(0, 50)}`, () => {
      const u = answer(text);
      expect(u.kind).toBe('other');
      expect(u.instagramUsername).toBeNull();
    });
  }

  it('a reply to the person\'s own earlier mail: the quoted ask never counts', () => {
    const text = [
      'ich ziehe meinen Löschantrag zurück, bitte nichts löschen. Wir nutzen die App weiter.',
      '',
      'Am 6. Dezember 2026 um 09:12 schrieb Lena K <person@example.com>:',
      '> Hallo, bitte löschen Sie alle Daten zu unserem Konto @lena_k89. Danke',
    ].join('\n');
    const u = ownReply(text, 'Re: Löschung meiner Daten');
    expect(u.kind).toBe('other');
    expect(u.instagramUsername).toBeNull();
  });

  it('an Italian change of mind under the person\'s own quoted ask', () => {
    const text = [
      "ci ho ripensato, ritiro la richiesta: non cancellate niente, lasciate tutto com'è.",
      '',
      'Il giorno 6 dic 2026, alle ore 10:00, Giulia B <person@example.com> ha scritto:',
      '> Vi chiedo di cancellare tutti i dati del profilo @giulia.b_7',
    ].join('\n');
    const u = ownReply(text, 'Re: cancellazione dati');
    expect(u.kind).toBe('other');
    expect(u.instagramUsername).toBeNull();
  });
});

describe('guards: asking anew, sparing one thing, or holding off keep their reading', () => {
  it.each([
    ['en', 'I withdrew my request last week but now please delete my data after all @mia.rose_22', 'mia.rose_22'],
    ['de', 'Ich hatte meinen Löschantrag zurückgezogen, jetzt aber bitte doch alle meine Daten löschen. Konto @lena_k89', 'lena_k89'],
    ['es', 'Hice una solicitud de eliminación hace un mes y no me respondieron. Por favor borren mis datos, cuenta @carlos_m90', 'carlos_m90'],
    ['en', 'Please delete my data, my account is @mia.rose_22', 'mia.rose_22'],
    ['en', 'I withdraw my consent to the processing. Please delete my data, account @mia.rose_22', 'mia.rose_22'],
    // Consent withdrawn is no request withdrawn: it asks for the erasure.
    ['de', 'Ich ziehe meine Einwilligung zurück und bitte um Löschung meiner Daten. Konto @lena_k89', 'lena_k89'],
    ['pl', 'Wycofuję zgodę na przetwarzanie danych i proszę o usunięcie moich danych. Konto @kasia_nowak1', 'kasia_nowak1'],
    ['tr', 'Rızamı geri çekiyorum, lütfen verilerimi silin. Hesap @mert.yilmaz_34', 'mert.yilmaz_34'],
    ['it', 'Ritiro il consenso al trattamento, cancellate i miei dati. @giulia.b_7', 'giulia.b_7'],
    ['ru', 'Я отзываю согласие на обработку, удалите мои данные пожалуйста. @olga_iv_7', 'olga_iv_7'],
    // A request form sent back is no request withdrawn.
    ['de', 'Bitte schicken Sie mir den Antrag zurück und löschen Sie meine Daten. Konto @lena_k89', 'lena_k89'],
    ['zh', '我撤回同意并要求删除我的数据。账号 @lina_w_8', 'lina_w_8'],
    // A request taken back about something else, and the erasure asked in the same breath.
    ['en', 'Cancel my previous request about the newsletter and delete my data please @mia.rose_22', 'mia.rose_22'],
    ['fr', 'Je retire ma demande de suppression du compte, supprimez seulement mes données. compte @julie.d_75', 'julie.d_75'],
    ['en', 'I changed my mind about keeping it, please delete my account @mia.rose_22', 'mia.rose_22'],
  ])('%s: still a request: %s', (_lang, text, handle) => {
    const u = fresh(text);
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe(handle);
  });

  it.each([
    ['en', 'Please delete my data @mia.rose_22... actually not yet, wait until I answer'],
    ['en', 'Please delete the data of @shop_a, but don\'t delete @shop_b, that one we still use.'],
  ])('%s: read as today: %s', (_lang, text) => {
    const u = fresh(text);
    expect(u.kind).toBe('other');
  });

  it.each([
    ['it', 'Ho cambiato idea, cancellate tutti i miei dati. @giulia.b_7'],
    ['pt', 'Mudei de ideia, quero apagar tudo. Conta @ana.souza_3'],
    ['tr', 'Vazgeçtim, verilerimi silin lütfen. @mert.yilmaz_34'],
    ['en', 'I changed my mind, please delete my data after all. @mia.rose_22'],
  ])('%s: a change of mind that then asks stays for staff: %s', (_lang, text) => {
    expect(fresh(text).kind).toBe('possible_request');
  });

  it('I did not ask for this, please do not delete anything (an answer to our mail)', () => {
    expect(answer('I did not ask for this, please do not delete anything. @mia.rose_22').kind).toBe('other');
  });

  it('a withdrawal, then a new ask in a sentence of its own, is no withdrawal', () => {
    const u = fresh('Ich ziehe meinen alten Antrag zurück. Jetzt bitte alle meine Daten löschen, Konto @lena_k89.');
    expect(u.kind).not.toBe('other');
  });
});
