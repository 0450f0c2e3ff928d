/**
 * Deletion wishes and the traps around them in Italian, Dutch, Turkish and
 * Japanese, plus terse subjects in all nine languages.
 */
import { describe, it, expect } from 'vitest';
import { findDeletionStatement, isDeletionWish } from '../../../src/understanding/deletion-intent.js';
import { isJapaneseDeletionWish, isJapaneseTerseSubject } from '../../../src/understanding/deletion-intent-ja.js';

describe('deletion wishes in Italian, Dutch, Turkish and Japanese', () => {
  const wishes: Array<[string, string]> = [
    ['it', 'Vorrei che cancellaste tutti i miei dati.'],
    ['it', 'Per favore eliminate i miei dati personali.'],
    ['it', 'Vi chiedo di eliminare il mio account e tutti i dati collegati dalla vostra app.'],
    ['it', 'Chiedo la rimozione dei miei dati personali.'],
    ['it', 'Potete cancellare il mio account?'],
    ['it', "Esercito il mio diritto all'oblio."],
    ['it', 'Richiesta di cancellazione dei dati ai sensi del GDPR.'],
    ['it', 'Cancellate tutti i dati che avete su di me, grazie.'],
    ['nl', 'Graag wil ik dat u al mijn gegevens verwijdert.'],
    ['nl', 'Kunnen jullie al mijn gegevens wissen?'],
    ['nl', 'Verwijder mijn gegevens alstublieft.'],
    ['nl', 'Hierbij verzoek ik u om al mijn gegevens die gekoppeld zijn aan mijn Instagram-account te verwijderen.'],
    ['nl', 'Ik wil graag dat mijn account en gegevens worden verwijderd.'],
    ['nl', 'Ik maak gebruik van mijn recht op vergetelheid.'],
    ['nl', 'Graag verwijdering van al mijn persoonsgegevens uit uw systemen.'],
    ['tr', 'Verilerimin silinmesini talep ediyorum.'],
    ['tr', 'Lütfen verilerimi silin.'],
    ['tr', 'Hesabımı ve verilerimi silebilir misiniz?'],
    ['tr', 'Tüm kişisel verilerimin silinmesini istiyorum.'],
    ['tr', 'Verilerimi silmenizi rica ederim.'],
    ['tr', 'Hesabımla ilgili tüm verilerin silinmesini rica ediyorum.'],
    ['tr', 'Unutulma hakkımı kullanmak istiyorum.'],
    ['tr', 'İnstagram hesabımla ilişkili bilgilerimin kaldırılmasını istiyorum.'],
    ['ja', 'Instagramのデータを削除してください。'],
    ['ja', '私のデータをすべて削除していただきたく、ご連絡いたしました。'],
    ['ja', '個人情報の削除をお願いします。'],
    ['ja', 'アカウント情報を消去していただけますか。'],
    ['ja', 'データを全部消してください。'],
    ['ja', 'データの削除を希望します。'],
    ['ja', '忘れられる権利に基づき、私の情報の削除を請求します。'],
  ];
  it.each(wishes)('[%s] %j is a wish', (_lang, sentence) => {
    expect(isDeletionWish(sentence)).toBe(true);
    expect(findDeletionStatement(sentence, '')).toBe(sentence);
  });

  const traps: Array<[string, string]> = [
    ['it', 'Come posso cancellare un post programmato?'],
    ['it', 'Per favore non cancellate ancora i miei dati.'],
    ['it', 'Vorrei cancellare il mio account Facebook.'],
    ['it', 'Come funziona la cancellazione dei dati?'],
    ['it', 'Potete eliminare la foto dalla coda?'],
    ['it', 'Vorrei cancellare il mio abbonamento alla newsletter.'],
    ['nl', 'Hoe lang duurt het voordat mijn gegevens verwijderd worden?'],
    ['nl', 'Verwijder mijn gegevens nog niet, ik gebruik de app nog.'],
    ['nl', 'Kunnen jullie mijn Facebook-account verwijderen?'],
    ['nl', 'Hoe verwijder ik een gepland bericht?'],
    ['nl', 'Ik wil niet dat jullie mijn gegevens verwijderen.'],
    ['tr', 'Planlanmış bir gönderiyi nasıl silebilirim?'],
    ['tr', 'Lütfen verilerimi silmeyin.'],
    ['tr', 'Verilerimin silinmesini istemiyorum.'],
    ['tr', 'Facebook hesabımı silebilir misiniz?'],
    ['tr', 'Verilerimi nasıl silebilirim?'],
    ['ja', '予約投稿を削除するにはどうすればいいですか？'],
    ['ja', 'Facebookのアカウントを削除してください。'],
    ['ja', 'まだデータを削除しないでください。'],
    ['ja', 'データの削除はどのように行われますか？'],
    ['ja', '投稿を削除してください。'],
    ['ja', 'いつもお世話になっております。'],
  ];
  it.each(traps)('[%s] %j is not a wish', (_lang, sentence) => {
    expect(isDeletionWish(sentence)).toBe(false);
  });
});

describe('terse subjects', () => {
  const subjects: Array<[string, string]> = [
    ['Data deletion', 'Data deletion'],
    ['Re: Data deletion request', 'Data deletion request'],
    ['Eliminación de datos', 'Eliminación de datos'],
    ['Suppression de mes données', 'Suppression de mes données'],
    ['Datenlöschung', 'Datenlöschung'],
    ['AW: Löschung meiner Daten', 'Löschung meiner Daten'],
    ['Exclusão de dados', 'Exclusão de dados'],
    ['Cancellazione dati', 'Cancellazione dati'],
    ['R: Richiesta cancellazione account', 'Richiesta cancellazione account'],
    ['Verwijdering gegevens', 'Verwijdering gegevens'],
    ['Antw: Gegevens verwijderen', 'Gegevens verwijderen'],
    ['Veri silme talebi', 'Veri silme talebi'],
    ['Ynt: Hesap silme', 'Hesap silme'],
    ['データ削除依頼', 'データ削除依頼'],
    ['Re: アカウント削除のお願い', 'アカウント削除のお願い'],
    ['Instagramデータ削除について', 'Instagramデータ削除について'],
  ];
  it.each(subjects)('reads the subject %j as the statement', (subject, statement) => {
    expect(findDeletionStatement('IG: alice_s', subject)).toBe(statement);
  });

  const notRequests: string[] = [
    'Your data has been deleted',
    'Re: Your deletion request is complete',
    'Question about data deletion',
    'Domanda sulla cancellazione dei dati',
    'Vraag over verwijdering van gegevens',
    'Cancellazione post programmato',
    'Facebook hesap silme',
    'データ削除の方法',
    '予約投稿の削除',
    'Delete scheduled post',
    'Cancellazione abbonamento',
  ];
  it.each(notRequests)('does not read %j as a request', (subject) => {
    expect(findDeletionStatement('IG: alice_s', subject)).toBeNull();
  });

  it('lets a body that asks about something else veto the subject', () => {
    expect(findDeletionStatement('Come posso cancellare un post programmato?', 'Cancellazione dati')).toBeNull();
    expect(findDeletionStatement('予約投稿を削除するにはどうすればいいですか？', 'データ削除')).toBeNull();
    expect(findDeletionStatement('Facebook hesabımı silebilir misiniz?', 'Hesap silme')).toBeNull();
  });

  it('keeps the subject when the body only gives the username', () => {
    expect(findDeletionStatement('Kullanıcı adım: ayse.k', 'Veri silme talebi')).toBe('Veri silme talebi');
  });
});

describe('English reports and self-service questions', () => {
  it.each([
    ['Our records show the old one was deleted by mistake.'],
    ['I got your email saying my data will be deleted.'],
    ['I deleted my Instagram account, does that also delete my data in your app?'],
    ['Is my data deleted automatically when I disconnect Instagram?'],
    ['Can you delete the photo you posted yesterday from my account?'],
  ])('%j is not a wish', (sentence) => {
    expect(isDeletionWish(sentence)).toBe(false);
  });

  it.each([
    ['I want my data to be deleted.'],
    ['Please make sure my data is also deleted.'],
    ['Do you mind deleting my data?'],
    ['Can u remove all my stuff?'],
    ['Please delete my Instagram from your app'],
    ['Are you able to delete my data?'],
    ['Is there any way you can delete my data?'],
    ['Can I get my data deleted?'],
    ['Please delete data for both of my accounts: @a_one and @a_two'],
  ])('%j is a wish', (sentence) => {
    expect(isDeletionWish(sentence)).toBe(true);
  });

  it('reads "I want to delete X. How do I do that?" as a question', () => {
    expect(findDeletionStatement('Hi, I want to delete my data. How do I do that?', '')).toBeNull();
    expect(findDeletionStatement('I want my data deleted. How long will it take?', '')).toBe('I want my data deleted.');
  });
});

describe('Japanese rules on their own', () => {
  it('needs a deletion word, data and an ask', () => {
    expect(isJapaneseDeletionWish('データを削除してください')).toBe(true);
    expect(isJapaneseDeletionWish('データを削除しました')).toBe(false);
    expect(isJapaneseDeletionWish('削除してください')).toBe(false);
    expect(isJapaneseDeletionWish('Please delete my data')).toBe(false);
  });
  it('reads terse subjects', () => {
    expect(isJapaneseTerseSubject('個人情報削除')).toBe(true);
    expect(isJapaneseTerseSubject('削除方法について質問')).toBe(false);
    expect(isJapaneseTerseSubject('Facebookアカウント削除')).toBe(false);
  });
});

describe('negation stays inside its clause', () => {
  it.each([
    ["I'm not using it so delete my data."],
    ['I do not use the app anymore, please delete my data.'],
    ['Ik gebruik het niet meer dus verwijder mijn gegevens.'],
    ['Non uso più l\'app, quindi cancellate i miei dati.'],
    ['Verilerim silinsin lütfen.'],
    ['Ich nutze die App nicht mehr, bitte löschen Sie meine Daten.'],
  ])('%j is a wish', (sentence) => {
    expect(isDeletionWish(sentence)).toBe(true);
  });

  it.each([
    ['Please do not delete my data.'],
    ['Ik wil niet dat jullie mijn gegevens verwijderen.'],
    ['Bitte meine Daten nicht löschen.'],
    ['Verilerimi silmeyin.'],
    ['Verilerimin silinmesini istemiyorum.'],
  ])('%j is negated', (sentence) => {
    expect(isDeletionWish(sentence)).toBe(false);
  });
});
