import type { LanguagePack } from '../language-pack.js';

/** Hungarian: stems take the suffixes ("adataimat", "törölni"); people often drop ő and ű. */
export const hu: LanguagePack = {
  code: 'hu',
  name: 'Hungarian',
  erase: ['töröl', 'torol', 'törl', 'torl', 'töröljék', 'toroljek', 'törlés', 'torles', 'eltávolít', 'eltavolit', 'megszüntet', 'megszuntet', 'felejts', 'deaktivál'],
  handsOff: ['hagyják', 'hagyjak', 'hagyja meg', 'ne nyúljanak', 'ne nyuljanak', 'ne nyúljon'],
  onlyThis: ['csak', 'csakis', 'kizárólag'],
  data: ['adat', 'adatok', 'adataim', 'adataimat', 'személyes adat', 'szemelyes adat', 'információ', 'informacio', 'előzmények', 'tartalom', 'tokenek', 'minden', 'összes', 'osszes'],
  account: ['fiók', 'fiok', 'fiókom', 'fiokom', 'profil', 'profilom', 'kapcsolat', 'hozzáférés'],
  privacy: ['adatvédelem', 'adatvedelem', 'gdpr', 'törléshez való jog', 'elfeledtetéshez való jog', 'törlési kérelem', 'torlesi kerelem', 'naih', '17. cikk'],
  mine: ['az én', 'enyém', 'engem', 'nekem', 'én', 'mi', 'mienk', 'saját'],
  opposite: [
    'meggondoltam magam', 'meggondoltam', 'megváltozott a véleményem',
    'ne töröljék', 'ne toroljek', 'ne töröljenek', 'ne toroljenek', 'ne töröljön', 'semmit ne töröljenek', 'ne törölje',
    'tartsák meg a fiókomat', 'ezt nem én kértem', 'nem én kértem', 'nem kértem', 'nem kertem', 'nem én voltam',
    'vonják vissza', 'visszavonom a kérelmem', 'még használom', 'meg hasznalom',
    // "Mégsem szeretném, hogy töröljék": after all I do not want it; "tekintsék tárgytalannak": consider it void.
    'mégsem szeretném', 'megsem szeretnem', 'mégse szeretném', 'mégsem kérem', 'mégse kérem', 'mégsem akarom', 'mégse akarom',
    'mégse töröljék', 'mégsem töröljék', 'megse toroljek', 'tárgytalannak', 'targytalannak', 'tárgytalan', 'targytalan',
    'továbbra is használom', 'továbbra is használni', 'tovább használom', 'tovabb hasznalom',
  ],
  contrast: ['de most', 'de ma'],
  nowOpens: ['most'],
  complement: ['hogy'],
  condition: ['ha', 'amennyiben'],
  done: [
    'törölték', 'törölted', 'törlődtek', 'törlődött', 'már törölve', 'törlésre került',
  ],
  askedBefore: [
    'kértem', 'kérvényeztem', 'írtam', 'küldtem', 'jeleztem',
  ],
  otherwise: [
    'ha nem', 'ha még nem', 'különben', 'ellenkező esetben',
  ],
  negation: ['nem', 'ne', 'soha', 'semmi', 'semmit', 'sem', 'egyik sem', 'mégsem', 'mégse', 'megsem', 'megse'],
  nothing: ['semmit', 'semmi', 'semmilyen', 'bármit'],
  question: ['hogyan', 'hogy', 'mi', 'miért', 'miert', 'mikor', 'hol', 'melyik', 'mennyi', 'mennyi ideig', 'lehet', 'lehetséges', 'tudnák'],
  asks: ['kérem', 'kérlek', 'kérném', 'kérjük', 'tudnátok', 'tudnák', 'tudná', 'megtennék', 'legyenek szívesek', 'legyen szíves'],
  usernameLabels: ['felhasználóm', 'felhasznalom', 'felhasználónév', 'felhasznalonev', 'felhasználói név', 'fióknév', 'instagram fiók', 'fiók', 'profil'],
  handlePhrases: [
    'felhasználónev', 'felhasználónév', 'felhasznalonev', 'instagram-fiók', 'instagram fiók', 'fióknev', 'fióknév',
    'az instám', 'az insta',
    // "felhasználóm: x": my user, the possessive suffix on the word for the user.
    'felhasználóm', 'felhasznalom',
  ],
  handleLinks: ['az instagram', 'instagramon', 'a', 'az', 'pedig', 'neve', 'nevem', 'nevű'],
  ownHandlePhrases: ['az enyém', 'a saját fiókom', 'a saját'],
  // "a kiss_g97 fiókhoz tartozó adatok", "az anna_k nevű fiókom": the handle first, the account word after it.
  accountAfterHandle: ['fiók', 'fiok', 'nevű', 'nevu', 'profil'],
  onBehalf: ['nevében'],
  clients: ['ügyfel', 'ügyfél', 'ugyfel', 'ugyfél', 'megbízó', 'megbizo', 'munkáltató', 'főnök', 'fonok'],
  confirmation: ['visszaigazolás', 'visszaigazolas', 'megerősítés', 'megerosites', 'küldjék', 'kuldjek', 'válaszoljanak', 'e-mail címem', 'email címem', 'címem', 'e-mail cím', 'e-mail'],
  confirmationAsks: ['megerősít', 'visszaigazol', 'válasz', 'értesít', 'küld', 'keress', 'értesítsen'],
  confirmationTargets: ['címre', 'e-mail címre', 'címemre', 'e-mail-címre', 'címen', 'e-mail-címen'],
  addressWords: ['cím', 'e-mail', 'email'],
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
