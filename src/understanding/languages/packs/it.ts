import type { LanguagePack } from '../language-pack.js';

/** Italian. */
export const it: LanguagePack = {
  code: 'it',
  name: 'Italian',
  onlyThis: ['solo', 'soltanto', 'solamente', 'unicamente'],
  erase: [
    'cancell', 'elimin', 'rimuov', 'rimoss', 'rimozione', 'distrugg', 'dimentic', 'disattiv', 'chiuder',
    'cancellarmi', 'eliminarmi',
  ],
  data: [
    'dati', 'dati personali', 'informazioni', 'info', 'cronologia', 'registri', 'contenuti', 'token', 'tutto',
  ],
  account: ['account', 'profilo', 'utenza', 'collegamento', 'accesso'],
  privacy: [
    'privacy', 'gdpr', "diritto all'oblio", 'diritto alla cancellazione', 'richiesta di cancellazione',
    'richiesta di eliminazione', 'protezione dei dati', 'garante', 'articolo 17',
  ],
  mine: ['mio', 'mia', 'miei', 'mie', 'nostro', 'nostra', 'nostri', 'nostre', 'mi', 'me', 'io'],
  opposite: [
    'ho cambiato idea', 'cambiato idea',
    'non cancellate', 'non cancellare', 'non eliminate', 'non eliminare', 'non rimuovete', 'tenete il mio account',
    'mantenete il mio account', 'non ho chiesto', 'non ho mai chiesto', 'non ho richiesto', 'non sono stato io', 'annullare la richiesta',
    'annullate la richiesta', 'ritiro la richiesta', 'lo uso ancora', 'ancora in uso',
  ],
  contrast: ['ma ora', 'ma adesso', 'però ora', 'però adesso', 'pero ora'],
  nowOpens: ['ora', 'adesso'],
  complement: ['che'],
  condition: ['se', 'nel caso'],
  othersAsk: ['qualcuno', 'uno sconosciuto', 'hacker', 'hackerato', 'ricevuto una richiesta', 'è stata richiesta'],
  done: [
    'avete cancellato', 'avete eliminato', 'avete già cancellato', 'avete già eliminato', 'hanno cancellato',
    'hanno eliminato', 'stati cancellat', 'stati eliminat', 'stato cancellat', 'stato eliminat', 'stata cancellat',
    'state cancellat', 'già cancellat', 'già eliminat',
  ],
  askedBefore: [
    'ho chiesto', 'avevo chiesto', 'ho richiesto', 'avevo richiesto', 'ho inviato', 'ho scritto', 'vi ho scritto',
  ],
  otherwise: [
    'se no', 'altrimenti', 'in caso contrario', 'se non ancora',
  ],
  undecided: ['non so', 'non sono sicuro', 'non sono sicura', 'magari no', 'forse no', 'o forse', 'non so se voglio', 'sono indeciso', 'sono indecisa', 'boh', 'non lo so'],
  whether: ['se'],
  apology: ['scusa', 'scusate', 'scusi', 'mi scuso', 'perdonate'],
  negation: ['non', 'mai', 'niente', 'nulla', 'nessun', 'nessuno', 'nessuna', 'né'],
  question: ['come', 'cosa', 'che cosa', 'perché', 'perche', 'quando', 'quale', 'quali', 'quanto', 'posso', 'potete', 'è possibile'],
  asks: [
    'per favore', 'per cortesia', 'potete', 'potreste',
  ],
  usernameLabels: ['nome utente', 'username', 'utente', 'account instagram', 'nome account', 'nome profilo', 'profilo', 'account'],
  ownHandlePhrases: ['il mio invece', 'il mio personale', 'il mio vero', 'il mio account personale'],
  handlePhrases: [
    'nome utente', 'nickname', 'il mio insta', 'il mio instagram', 'il mio ig', 'il mio @', 'il mio profilo',
    'il mio nick',
    // The account named, then what it is called ("the account is called x"), and "my ID is x".
    "l'account", 'il mio account', 'il mio id', "l'id",
    // Who the person is there: "su insta sono x", "il mio nome su insta è x".
    'su insta sono', 'su instagram sono', 'su ig sono', 'su insta mi chiamo', 'su instagram mi chiamo',
    'il mio nome su insta', 'il mio nome su ig',
  ],
  handleLinks: ['è', 'e', 'è invece', 'si chiama', 'su instagram', 'su insta', 'su ig', 'di instagram', 'mio', 'il mio'],
  relationHas: ['ha', 'ha anche'],
  onBehalf: ['a nome di', 'per conto di', 'da parte di', 'scrivo per', 'vi scrivo per'],
  clients: ['client', 'datore di lavoro', 'datrice di lavoro', 'capo', 'titolare', 'assistit', 'mandante'],
  passOn: ['inoltr', 'girare', 'giro questo'],
  handsOff: ['non toccate', 'non toccare', 'non tocchiate', 'lasciate stare', 'lasciate * stare', 'lasciate * in pace'],
  confirmation: [
    'conferma a', 'confermare a', 'confermate a', 'inviate la conferma', 'inviare a', 'rispondete a', 'rispondere a',
    'scrivetemi a', 'contattatemi a', 'avvisatemi a', 'la mia email', 'il mio indirizzo', 'indirizzo email',
    'indirizzo e-mail', 'la mia mail',
  ],
  confirmationAsks: ['conferm', 'riscontro', 'rispost', 'comunicazion', 'esito', 'invi', 'mand'],
  confirmationTargets: ['indirizzo pec', 'indirizzo e-mail', 'indirizzo email', 'indirizzo', 'pec', 'a', 'al'],
  addressWords: ['indirizzo', 'pec', 'e-mail', 'email', 'mail', 'casella'],
  quoteOpeners: ['il'],
  quoteHeaders: ['ha scritto'],
  originalMessage: ['messaggio originale'],
  forwardMarkers: ['messaggio inoltrato', 'inizio messaggio inoltrato'],
  headerFrom: ['da', 'mittente'],
  headerSent: ['inviato', 'data'],
  headerOther: ['a', 'cc', 'oggetto', 'destinatario'],
  replyPrefixes: ['r', 'rif', 're'],
  forwardPrefixes: ['i', 'inoltra', 'fwd'],
  signatureMarkers: [
    'cordiali saluti', 'distinti saluti', 'saluti', 'un saluto', 'grazie', 'grazie mille', 'grazie ancora',
    'grazie in anticipo', 'buona giornata', 'a presto',
  ],
  sentFrom: ['inviato da *', 'inviato dal mio *', 'scarica outlook per *'],
  autoReplySubjects: ['risposta automatica', 'fuori dall\'ufficio', 'fuori ufficio', 'assente', 'assente dall\'ufficio', 'messaggio automatico', 'non recapitabile', 'mancato recapito'],
};
