/**
 * A data-protection consultancy or a "deletion management" service writing cold: it praises our
 * public deletion instructions, says companies underestimate erasure requests under Art. 17
 * (deadlines, identity checks, records, the supervisory authority), offers to take that work
 * off our hands, names a price per month and asks for a short call or a booking. It cites the
 * erasure article only as the work it sells: no request, in every language. A person who works
 * at a company and asks, in their own name, for their own data to go stays a request, even when
 * they cite Art. 17, sign with a company block and a phone number, or name what they paid a month.
 */
import { describe, expect, it } from 'vitest';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject: string, from: string) => understandWithEvidence(personMail(text, subject, { from }), READER_OPTS);

const PITCHES: Array<[string, string, string]> = [
  ['de', 'Ihre Anleitung zur Datenlöschung', `Guten Tag,

Ihre öffentliche Anleitung zur Löschung von Daten ist vorbildlich klar. Viele Unternehmen unterschätzen jedoch, wie aufwendig die Bearbeitung von Löschanfragen nach Art. 17 DSGVO ist: Fristen, Identitätsprüfung, Dokumentation und im Zweifel die Aufsichtsbehörde.

Genau darum kümmern wir uns für Sie:
- Datenschutz-Check Ihrer Prozesse
- Vorlagen für Antworten an Betroffene
- externer Datenschutzbeauftragter

Das Ganze gibt es ab 149 € im Monat. Hätten Sie nächste Woche 15 Minuten für ein kurzes Telefonat?

Viele Grüße
Lena Hartmann
Hartmann Datenschutzberatung GmbH
Wenn Sie keine weiteren Nachrichten wünschen, antworten Sie einfach mit "Abmelden".`],
  ['de', 'Löschersuchen ohne Aufwand', `Sehr geehrtes Team,

beim Lesen Ihrer Seite zur Datenlöschung ist uns aufgefallen, wie sauber Sie das erklären. Aus unserer Erfahrung wird der Aufwand hinter Löschersuchen gemäß Art. 17 DSGVO oft unterschätzt – Monatsfrist, Nachweis der Identität, lückenlose Dokumentation.

Mit unserem Löschmanagement übernehmen wir die komplette Bearbeitung: Prüfung, Antwortschreiben, Protokoll für die Aufsichtsbehörde. Pakete ab 199 Euro monatlich.

Lassen Sie uns gern unverbindlich sprechen, hier buchen Sie direkt einen Termin: https://termine.example/loeschservice

Falls kein Interesse besteht, genügt eine kurze Antwort.`],
  ['sv', 'Era instruktioner för radering', `Hej!

Jag läste era instruktioner om hur man raderar sina uppgifter – riktigt tydligt skrivna. Många företag underskattar dock arbetet med begäranden om radering enligt artikel 17 GDPR: tidsfrister, identitetskontroll, dokumentation och kontakt med Integritetsskyddsmyndigheten.

Vi tar hand om just det åt er:
• genomgång av era rutiner
• mallar för svar till de registrerade
• externt dataskyddsombud

Från 4 900 kr/mån. Har ni 20 minuter nästa vecka för ett kort samtal?

Vänliga hälsningar
Johan Berg
Integritetspartner AB
Vill du inte få fler mejl? Svara "nej tack".`],
  ['sv', 'Raderingsbegäranden', `Hej PickrTech!

Snyggt att ni har en tydlig sida om hur användare begär radering. Det vi ser hos många kunder är att hanteringen av raderingsbegäranden (art. 17 GDPR) blir tyngre än väntat: svarstid på en månad, att verifiera identiteten, att kunna visa IMY vad som gjorts.

Vår tjänst Raderingskollen sköter hela flödet åt er, med svarsmallar och ett externt dataskyddsombud. Pris: 3 500 kr per månad.

Boka en kostnadsfri genomgång här: https://boka.example/raderingskollen`],
  ['cs', 'Vaše pokyny k výmazu údajů', `Dobrý den,

Vaše veřejné pokyny k výmazu osobních údajů jsou velmi přehledné. Mnoho firem ale podceňuje, co obnáší vyřizování žádostí o výmaz podle čl. 17 GDPR: lhůty, ověření totožnosti, dokumentace a případně dozorový úřad.

Právě tohle za vás vyřešíme:
- audit vašich procesů
- šablony odpovědí subjektům údajů
- externí pověřenec pro ochranu osobních údajů

Již od 2 900 Kč měsíčně. Máte zájem o nezávaznou konzultaci? Termín si můžete rezervovat zde: https://cal.example/gdpr-servis

S pozdravem
Petra Novotná
GDPR Servis s.r.o.
Pokud si nepřejete další zprávy, odpovězte "odhlásit".`],
  ['cs', 'Žádosti o výmaz', `Dobrý den,

narazili jsme na Váš návod, jak požádat o smazání účtu a údajů, a oceňujeme, jak je srozumitelný. Firmy často podcení, kolik práce dá správné vyřízení žádosti o výmaz dle článku 17 GDPR: měsíční lhůta, ověření identity žadatele, záznamy pro případnou kontrolu ÚOOÚ.

Správu výmazů vám vezmeme z ruky, včetně šablon odpovědí. Cena od 3 500 Kč/měsíc. Hodilo by se vám 20 minut příští týden na krátký hovor?`],
  ['fr', 'Vos instructions de suppression', `Bonjour,

Votre page expliquant comment demander la suppression de ses données est remarquablement claire. Beaucoup d'entreprises sous-estiment pourtant la gestion des demandes d'effacement au titre de l'article 17 du RGPD : délai d'un mois, vérification d'identité, traçabilité, échanges avec la CNIL.

Nous nous en occupons à votre place : audit de vos process, modèles de réponses, DPO externalisé. À partir de 190 € par mois.

Seriez-vous disponible pour un échange de 15 minutes la semaine prochaine ?
Si vous ne souhaitez plus recevoir nos messages, répondez simplement STOP.`],
  ['pl', 'Instrukcja usuwania danych', `Dzień dobry,

trafiliśmy na Państwa instrukcję usuwania danych – bardzo przejrzysta. Wiele firm nie docenia jednak, ile pracy wymaga obsługa żądań usunięcia danych z art. 17 RODO: terminy, weryfikacja tożsamości, dokumentacja, ewentualna kontrola UODO.

Zajmiemy się tym za Państwa: audyt procesów, wzory odpowiedzi, zewnętrzny inspektor ochrony danych. Abonament od 690 zł miesięcznie.

Czy znajdą Państwo 15 minut w przyszłym tygodniu na krótką rozmowę?`],
  ['nl', 'Verwijderverzoeken', `Goedemiddag,

Complimenten voor jullie heldere uitleg over het verwijderen van gegevens. Veel organisaties onderschatten wat er komt kijken bij verwijderverzoeken onder artikel 17 AVG: termijnen, identiteitscontrole, vastleggen wat je doet en eventueel de Autoriteit Persoonsgegevens.

Wij nemen dat volledig uit handen: een privacyscan, standaardantwoorden en een externe FG. Vanaf € 175 per maand.

Zullen we volgende week een kwartiertje bellen? Geen interesse? Laat het ons weten, dan mailen we niet meer.`],
  ['da', 'Jeres vejledning om sletning', `Hej,

Jeres vejledning om sletning af data er flot og letforståelig. Men mange virksomheder undervurderer arbejdet med anmodninger om sletning efter artikel 17 i GDPR: frister, identitetstjek, dokumentation og Datatilsynet.

Vi tager os af det hele for jer: gennemgang, svarskabeloner og ekstern DPO. Fra 2.900 kr. om måneden.

Har I tid til et kort møde på 20 minutter i næste uge?`],
  ['fi', 'Tietojen poistopyynnöt', `Hei,

sivunne ohjeet tietojen poistamiseen ovat todella selkeät. Moni yritys kuitenkin aliarvioi, mitä GDPR:n 17 artiklan mukaisten poistopyyntöjen käsittely vaatii: määräajat, henkilöllisyyden tarkistus, dokumentointi ja tietosuojavaltuutetun toimisto.

Hoidamme tämän puolestanne: auditointi, vastauspohjat ja ulkoistettu tietosuojavastaava. Alkaen 390 €/kk.

Sopisiko 15 minuutin puhelu ensi viikolla?`],
  ['es', 'Su guía de borrado de datos', `Hola:

Enhorabuena por la guía pública sobre cómo solicitar el borrado de datos, es muy clara. Muchas empresas subestiman lo que implica atender solicitudes de supresión del artículo 17 del RGPD: plazos, verificación de identidad, registro de cada paso y la AEPD.

Nosotros nos encargamos de todo: auditoría, plantillas de respuesta y DPO externo. Desde 159 € al mes.

¿Tendría 15 minutos la semana que viene para una llamada?`],
];

describe('a consultancy selling the handling of erasure requests', () => {
  for (const [lang, subject, text] of PITCHES) {
    it(`${lang}: "${subject}" is other, never opened`, () => {
      const { understanding: u, evidence: e } = read(text, subject, 'hello@privacy-partner.example');
      expect(u.kind).toBe('other');
      expect(e.kind.rule).toBe('other.vendor');
    });
  }
});

/** A person at a company asking for their own data to go: [language, text, handle]. */
const OWN_REQUESTS: Array<[string, string, string]> = [
  ['de', `Sehr geehrte Damen und Herren,

gemäß Art. 17 DSGVO bitte ich um Löschung aller meiner personenbezogenen Daten. Mein Instagram-Name ist @katrin.weber_hh. Das Abo zu 9,99 € im Monat habe ich bereits gekündigt. Bitte bestätigen Sie mir die Löschung kurz.

Mit freundlichen Grüßen
Katrin Weber
Leiterin Datenschutz | Nordlicht Datenschutzberatung GmbH
Tel. +49 40 555 0123`, 'katrin.weber_hh'],
  ['sv', `Hej,

jag begär härmed att ni raderar alla mina personuppgifter enligt artikel 17 GDPR. Mitt användarnamn på Instagram är @erik_lindqvist. Jag betalade 49 kr i månaden för premium men har sagt upp det.

Med vänlig hälsning
Erik Lindqvist
Inköpschef, Lindqvist Bygg AB
Tel 070-123 45 67`, 'erik_lindqvist'],
  ['cs', `Dobrý den,

žádám o výmaz všech mých osobních údajů podle čl. 17 GDPR. Můj instagram je @jana.dvorakova. Předplatné za 99 Kč měsíčně už jsem zrušila.

S pozdravem
Jana Dvořáková
obchodní ředitelka, Dvořák & syn s.r.o.
tel. +420 601 234 567`, 'jana.dvorakova'],
  ['fr', `Bonjour,

conformément à l'article 17 du RGPD, je vous demande d'effacer toutes mes données personnelles. Mon compte Instagram : @claire.morel. Je paie 4,99 € par mois pour l'abonnement, merci de l'arrêter aussi.

Cordialement,
Claire Morel
Responsable conformité, Morel Conseil SAS
Tél. 01 23 45 67 89`, 'claire.morel'],
  ['pl', `Dzień dobry,

na podstawie art. 17 RODO proszę o usunięcie wszystkich moich danych osobowych. Mój login na Instagramie: @tomek.wisniewski. Płaciłem 19 zł miesięcznie za konto premium.

Pozdrawiam
Tomasz Wiśniewski
Kierownik ds. zgodności, Wiśniewski Doradztwo Sp. z o.o.
tel. +48 601 222 333`, 'tomek.wisniewski'],
  ['nl', `Beste,

op grond van artikel 17 AVG verzoek ik u al mijn persoonsgegevens te verwijderen. Mijn Instagram is @sanne.devries. Ik betaalde € 4,99 per maand voor het abonnement; dat is inmiddels opgezegd.

Met vriendelijke groet,
Sanne de Vries
Office manager, De Vries Logistiek B.V.
T 06 12345678`, 'sanne.devries'],
  ['da', `Hej,

jeg anmoder hermed om sletning af alle mine personoplysninger efter artikel 17 i GDPR. Mit brugernavn på Instagram er @mette.holm. Jeg betalte 39 kr. om måneden for premium.

Venlig hilsen
Mette Holm
Salgschef, Holm Rådgivning ApS
Tlf. 20 30 40 50`, 'mette.holm'],
  ['es', `Hola:

conforme al artículo 17 del RGPD, solicito la supresión de todos mis datos personales. Mi usuario de Instagram es @pablo.ruiz_mad. Pagaba 4,99 € al mes por la suscripción.

Un saludo,
Pablo Ruiz
Director comercial, Ruiz Consultores S.L.
Tel. +34 600 123 456`, 'pablo.ruiz_mad'],
  ['de', `Hallo,

bitte löschen Sie nach Art. 17 DSGVO alle meine Daten, mein Instagram ist @jonas.brandt_ms. Das Abo für 4,99 € im Monat habe ich gekündigt. Ich bin ab nächste Woche im Urlaub, schicken Sie mir außer der Bestätigung bitte keine weiteren Nachrichten.

Viele Grüße
Jonas Brandt`, 'jonas.brandt_ms'],
  ['de', `Guten Tag,

ich bitte um Löschung meiner personenbezogenen Daten gemäß Art. 17 DSGVO. Mein Benutzername auf Instagram: @svenja.roth

Mit freundlichen Grüßen
Svenja Roth
Beraterin | Roth Datenschutz GmbH
Wir kümmern uns um Ihre DSGVO-Pflichten, ab 99 € im Monat. Jetzt unverbindlich Termin buchen.
Tel. +49 89 123 456`, 'svenja.roth'],
  ['sv', `Hej,

radera alla mina uppgifter enligt artikel 17 GDPR, tack. Instagram: @linnea.ek. Jag har sagt upp prenumerationen på 59 kr i månaden och vill inte få fler nyhetsbrev. Jag är bortrest nästa vecka, så svara gärna via mejl.

Hälsningar
Linnea Ek
Ek Redovisning AB, tel. 08-123 456`, 'linnea.ek'],
];

describe('a person at a company asking for their own data to go', () => {
  for (const [lang, text, handle] of OWN_REQUESTS) {
    it(`${lang}: still a request, with their handle and their address`, () => {
      const { understanding: u } = read(text, 'GDPR Art. 17', 'someone@company.example');
      expect(u.kind).toBe('deletion_request');
      expect(u.instagramUsername).toBe(handle);
      expect(u.confirmationEmail).toBe('someone@company.example');
    });
  }
});
