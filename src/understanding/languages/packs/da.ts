import type { LanguagePack } from '../language-pack.js';

/** Danish. */
export const da: LanguagePack = {
  code: 'da',
  name: 'Danish',
  erase: ['slet', 'slette', 'slettet', 'sletning', 'fjern', 'fjerne', 'fjernelse', 'udslet', 'glem mig', 'luk min konto', 'deaktiv'],
  data: ['data', 'oplysninger', 'personoplysninger', 'personlige oplysninger', 'information', 'info', 'historik', 'indhold', 'tokens', 'alt', 'alle'],
  account: ['konto', 'kontoen', 'profil', 'forbindelse', 'adgang'],
  privacy: ['privatliv', 'databeskyttelse', 'gdpr', 'ret til sletning', 'retten til at blive glemt', 'anmodning om sletning', 'datatilsynet', 'artikel 17'],
  mine: ['min', 'mit', 'mine', 'vores', 'mig', 'jeg'],
  opposite: [
    'slet ikke', 'ikke slet', 'slet ikke noget', 'slet intet', 'behold min konto', 'jeg har ikke bedt om',
    'jeg har aldrig bedt om', 'det var ikke mig', 'annuller min anmodning', 'bruger den stadig',
  ],
  negation: ['ikke', 'aldrig', 'ingen', 'intet', 'ingenting', 'hverken'],
  question: ['hvordan', 'hvad', 'hvorfor', 'hvornår', 'hvor', 'hvilken', 'hvilket', 'hvilke', 'hvor lang tid', 'kan jeg', 'kan i', 'er det muligt'],
  usernameLabels: ['brugernavn', 'kontonavn', 'instagram-konto', 'konto', 'profil'],
  handlePhrases: ['brugernavn', 'kontonavn', 'min instagram', 'mit instagram', 'min insta', 'instagramkonto'],
  handleLinks: ['på instagram', 'på insta', 'på ig', 'er', 'hedder', 'min', 'mit'],
  confirmation: ['bekræftelse til', 'bekræft til', 'send bekræftelsen til', 'send til', 'svar til', 'skriv til mig på', 'min e-mail', 'min mail', 'min adresse', 'e-mailadresse', 'mailadresse', 'e-mail'],
  quoteOpeners: ['den'],
  quoteHeaders: ['skrev'],
  originalMessage: ['oprindelig meddelelse', 'original meddelelse', 'oprindelig besked'],
  forwardMarkers: ['videresendt meddelelse', 'videresendt besked', 'start på videresendt besked'],
  headerFrom: ['fra', 'afsender'],
  headerSent: ['sendt', 'dato'],
  headerOther: ['til', 'cc', 'emne'],
  replyPrefixes: ['sv', 'svar', 're'],
  forwardPrefixes: ['vs', 'videresend', 'fw', 'fwd'],
  signatureMarkers: ['med venlig hilsen', 'venlig hilsen', 'mvh', 'vh', 'hilsen', 'tak', 'på forhånd tak', 'de bedste hilsner', 'kh'],
  sentFrom: ['sendt fra min *', 'sendt fra *'],
  autoReplySubjects: ['autosvar', 'automatisk svar', 'fraværende', 'fravær', 'ikke på kontoret', 'på ferie', 'kunne ikke leveres'],
};
