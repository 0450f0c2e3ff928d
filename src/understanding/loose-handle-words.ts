/**
 * A plain word read as the handle only because it closes its line after the platform and a
 * copula ("insta is jaydenfitzz 🙏", "mi insta es caminorte", "mon insta cest julienbrt"):
 * people say as often how the platform or the account is ("insta is down", "ig is dead",
 * "mi insta es privada"), so such a word must be no common word of that kind, and nothing but
 * marks and emoji may follow it on its line.
 */

/** What people say the platform or their account is, in the languages that write "insta is x". */
const COMMON: ReadonlySet<string> = new Set(
  `down dead dying boring toxic trash garbage life lifeline cool nice lame cringe addictive overrated everything
awful terrible annoying stupid dumb slow buggy bugged glitchy glitching lagging laggy useless ruined over done
finished closed deleted private public gone broken fine great good bad better worse weird banned blocked hacked
suspended disabled locked empty mine yours same different ok okay whatever enough
fini finie mort morte nul nulle ferme fermé fermée privé privée supprimé supprimée bloqué bloquée piraté génial
nuevo privado privada muerto muerta aburrido aburrida genial cerrado cerrada borrado borrada bloqueado bloqueada
privato privata morto morta chiuso chiusa noioso noiosa bloccato bloccata cancellato cancellata`.split(/\s+/),
);

export function isCommonWord(word: string): boolean {
  return COMMON.has(word.toLowerCase());
}

/** How far the rest of a line is looked at: a word followed by a longer tail is not read loosely. */
const MAX_TAIL = 40;
const WORD_CHAR = /[\p{L}\p{N}\p{M}@_]/u;

/** Whether only spaces, marks and emoji follow `from` to the end of its line. */
export function endsItsLine(text: string, from: number): boolean {
  for (let i = from; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') return true;
    if (i - from >= MAX_TAIL || WORD_CHAR.test(c)) return false;
  }
  return true;
}
