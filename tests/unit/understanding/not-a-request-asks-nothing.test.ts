/**
 * Mail whose only deletion words sit in a question, a thanks for a deletion already done, a
 * "do not delete" or a vendor's pitch (followers, likes, growth) asks for nothing: `other`, in
 * every language. A mail with a real wish beside one of these is never `other`.
 */
import { describe, expect, it } from 'vitest';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject: string, inReplyTo: string[] = []) => understandWithEvidence(personMail(text, subject, { inReplyTo, references: inReplyTo }), READER_OPTS).understanding;

type Case = [lang: string, subject: string, text: string];

const QUESTIONS: Case[] = [
  ['ja', '連携を外した後のデータについて', 'Instagramとの連携を外した場合、アプリに残っているデータはどうなりますか？自動で消えるのでしょうか。今のところ削除をお願いしたいわけではありません。'],
  ['hi-Latn', 'account data ke baare mein question', 'Ek doubt tha - agar main Instagram unlink karun toh kya mera data bhi delete ho jayega? Aur kaun sa data aap log rakhte ho? Mera insta @meera.art hai.'],
  ['hi-Latn', 'account delete ke baare mein sawal', 'Agar main apna account unlink karun toh kya saara data delete ho jayega? Abhi kuch delete mat karna, bas samajhna hai.'],
  ['da', 'Spørgsmål om data', 'Hvad sker der med mine data, hvis jeg fjerner forbindelsen til Instagram? Bliver de slettet automatisk?'],
  ['pt', 'Dúvida sobre meus dados', 'Se eu desconectar o Instagram, meus dados são apagados automaticamente? O que vocês guardam?'],
  ['de', 'Frage zu meinen Daten', 'Werden meine Daten automatisch gelöscht, wenn ich die Verbindung zu Instagram trenne? Was bleibt gespeichert?'],
  ['id', 'Pertanyaan soal data', 'Kalau saya memutus koneksi Instagram, apakah data saya otomatis dihapus? Data apa saja yang disimpan?'],
];

const THANKS: Case[] = [
  ['da', 'Re: Slet mine data', 'Mange tak for hjælpen! Jeg kan se at alt er væk nu. Hav en god dag.'],
  ['en', 'Re: Delete my data', 'Thanks a lot, I can see everything is gone now. Have a nice day!'],
  ['de', 'Re: Löschung meiner Daten', 'Vielen Dank für die schnelle Hilfe, ich sehe, dass alles weg ist. Schönes Wochenende!'],
  ['pt', 'Re: Excluir meus dados', 'Muito obrigada pela ajuda rápida! Já vi que está tudo certo. Bom fim de semana.'],
  ['hi-Latn', 'Re: Mera data delete karo', 'Thank you so much, sab ho gaya, app ab connected nahi hai. Have a good day!'],
  ['id', 'Re: Hapus data saya', 'Terima kasih banyak atas bantuannya, semuanya sudah beres. Selamat berakhir pekan!'],
];

/**
 * A thank-you for a deletion that answers nothing of ours may be a courtesy ahead of the deletion
 * ("thanks for deleting my data" as a request's close): staff read it.
 */
const THANKS_OUTSIDE_A_REPLY: Case[] = [
  ['en', 'Hello', 'Thanks for deleting my data so quickly, much appreciated.'],
  ['da', 'Tak', 'Tusind tak for at slette mine data så hurtigt.'],
  ['de', 'Daten', 'Danke für das Löschen meiner Daten.'],
  ['pt', 'Dados', 'Obrigado por apagar meus dados.'],
];

/** Thanks words that ask: a grateful conditional, or French "merci de" with an infinitive. */
const THANKS_THAT_ASK: Case[] = [
  ['ko', '데이터 삭제', '안녕하세요. 제 인스타그램 관련 데이터를 삭제해 주시면 감사하겠습니다.'],
  ['ko', '요청', '앱에 저장된 제 데이터를 지워 주시면 정말 고맙겠습니다.'],
  ['fr', 'Mes données', 'Bonjour, merci de supprimer toutes mes données Instagram.'],
  ['fr', 'Suppression', "Merci d'effacer toutes mes données liées à mon compte."],
  ['fr', 'Données', 'Je vous remercie de bien vouloir supprimer mes données.'],
  ['en', 'My data', "I would be grateful if you deleted all my data."],
  ['de', 'Meine Daten', 'Ich wäre Ihnen dankbar, wenn Sie meine Daten löschen.'],
];

const DO_NOT_DELETE: Case[] = [
  ['pt', 'NÃO apaguem minha conta', 'Recebi uma mensagem de vocês dizendo que meus dados seriam apagados. Eu não pedi nada disso! Não excluam nada, quero continuar usando o app. Usuário: @bia.costa'],
  ['hi-Latn', 'Re: Your data deletion request', 'Ye kya hai? Maine koi request nahi bheji thi. Mera account mat hatao please, main roz app use karti hoon. IG: @neha.k'],
  ['en', 'Re: Your data deletion request', 'What is this? I never sent any deletion request. Please do not delete my account, I still use the app every day.'],
  ['de', 'Re: Ihre Löschanfrage', 'Was soll das? Ich habe keine Löschung beantragt. Bitte löschen Sie nichts, ich nutze die App noch.'],
  ['da', 'Re: Din anmodning om sletning', 'Hvad er det her? Jeg har ikke bedt om sletning. Slet ikke min konto, jeg bruger stadig appen.'],
  ['id', 'Re: Permintaan penghapusan data', 'Apa ini? Saya tidak pernah minta penghapusan. Jangan hapus akun saya, saya masih pakai aplikasinya.'],
];

const PITCHES: Case[] = [
  ['id', 'Naikkan Followers Instagram Anda', 'Kami menawarkan jasa tambah 5.000 followers Instagram aktif mulai Rp 200.000. Jasa hapus komentar negatif juga tersedia. Diskon 30% bulan ini!'],
  ['en', 'Grow your Instagram today', 'We sell real Instagram followers and likes: 10,000 followers for $49. We also remove negative comments and fake accounts. 30% off this week only!'],
  ['pt', 'Mais seguidores para o seu Instagram', 'Oferecemos seguidores reais: 5.000 seguidores por R$ 99. Também removemos comentários negativos e contas falsas. Promoção só este mês!'],
  ['de', 'Mehr Follower für Ihr Instagram', 'Wir bieten echte Instagram-Follower: 5.000 Follower für 49 €. Negative Kommentare und Fake-Konten löschen wir auch. Nur diese Woche 30 % Rabatt!'],
  ['da', 'Flere følgere på Instagram', 'Vi sælger ægte følgere: 5.000 følgere for 299 kr. Vi sletter også negative kommentarer og falske konti. Kun denne uge 30 % rabat!'],
  ['hi-Latn', 'Instagram followers badhao', 'Hum aapke Instagram pe 10k real followers badha sakte hain, sirf Rs 999 mein. Negative comments aur fake account bhi delete kar denge. Offer sirf aaj ke liye!'],
  ['ja', 'フォロワーを増やしませんか', 'Instagramのフォロワーを1万人増やします！料金は9,800円から。ネガティブなコメントや偽アカウントの削除も承ります。今月限定30%オフ！'],
];

const STILL_WISHES: Case[] = [
  ['en', 'Re: Question', 'Thanks for the quick answer. Please delete all my data now, my Instagram is @lena.k'],
  ['da', 'Re: Spørgsmål', 'Tak for svaret. Slet venligst alle mine data, min Instagram er @lena.k'],
  ['de', 'Re: Frage', 'Danke für die Info. Bitte löschen Sie trotzdem alle meine Daten. Instagram: @lena.k'],
  ['pt', 'Excluir dados', 'Tenho uma dúvida, mas antes: por favor excluam todos os meus dados. Meu usuário: @lena.k'],
  ['hi-Latn', 'data delete', 'Ek sawal hai, lekin pehle mera data delete kar do please. Mera insta @lena.k hai.'],
  ['id', 'Hapus data', 'Saya punya 2.000 followers, tapi tolong hapus semua data saya dari aplikasi Anda. Instagram: @lena.k'],
  ['ja', 'データ削除', 'データはどうなりますか？それと、私のデータを削除してください。アカウントは @lena.k です。'],
];

function ruledOut(group: string, cases: Case[], inReplyTo: (subject: string) => string[] = () => []): void {
  describe(group, () => {
    for (const [lang, subject, text] of cases) {
      it(`${lang}: ${text.slice(0, 40)}... is other`, () => {
        expect(read(text, subject, inReplyTo(subject)).kind).toBe('other');
      });
    }
  });
}

const REPLY = (subject: string): string[] => (/^re:/i.test(subject) ? ['dr-reply.42@pickrtech.com'] : []);

ruledOut('a question about deletion, and nothing asked', QUESTIONS);
ruledOut('thanks for a deletion already done', THANKS, REPLY);
ruledOut('do not delete', DO_NOT_DELETE, REPLY);
ruledOut("a vendor selling followers, likes or growth", PITCHES);

describe('thanks for a deletion outside a reply to our mail', () => {
  for (const [lang, subject, text] of THANKS_OUTSIDE_A_REPLY) {
    it(`${lang}: ${text.slice(0, 40)}... goes to staff`, () => {
      expect(read(text, subject).kind).toBe('possible_request');
    });
  }
});

describe('thanks words that ask for the deletion', () => {
  for (const [lang, subject, text] of THANKS_THAT_ASK) {
    it(`${lang}: ${text.slice(0, 40)}... is a request`, () => {
      expect(['incomplete_request', 'possible_request']).toContain(read(text, subject).kind);
    });
  }
});

describe('a real wish beside a question, a thanks or followers', () => {
  for (const [lang, subject, text] of STILL_WISHES) {
    it(`${lang}: never other`, () => {
      expect(read(text, subject).kind).not.toBe('other');
    });
  }
});
