/**
 * Mail written after a deletion was asked that asks nothing new: whether it was done ("did you
 * delete my data?", "verilerim silindi mi?", "삭제되었나요?") or thanks for it being done ("Danke,
 * die Daten sind gelöscht"). No request is opened for it. A mail that asks again beside the
 * question ("was my data deleted? If not, please delete it") or complains that nothing happened
 * stays a request.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = '') => understand(personMail(text, subject), READER_OPTS).kind;
const REQUESTS = ['deletion_request', 'incomplete_request', 'possible_request'];

describe('asking whether the deletion was done asks for nothing new', () => {
  it.each([
    ['fr', 'Bonjour, avez-vous supprimé mes données ? Je n\'ai pas reçu de réponse. Bonne journée', 'Suppression de données'],
    ['fr', 'Bonjour, est-ce que mes données ont bien été supprimées ? Merci', ''],
    ['tr', 'Merhaba, verilerim silindi mi? İyi günler', 'Veri silme'],
    ['tr', 'Merhaba, geçen hafta yazmıştım. Hesabımın verileri silindi mi acaba?', ''],
    ['hg', 'Hello, kya aapne mera data delete kar diya? Maine pichle hafte mail kiya tha.', 'Data delete'],
    ['hg', 'Hi, mera data delete ho gaya kya?', ''],
    ['pl', 'Dzień dobry, czy moje dane zostały już usunięte? Pozdrawiam', 'Usunięcie danych'],
    ['zh', '你好，我上周发了邮件。我的数据已经删除了吗？', '删除数据'],
    ['ko', '안녕하세요, 지난주에 요청드렸는데 제 데이터가 삭제되었나요?', '데이터 삭제'],
    ['de', 'Hallo, wurden meine Daten schon gelöscht? Viele Grüße', 'Datenlöschung'],
    ['ru', 'Здравствуйте, вы удалили мои данные?', 'Удаление данных'],
    ['ru', 'Добрый день, мои данные уже удалены?', ''],
    ['en', 'Hi, did you delete my data?', 'Data deletion'],
    ['en', 'Hello, has my data been deleted yet? Thanks', ''],
    ['es', 'Hola, ¿ya borraron mis datos? Saludos', 'Borrar datos'],
    ['it', 'Buongiorno, avete già cancellato i miei dati?', 'Cancellazione dati'],
    ['ja', 'こんにちは。先週お願いしましたが、私のデータはもう削除されましたか？', 'データ削除'],
    ['pt', 'Olá, meus dados já foram apagados?', 'Exclusão de dados'],
    ['nl', 'Hallo, zijn mijn gegevens al verwijderd?', 'Gegevens verwijderen'],
    ['ar', 'مرحبا، هل تم حذف بياناتي؟', 'حذف البيانات'],
    ['hu', 'Jó napot, törölték már az adataimat?', 'Adatok törlése'],
    ['cs', 'Dobrý den, byla už moje data smazána?', 'Smazání dat'],
    ['fr', 'Bonjour, pourriez-vous me confirmer que mes données ont bien été supprimées ? Merci d\'avance', ''],
    ['fr', 'Bonjour, mes données sont-elles supprimées ?', 'Re: Suppression'],
    ['fr', 'Bonjour, la suppression de mes données a-t-elle été effectuée ?', ''],
    ['hg', 'Hi, kya aap confirm kar sakte ho ki mera data delete ho gaya?', ''],
    ['hg', 'Hello, mera data delete hua ya nahi? Please batao', ''],
    ['hi', 'नमस्ते, मेरा डेटा डिलीट हुआ या नहीं?', ''],
    ['fr', 'Bonjour, avez-vous pu supprimer mes données ?', ''],
    ['tr', 'Merhaba, verilerimin silinip silinmediğini öğrenebilir miyim?', ''],
  ])('%s: %s', (_lang, text, subject) => {
    expect(read(text, subject)).toBe('other');
  });
});

describe('a question whether it was done, beside the earlier ask it follows, asks for nothing new', () => {
  it.each([
    ['en', 'Hi, I asked you to delete my data two weeks ago. Has it been deleted yet?', ''],
    ['fr', 'Bonjour,\n\nJ\'ai envoyé une demande de suppression il y a deux semaines. Avez-vous supprimé mes données ?\n\nCordialement,\nClaire', 'Re: Suppression de mes données'],
    ['tr', 'Merhaba,\n\nGeçen hafta verilerimin silinmesini talep etmiştim. Verilerim silindi mi?\n\nKullanıcı adım: ayse.k_92\n\nTeşekkürler', 'Veri silme talebi'],
    ['hg', 'Hi,\nmaine last week data delete karne ki request bheji thi. Kya aapne mera data delete kar diya?\nMera insta id rahul_k99 hai.\nThanks', 'Data delete'],
    ['pl', 'Dzień dobry, dwa tygodnie temu prosiłam o usunięcie moich danych. Czy zostały już usunięte?', ''],
  ])('%s: %s', (_lang, text, subject) => {
    expect(read(text, subject)).toBe('other');
  });
});

describe('thanks for a deletion done asks for nothing', () => {
  it.each([
    ['en', 'Thank you, I saw my data was deleted.', 'Re: Data deletion'],
    ['hi', 'धन्यवाद, मेरा डेटा हटा दिया गया है।', 'Re: डेटा हटाना'],
    ['de', 'Danke, die Daten sind gelöscht.', 'Re: Datenlöschung'],
    ['ar', 'شكراً، تم حذف بياناتي.', 'Re: حذف البيانات'],
    ['fr', 'Merci, j\'ai vu que mes données ont été supprimées.', 'Re: Suppression'],
    ['ru', 'Спасибо, мои данные удалены.', 'Re: Удаление данных'],
    ['tr', 'Teşekkürler, verilerim silinmiş.', 'Re: Veri silme'],
    ['hi', 'बहुत धन्यवाद! आपने मेरा डेटा हटा दिया।', ''],
    ['hi', 'धन्यवाद, मेरा डेटा डिलीट हो गया है।', ''],
    ['hi', 'मेरा डेटा हटाने के लिए धन्यवाद।', 'Re: डेटा हटाना'],
    ['hg', 'Mera data delete karne ke liye thank you!', 'Re: Data delete'],
    ['tr', 'Verilerimi sildiğiniz için teşekkür ederim.', 'Re: Veri silme'],
  ])('%s: %s', (_lang, text, subject) => {
    expect(read(text, subject)).toBe('other');
  });
});

describe('a question or a complaint beside a new ask stays a request', () => {
  it.each([
    ['en', 'I asked two weeks ago and nothing happened, please delete my data now, @mara.quinn_7'],
    ['en', 'Was my data deleted? If not, please delete it: @mara.quinn_7'],
    ['en', 'Have you received my request? I want my data deleted, username mara.quinn_7'],
    ['de', 'Wurden meine Daten gelöscht? Falls nicht, bitte löschen Sie sie: @mara.quinn_7'],
    ['fr', 'Mes données ont-elles été supprimées ? Sinon, merci de supprimer mes données : @mara.quinn_7'],
    ['tr', 'Verilerim silindi mi? Silinmediyse lütfen verilerimi silin: @mara.quinn_7'],
    ['pl', 'Czy moje dane zostały usunięte? Jeśli nie, proszę usunąć moje dane: @mara.quinn_7'],
    ['ru', 'Мои данные удалены? Если нет, пожалуйста, удалите мои данные: @mara.quinn_7'],
    ['en', 'Has my data still not been deleted? I want it gone, my username is mara.quinn_7'],
    ['en', 'Thanks! I want my data deleted, username mara.quinn_7'],
    ['en', 'Requesting to have all my data deleted. Thanks, mara.quinn_7'],
    ['de', 'Danke. Ich möchte meine Daten gelöscht haben, Benutzername mara.quinn_7'],
    ['pl', 'Dziękuję. Chcę, żeby moje dane zostały usunięte, login mara.quinn_7'],
    ['ru', 'Спасибо. Хочу, чтобы мои данные были удалены, логин mara.quinn_7'],
    ['ko', '감사합니다. 제 데이터가 삭제됐으면 좋겠습니다. 아이디: mara.quinn_7'],
    ['hu', 'Köszönöm. Szeretném töröltetni az adataimat, felhasználónév: mara.quinn_7'],
    ['en', 'Please delete my data and confirm once it has been deleted. Thanks, mara.quinn_7'],
    ['tr', 'verilerimi silin teşekkürler @mara.quinn_7'],
    ['hi', 'मेरा डेटा हटा दीजिए, धन्यवाद। मेरा इंस्टाग्राम: @mara.quinn_7'],
    ['en', 'Could you delete my data and confirm when it has been deleted? @mara.quinn_7'],
    ['fr', 'Merci de supprimer mes données et de me confirmer quand elles ont été supprimées. Instagram : @mara.quinn_7'],
    ['hg', 'Please mera data delete kar do aur confirm karo jab delete ho gaya. Insta id mara.quinn_7'],
  ])('%s: %s', (_lang, text) => {
    expect(REQUESTS).toContain(read(text));
  });
});

describe('a plain ask to delete stays a request in every language', () => {
  it.each([
    ['en', 'Please delete my data, my Instagram is @mara.quinn_7'],
    ['fr', 'Bonjour, merci de supprimer mes données. Mon Instagram : @mara.quinn_7'],
    ['tr', 'Merhaba, lütfen verilerimi silin. Instagram: @mara.quinn_7'],
    ['hg', 'Hello, please mera data delete kar dijiye. Mera Instagram @mara.quinn_7 hai'],
    ['hi', 'नमस्ते, कृपया मेरा डेटा हटा दीजिए। मेरा इंस्टाग्राम: @mara.quinn_7'],
    ['de', 'Hallo, bitte löschen Sie meine Daten. Mein Instagram: @mara.quinn_7'],
    ['es', 'Hola, por favor borren mis datos. Mi Instagram: @mara.quinn_7'],
    ['it', 'Buongiorno, per favore cancellate i miei dati. Il mio Instagram: @mara.quinn_7'],
    ['pl', 'Dzień dobry, proszę usunąć moje dane. Mój Instagram: @mara.quinn_7'],
    ['ru', 'Здравствуйте, пожалуйста, удалите мои данные. Мой Instagram: @mara.quinn_7'],
    ['zh', '你好，请删除我的数据。我的Instagram：@mara.quinn_7'],
    ['ko', '안녕하세요, 제 데이터를 삭제해 주세요. 인스타그램: @mara.quinn_7'],
    ['ja', 'こんにちは。私のデータを削除してください。インスタグラム：@mara.quinn_7'],
    ['pt', 'Olá, por favor apaguem meus dados. Meu Instagram: @mara.quinn_7'],
    ['nl', 'Hallo, verwijder alstublieft mijn gegevens. Mijn Instagram: @mara.quinn_7'],
    ['ar', 'مرحبا، أرجو حذف بياناتي. حسابي على إنستغرام: @mara.quinn_7'],
    ['hu', 'Jó napot, kérem, töröljék az adataimat. Instagram: @mara.quinn_7'],
    ['cs', 'Dobrý den, prosím smažte moje data. Můj Instagram: @mara.quinn_7'],
  ])('%s: %s', (_lang, text) => {
    expect(read(text)).toBe('deletion_request');
  });
});
