import type { LanguagePack } from '../language-pack.js';

/** Norwegian (Bokmål, and the Nynorsk forms people mix in). */
export const no: LanguagePack = {
  code: 'no',
  name: 'Norwegian',
  erase: ['slett', 'slette', 'slettet', 'sletting', 'fjern', 'fjerne', 'fjerning', 'glem meg', 'avslutt kontoen', 'deaktiver'],
  data: ['data', 'dataene', 'opplysninger', 'personopplysninger', 'personopplysningene', 'informasjon', 'info', 'historikk', 'innhold', 'tokens', 'alt', 'alle'],
  account: ['konto', 'kontoen', 'profil', 'profilen', 'tilkobling', 'tilgang'],
  privacy: ['personvern', 'gdpr', 'rett til sletting', 'retten til å bli glemt', 'forespørsel om sletting', 'krav om sletting', 'datatilsynet', 'artikkel 17'],
  mine: ['min', 'mitt', 'mine', 'vår', 'vårt', 'våre', 'meg', 'jeg', 'eg'],
  opposite: [
    'ikke slett', 'slett ikke', 'ikke slett noe', 'slett ingenting', 'behold kontoen', 'jeg har ikke bedt om',
    'jeg har aldri bedt om', 'det var ikke meg', 'avbryt forespørselen', 'trekker tilbake forespørselen', 'bruker den fortsatt',
  ],
  negation: ['ikke', 'aldri', 'ingen', 'ingenting', 'intet', 'verken'],
  question: ['hvordan', 'hva', 'hvorfor', 'når', 'hvor', 'hvilken', 'hvilket', 'hvilke', 'hvor lang tid', 'kan jeg', 'kan dere', 'er det mulig'],
  usernameLabels: ['brukernavn', 'kontonavn', 'instagram-konto', 'konto', 'profil'],
  handlePhrases: ['brukernavn', 'kontonavn', 'min instagram', 'mitt instagram', 'min insta', 'instagramkonto'],
  handleLinks: ['på instagram', 'på insta', 'på ig', 'er', 'heter', 'min', 'mitt'],
  confirmation: ['bekreftelse til', 'bekreft til', 'send bekreftelsen til', 'send til', 'svar til', 'skriv til meg på', 'min e-post', 'e-posten min', 'min adresse', 'e-postadresse', 'e-post'],
  quoteHeaders: ['skrev'],
  originalMessage: ['opprinnelig melding', 'original melding'],
  forwardMarkers: ['videresendt melding', 'start på videresendt melding'],
  headerFrom: ['fra', 'avsender'],
  headerSent: ['sendt', 'dato'],
  headerOther: ['til', 'kopi', 'emne'],
  replyPrefixes: ['sv', 'svar', 're'],
  forwardPrefixes: ['vs', 'videresend', 'fw', 'fwd'],
  signatureMarkers: ['med vennlig hilsen', 'vennlig hilsen', 'mvh', 'hilsen', 'takk', 'på forhånd takk', 'beste hilsen', 'ha en fin dag'],
  sentFrom: ['sendt fra min *', 'sendt fra *'],
  autoReplySubjects: ['autosvar', 'automatisk svar', 'fraværende', 'fravær', 'ikke på kontoret', 'på ferie', 'kunne ikke leveres'],
};
