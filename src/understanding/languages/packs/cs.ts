import type { LanguagePack } from '../language-pack.js';

/** Czech. */
export const cs: LanguagePack = {
  code: 'cs',
  name: 'Czech',
  erase: ['smaž', 'smaz', 'smazat', 'smazání', 'smazani', 'vymaž', 'vymaz', 'výmaz', 'odstraň', 'odstran', 'odstranění', 'zruš', 'zrus', 'zrušení', 'zapomeň'],
  data: ['data', 'údaje', 'udaje', 'údajů', 'osobní údaje', 'osobni udaje', 'informace', 'historie', 'záznamy', 'obsah', 'tokeny', 'vše', 'vse', 'všechny', 'dat', 'všech', 'vsech'],
  account: ['účet', 'ucet', 'účtu', 'uctu', 'profil', 'propojení', 'přístup'],
  privacy: ['soukromí', 'soukromi', 'ochrana osobních údajů', 'ochrana dat', 'gdpr', 'právo na výmaz', 'pravo na vymaz', 'právo být zapomenut', 'žádost o výmaz', 'článek 17', 'uoou'],
  mine: ['můj', 'muj', 'moje', 'moji', 'mých', 'mych', 'mého', 'mou', 'mé', 'naše', 'náš', 'mě', 'mne', 'já'],
  opposite: [
    'rozmyslel jsem si', 'rozmyslela jsem si', 'změnil jsem názor', 'změnila jsem názor',
    'nemažte', 'nemazte', 'nic nemažte', 'nic nemazte', 'nemazat', 'neodstraňujte', 'ponechte můj účet', 'nežádal jsem',
    'nežádala jsem', 'nezadal jsem', 'o nic jsem nežádal', 'to jsem nebyl já', 'zrušte moji žádost', 'stahuji žádost',
    'stále používám', 'pořád používám',
    // "nakonec nechci, aby byla data smazána": in the end I do not want it; "neberte v úvahu": disregard it.
    'nakonec nechci', 'nakonec nechceme', 'přece jen nechci', 'nakonec si nepřeji', 'neberte v úvahu', 'dál používám', 'dále používám', 'nadále používám',
  ],
  contrast: ['ale teď', 'ale ted', 'ale nyní', 'ale nyni', 'ale dnes'],
  nowOpens: ['teď', 'ted', 'nyní', 'nyni'],
  complement: ['aby', 'abyste', 'že', 'ze'],
  condition: ['pokud', 'jestli', 'jestliže', 'kdyby', 'když'],
  done: [
    'smazal', 'vymazal', 'odstranil', 'už smazán', 'již smazán', 'už vymazán', 'již vymazán', 'už odstraněn',
  ],
  askedBefore: [
    'žádal', 'požádal', 'psal', 'napsal', 'poslal', 'odeslal',
  ],
  otherwise: [
    'pokud ne', 'jestli ne', 'jinak', 'pokud ještě ne', 'v opačném případě',
  ],
  undecided: ['nevím', 'nevim', 'nejsem si jistý', 'nejsem si jistá', 'nevím, jestli chci', 'nevím jestli chci', 'nevím, zda chci', 'a možná', 'nebo možná', 'možná ne', 'váhám'],
  whether: ['jestli', 'zda', 'pokud'],
  negation: ['ne', 'nic', 'nikdy', 'žádný', 'zadny', 'žádné', 'ani'],
  nothing: ['nic', 'ničeho', 'niceho'],
  question: ['jak', 'co', 'proč', 'proc', 'kdy', 'kde', 'který', 'která', 'kolik', 'jak dlouho', 'mohu', 'můžete', 'je možné'],
  asks: ['prosím', 'prosim', 'prosíme', 'můžete', 'muzete', 'mohli byste', 'mohla byste', 'mohl byste', 'můžeš', 'žádám'],
  usernameLabels: ['uživatelské jméno', 'uzivatelske jmeno', 'jméno účtu', 'přezdívka', 'účet', 'ucet', 'profil', 'login'],
  handlePhrases: [
    'uživatelské jméno', 'uzivatelske jmeno', 'přezdívk', 'můj instagram', 'muj instagram', 'můj @', 'muj @',
    'můj účet', 'muj ucet', 'nick', 'login', 'účet na instagram', 'účet na insta', 'na instagramu jsem',
    'na instáči jsem', 'na insta jsem', 'na ig jsem', 'na instě jsem', 'na instagramu se jmenuju', 'na instě se jmenuju',
    // The account named, then what it is called ("the account is called x"), and "my ID is x".
    'účet', 'ucet', 'moje id', 'můj id',
  ],
  handleLinks: ['na instagram', 'na insta', 'na instáč', 'na instač', 'na ig', 'je', 'zní', 'mám', 'můj', 'muj', 'se jmenuje'],
  ownHandlePhrases: ['můj vlastní', 'muj vlastni', 'můj osobní', 'můj skutečný', 'ten můj'],
  onBehalf: ['jménem', 'v zastoupení', 'píšu za'],
  confirmation: ['potvrzení na', 'potvrzeni na', 'potvrďte na', 'pošlete na', 'poslat na', 'odpovězte na', 'napište na', 'můj e-mail', 'muj e-mail', 'moje adresa', 'e-mailová adresa', 'e-mail'],
  confirmationAsks: [
    'potvrz', 'potvrd', 'odpověď', 'odpoved', 'informuj', 'oznam', 'vyrozum', 'zašlet', 'zaslat', 'pošlet', 'poslat',
    'odešlet', 'odpověz', 'odpovez', 'napište', 'napiste', 'pište', 'kontaktuj', 'ozvěte', 'ozvete',
  ],
  confirmationTargets: ['na adresu', 'na e-mail', 'na email', 'na'],
  addressWords: ['adres', 'e-mail', 'email', 'mail'],
  quoteHeaders: ['napsal', 'napsala', 'napsal(a)', 'odesílatel'],
  originalMessage: ['původní zpráva', 'puvodni zprava', 'původní e-mail'],
  forwardMarkers: ['přeposlaná zpráva', 'preposlana zprava', 'přeposlaný e-mail', 'začátek přeposlané zprávy'],
  headerFrom: ['od', 'odesílatel'],
  headerSent: ['odesláno', 'odeslano', 'datum'],
  headerOther: ['komu', 'kopie', 'předmět', 'predmet'],
  replyPrefixes: ['odp', 'odpověď', 're'],
  forwardPrefixes: ['přep', 'fw', 'fwd'],
  signatureMarkers: ['s pozdravem', 's přátelským pozdravem', 'děkuji', 'dekuji', 'díky', 'diky', 'předem děkuji', 'hezký den', 'zdraví'],
  sentFrom: ['odesláno z mého *', 'odeslano z meho *', 'odesláno z *'],
  autoReplySubjects: ['automatická odpověď', 'automaticka odpoved', 'mimo kancelář', 'mimo kancelar', 'nepřítomnost', 'nepritomnost', 'jsem na dovolené', 'nedoručitelné'],
};
