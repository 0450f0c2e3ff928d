import type { LanguagePack } from '../language-pack.js';

/** Romanian: both comma-below and cedilla ș ț are written, and often no diacritics at all. */
export const ro: LanguagePack = {
  code: 'ro',
  name: 'Romanian',
  erase: ['șterg', 'sterg', 'şterg', 'ștergeți', 'stergeti', 'ștergere', 'stergere', 'şterge', 'elimin', 'elimina', 'eliminare', 'înlătur', 'inlatur', 'închide contul', 'dezactiv', 'uitat'],
  data: ['date', 'datele', 'date personale', 'datele personale', 'informații', 'informatii', 'informaţii', 'istoric', 'înregistrări', 'conținut', 'token', 'tot', 'toate'],
  account: ['cont', 'contul', 'profil', 'profilul', 'conexiune', 'acces'],
  privacy: ['confidențialitate', 'confidentialitate', 'protecția datelor', 'protectia datelor', 'gdpr', 'dreptul la ștergere', 'dreptul de a fi uitat', 'cerere de ștergere', 'cerere de stergere', 'articolul 17', 'anspdcp'],
  mine: ['meu', 'mea', 'mei', 'mele', 'nostru', 'noastră', 'noastre', 'mie', 'mă', 'ma', 'eu'],
  opposite: [
    'nu ștergeți', 'nu stergeti', 'nu şterge', 'nu ștergeți nimic', 'nu stergeti nimic', 'să nu ștergeți', 'sa nu stergeti',
    'păstrați contul', 'pastrati contul', 'nu am cerut', 'nu am solicitat', 'nu eu', 'anulați cererea', 'anulati cererea',
    'îmi retrag cererea', 'încă folosesc', 'inca folosesc',
  ],
  negation: ['nu', 'niciodată', 'niciodata', 'nimic', 'niciun', 'nicio', 'nici'],
  question: ['cum', 'ce', 'de ce', 'când', 'cand', 'unde', 'care', 'cât', 'cat', 'cât durează', 'pot', 'puteți', 'este posibil'],
  usernameLabels: ['nume de utilizator', 'numele de utilizator', 'utilizator', 'numele contului', 'cont instagram', 'contul', 'cont', 'profil'],
  handlePhrases: [
    'numele de utilizator', 'nume de utilizator', 'numele meu de utilizator', 'contul meu de instagram',
    'contul meu de pe instagram', 'contul de instagram', 'contul meu', 'instagramul meu', 'id-ul meu',
  ],
  handleLinks: ['meu', 'de pe instagram', 'pe instagram', 'de instagram', 'este', 'e', 'îmi este', 'al meu'],
  confirmation: ['confirmare la', 'confirmarea la', 'confirmați la', 'trimiteți la', 'trimiteti la', 'răspundeți la', 'raspundeti la', 'scrieți-mi la', 'emailul meu', 'adresa mea', 'adresa de email', 'e-mail', 'email'],
  quoteOpeners: ['pe'],
  quoteHeaders: ['a scris'],
  originalMessage: ['mesaj original', 'mesajul original'],
  forwardMarkers: ['mesaj redirecționat', 'mesaj redirectionat', 'mesaj transmis', 'începutul mesajului redirecționat'],
  headerFrom: ['de la', 'expeditor'],
  headerSent: ['trimis', 'data'],
  headerOther: ['către', 'catre', 'cc', 'subiect'],
  replyPrefixes: ['răspuns', 'raspuns', 're'],
  forwardPrefixes: ['redirecționare', 'fw', 'fwd'],
  signatureMarkers: ['cu stimă', 'cu stima', 'cu respect', 'mulțumesc', 'multumesc', 'mulţumesc', 'vă mulțumesc', 'o zi bună', 'toate cele bune', 'numai bine'],
  sentFrom: ['trimis de pe *', 'trimis din *', 'trimis de pe dispozitivul meu *'],
  autoReplySubjects: ['răspuns automat', 'raspuns automat', 'în afara biroului', 'in afara biroului', 'absent din birou', 'în concediu', 'in concediu', 'nelivrat'],
};
