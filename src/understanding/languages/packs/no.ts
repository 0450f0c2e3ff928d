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
    'ombestemt meg', 'ombestemte meg', 'angrer meg', 'angret meg', 'skiftet mening',
    'ikke slett', 'slett ikke', 'ikke slett noe', 'slett ingenting', 'behold kontoen', 'jeg har ikke bedt om',
    'jeg har aldri bedt om', 'det var ikke meg', 'avbryt forespørselen', 'trekker tilbake forespørselen', 'bruker den fortsatt',
  ],
  contrast: ['men nå', 'men na', 'men i dag'],
  negation: ['ikke', 'aldri', 'ingen', 'ingenting', 'intet', 'verken'],
  nothing: ['ingenting', 'noe', 'intet'],
  question: ['hvordan', 'hva', 'hvorfor', 'når', 'hvor', 'hvilken', 'hvilket', 'hvilke', 'hvor lang tid', 'kan jeg', 'kan dere', 'er det mulig'],
  asks: [
    'vennligst', 'kan dere', 'kan du', 'vil dere', 'vil du', 'ville dere', 'ber om', 'ber dere',
    // "Kan dere ikke bare slette alt?": the negation of a polite ask negates nothing.
    'kan dere ikke', 'kan du ikke', 'kunne dere ikke', 'kunne du ikke', 'vil dere ikke',
  ],
  usernameLabels: ['brukernavn', 'kontonavn', 'instagram-konto', 'konto', 'profil'],
  handlePhrases: [
    'kontoen min', 'min konto', 'min @', 'mitt @',
    'brukernavn', 'kontonavn', 'min instagram', 'mitt instagram', 'min insta', 'instagramkonto',
    'på instagram heter jeg', 'instagramnavn',
    // The account named, then what it is called ("the account is called x"), and "my ID is x".
    'kontoen', 'profilen', 'min id',
  ],
  handleLinks: ['forresten', 'for øvrig', 'altså', 'på instagram', 'på insta', 'på ig', 'er', 'heter', 'min', 'mitt'],
  ownHandlePhrases: ['min egen', 'mitt eget', 'min egen konto', 'min private'],
  onBehalf: ['på vegne av'],
  passOn: ['videresend', 'sende videre', 'sende dette videre'],
  confirmation: ['bekreftelse til', 'bekreft til', 'send bekreftelsen til', 'send til', 'svar til', 'skriv til meg på', 'min e-post', 'e-posten min', 'min adresse', 'e-postadresse', 'e-post'],
  confirmationAsks: ['bekreft', 'svar', 'beskjed', 'meld', 'send', 'kontakt'],
  confirmationTargets: ['til', 'til adressen', 'på', 'adressen'],
  addressWords: ['adresse', 'e-post', 'epost', 'mail'],
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
