import type { LanguagePack } from '../language-pack.js';

/** German. */
export const de: LanguagePack = {
  code: 'de',
  name: 'German',
  onlyThis: ['nur', 'ausschließlich', 'lediglich'],
  erase: [
    'lösch', 'loesch', 'losch', 'gelösch', 'geloesch', 'entfern', 'vernicht', 'tilg', 'vergiss mich', 'vergessen werden',
    'löschung', 'loeschung', 'entfernung', 'schließ', 'schliess', 'deaktivier', 'kündig',
  ],
  data: [
    'daten', 'personenbezogene daten', 'persönliche daten', 'informationen', 'angaben', 'datensätze', 'verlauf',
    'inhalte', 'token', 'alles', 'sämtliche',
  ],
  account: ['konto', 'kontos', 'account', 'profil', 'zugang', 'verknüpfung', 'benutzerkonto', 'nutzerkonto'],
  privacy: [
    'datenschutz', 'dsgvo', 'recht auf löschung', 'recht auf vergessenwerden', 'löschantrag', 'antrag auf löschung',
    'auskunft', 'betroffenenrecht', 'art. 17', 'artikel 17',
  ],
  mine: ['mein', 'meine', 'meinen', 'meinem', 'meiner', 'meines', 'unser', 'unsere', 'unseren', 'mich', 'mir'],
  opposite: [
    'es mir anders überlegt', 'meinung geändert',
    'nicht löschen', 'nichts löschen', 'bitte nicht', 'nicht entfernen', 'konto behalten',
    'habe ich nicht beantragt', 'nicht beantragt', 'nicht angefordert', 'das war ich nicht', 'antrag zurückziehen',
    'löschung abbrechen', 'löschung stoppen', 'widerrufe meinen antrag', 'noch in benutzung', 'noch aktiv',
  ],
  contrast: ['aber jetzt', 'aber nun', 'doch jetzt', 'jetzt aber', 'nun aber', 'aber heute'],
  nowOpens: ['jetzt', 'nun', 'inzwischen'],
  complement: ['dass', 'daß'],
  condition: ['wenn', 'falls'],
  othersAsk: ['jemand', 'irgendjemand', 'ein fremder', 'hacker', 'gehackt', 'antrag erhalten', 'anfrage erhalten', 'wurde beantragt', 'beantragt wurde'],
  done: [
    'schon gelöscht', 'bereits gelöscht', 'jetzt gelöscht', 'inzwischen gelöscht', 'mittlerweile gelöscht',
    'sind gelöscht', 'ist gelöscht', 'wurden gelöscht', 'wurde gelöscht', 'gelöscht wurden', 'gelöscht wurde',
    'gelöscht worden', 'schon entfernt', 'bereits entfernt', 'wurden entfernt', 'sind entfernt',
  ],
  askedBefore: [
    'gebeten', 'beantragt', 'angefragt', 'angefordert', 'geschrieben', 'geschickt',
  ],
  otherwise: [
    'falls nicht', 'wenn nicht', 'ansonsten', 'andernfalls', 'sonst', 'falls noch nicht', 'wenn noch nicht',
  ],
  undecided: ['weiß nicht', 'weiss nicht', 'nicht sicher', 'unsicher', 'keine ahnung', 'oder vielleicht', 'oder doch nicht', 'oder doch lieber nicht', 'vielleicht doch nicht', 'weiß nicht, ob ich', 'weiß nicht ob ich', 'weiss nicht, ob ich', 'weiss nicht ob ich', 'weiß nicht mehr', 'weiss nicht mehr', 'kann mich nicht entscheiden', 'bin unentschlossen'],
  whether: ['ob', 'wenn'],
  apology: ['sorry', 'entschuldigung', 'entschuldigen sie', 'tut mir leid', 'verzeihung'],
  negation: ['nicht', 'nichts', 'kein', 'keine', 'keinen', 'nie', 'niemals', 'weder'],
  question: ['wie', 'was', 'warum', 'wann', 'wo', 'welche', 'welcher', 'kann ich', 'können sie', 'ist es möglich', 'gibt es', 'wie lange'],
  asks: [
    'bitte', 'können sie', 'könnten sie', 'könnt ihr', 'könntet ihr',
  ],
  usernameLabels: ['benutzername', 'nutzername', 'instagram-name', 'instagram-konto', 'instagram-account', 'konto', 'account', 'profil', 'handle'],
  ownHandlePhrases: ['meins', 'meiner', 'mein eigenes', 'mein eigener', 'mein privates konto', 'mein eigentliches'],
  handlePhrases: [
    'mein konto', 'mein profil',
    'benutzername', 'nutzername', 'instagram-name', 'insta-name', 'instaname', 'mein insta', 'mein instagram',
    'mein ig', 'mein @', 'profilname', 'accountname', 'mein handle', 'mein nick',
    // The account named, then what it is called ("the account is called x"), and "my ID is x".
    'das konto', 'das profil', 'der account', 'mein account', 'meine id', 'die id',
    // Who the person is there: "bei Insta bin ich x".
    'bei insta bin ich', 'auf insta bin ich', 'bei instagram bin ich', 'auf instagram bin ich', 'bei ig bin ich', 'auf ig bin ich',
  ],
  handleLinks: ['übrigens', 'nämlich', 'also', 'ist', 'lautet', 'heißt', 'konto', 'auf instagram', 'bei instagram', 'bei insta', 'auf insta', 'auf ig', 'mein'],
  relationHas: ['hat', 'hat auch'],
  selfNaming: ['ich bin'],
  onBehalf: ['im namen', 'im auftrag', 'stellvertretend für', 'schreibe für', 'schreibe ihnen für', 'schreibe im auftrag', 'in seinem auftrag', 'in ihrem auftrag', 'in deren auftrag', 'in dessen auftrag'],
  clients: ['mandant', 'kunde', 'kundin', 'kunden', 'auftraggeber', 'arbeitgeber', 'chef', 'chefin', 'vorgesetzt'],
  passOn: ['weiterleit', 'weiterzuleiten', 'weitergeleitet', 'weitergeben', 'weiterzugeben'],
  handsOff: ['nicht anfass', 'nicht anrühr', 'nicht antast', 'lass * in ruhe', 'lasst * in ruhe', 'lassen sie * in ruhe', 'in ruhe lass', 'fasst * nicht an', 'fassen sie * nicht an', 'rührt * nicht an', 'rühren sie * nicht an'],
  confirmation: [
    'bestätigung an', 'bestätigen sie an', 'bitte an', 'antworten sie an', 'antwort an', 'schreiben sie an',
    'schicken sie', 'senden sie', 'meine e-mail', 'meine e-mail-adresse', 'meine adresse', 'e-mail-adresse',
    'benachrichtigen sie mich', 'erreichbar unter',
  ],
  confirmationAsks: ['bestätig', 'antwort', 'rückmeldung', 'benachricht'],
  confirmationTargets: ['an die adresse', 'an die e-mail-adresse', 'an', 'adresse'],
  addressWords: ['adresse', 'e-mail', 'email', 'mail'],
  quoteOpeners: ['am'],
  quoteHeaders: ['schrieb', 'hat geschrieben'],
  originalMessage: ['ursprüngliche nachricht', 'originalnachricht'],
  forwardMarkers: ['weitergeleitete nachricht', 'anfang der weitergeleiteten nachricht', 'weitergeleitete e-mail'],
  headerFrom: ['von'],
  headerSent: ['gesendet', 'datum'],
  headerOther: ['an', 'cc', 'betreff', 'antwort an'],
  replyPrefixes: ['aw', 'antw'],
  forwardPrefixes: ['wg', 'wtr', 'fwd'],
  signatureMarkers: [
    'mit freundlichen grüßen', 'mit freundlichen grüssen', 'freundliche grüße', 'mfg', 'viele grüße', 'liebe grüße',
    'beste grüße', 'herzliche grüße', 'grüße', 'gruß', 'lg', 'vg', 'danke', 'danke schön', 'vielen dank',
  ],
  sentFrom: ['von meinem * gesendet', 'gesendet von meinem *', 'gesendet mit *'],
  autoReplySubjects: ['abwesenheitsnotiz', 'automatische antwort', 'abwesend', 'nicht im büro', 'urlaubsabwesenheit', 'außer haus', 'ausser haus', 'auser haus', 'aus dem haus', 'unzustellbar'],
};
