/**
 * A person who asks how the deletion of their own data goes with us, before asking for it: whether
 * unlinking the app or cancelling does it or they must ask us ("Does that remove my data from your
 * servers too, or do I have to ask you separately?", "data IG saya otomatis dihapus gak ya? Atau saya
 * harus minta dulu?"), what the process is ("अगर मैं अपना डेटा आपके ऐप से हटवाना चाहूँ तो उसकी क्या
 * प्रक्रिया है?"), or how to have it deleted with us ("а як взагалі видалити свої дані у вас?"). They
 * have not asked yet and the question is no idle one: staff answer it and may open the request. It is
 * a `possible_request` carrying the handle when one is given and the sender as confirmation. A general
 * question, a question how to delete a post, cancel a subscription or delete the Instagram account at
 * Instagram, a request with a side question and a question for some day with the deletion held back now
 * ("not yet", "vorerst") keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'Hallo') => understandWithEvidence(personMail(text, subject, { from: 'rin@example.org' }), READER_OPTS);

describe('a question how the deletion of one\'s own data goes goes to staff', () => {
  it.each([
    ['en', 'Apps and websites',
      'Hi, I removed your app under Instagram > Settings > Apps and websites. Does that remove my data from your servers too, or do I have to ask you separately? If I do have to ask, what exactly do you need from me?', null],
    ['en', 'quick q', 'if i unlink the app does my data get deleted on your side too or do i need to ask you for that? @rin.sato_22', 'rin.sato_22'],
    ['id', 'Tanya', 'Halo kak, kalau saya berhenti langganan PickrTech, data IG saya (@rin.sato_22) otomatis dihapus gak ya? Atau saya harus minta dulu? Kalau harus minta, caranya gimana, cukup balas email ini?', 'rin.sato_22'],
    ['hi', 'प्रश्न', 'नमस्ते, अगर मैं अपना डेटा आपके ऐप से हटवाना चाहूँ तो उसकी क्या प्रक्रिया है? क्या ईमेल काफी है या कोई फॉर्म भरना होगा? मेरा अकाउंट @rin.sato_22 है।', 'rin.sato_22'],
    ['uk', 'Питання', 'Добрий день. а як взагалі видалити свої дані у вас? Чи достатньо просто відв\'язати додаток в налаштуваннях інстаграму, чи треба обов\'язково писати вам окремо? Якщо треба, то мабуть видаліть. Мій інста @rin.sato_22', 'rin.sato_22'],
    ['de', 'Frage', 'Hallo zusammen, wie läuft das eigentlich ab, wenn ich meine Daten bei euch löschen lassen möchte? Reicht eine Mail oder gibt es ein Formular?', null],
    ['de', 'Instagram getrennt', 'Ich habe die App in den Instagram-Einstellungen entfernt. Sind meine Daten damit auch bei Ihnen gelöscht, oder muss ich das extra beantragen? Mein Konto: @rin.sato_22', 'rin.sato_22'],
    ['fr', 'Question', 'Bonjour, j\'ai retiré votre application dans les paramètres d\'Instagram. Est-ce que mes données sont aussi effacées chez vous, ou faut-il vous le demander à part ? Mon compte : @rin.sato_22', 'rin.sato_22'],
    ['es', 'Baja', 'Hola, si me doy de baja, ¿mis datos se borran automáticamente o tengo que pedirlo? ¿Cómo se pide?', null],
    ['it', 'Informazioni', 'Buongiorno, vorrei capire qual è la procedura per far cancellare i miei dati dalla vostra app. Basta una mail? Il mio profilo è @rin.sato_22', 'rin.sato_22'],
    ['pt', 'Dúvida', 'Oi! Se eu desconectar o app do Instagram, meus dados somem do servidor de vocês ou preciso pedir a exclusão? Como faço o pedido? @rin.sato_22', 'rin.sato_22'],
    ['tr', 'Soru', 'Merhaba, uygulamanızdan verilerimi sildirmek istersem süreç nasıl işliyor? E-posta yeterli mi, yoksa form mu doldurmam gerekiyor? Hesabım @rin.sato_22', 'rin.sato_22'],
    ['pl', 'Pytanie', 'Jak właściwie usunąć moje dane u was? Wystarczy odłączyć aplikację w ustawieniach Instagrama, czy muszę do was napisać?', null],
    ['ru', 'Вопрос', 'Здравствуйте, подскажите, как вообще удалить мои данные у вас? Достаточно отвязать приложение в настройках инстаграма или надо писать вам отдельно? Мой аккаунт @rin.sato_22', 'rin.sato_22'],
    ['nl', 'Vraag', 'Hoi, als ik mijn abonnement opzeg, worden mijn gegevens dan automatisch verwijderd of moet ik dat apart bij jullie aanvragen? Mijn insta is @rin.sato_22', 'rin.sato_22'],
    ['ja', 'お問い合わせ', 'インスタの設定でアプリの連携を解除しました。これで私のデータもそちらから削除されますか？それとも別途お願いする必要がありますか？', null],
  ] as Array<[string, string, string, string | null]>)('%s: %s', (_lang, subject, text, handle) => {
    const { understanding: u } = read(text, subject);
    expect(u.kind).toBe('possible_request');
    expect(u.instagramUsername).toBe(handle);
    expect(u.confirmationEmail).toBe('rin@example.org');
  });
});

describe('what keeps its reading', () => {
  it.each([
    ['en', 'Please delete my data. How long will it take? @rin.sato_22'],
    ['en', 'Please delete my data @rin.sato_22. Do I have to do anything else, or is this mail enough?'],
    ['de', 'Bitte löschen Sie meine Daten. Wie lange dauert das? Instagram: @rin.sato_22'],
    ['id', 'Tolong hapus data saya ya kak. Berapa lama prosesnya? IG saya @rin.sato_22'],
    ['ru', 'Удалите, пожалуйста, мои данные. Сколько это займёт времени? Инстаграм @rin.sato_22'],
    ['en', 'Can you delete my data, or is there a form I must fill in? Instagram: @rin.sato_22'],
    ['en', 'I want my data deleted from your app. Is this mail enough? @rin.sato_22'],
  ])('%s: a request stays a request: %s', (_lang, text) => {
    const { understanding: u } = read(text);
    expect(u.kind).toBe('deletion_request');
    expect(u.instagramUsername).toBe('rin.sato_22');
  });

  it.each([
    ['en', 'How long do you keep publishing logs?'],
    ['en', 'What data do you store about Instagram users?'],
    ['en', 'Do you sell data? Just curious what the process is with third parties.'],
    ['en', 'How do I delete a scheduled post? Do I have to ask you or can I do it in the app? @rin.sato_22'],
    ['en', 'How do I cancel my subscription? Is there a form or do I have to write to you?'],
    ['de', 'Wie lösche ich einen geplanten Beitrag? Muss ich euch dafür schreiben?'],
    ['pl', 'Jak anulować subskrypcję? Czy muszę do was napisać?'],
    ['es', '¿Cómo borro una publicación programada? ¿Tengo que pedirlo?'],
    ['en', 'How do I delete my Instagram account itself? Is that done at Instagram or do I have to ask you?'],
    // A question for some day, the deletion held back now.
    ['en', 'Maybe later I will want my data deleted: what is the process then, is an email enough? Not yet though, I am only asking. @rin.sato_22'],
    ['de', 'Vielleicht möchte ich später meine Daten löschen lassen. Wie läuft das ab, reicht eine Mail? Vorerst bitte nichts löschen. @rin.sato_22'],
  ])('%s: stays other: %s', (_lang, text) => {
    expect(read(text).understanding.kind).toBe('other');
  });
});

describe('a stranger\'s sentence of many phrases', () => {
  it('is read to the end, once', () => {
    const { understanding: u } = read(`my data deleted?${' do i need to ask'.repeat(3_000)} please`);
    expect(u.kind).not.toBe('deletion_request');
  });
});
