import type { LanguagePack } from '../language-pack.js';

/** Dutch. */
export const nl: LanguagePack = {
  code: 'nl',
  name: 'Dutch',
  onlyThis: ['alleen', 'enkel', 'uitsluitend'],
  erase: [
    'verwijder', 'verwijdering', 'wis', 'wissen', 'gewist', 'schrap', 'geschrapt', 'vernietig', 'vergeet mij',
    'opheffen', 'opzeggen', 'deactiveer',
  ],
  data: [
    'gegevens', 'gegevns', 'persoonsgegevens', 'data', 'informatie', 'info', 'geschiedenis', 'inhoud', 'tokens', 'alles',
  ],
  account: ['account', 'profiel', 'koppeling', 'toegang', 'gebruikersaccount'],
  privacy: [
    'privacy', 'avg', 'gdpr', 'recht op vergetelheid', 'recht op verwijdering', 'recht op gegevenswissing',
    'verwijderingsverzoek', 'verzoek tot verwijdering', 'gegevensbescherming', 'artikel 17',
  ],
  mine: ['mijn', 'ons', 'onze', 'mij', 'me', 'ik'],
  opposite: [
    'ik heb me bedacht', 'van gedachten veranderd',
    'niet verwijderen', 'verwijder niets', 'verwijder niet', 'niets verwijderen', 'houd mijn account', 'account behouden',
    'heb ik niet gevraagd', 'nooit gevraagd', 'niet aangevraagd', 'dat was ik niet', 'verzoek intrekken',
    'trek mijn verzoek in', 'annuleer mijn verzoek', 'nog in gebruik',
  ],
  contrast: ['maar nu', 'nu wel', 'maar vandaag'],
  nowOpens: ['nu'],
  complement: ['dat'],
  condition: ['als', 'indien', 'mocht'],
  othersAsk: ['iemand', 'een vreemde', 'hacker', 'gehackt', 'verzoek ontvangen', 'aanvraag ontvangen'],
  done: [
    'al verwijderd', 'al gewist', 'zijn verwijderd', 'is verwijderd', 'werden verwijderd', 'werd verwijderd',
    'inmiddels verwijderd', 'zijn gewist', 'is gewist',
  ],
  askedBefore: [
    'gevraagd', 'verzocht', 'aangevraagd', 'gestuurd', 'geschreven',
  ],
  otherwise: [
    'zo niet', 'anders', 'indien niet', 'als dat niet zo is',
  ],
  undecided: ['weet niet', 'weet het niet', 'niet zeker', 'twijfel', 'geen idee', 'of misschien', 'misschien niet', 'of toch niet', 'weet niet of ik', 'weet niet meer'],
  whether: ['of', 'als'],
  apology: ['sorry', 'excuses', 'mijn excuses', 'excuus'],
  negation: ['niet', 'geen', 'nooit', 'niets', 'noch'],
  question: ['hoe', 'wat', 'waarom', 'wanneer', 'waar', 'welke', 'kan ik', 'kunt u', 'is het mogelijk', 'hoelang', 'hoe lang'],
  asks: [
    'alstublieft', 'alsjeblieft', 'kunt u', 'kunnen jullie', 'wilt u',
  ],
  usernameLabels: ['gebruikersnaam', 'gebruiker', 'accountnaam', 'profielnaam', 'instagram-account', 'account', 'profiel'],
  ownHandlePhrases: ['de mijne', 'mijn eigen', 'mijn eigen account', 'mijn persoonlijke account', 'mijn echte account'],
  handlePhrases: [
    'gebruikersnaam', 'mijn insta', 'mijn instagram', 'mijn ig', 'mijn @', 'accountnaam', 'profielnaam', 'mijn handle',
    'insta-naam', 'instanaam',
    // The account named, then what it is called ("the account is called x"), and "my ID is x".
    'het account', 'mijn account', 'het profiel', 'mijn id',
    // Who the person is there: "op insta ben ik x", "mijn naam op insta is x".
    'op insta ben ik', 'op instagram ben ik', 'op ig ben ik', 'op insta heet ik', 'op instagram heet ik',
    'mijn naam op insta', 'mijn naam op ig',
  ],
  handleLinks: ['is', 'heet', 'op instagram', 'op insta', 'op ig', 'luidt', 'mijn'],
  relationHas: ['heeft', 'heeft ook'],
  onBehalf: ['namens', 'uit naam van', 'in naam van', 'schrijf voor', 'schrijf u voor'],
  clients: ['klant', 'cliënt', 'client', 'werkgever', 'baas', 'opdrachtgever'],
  passOn: ['doorstur', 'door te sturen', 'doorgestuurd', 'doorgeven', 'door te geven'],
  handsOff: ['niet aankom', 'niet aanrak', 'blijf van * af', 'blijf * af', 'laat * met rust', 'laat * staan'],
  confirmation: [
    'bevestiging naar', 'bevestig naar', 'bevestigen naar', 'stuur de bevestiging', 'antwoord naar', 'antwoorden naar',
    'mailen naar', 'mail mij op', 'laat het me weten op', 'mijn e-mail', 'mijn e-mailadres', 'mijn adres', 'e-mailadres',
    'mailadres',
  ],
  confirmationAsks: ['bevestig', 'antwoord', 'reactie'],
  confirmationTargets: ['naar het adres', 'naar het e-mailadres', 'naar', 'op'],
  addressWords: ['adres', 'e-mail', 'email', 'mail', 'mailadres'],
  quoteOpeners: ['op'],
  quoteHeaders: ['schreef', 'het volgende geschreven'],
  originalMessage: ['oorspronkelijk bericht', 'oorspronkelijk e-mailbericht', 'origineel bericht'],
  forwardMarkers: ['doorgestuurd bericht', 'begin doorgestuurd bericht'],
  headerFrom: ['van'],
  headerSent: ['verzonden', 'verstuurd', 'datum'],
  headerOther: ['aan', 'cc', 'onderwerp'],
  replyPrefixes: ['antw', 're'],
  forwardPrefixes: ['doorst', 'fw', 'fwd'],
  signatureMarkers: [
    'met vriendelijke groet', 'met vriendelijke groeten', 'vriendelijke groet', 'vriendelijke groeten', 'groeten',
    'groetjes', 'mvg', 'bedankt', 'alvast bedankt', 'dank je', 'dank je wel', 'dank u', 'dank u wel', 'hartelijke groet',
  ],
  sentFrom: ['verzonden vanaf mijn *', 'verzonden met *', 'verstuurd vanaf mijn *', 'verzonden vanuit *'],
  autoReplySubjects: ['automatisch antwoord', 'automatisch bericht', 'afwezig', 'afwezigheid', 'afwezigheidsmelding', 'afwezigheidsbericht', 'niet aanwezig', 'buiten kantoor', 'onbestelbaar'],
};
