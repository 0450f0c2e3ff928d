/**
 * Two shapes the reader missed in languages without hand-written rules.
 *
 * A subject that names the deletion and then the handle after a label with a colon ("Ștergere
 * date - utilizator: x") or right after a colon ("Ștergere date: x") gives the person's handle;
 * a subject that speaks of neither deletion, data nor the account gives none, and neither does a
 * word that is no handle.
 *
 * A line that asks for the confirmation at another address in Greek written with its accents
 * ("Διεύθυνση για επιβεβαίωση: x", "Στείλτε την επιβεβαίωση στη διεύθυνση x") names that address,
 * not the sender's.
 */
import { describe, expect, it } from 'vitest';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject: string) => understandWithEvidence(personMail(text, subject), READER_OPTS).understanding;

describe('the handle after a colon in a subject about deletion', () => {
  const CASES: Array<[string, string, string, string]> = [
    ['ro', 'Bună seara, vă rog să ștergeți datele mele din aplicație.', 'Ștergere cont aplicație - utilizator: mihai.ionescu_7', 'mihai.ionescu_7'],
    ['ro', 'Bună ziua, vă rog să ștergeți toate datele mele din aplicație. Mulțumesc', 'Stergere date: ioana.d_22', 'ioana.d_22'],
    ['ro', 'Va rog stergeti informatiile mele din aplicatie.', 'Cerere stergere date Instagram - user: cristi.v90', 'cristi.v90'],
    ['el', 'Παρακαλώ διαγράψτε όλα τα δεδομένα μου από την εφαρμογή.', 'Διαγραφή δεδομένων: eleni.k_85', 'eleni.k_85'],
    ['pt', 'Olá, peço que apaguem todos os meus dados da vossa aplicação.', 'Apagar dados - utilizador: rita.santos_3', 'rita.santos_3'],
    ['sv', 'Hej, radera alla mina uppgifter från er app.', 'Radering av mina uppgifter: lina.berg_04', 'lina.berg_04'],
    ['tr', 'Merhaba, uygulamanızdaki tüm verilerimi silmenizi rica ediyorum.', 'Verilerimin silinmesi - kullanıcı: mert.aydin_61', 'mert.aydin_61'],
    ['it', 'Buongiorno, vi chiedo di eliminare tutti i miei dati.', 'Eliminazione account - utente: giulia.r_92', 'giulia.r_92'],
  ];
  for (const [lang, text, subject, handle] of CASES) {
    it(`${lang}: ${subject}`, () => {
      expect(read(text, subject)).toMatchObject({ kind: 'deletion_request', instagramUsername: handle });
    });
  }

  it('a subject that speaks of neither deletion nor data gives no handle', () => {
    expect(read('Vă rog să ștergeți datele mele din aplicație.', 'Salut de la: mihai.ionescu_7')).toMatchObject({ instagramUsername: null });
    expect(read('Παρακαλώ διαγράψτε όλα τα δεδομένα μου.', 'Ερώτηση: eleni.k_85')).toMatchObject({ instagramUsername: null });
  });
  it('a plain word or a number after the colon is no handle', () => {
    expect(read('Vă rog să ștergeți datele mele din aplicație.', 'Ștergere date: urgent')).toMatchObject({ instagramUsername: null });
    expect(read('Radera alla mina uppgifter, tack.', 'Radering av uppgifter - ärende: 2024.11')).toMatchObject({ instagramUsername: null });
  });
  it('a handle in the body still wins over the subject', () => {
    expect(read('Ștergeți datele mele, contul meu de instagram este ana.pop_1', 'Stergere date: ioana.d_22')).toMatchObject({ instagramUsername: 'ana.pop_1' });
  });
});

describe('Greek with its accents: the confirmation at another address', () => {
  const BODY = 'Παρακαλώ διαγράψτε όλα τα δεδομένα του λογαριασμού μου. Όνομα χρήστη: kostas.m_5\n';
  const CASES: Array<[string, string]> = [
    ['Διεύθυνση για επιβεβαίωση: kostas.m@example.gr', 'kostas.m@example.gr'],
    ['Στείλτε την επιβεβαίωση στο kostas.m@example.gr, ευχαριστώ.', 'kostas.m@example.gr'],
    ['Απαντήστε στο kostas.m@example.gr γιατί αυτό το email δεν το ελέγχω.', 'kostas.m@example.gr'],
    ['Παρακαλώ ενημερώστε με στη διεύθυνση kostas.m@example.gr όταν ολοκληρωθεί.', 'kostas.m@example.gr'],
    ['Email για την απάντηση: kostas.m@example.gr', 'kostas.m@example.gr'],
    ['Διεύθυνση για ενημέρωση: kostas.m@example.gr', 'kostas.m@example.gr'],
  ];
  for (const [line, address] of CASES) {
    it(line, () => {
      expect(read(BODY + line, 'Διαγραφή')).toMatchObject({ confirmationEmail: address, confirmationSource: 'explicit' });
    });
  }
  it('an old address in Greek is still not the target', () => {
    expect(read(BODY + 'Η παλιά μου διεύθυνση ήταν kostas.old@example.gr', 'Διαγραφή')).toMatchObject({ confirmationSource: 'sender' });
  });
});
