import type { LanguagePack } from '../language-pack.js';

/** Polish. */
export const pl: LanguagePack = {
  code: 'pl',
  name: 'Polish',
  handsOff: ['zostawcie', 'zostawić', 'zostaw', 'nie ruszajcie', 'nie ruszać', 'nie rusz'],
  onlyThis: ['tylko', 'wyłącznie', 'jedynie'],
  erase: [
    'usun', 'usuń', 'usunąć', 'usunac', 'usunięcie', 'usuniecie', 'usuwa', 'skasuj', 'skasowa', 'wykasuj', 'wymaz',
    'wymazanie', 'zapomnij', 'zapomnien', 'likwidac', 'zamknij', 'zamknięcie', 'dezaktyw',
  ],
  data: [
    'dane', 'danych', 'dane osobowe', 'danych osobowych', 'informacje', 'informacji', 'historia', 'historię',
    'zapisy', 'treści', 'tokeny', 'wszystko', 'wszystkie',
  ],
  account: ['konto', 'konta', 'kontem', 'profil', 'profilu', 'połączenie', 'dostęp'],
  privacy: [
    'prywatność', 'prywatnosc', 'rodo', 'prawo do usunięcia', 'prawo do bycia zapomnianym', 'ochrona danych',
    'ochrony danych', 'żądanie usunięcia', 'zadanie usuniecia', 'artykuł 17', 'art. 17', 'uodo',
  ],
  mine: ['mój', 'moj', 'moja', 'moje', 'mojego', 'mojej', 'moich', 'moim', 'moimi', 'nasz', 'nasze', 'naszych', 'mnie', 'mi', 'ja'],
  opposite: [
    'zmieniłem zdanie', 'zmieniłam zdanie', 'zmienilem zdanie', 'zmienilam zdanie', 'rozmyśliłem się', 'rozmyśliłam się', 'rozmyslilem sie', 'wysłałem przez pomyłkę', 'wysłałam przez pomyłkę',
    'nie usuwajcie', 'nie usuwać', 'nie usuwac', 'nie usuwaj', 'niczego nie usuwać', 'niczego nie usuwac',
    'proszę nie usuwać', 'zachowajcie moje konto', 'nie prosiłem', 'nie prosiłam', 'nie prosilem', 'nie prosilam',
    'nie wnioskowałem', 'nie składałem', 'to nie ja', 'anulujcie wniosek', 'anuluj wniosek', 'wycofuję wniosek', 'wycofuje wniosek', 'nadal używam',
    'wciąż używam',
  ],
  contrast: ['ale teraz', 'lecz teraz', 'teraz jednak', 'jednak teraz', 'ale dziś', 'ale dzis', 'ale dzisiaj'],
  nowOpens: ['teraz'],
  complement: ['żeby', 'zeby', 'aby', 'że', 'ze'],
  condition: ['jeśli', 'jesli', 'jeżeli', 'jezeli', 'gdyby'],
  othersAsk: ['ktoś', 'ktos', 'ktoś obcy', 'haker', 'włamał', 'wpłynęła prośba', 'wpłynął wniosek', 'otrzymaliśmy prośbę', 'otrzymaliśmy wniosek'],
  done: [
    'zostały już usunięte', 'zostało już usunięte', 'już usunięte', 'usunęliście', 'usunęli', 'usunięto',
    'skasowaliście',
  ],
  askedBefore: [
    'prosiłem', 'prosiłam', 'prosiliśmy', 'wysłałem', 'wysłałam', 'pisałem', 'pisałam', 'napisałem', 'napisałam',
    'złożyłem', 'złożyłam', 'zgłosiłem', 'zgłosiłam',
  ],
  otherwise: [
    'jeśli nie', 'jeżeli nie', 'jesli nie', 'jezeli nie', 'w przeciwnym razie', 'a jeśli nie',
  ],
  undecided: ['nie wiem', 'nie jestem pewien', 'nie jestem pewna', 'a może', 'albo może', 'może nie', 'nie wiem, czy chcę', 'nie wiem czy chcę', 'waham się', 'nie mogę się zdecydować', 'sam nie wiem', 'sama nie wiem'],
  whether: ['czy', 'jeśli', 'jesli'],
  apology: ['sorry', 'sory', 'przepraszam', 'przepraszam bardzo', 'wybaczcie', 'wybacz'],
  negation: ['nie', 'nigdy', 'nic', 'niczego', 'żaden', 'zaden', 'żadne', 'ani'],
  nothing: ['nic', 'niczego', 'żadnych', 'zadnych'],
  question: ['jak', 'co', 'dlaczego', 'kiedy', 'gdzie', 'który', 'która', 'ile', 'czy', 'czy mogę', 'czy można', 'jak długo'],
  asks: ['proszę', 'prosze', 'prosimy', 'uprzejmie', 'możecie', 'mozecie', 'możesz', 'moglibyście', 'mogliby', 'czy mogą', 'czy może pan', 'czy może pani'],
  usernameLabels: ['nazwa użytkownika', 'nazwa uzytkownika', 'nazwa konta', 'login', 'użytkownik', 'uzytkownik', 'konto', 'profil', 'nick'],
  handlePhrases: [
    'moje konto', 'mój profil', 'moj profil',
    'login', 'nick', 'nazwa użytkownika', 'nazwa uzytkownika', 'nazwa konta', 'nazwę użytkownika', 'konto na instagram',
    'konto na insta', 'konto na ig', 'profil na instagram', 'mój instagram', 'moj instagram', 'moje insta', 'mój @',
    'moj @', 'na instagramie jestem', 'na insta jestem', 'na ig jestem', 'na instagramie mam nick',
    // The account named, then what it is called ("the account is called x"), and "my ID is x".
    'konto', 'moje id',
  ],
  handleLinks: ['zresztą', 'zreszta', 'przy okazji', 'właściwie', 'to', 'jest', 'brzmi', 'na instagram', 'na insta', 'na ig', 'mój', 'moj', 'moja', 'mam', 'to jest', 'jako', 'nazywa się', 'nazywa sie'],
  relationHas: ['ma', 'też ma', 'tez ma', 'ma też', 'ma tez'],
  selfNaming: ['jestem', 'ja to'],
  ownHandlePhrases: ['mój własny', 'moj wlasny', 'moje własne', 'mój prawdziwy', 'a mój', 'mój to'],
  onBehalf: ['w imieniu', 'piszę za', 'pisze za'],
  passOn: ['przesła', 'przesłać', 'przekaza', 'przekazać', 'przesyłam', 'przekazuję'],
  confirmation: [
    'potwierdzenie na', 'potwierdzenie proszę wysłać na', 'potwierdźcie na', 'wyślijcie na', 'wyślij na',
    'odpowiedź na adres', 'odpowiedzcie na', 'napiszcie na', 'mój e-mail', 'moj e-mail', 'mój adres', 'adres e-mail',
    'adres mailowy', 'e-mail', 'mail',
  ],
  confirmationAsks: [
    'potwierdz', 'potwierdzenie', 'odpowied', 'poinformowa', 'informacj', 'wynik', 'wyślij', 'wyślijcie', 'wysła',
    'prześl', 'przesła', 'odpowiad', 'odpisz', 'odpiszcie', 'pisz', 'kontakt', 'informację zwrotną',
  ],
  confirmationTargets: [
    'na adres', 'na adres e-mail', 'na e-mail', 'na maila', 'na skrzynkę', 'na', 'pod adres', 'pod adresem', 'pod',
  ],
  addressWords: ['adres', 'e-mail', 'email', 'mail', 'skrzynk'],
  quoteOpeners: ['w dniu'],
  quoteHeaders: ['napisał(a)', 'napisał', 'napisała', 'napisal', 'napisala', 'pisze'],
  originalMessage: ['oryginalna wiadomość', 'oryginalna wiadomosc', 'wiadomość oryginalna'],
  forwardMarkers: ['wiadomość przekazana', 'przekazana wiadomość', 'przekazana wiadomosc', 'wiadomość przesłana dalej'],
  headerFrom: ['od', 'nadawca'],
  headerSent: ['wysłano', 'wyslano', 'data', 'wysłane'],
  headerOther: ['do', 'dw', 'temat', 'odbiorca'],
  replyPrefixes: ['odp', 'odpowiedź'],
  forwardPrefixes: ['pd', 'prześlij dalej', 'fwd', 'fw'],
  signatureMarkers: [
    'z poważaniem', 'z powazaniem', 'pozdrawiam', 'pozdrawiam serdecznie', 'serdecznie pozdrawiam', 'pozdrowienia',
    'dziękuję', 'dziekuje', 'z góry dziękuję', 'dzięki', 'pozdr',
  ],
  sentFrom: ['wysłane z mojego *', 'wyslane z mojego *', 'wysłano z *', 'wysłane z *'],
  autoReplySubjects: [
    'automatyczna odpowiedź', 'automatyczna odpowiedz', 'odpowiedź automatyczna', 'poza biurem', 'nieobecność',
    'nieobecnosc', 'jestem na urlopie', 'niedostarczona', 'nie dostarczono',
  ],
};
