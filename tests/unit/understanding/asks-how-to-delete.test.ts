/**
 * A person who asks what they must do to have their own data deleted ("What would I have to do
 * to get my data deleted?", "O que preciso fazer pra meus dados serem apagados?", "Підкажіть, що
 * зробити, щоб ви видалили мої дані?") has not asked for the deletion yet, and neither is the
 * question idle: staff answer it and may open the request. It is a `possible_request` carrying
 * the handle and the sender as confirmation, never a `deletion_request`, whatever its subject
 * says ("데이터 삭제 문의", "Frage zur Löschung"). A plain request, a request with a side question,
 * a general question, a question about deleting something else and a question whether the
 * deletion was done keep their reading.
 */
import { describe, expect, it } from 'vitest';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'Hallo') => understandWithEvidence(personMail(text, subject, { from: 'ana@example.org' }), READER_OPTS);

describe('a question how to have one\'s own data deleted goes to staff', () => {
  it.each([
    ['en', 'Hello', 'What would I have to do to get my data deleted from your service? My Instagram is @ana.lima_7', 'ana.lima_7'],
    ['en', 'data', 'hi what do i need to do so you guys delete my data?? my insta is @ana.lima_7', 'ana.lima_7'],
    ['en', 'Question', 'Hi, how do I get you to remove my data? Not sure I even connected my instagram, it would be @ana.lima_7', 'ana.lima_7'],
    ['en', 'question about data deletion', 'How can I get my data deleted? @ana.lima_7', 'ana.lima_7'],
    ['pt', 'Oi', 'O que preciso fazer pra meus dados serem apagados? meu insta é @ana.lima_7', 'ana.lima_7'],
    ['pt', 'dúvida exclusão', 'oi, o que eu tenho que fazer pra vcs apagarem meus dados? insta @ana.lima_7', 'ana.lima_7'],
    ['uk', 'Питання', 'Підкажіть, що зробити, щоб ви видалили мої дані? Чи достатньо цього листа? Мій інстаграм @ana.lima_7', 'ana.lima_7'],
    ['he', 'שאלה', 'מה אני צריכה לעשות כדי שתמחקו את המידע שלי? האינסטגרם שלי @ana.lima_7', 'ana.lima_7'],
    ['ko', '데이터 삭제 문의', '만약 삭제하려면 제가 뭘 해야 하나요? 이 메일로 되나요? 인스타 @ana.lima_7', 'ana.lima_7'],
    ['de', 'Frage zur Löschung', 'Hallo, was muss ich tun, damit ihr meine Daten löscht? Reicht diese Mail? Insta: @ana.lima_7', 'ana.lima_7'],
    ['fr', 'Bonjour', "Que dois-je faire pour que mes données soient supprimées ? Mon insta c'est @ana.lima_7", 'ana.lima_7'],
    ['es', 'Hola', 'Qué tengo que hacer para que borren mis datos? mi insta es @ana.lima_7', 'ana.lima_7'],
    ['it', 'Ciao', 'Cosa devo fare per far cancellare i miei dati? il mio ig è @ana.lima_7', 'ana.lima_7'],
    ['nl', 'Vraag', 'Wat moet ik doen om mijn gegevens te laten verwijderen? mijn insta is @ana.lima_7', 'ana.lima_7'],
    ['tr', 'Merhaba', 'Verilerimin silinmesi için ne yapmam gerekiyor? instagramım @ana.lima_7', 'ana.lima_7'],
    ['pl', 'Pytanie', 'Co muszę zrobić, żeby usunęli państwo moje dane? mój insta @ana.lima_7', 'ana.lima_7'],
    ['ru', 'Вопрос', 'Что нужно сделать, чтобы вы удалили мои данные? Мой инстаграм @ana.lima_7', 'ana.lima_7'],
    ['ja', 'お問い合わせ', '私のデータを削除してもらうには何をすればいいですか？インスタは @ana.lima_7 です', 'ana.lima_7'],
    ['zh', '咨询', '我需要做什么才能让你们删除我的数据？我的ins是 @ana.lima_7', 'ana.lima_7'],
    ['id', 'Halo', 'Apa yang harus saya lakukan agar data saya dihapus? IG saya @ana.lima_7', 'ana.lima_7'],
    ['vi', 'Xin chào', 'Tôi cần làm gì để các bạn xóa dữ liệu của tôi? insta của tôi là @ana.lima_7', 'ana.lima_7'],
    ['hi-Latn', 'Hello', 'Mujhe apna data delete karwane ke liye kya karna hoga? mera insta @ana.lima_7 hai', 'ana.lima_7'],
    ['sv', 'Hej', 'Vad behöver jag göra för att ni ska radera mina uppgifter? min insta är @ana.lima_7', 'ana.lima_7'],
    ['el', 'Ερώτηση', 'Τι πρέπει να κάνω για να διαγράψετε τα δεδομένα μου; το insta μου είναι @ana.lima_7', 'ana.lima_7'],
    ['ar', 'سؤال', 'ماذا يجب أن أفعل لكي تحذفوا بياناتي؟ انستغرامي @ana.lima_7', 'ana.lima_7'],
    ['cs', 'Dotaz', 'Co musím udělat, abyste smazali moje data? můj insta je @ana.lima_7', 'ana.lima_7'],
    // Once read as a question about how deletion works (other): "how do I go about" asks what to do, and staff answer.
    ['pt', 'Bom dia', 'Bom dia, gostaria de saber como faço para apagar minha conta e meus dados.', null],
    ['ro', 'Salut', 'Ce trebuie sa fac ca sa-mi stergeti datele? insta mea e @ana.lima_7', 'ana.lima_7'],
  ] as Array<[string, string, string, string | null]>)('%s: %s', (_lang, subject, text, handle) => {
    const { understanding: u, evidence: e } = read(text, subject);
    expect(u.kind).toBe('possible_request');
    expect(u.instagramUsername).toBe(handle);
    expect(u.confirmationEmail).toBe('ana@example.org');
    expect(e.kind.rule).toBe('possible.asks-how');
  });
});

describe('a question what to do if one wants one\'s data deleted goes to staff', () => {
  it.each([
    ['en', 'Hello', 'what do i need to do if i want my data deleted? my insta is @ana.lima_7'],
    ['en', 'Hello', 'If I want you to delete my data, what do I have to do? insta @ana.lima_7'],
    ['nl', 'Vraag', 'Wat moet ik eigenlijk doen als ik wil dat jullie mijn gegevens verwijderen? Moet ik een formulier invullen of is een mailtje genoeg? Mijn insta is @ana.lima_7'],
    ['nl', 'Hoi', 'Als ik wil dat jullie mijn gegevens verwijderen, wat moet ik dan doen? insta @ana.lima_7'],
    ['vi', 'Hỏi', 'Nếu mình muốn xóa dữ liệu thì cần làm những bước gì vậy? Insta của mình là @ana.lima_7. Mình vẫn đang cân nhắc'],
    ['de', 'Frage', 'Hallo, was muss ich tun, wenn ich möchte, dass ihr meine Daten löscht? Insta @ana.lima_7'],
    ['de', 'Frage', 'Wenn ich will, dass ihr meine Daten löscht, was muss ich dann machen? insta @ana.lima_7'],
    ['fr', 'Bonjour', 'Si je veux que vous supprimiez mes données, je dois faire quoi ? Que dois-je faire exactement ? insta @ana.lima_7'],
    ['es', 'Hola', 'si quiero que borren mis datos que tengo que hacer? mi ig es @ana.lima_7'],
    ['it', 'Ciao', 'Cosa devo fare se voglio che cancelliate i miei dati? il mio ig è @ana.lima_7'],
    ['pt', 'Oi', 'o que eu preciso fazer se eu quiser que vcs apaguem meus dados? insta @ana.lima_7'],
    ['pl', 'Pytanie', 'Co muszę zrobić, jeśli chcę, żebyście usunęli moje dane? mój insta @ana.lima_7'],
    ['ru', 'Вопрос', 'Что мне нужно сделать, если я хочу, чтобы вы удалили мои данные? инста @ana.lima_7'],
    ['tr', 'Merhaba', 'Verilerimin silinmesini istersem ne yapmam gerekiyor? instagramım @ana.lima_7'],
    ['ja', 'お問い合わせ', 'もし私のデータを削除してほしい場合、何をすればいいですか？インスタは @ana.lima_7 です'],
    ['ko', '문의', '제 데이터를 삭제하고 싶으면 뭘 해야 하나요? 인스타 @ana.lima_7'],
    ['zh', '咨询', '如果我想让你们删除我的数据，我需要做什么？我的ins是 @ana.lima_7'],
    ['ar', 'سؤال', 'إذا أردت أن تحذفوا بياناتي، ماذا يجب أن أفعل؟ انستغرامي @ana.lima_7'],
    ['hi-Latn', 'Hello', 'Agar main chahun ki aap mera data delete karein to mujhe kya karna hoga? mera insta @ana.lima_7 hai'],
  ])('%s: %s', (_lang, subject, text) => {
    const { understanding: u, evidence: e } = read(text, subject);
    expect(u.kind).toBe('possible_request');
    expect(u.instagramUsername).toBe('ana.lima_7');
    expect(u.confirmationEmail).toBe('ana@example.org');
    expect(e.kind.rule).toBe('possible.asks-how');
  });
});

describe('what keeps its reading', () => {
  it.each([
    ['en', 'Please delete my data, my handle is @ana.lima_7'],
    ['en', 'Please delete my data @ana.lima_7. Will my posts on Instagram also go?'],
    ['en', 'Please delete my data @ana.lima_7. What else do I need to do?'],
    ['de', 'Bitte löschen Sie meine Daten, was muss ich sonst noch tun? Insta: @ana.lima_7'],
    ['pt', 'Por favor apaguem meus dados. O que mais preciso fazer? insta @ana.lima_7'],
    ['ru', 'Пожалуйста, удалите мои данные. Что ещё нужно сделать? Инстаграм @ana.lima_7'],
    ['ko', '제 데이터를 삭제해 주세요. 또 뭘 해야 하나요? 인스타 @ana.lima_7'],
  ])('%s: a request stays a request: %s', (_lang, text) => {
    expect(read(text).understanding.kind).toBe('deletion_request');
  });

  it.each([
    ['en', 'Do you store data of users?'],
    ['en', 'How long do you keep logs?'],
    ['en', 'What do I need to do to delete user data from your app?'],
    ['ru', 'Что нужно сделать, чтобы удалить данные пользователя?'],
    ['de', 'Was muss man tun, damit Kundendaten gelöscht werden?'],
    ['en', 'What do I need to do to delete a post I scheduled? @ana.lima_7'],
    ['en', 'What do I have to do to delete my Instagram account? @ana.lima_7'],
    ['en', 'What do I need to do to cancel my subscription?'],
    ['de', 'Was muss ich tun, um einen geplanten Beitrag zu löschen? @ana.lima_7'],
    ['es', '¿Qué tengo que hacer para borrar una publicación programada?'],
  ])('%s: stays other: %s', (_lang, text) => {
    expect(read(text).understanding.kind).toBe('other');
  });

  it('pt: a question how to delete the Instagram account itself stays Instagram\'s, as read before', () => {
    const { understanding: u, evidence: e } = read('O que preciso fazer pra apagar minha conta do Instagram? @ana.lima_7');
    expect(u.kind).toBe('possible_request');
    expect(e.kind.rule).toBe('possible.instagram-account');
  });

  it.each([
    ['en', 'Did you delete my data? @ana.lima_7'],
    ['de', 'Habt ihr meine Daten schon gelöscht? @ana.lima_7'],
    ['pl', 'Czy moje dane zostały już usunięte? @ana.lima_7'],
  ])('%s: a question whether the deletion was done is no question how: %s', (_lang, text) => {
    expect(read(text).evidence.kind.rule).not.toBe('possible.asks-how');
  });
});

describe('a stranger\'s sentence of many how-to phrases', () => {
  it('is read to the end, once', () => {
    const { understanding: u } = understandWithEvidence(personMail(`my data delete${' what do i need to do'.repeat(2_000)}?`, 'Hello'), READER_OPTS);
    expect(u.instagramUsername).toBeNull();
    expect(u.kind).not.toBe('deletion_request');
  });
});
