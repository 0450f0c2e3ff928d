/**
 * A consultancy offering data-protection compliance services ("oferim servicii de conformitate
 * GDPR", "ofrecemos servicios de cumplimiento RGPD", "Wir bieten Leistungen zur DSGVO-Konformität")
 * with a discount or a meeting of so many minutes ("20 de minute") is no request, in every
 * language: it names erasure requests, but sells the handling of them. A person who asks for
 * their own data to go, and mentions an offer or a meeting, is still read.
 */
import { describe, expect, it } from 'vitest';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'Hello') => understandWithEvidence(personMail(text, subject, { from: 'sales@vendor.example' }), READER_OPTS);

describe('a consultancy offering compliance services', () => {
  const OFFERS: Array<[string, string]> = [
    ['ro', 'Firma noastră oferim servicii de consultanță GDPR: audit, responsabil DPO și gestionarea cererilor de ștergere a datelor. Prima lună cu 25% reducere.'],
    ['ro', 'Automatizăm cererile de ștergere a datelor personale pentru aplicații. Aveți 30 de minute pentru o întâlnire joi?'],
    ['es', 'Ofrecemos servicios de cumplimiento RGPD: auditoría, DPO externo y gestión de solicitudes de supresión de datos. El primer mes con un 20% de descuento.'],
    ['pt', 'Oferecemos serviços de conformidade LGPD, incluindo auditoria e tratamento de pedidos de exclusão de dados. Desconto de 25% nos três primeiros meses.'],
    ['it', 'Offriamo servizi di conformità GDPR: audit, DPO esterno e gestione delle richieste di cancellazione dei dati. Sconto del 30% per i primi tre mesi.'],
    ['pl', 'Oferujemy usługi zgodności z RODO: audyt, zewnętrzny IOD i obsługę wniosków o usunięcie danych. Pierwszy miesiąc z rabatem 40%.'],
    ['de', 'Wir bieten Dienstleistungen zur DSGVO-Konformität an: Audit, externer Datenschutzbeauftragter und Bearbeitung von Löschanfragen. Die ersten drei Monate 20 % Rabatt.'],
    ['en', 'We offer GDPR compliance services: audits, an outsourced DPO and handling of data deletion requests. 25% discount on the first three months.'],
  ];
  for (const [lang, text] of OFFERS) {
    it(`${lang}: ${text.slice(0, 40)} is other, never opened`, () => {
      const { understanding: u, evidence: e } = read(text, 'Propunere');
      expect(u.kind).toBe('other');
      expect(e.kind.rule).toBe('other.vendor');
    });
  }
});

describe('requests that mention an offer, a discount or minutes', () => {
  const REQUESTS: Array<[string, string]> = [
    ['ro', 'Vă rog să ștergeți toate datele mele. Nu mai vreau oferte cu 20% reducere. Instagram: @mara.ionescu_7'],
    ['es', 'Por favor, borren todos mis datos. No quiero más ofertas con 20% de descuento. Mi Instagram es @lucia.perez_7'],
    ['de', 'Bitte löschen Sie alle meine Daten. Ich habe vor 20 Minuten schon angerufen. Instagram: @jonas.k_7'],
    ['en', 'Please delete all my data under GDPR. I do not want your 30% discount offers. My Instagram is @sam.reed_7'],
  ];
  for (const [lang, text] of REQUESTS) {
    it(`${lang}: still a request`, () => {
      expect(read(text, 'Datele mele').understanding.kind).toBe('deletion_request');
    });
  }
});
