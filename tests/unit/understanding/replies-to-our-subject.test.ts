/**
 * Our own mail's subject ("[DR-2026-00317] Your data deletion request") is not the person's
 * words: a reply that carries it and takes the request back, or denies ever asking, asks for
 * nothing, whatever the subject names. And a follow-up to one's own unanswered request ("a month
 * on and no confirmation, did you delete my data or not??", the person's own request quoted
 * below) renews that request: it is never dropped, and the handle in the quote is not read.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const OUR_ID = 'dr-ack.7f3a@pickrtech.com';
const ackReply = (text: string, subject = 'Re: [DR-2026-00317] Your data deletion request') =>
  understand(personMail(`${text}\n\n> We received your data deletion request.\n> Reference: DR-2026-00317`, subject, { inReplyTo: [OUR_ID], references: [OUR_ID] }), READER_OPTS);
/** A reply with our subject and reference, but no thread id (a client that drops In-Reply-To). */
const bareReply = (text: string, subject: string) => understand(personMail(text, subject), READER_OPTS);

describe('a reply to our acknowledgement that takes the request back or denies it', () => {
  it.each([
    ['ru', 'Простите, я поторопился. Прошу НЕ удалять мои данные и отменить мой запрос, аккаунт @vasya_petrov я продолжаю использовать'],
    ['hi', 'पिछले हफ्ते मैंने डेटा हटाने का अनुरोध भेजा था। कृपया उसे रद्द कर दें, कुछ भी डिलीट न करें।'],
    ['id', 'padahal saya TIDAK pernah minta data saya dihapus. Tolong JANGAN hapus apa-apa dari akun saya (@budi_santoso88)'],
    ['en', 'hey sorry, changed my mind, pls cancel this and dont delete anything. still using @jake.m_22'],
    ['de', 'Hallo, bitte brechen Sie den Antrag ab und löschen Sie nichts, ich nutze @lena_k.berlin weiter.'],
    ['fr', "Bonjour, en fait j'annule ma demande, ne supprimez rien svp, j'utilise toujours @chloe.dmt"],
    ['es', 'Hola, me equivoque, por favor cancelen mi solicitud y no borren nada de mi cuenta @mari_lopez9'],
    ['it', 'Buongiorno, ho cambiato idea: annullate la richiesta e non cancellate niente, uso ancora @giulia.rss'],
    ['pl', 'Dzień dobry, proszę anulować moją prośbę i niczego nie usuwać, nadal używam konta @ania.kow'],
    ['tr', 'Merhaba, vazgeçtim, lütfen talebimi iptal edin ve hiçbir şeyi silmeyin, @mehmet.k42 hesabımı kullanıyorum'],
    ['pt', 'Oi, mudei de ideia, por favor cancelem o pedido e não apaguem nada, ainda uso a @bia.souza_'],
    ['nl', 'Hoi, ik wil het verzoek toch intrekken, verwijder alsjeblieft niks, ik gebruik @sanne.dv nog'],
  ])('%s: other, no handle', (_lang, text) => {
    const u = ackReply(text);
    expect(u.kind).toBe('other');
    expect(u.instagramUsername).toBeNull();
  });

  it.each([
    ['ru', 'Простите, я поторопился. Прошу НЕ удалять мои данные и отменить мой запрос, аккаунт @vasya_petrov я продолжаю использовать', 'Re: [DR-2026-00317] Your data deletion request'],
    ['id', 'padahal saya TIDAK pernah minta data saya dihapus. Tolong JANGAN hapus apa-apa dari akun saya (@budi_santoso88)', 'Re: [DR-2026-00317] Your data deletion request'],
    ['hi', 'पिछले हफ्ते मैंने डेटा हटाने का अनुरोध भेजा था। कृपया उसे रद्द कर दें, कुछ भी डिलीट न करें।', 'Re: [DR-2026-00317] We received your data deletion request'],
  ])('%s: our subject without our thread id is still ours', (_lang, text, subject) => {
    expect(bareReply(text, subject).kind).toBe('other');
  });

  it.each([
    ['en', 'yes please go ahead, delete everything. my insta is @jake.m_22'],
    ['de', 'Ja, bitte löschen Sie alles. Mein Konto ist @lena_k.berlin'],
    ['es', 'Sí, adelante, borren todos mis datos por favor. Mi cuenta es @mari_lopez9'],
    ['ru', 'Да, пожалуйста, удалите все мои данные. Аккаунт @vasya_petrov'],
  ])('%s: a reply that confirms the deletion stays a request', (_lang, text) => {
    expect(ackReply(text).kind).not.toBe('other');
  });
});

describe('an answer to our username question that warns off another account is never dropped', () => {
  // The refusal names another handle than the one given: it spares that account, and takes nothing back.
  const question = (text: string) =>
    understand(personMail(`${text}\n\n> Thank you for your message. What is your Instagram username?`, 'Re: [DR-2026-00304] Your data deletion request', {
      inReplyTo: [OUR_ID], references: [OUR_ID],
    }), READER_OPTS);
  it.each([
    ['hu', 'A felhasználónevem: szabo_anna_\n(NEM a anna.szabo, az valaki más, ne azt töröljétek)', 'szabo_anna_'],
    ['es', 'Mi usuario: lucia_m_\n(NO lucia.m, esa es otra persona, esa no la borren)', 'lucia_m_'],
  ])('%s: never dropped, and read with the given handle', (_lang, text, handle) => {
    const u = question(text);
    expect(['deletion_request', 'possible_request']).toContain(u.kind);
    expect(u.instagramUsername).toBe(handle);
  });
});

describe('a refusal is measured against the handle the reply gives', () => {
  const question = (text: string) =>
    understand(personMail(`${text}\n\n> Thank you for your message. What is your Instagram username?`, 'Re: [DR-2026-00304] Your data deletion request', {
      inReplyTo: [OUR_ID], references: [OUR_ID],
    }), READER_OPTS);
  it('a date or a version number is no other account: the refusal of the handle given stands', () => {
    const u = question('A felhasználónevem: szabo.anna\n(ne töröljétek a szabo.anna fiókot)\n2026.12.08');
    expect(u.kind).toBe('other');
    expect(u.instagramUsername).toBeNull();
  });
  it('a stranger\'s run of underscores and many refusals are read to the end, and refuse', () => {
    const refusals = '(NEM a anna.szabo, az valaki más, ne azt töröljétek)\n'.repeat(100);
    const u = question(`A felhasználónevem: szabo_anna_\n${refusals}x${'_'.repeat(19_990)}#`);
    expect(u.instagramUsername).not.toBe('anna.szabo');
  });
});

/** A follow-up in the person's own thread: In-Reply-To is their own earlier mail, quoted below. */
const followUp = (text: string, quoted: string, subject = 'Re: Data deletion') =>
  understand(personMail(`${text}\n\nOn Mon, 9 Nov 2026 at 10:12, Person <person@example.com> wrote:\n${quoted.split('\n').map((l) => `> ${l}`).join('\n')}`, subject, {
    inReplyTo: ['CAB7x9qLm2k@mail.gmail.com'], references: ['CAB7x9qLm2k@mail.gmail.com'],
  }), READER_OPTS);

describe("a follow-up to one's own unanswered request", () => {
  it.each([
    ['uk', 'Добрий день, вже минуло майже місяць, а підтвердження так і не прийшло. Ви видалили мої дані чи ні??', 'Прошу видалити мої дані з вашого сервісу.\nМій акаунт oksana_kov'],
    ['en', 'hi, its been 3 weeks and nothing?? did you delete my data or not', 'Hello, please delete all my data. My instagram is tom_reeve_'],
    ['de', 'Hallo, es ist jetzt fast ein Monat vergangen und keine Antwort. Haben Sie meine Daten gelöscht oder nicht?', 'Bitte löschen Sie meine Daten. Mein Instagram: jonas.hbg'],
    ['fr', "Bonjour, ça fait un mois et toujours pas de confirmation. Vous avez supprimé mes données ou pas ?", 'Bonjour, merci de supprimer mes données. Mon compte Instagram : lea.mrtn'],
    ['es', 'Hola, ya paso casi un mes y nada de confirmacion. Borraron mis datos o no??', 'Hola, por favor borren mis datos. Mi cuenta es sofi.rmz'],
    ['it', 'Salve, è passato quasi un mese e nessuna conferma. Avete cancellato i miei dati o no?', 'Buongiorno, vi chiedo di cancellare i miei dati. Account: marco.bnc'],
    ['pl', 'Dzień dobry, minął prawie miesiąc i nie dostałam potwierdzenia. Usunęliście moje dane czy nie??', 'Proszę o usunięcie moich danych. Moje konto to kasia.wr'],
    ['ru', 'Здравствуйте, прошёл почти месяц, а подтверждения так и нет. Вы удалили мои данные или нет??', 'Прошу удалить мои данные. Мой аккаунт ivan.petrov_'],
    ['pt', 'Olá, já faz quase um mês e nenhuma confirmação. Vocês apagaram meus dados ou não?', 'Olá, por favor apaguem meus dados. Minha conta é ana.clr'],
    ['nl', 'Hallo, het is nu bijna een maand en nog steeds geen bevestiging. Hebben jullie mijn gegevens verwijderd of niet?', 'Verwijder alstublieft mijn gegevens. Mijn Instagram is daan.vr'],
  ])('%s: the request renewed, without the quoted handle', (_lang, text, quoted) => {
    const u = followUp(text, quoted);
    expect(['incomplete_request', 'possible_request', 'deletion_request']).toContain(u.kind);
    expect(u.instagramUsername).toBeNull();
  });

  it.each([
    ['en', 'did you delete my data?', 'Your Instagram data has been deleted'],
    ['de', 'Haben Sie meine Daten wirklich gelöscht?', 'Ihre Instagram-Daten wurden gelöscht'],
    ['ru', 'Вы точно удалили мои данные?', 'Your Instagram data has been deleted'],
  ])('%s: "did you delete my data?" in reply to our completion mail stays other', (_lang, text, ours) => {
    const u = understand(personMail(`${text}\n\n> ${ours}.\n> Reference: DR-2026-00317`, `Re: [DR-2026-00317] ${ours}`, { inReplyTo: ['dr-done.1@pickrtech.com'] }), READER_OPTS);
    expect(u.kind).toBe('other');
  });

  it.each([
    ['en', 'thanks a lot, all good!'],
    ['de', 'Vielen Dank, alles klar!'],
    ['es', 'Muchas gracias por borrar mis datos'],
  ])('%s: a thank-you in reply to our completion mail stays other', (_lang, text) => {
    const u = understand(personMail(`${text}\n\n> Your Instagram data has been deleted.`, 'Re: [DR-2026-00317] Your Instagram data has been deleted', { inReplyTo: ['dr-done.1@pickrtech.com'] }), READER_OPTS);
    expect(u.kind).toBe('other');
  });
});
