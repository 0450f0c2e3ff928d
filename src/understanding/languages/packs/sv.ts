import type { LanguagePack } from '../language-pack.js';

/** Swedish. */
export const sv: LanguagePack = {
  code: 'sv',
  name: 'Swedish',
  erase: ['radera', 'raderas', 'raderad', 'radering', 'ta bort', 'tas bort', 'borttagning', 'avlägsna', 'tömma', 'glöm mig', 'avsluta mitt konto', 'stäng', 'tar bort', 'tag bort'],
  data: ['data', 'uppgifter', 'personuppgifter', 'information', 'info', 'historik', 'innehåll', 'poster', 'token', 'allt', 'alla'],
  account: ['konto', 'kontot', 'profil', 'koppling', 'åtkomst'],
  privacy: ['integritet', 'dataskydd', 'gdpr', 'rätten att bli bortglömd', 'rätt till radering', 'begäran om radering', 'imy', 'artikel 17'],
  mine: ['min', 'mitt', 'mina', 'vår', 'vårt', 'våra', 'mig', 'jag'],
  opposite: [
    'ångrat mig', 'ångrar mig', 'ångrade mig', 'ändrat mig', 'ändrade mig', 'ombestämt mig',
    'radera inte', 'ta inte bort', 'radera ingenting', 'radera inget', 'behåll mitt konto', 'jag har inte bett',
    'jag har aldrig bett', 'jag har inte begärt', 'det var inte jag', 'avbryt min begäran', 'använder fortfarande',
  ],
  contrast: ['men nu', 'men idag', 'men i dag'],
  negation: ['inte', 'ej', 'aldrig', 'ingen', 'inget', 'inga', 'ingenting'],
  nothing: ['ingenting', 'inget', 'något', 'nåt'],
  question: ['hur', 'vad', 'varför', 'när', 'var', 'vilken', 'vilket', 'vilka', 'hur länge', 'kan jag', 'kan ni', 'är det möjligt', 'går det'],
  asks: [
    'vänligen', 'snälla', 'kan ni', 'kan du', 'skulle ni', 'skulle du', 'vill ni', 'ber er', 'ber om',
    // "Kan ni inte bara radera allt?": the negation of a polite ask negates nothing.
    'kan ni inte', 'kan du inte', 'kunde ni inte', 'kunde du inte', 'skulle ni inte',
  ],
  usernameLabels: ['användarnamn', 'anvandarnamn', 'kontonamn', 'instagramkonto', 'konto', 'profil'],
  handlePhrases: [
    'mitt konto', 'min @', 'mitt @',
    'användarnamn', 'anvandarnamn', 'kontonamn', 'mitt instagram', 'min instagram', 'mitt insta', 'mitt konto på',
    'instagramkonto', 'instagramnamn', 'instanamn', 'på instagram heter jag', 'på insta heter jag',
    // The account named, then what it is called ("the account is called x"), and "my ID is x".
    'kontot', 'profilen', 'mitt id',
    // Who the person is there: "på insta är jag x", "mitt namn på insta är x".
    'på insta är jag', 'på instagram är jag', 'på ig är jag', 'mitt namn på insta', 'mitt namn på ig',
  ],
  handleLinks: ['förresten', 'för övrigt', 'alltså', 'på instagram', 'på insta', 'på ig', 'är', 'heter', 'mitt', 'min', 'jag'],
  relationHas: ['har', 'har också'],
  selfNaming: ['jag är'],
  ownHandlePhrases: ['mitt eget', 'mitt eget konto', 'mitt riktiga', 'mitt privata'],
  onBehalf: ['vägnar', 'räkning'],
  passOn: ['vidarebefordr', 'skicka vidare', 'skickar vidare'],
  confirmation: ['bekräftelse till', 'bekräfta till', 'skicka bekräftelsen till', 'skicka till', 'svara till', 'svara på', 'min e-post', 'min mejl', 'min adress', 'e-postadress', 'mejladress', 'e-post'],
  confirmationAsks: ['bekräft', 'svar', 'besked', 'meddela', 'skicka', 'svara', 'skriv', 'kvittens', 'önskas', 'kontakta'],
  confirmationTargets: ['till', 'till adressen', 'på', 'adressen'],
  addressWords: ['adress', 'e-post', 'epost', 'mejl', 'mail', 'jobbmail', 'jobbmejl'],
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
