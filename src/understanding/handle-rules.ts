/**
 * What counts as an Instagram handle once a candidate word has been found.
 * Kept apart from the search patterns so the rules can be read (and tested)
 * on their own.
 */
import { PACKS } from './languages/packs/index.js';
import { trimEndOf } from './text-edges.js';

/** Instagram's own alphabet: a-z, 0-9, '.', '_', at most 30 chars. */
const HANDLE = /^[a-z0-9._]{1,30}$/;

/**
 * Look-alike letters (Cyrillic 'а', Greek 'ο', fullwidth forms, math
 * alphanumerics) and invisible joiners. A word carrying them is a spoof or a
 * copy-paste accident; either way we must not guess the "real" handle.
 */
const LOOKALIKE =
  /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}\uff00-\uffef\u200b-\u200f\u2060-\u2064\ufeff\u{1d400}-\u{1d7ff}]/u;

/** Words that follow "my username is" / "Instagram:" but are not handles. */
const STOPWORDS = new Set(
  `a an the not no none nothing private public linked connected deleted deactivated gone still also now currently
already same as below above following attached here there this that these those it its in on at with my your our
their his her and or but so to for of from by because since if i me we you they was is are be been being
either entweder associated registered called named listed mentioned shown written underneath disabled closed suspended banned
locked hacked blocked inactive active unavailable different correct wrong information info data details account
accounts username usernames user users handle handles name profile instagram insta ig email mail address please
thanks thank hello hi dear yes null undefined na unknown tbd example sample placeholder ignore disregard system
admin root delete deleted remove removed erase request personal business creator professional just only
linked same one new old app application pickr website site page via using used under still already
es est ist mi mon mein meu el la le der die das o um une un una lautet é statement confirmation confirm
deletion instructions required optional anonymous below following privada privado privé privée privat gelöscht
great awesome down broken fine good bad working gone available yet see it's its
il lo gli privato privata collegato collegata eliminato eliminata disattivato chiuso sotto seguente questo quello
mio mia nome utente grazie per favore ciao het een van mijn gegevens prive gekoppeld verwijderd gedeactiveerd
gesloten hieronder volgende dit dat ik je graag bedankt ve ile bu benim ise olan icin gizli asagida hesap hesabim
kullanici adi adim facebook meta whatsapp google gmail tiktok twitter youtube threads last yesterday today
week month year ago long which who since anymore too e.g i.e etc
votre vos ton ta tes ihr ihre ihren ihrem dein deine uw jouw je sizin senin tu tuo tua seu sua su
gesperrt öffentlich deaktiviert gehackt weg neu alt leer nuevo nueva bloqueado bloqueada hackeado hackeada eliminado
eliminada borrado borrada cerrado cerrada desactivado desactivada público publico nouveau nouvelle bloqué bloquée piraté
piratée supprimé supprimée fermé fermée désactivé désactivée public nuovo nuova bloccato bloccata hackerato hackerata
cancellato cancellata sospeso sospesa pubblico nieuw geblokkeerd gehackt openbaar novo nova bloqueado apagado apagada
excluído excluido excluída desativado desativada kapalı kapali silindi engellendi
hai hain hu hoon hun mera meri mere ka ki ke pe par toh bhi yeh ye woh wo
ok okay yes ja nej nee non nein brak ved ikke ingen inget intet ei sama samma samme same zelfde hetzelfde gleich dasselbe
egal mismo misma même meme stesso stessa mesmo mesma igual geen niet kein keins keine aucun ninguno nessuno nenhum nada
rien niente nichts niets zadny stejny stejný același acelasi nimic mitään nincs semmi ugyanaz yok hiçbir bilmiyorum
hatırlamıyorum hatirlamiyorum missing lost forgotten forgot blank empty lupa tidak ada không khong nahi nahin pata tak da nu`.split(/\s+/),
);

/**
 * The small words of every language pack (negations, "my", question words) that a person
 * writes after a label instead of a handle: "Nazwa użytkownika: nie pamiętam", "Brugernavn: ikke".
 */
const PACK_WORDS: ReadonlySet<string> = new Set(
  PACKS.flatMap((p) => [...p.negation, ...p.mine, ...p.question]).filter((w) => /^[a-z0-9._]{1,30}$/.test(w)),
);

/** Template placeholders we print ourselves or people invent ("your_username"). */
const PLACEHOLDER =
  /^(?:your|my|the|insert|enter)?[._]?(?:insta(?:gram)?|ig)?[._]?(?:user[._]?name|handle|account[._]?name|name|id)(?:[._]?here)?$|^(?:x{2,}|y{2,}|z{2,}|abc|abc123|username\d*|user\d*|handle\d*|example\d*|test\d*)$/;

const DOMAIN_LIKE = /\.(?:com|net|org|edu|gov|io|co\.uk|info|biz)$/;

/** Quotes, brackets and sentence marks that may follow a handle. */
const CLOSING_MARKS = ')"\'”’»]>}*,;:!?.';

export type ChunkVerdict =
  | { ok: true; handle: string }
  | { ok: false; lookalike: boolean };

/**
 * Cleans one whitespace-delimited word (wrapping quotes/brackets, leading `@`,
 * a trailing sentence period or comma, a possessive 's) and checks it.
 * The whole word must be a handle: "alice;DROP" is rejected, not cut.
 */
export function judgeChunk(raw: string, ownHandles: readonly string[]): ChunkVerdict {
  // Direction marks around a handle in Arabic, Hebrew or Persian text ("(\u200e@x\u200e)") are layout, not letters.
  let word = stripDirectionMarks(raw.normalize('NFC'));
  if (LOOKALIKE.test(word)) return { ok: false, lookalike: true };
  // "<username>", "<gebruikersnaam>", "<nazwa użytkownika>": a template's blank, in any language, never a handle.
  if (word.startsWith('<')) return { ok: false, lookalike: false };
  word = trimEndOf(word.replace(/^[("'“‘«[<{*]+/, ''), CLOSING_MARKS);
  // "isn't", "wasn't", "doesn't": a negation, never a handle cut at its apostrophe ("isn").
  if (/n['’]t$/i.test(word)) return { ok: false, lookalike: false };
  word = word
    // "alice's", and Turkish case endings after an apostrophe: "ayse.k'dır", "ayse_k'nin".
    .replace(/['’]\p{L}{1,6}$/u, '');
  word = trimEndOf(word, CLOSING_MARKS);
  const link = /(?:instagram\.com|instagr\.am)\/(?:_u\/)?([^/?#\s]+)/i.exec(word);
  const bad = { ok: false as const, lookalike: false };
  if (link?.[1]) {
    if (RESERVED_PATHS.has(link[1].toLowerCase())) return bad;
    word = link[1];
  }
  word = trimEndOf(word.replace(/^@/, ''), '.').toLowerCase();
  if (!isInstagramHandle(word)) return bad;
  if (STOPWORDS.has(word) || PACK_WORDS.has(word) || PLACEHOLDER.test(word) || DOMAIN_LIKE.test(word)) return bad;
  if (ownHandles.some((h) => wearsOwnName(word, h.replace(/^@/, '').toLowerCase()))) return bad;
  return { ok: true, handle: word };
}

/**
 * `word` is our own handle, or a page wearing it as one of its parts ("pickrtech.support", "official_pickrtech"):
 * ours, or a fake of ours the person asks about, never the person's own account.
 */
function wearsOwnName(word: string, own: string): boolean {
  if (own === '' || word === own) return own !== '';
  return word.length > own.length && word.split(/[._]/).includes(own);
}

/** Bidirectional marks and isolates (LRM, RLM, embeddings, isolates). */
const DIRECTION_MARKS = new Set(['\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069']);

/** `word` without the direction marks at its edges and next to the brackets and quotes there; one inside stays (a spoof). */
function stripDirectionMarks(word: string): string {
  const edge = (c: string): boolean => DIRECTION_MARKS.has(c) || '("\'“‘«[<{*)”’»]>},;:!?.'.includes(c);
  let i = 0;
  while (i < word.length && edge(word[i]!)) i++;
  let j = word.length;
  while (j > i && edge(word[j - 1]!)) j--;
  const strip = (s: string): string => [...s].filter((c) => !DIRECTION_MARKS.has(c)).join('');
  return strip(word.slice(0, i)) + word.slice(i, j) + strip(word.slice(j));
}

/**
 * Whether `word` (lowercase, without `@`) is spelt as Instagram allows a handle: its alphabet,
 * 30 characters at most, no leading dot, no two dots, not digits and dots alone. The spelling
 * only: a handle staff type is taken as they wrote it, without the guesswork of {@link judgeChunk}.
 */
export function isInstagramHandle(word: string): boolean {
  return HANDLE.test(word) && !word.startsWith('.') && !word.includes('..') && !/^[0-9._]+$/.test(word);
}

/** Instagram paths that are pages, not profiles. */
export const RESERVED_PATHS = new Set([
  'p', 'reel', 'reels', 'stories', 'story', 'explore', 'accounts', 'direct', 'tv', 'about', 'legal',
  'developer', 'developers', 'web', 's', 'ar', 'challenge', 'privacy', 'help', 'emails', 'session',
  'oauth', 'graphql', 'api', 'static', 'download', 'press', 'terms', 'settings', 'u', 'tags', 'locations',
  'create', 'lite', 'hashtag', 'nametag', 'invites', 'threads', 'popular', 'data',
]);
