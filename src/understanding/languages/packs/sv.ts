import type { LanguagePack } from '../language-pack.js';

/** Swedish. */
export const sv: LanguagePack = {
  code: 'sv',
  name: 'Swedish',
  erase: ['radera', 'raderas', 'raderad', 'radering', 'ta bort', 'tas bort', 'borttagning', 'avlägsna', 'tömma', 'glöm mig', 'avsluta mitt konto', 'stäng'],
  data: ['data', 'uppgifter', 'personuppgifter', 'information', 'info', 'historik', 'innehåll', 'poster', 'token', 'allt', 'alla'],
  account: ['konto', 'kontot', 'profil', 'koppling', 'åtkomst'],
  privacy: ['integritet', 'dataskydd', 'gdpr', 'rätten att bli bortglömd', 'rätt till radering', 'begäran om radering', 'imy', 'artikel 17'],
  mine: ['min', 'mitt', 'mina', 'vår', 'vårt', 'våra', 'mig', 'jag'],
  opposite: [
    'radera inte', 'ta inte bort', 'radera ingenting', 'radera inget', 'behåll mitt konto', 'jag har inte bett',
    'jag har aldrig bett', 'jag har inte begärt', 'det var inte jag', 'avbryt min begäran', 'använder fortfarande',
  ],
  negation: ['inte', 'ej', 'aldrig', 'ingen', 'inget', 'inga', 'ingenting'],
  question: ['hur', 'vad', 'varför', 'när', 'var', 'vilken', 'vilket', 'vilka', 'hur länge', 'kan jag', 'kan ni', 'är det möjligt', 'går det'],
  usernameLabels: ['användarnamn', 'anvandarnamn', 'kontonamn', 'instagramkonto', 'konto', 'profil'],
  handlePhrases: [
    'användarnamn', 'anvandarnamn', 'kontonamn', 'mitt instagram', 'min instagram', 'mitt insta', 'mitt konto på',
    'instagramkonto',
  ],
  handleLinks: ['på instagram', 'på insta', 'på ig', 'är', 'heter', 'mitt', 'min'],
  confirmation: ['bekräftelse till', 'bekräfta till', 'skicka bekräftelsen till', 'skicka till', 'svara till', 'svara på', 'min e-post', 'min mejl', 'min adress', 'e-postadress', 'mejladress', 'e-post'],
  confirmationAsks: ['bekräft', 'svar', 'besked', 'meddela', 'skicka'],
  confirmationTargets: ['till', 'till adressen', 'på', 'adressen'],
  quoteOpeners: ['den'],
  quoteHeaders: ['skrev'],
  originalMessage: ['ursprungligt meddelande', 'originalmeddelande'],
  forwardMarkers: ['vidarebefordrat meddelande', 'början på vidarebefordrat meddelande'],
  headerFrom: ['från', 'avsändare'],
  headerSent: ['skickat', 'skickades', 'datum'],
  headerOther: ['till', 'kopia', 'ämne'],
  replyPrefixes: ['sv', 'svar', 're'],
  forwardPrefixes: ['vb', 'vs', 'fwd', 'fw'],
  signatureMarkers: ['med vänliga hälsningar', 'vänliga hälsningar', 'mvh', 'hälsningar', 'tack', 'tack på förhand', 'hälsning', 'ha en bra dag'],
  sentFrom: ['skickat från min *', 'skickades från min *', 'skickat från *'],
  autoReplySubjects: ['autosvar', 'automatiskt svar', 'frånvaro', 'frånvarande', 'ej på kontoret', 'inte på kontoret', 'på semester', 'kunde inte levereras', 'olevererbart'],
};
