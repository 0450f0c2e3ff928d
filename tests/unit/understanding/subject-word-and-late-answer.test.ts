/**
 * Two readings of the handle that a few words around it used to spoil.
 *
 * A subject that names the platform and then where to confirm ("Cerere ștergere date Instagram –
 * confirmarea la x@y.ro", "Delete my Instagram data – confirmation to x@y.com") names no handle:
 * the word before "to <address>" is the confirmation, and a word after "Instagram –" that runs on
 * into the subject's sentence is the subject going on. The @handle the body names is the one.
 *
 * A one-word answer to our question about the username, then a line of apology for answering late
 * ("ola.biega\nsorry ze wczesniej nie napisalam", "x\nperdón por no responder antes"): the apology's
 * negation speaks of the late answer, not of the deletion, and the answer is the request.
 */
import { describe, expect, it } from 'vitest';
import { understand } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

describe('a subject naming where to confirm names no handle; the body\'s @handle is the one', () => {
  it.each([
    ['ro', 'Cerere ștergere date Instagram – confirmarea la ioana.m.design@yahoo.ro vă rog', 'Bună ziua,\n\nVă rog să ștergeți datele contului meu de Instagram @ioana_marin.design din aplicația voastră.\n\nMulțumesc,\nIoana', 'ioana.m.design@yahoo.ro', 'ioana_marin.design'],
    ['en', 'Delete my Instagram data – confirmation to liam.ward.photo@outlook.com please', 'Hello,\n\nPlease delete all data of my Instagram account @liam_ward.photo from your app.\n\nThanks,\nLiam', 'liam.ward.photo@outlook.com', 'liam_ward.photo'],
    ['de', 'Löschung meiner Daten Instagram – Bestätigung an jonas.becker84@web.de bitte', 'Hallo,\n\nbitte löschen Sie alle Daten meines Instagram-Kontos @jonas.becker_84 aus Ihrer App.\n\nDanke,\nJonas', 'jonas.becker84@web.de', 'jonas.becker_84'],
    ['fr', 'Suppression données Instagram – confirmation à claire.dumont@orange.fr svp', 'Bonjour,\n\nMerci de supprimer toutes les données de mon compte Instagram @claire_dumont.art de votre application.\n\nCordialement,\nClaire', 'claire.dumont@orange.fr', 'claire_dumont.art'],
    ['es', 'Borrar mis datos Instagram – confirmación a lucia.ferrer@gmail.com por favor', 'Hola,\n\nPor favor borren todos los datos de mi cuenta de Instagram @lucia_ferrer.bcn de su aplicación.\n\nGracias,\nLucía', 'lucia.ferrer@gmail.com', 'lucia_ferrer.bcn'],
    ['it', 'Cancellazione dati Instagram – conferma a giulia.rossi90@libero.it grazie', 'Buongiorno,\n\nvi chiedo di cancellare tutti i dati del mio account Instagram @giulia.rossi_90 dalla vostra app.\n\nGrazie,\nGiulia', 'giulia.rossi90@libero.it', 'giulia.rossi_90'],
    ['pt', 'Exclusão de dados Instagram – confirmação para tiago.alves@sapo.pt por favor', 'Olá,\n\npor favor apaguem todos os dados da minha conta do Instagram @tiago_alves.surf da vossa aplicação.\n\nObrigado,\nTiago', 'tiago.alves@sapo.pt', 'tiago_alves.surf'],
    ['pl', 'Usunięcie danych Instagram – potwierdzenie na kasia.nowak@wp.pl proszę', 'Dzień dobry,\n\nproszę o usunięcie wszystkich danych mojego konta na Instagramie @kasia_nowak.foto z waszej aplikacji.\n\nPozdrawiam,\nKasia', 'kasia.nowak@wp.pl', 'kasia_nowak.foto'],
  ])('%s: the body\'s handle, the subject\'s address to confirm', (_lang, subject, text, address, handle) => {
    const u = understand(personMail(text, subject, { from: 'sender@example.org' }), READER_OPTS);
    expect(u.instagramUsername).toBe(handle);
    expect(u.kind).toBe('deletion_request');
    expect(u.confirmationEmail).toBe(address);
    expect(u.confirmationSource).toBe('explicit');
  });

  it('a subject "Instagram – confirmare la ..." with a body naming no handle names none', () => {
    const u = understand(
      personMail('Bună ziua, vă rog să ștergeți toate datele mele din aplicația voastră. Mulțumesc!', 'Ștergere date Instagram – confirmarea la ioana.m.design@yahoo.ro', { from: 'sender@example.org' }),
      READER_OPTS,
    );
    expect(u.instagramUsername).toBeNull();
  });

  it('guard: a subject naming the account still gives its handle when the body names none', () => {
    const u = understand(personMail('Hello, please delete all my data from your app. Thank you.', 'Delete my data – konto: anna.k_9', { from: 'sender@example.org' }), READER_OPTS);
    expect(u.instagramUsername).toBe('anna.k_9');
    expect(u.kind).toBe('deletion_request');
  });

  it('guard: a label in a sentence still reads its handle ("Instagram: pia.p")', () => {
    const u = understand(personMail('Please delete my data from the app (Instagram: pia.p). Thanks', 'Data deletion', { from: 'sender@example.org' }), READER_OPTS);
    expect(u.instagramUsername).toBe('pia.p');
  });
});

const QUESTION_PL = 'Dnia pon., 7 gru 2026 o 10:00 PickrTech <contact@pickrtech.com> napisał(a):\n> Dzień dobry, aby usunąć Twoje dane potrzebujemy nazwy użytkownika na Instagramie. Jaka ona jest?';
const QUESTION_EN = 'On Mon, 7 Dec 2026 at 10:00, PickrTech <contact@pickrtech.com> wrote:\n> Hello, to delete your data we need your Instagram username. What is it?';
const OURS = { inReplyTo: ['req-4471@pickrtech.com'], references: ['req-4471@pickrtech.com'], from: 'person@example.org' };

const answer = (text: string, subject: string, quote: string) => understand(personMail(`${text}\n\n${quote}`, subject, OURS), READER_OPTS);

describe('a one-word answer to our question, then an apology for answering late', () => {
  it.each([
    ['pl', 'ola.biega\nsorry ze wczesniej nie napisalam', 'Re: Twoja prośba o usunięcie danych', QUESTION_PL, 'ola.biega'],
    ['pl', 'ola.biega\nprzepraszam, że dopiero teraz, nie widziałam maila', 'Re: Twoja prośba o usunięcie danych', QUESTION_PL, 'ola.biega'],
    ['de', 'lena.k_88\nsorry, hab die Mail nicht gesehen', 'AW: Ihre Anfrage zur Datenlöschung', QUESTION_EN, 'lena.k_88'],
    ['ru', 'dima.k_89\nизвините, что не ответил раньше', 'Re: Ваш запрос на удаление данных', QUESTION_EN, 'dima.k_89'],
    ['en', 'mike.runs_22\nsorry for the late reply, didn\'t see your mail', 'Re: Your data deletion request', QUESTION_EN, 'mike.runs_22'],
    ['fr', 'manon.b_21\ndésolée de ne pas avoir répondu plus tôt', 'RE: Votre demande de suppression', QUESTION_EN, 'manon.b_21'],
    ['es', 'carlos.r_77\nperdón por no responder antes', 'RE: Su solicitud de eliminación de datos', QUESTION_EN, 'carlos.r_77'],
    ['it', 'marco.v_85\nscusate, non avevo visto la mail', 'R: La vostra richiesta di cancellazione', QUESTION_EN, 'marco.v_85'],
    ['nl', 'sanne.d_93\nsorry, had je mail niet gezien', 'Re: Uw verzoek tot verwijdering', QUESTION_EN, 'sanne.d_93'],
    ['pt', 'joana.s_90\ndesculpa não ter respondido antes', 'Re: O seu pedido de exclusão', QUESTION_EN, 'joana.s_90'],
    ['tr', 'elif.y_95\nkusura bakmayın, daha önce yazamadım', 'Ynt: Veri silme talebiniz', QUESTION_EN, 'elif.y_95'],
  ])('%s: the answer is the request with its handle', (_lang, text, subject, quote, handle) => {
    const u = answer(text, subject, quote);
    expect(u.instagramUsername).toBe(handle);
    expect(u.kind).toBe('deletion_request');
  });

  it.each([
    ['en', 'no, I don\'t want to give my username', QUESTION_EN],
    ['pl', 'nie, nie chcę podawać nazwy użytkownika', QUESTION_PL],
    ['en', 'sorry, I don\'t want my data deleted anymore', QUESTION_EN],
  ])('guard %s: a refusal stays without a request and without a handle', (_lang, text, quote) => {
    const u = answer(text, 'Re: Your data deletion request', quote);
    expect(u.instagramUsername).toBeNull();
    expect(['other', 'incomplete_request']).toContain(u.kind);
  });

  it('guard: an apology that takes back the wish is no request', () => {
    const u = answer('mike.runs_22\nsorry, please don\'t delete anything, I changed my mind', 'Re: Your data deletion request', QUESTION_EN);
    expect(u.kind).not.toBe('deletion_request');
  });
});
