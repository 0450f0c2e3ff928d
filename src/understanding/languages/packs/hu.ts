import type { LanguagePack } from '../language-pack.js';

/** Hungarian: stems take the suffixes ("adataimat", "törölni"); people often drop ő and ű. */
export const hu: LanguagePack = {
  code: 'hu',
  name: 'Hungarian',
  erase: ['töröl', 'torol', 'törl', 'torl', 'töröljék', 'toroljek', 'törlés', 'torles', 'eltávolít', 'eltavolit', 'megszüntet', 'megszuntet', 'felejts', 'deaktivál'],
  data: ['adat', 'adatok', 'adataim', 'adataimat', 'személyes adat', 'szemelyes adat', 'információ', 'informacio', 'előzmények', 'tartalom', 'tokenek', 'minden', 'összes', 'osszes'],
  account: ['fiók', 'fiok', 'fiókom', 'fiokom', 'profil', 'profilom', 'kapcsolat', 'hozzáférés'],
  privacy: ['adatvédelem', 'adatvedelem', 'gdpr', 'törléshez való jog', 'elfeledtetéshez való jog', 'törlési kérelem', 'torlesi kerelem', 'naih', '17. cikk'],
  mine: ['az én', 'enyém', 'engem', 'nekem', 'én', 'mi', 'mienk', 'saját'],
  opposite: [
    'ne töröljék', 'ne toroljek', 'ne töröljenek', 'ne toroljenek', 'ne töröljön', 'semmit ne töröljenek', 'ne törölje',
    'tartsák meg a fiókomat', 'ezt nem én kértem', 'nem én kértem', 'nem kértem', 'nem kertem', 'nem én voltam',
    'vonják vissza', 'visszavonom a kérelmem', 'még használom', 'meg hasznalom',
  ],
  negation: ['nem', 'ne', 'soha', 'semmi', 'semmit', 'sem', 'egyik sem'],
  question: ['hogyan', 'hogy', 'mi', 'miért', 'miert', 'mikor', 'hol', 'melyik', 'mennyi', 'mennyi ideig', 'lehet', 'lehetséges', 'tudnák'],
  usernameLabels: ['felhasználónév', 'felhasznalonev', 'felhasználói név', 'fióknév', 'instagram fiók', 'fiók', 'profil'],
  handlePhrases: [
    'felhasználónev', 'felhasználónév', 'felhasznalonev', 'instagram-fiók', 'instagram fiók', 'fióknev', 'fióknév',
    'az instám', 'az insta',
  ],
  handleLinks: ['az instagram', 'instagramon', 'a', 'az', 'pedig', 'neve', 'nevem', 'nevű'],
  confirmation: ['visszaigazolás', 'visszaigazolas', 'megerősítés', 'megerosites', 'küldjék', 'kuldjek', 'válaszoljanak', 'e-mail címem', 'email címem', 'címem', 'e-mail cím', 'e-mail'],
  confirmationAsks: ['megerősít', 'visszaigazol', 'válasz', 'értesít', 'küld'],
  confirmationTargets: ['címre', 'e-mail címre', 'címemre', 'e-mail-címre'],
  quoteHeaders: ['ezt írta', 'ezt irta', 'írta', 'irta'],
  originalMessage: ['eredeti üzenet', 'eredeti uzenet'],
  forwardMarkers: ['továbbított üzenet', 'tovabbitott uzenet', 'továbbított levél'],
  headerFrom: ['feladó', 'felado', 'küldő'],
  headerSent: ['elküldve', 'elkuldve', 'dátum', 'datum', 'küldés ideje'],
  headerOther: ['címzett', 'cimzett', 'másolat', 'tárgy', 'targy'],
  replyPrefixes: ['válasz', 'valasz', 'vá', 're'],
  forwardPrefixes: ['továbbítás', 'tovabbitas', 'továbbítva', 'fw', 'fwd'],
  signatureMarkers: ['üdvözlettel', 'udvozlettel', 'tisztelettel', 'köszönöm', 'koszonom', 'köszönettel', 'üdv', 'udv', 'szép napot'],
  sentFrom: ['*-ról küldve', '*-ről küldve', '*-rol kuldve'],
  autoReplySubjects: ['automatikus válasz', 'automatikus valasz', 'házon kívül', 'hazon kivul', 'irodán kívül', 'szabadságon vagyok', 'kézbesíthetetlen'],
};
