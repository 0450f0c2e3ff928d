/**
 * Everything the reader knows of one language, as data: the words, never patterns. The
 * registry (`registry.ts`) builds the linear matchers from them, so adding a language is
 * adding one pack (and, optionally, mail templates: without them the requester is written
 * to in English).
 *
 * Words are plain text, matched case-insensitively after Unicode NFKC folding. In a
 * language written with spaces between words a word matches at a word start and may run
 * on (a stem: "lösch" matches "löschen", "gelöscht" does not); in a language written without
 * spaces (`noSpaces`: Japanese, Chinese, Thai) a word matches anywhere.
 */
export interface LanguagePack {
  /** BCP 47 tag: ISO 639-1 where there is one ("pl"), a script or form subtag otherwise ("hi-Latn" for Hinglish). */
  readonly code: string;
  /** English name, for reports ("Polish"). */
  readonly name: string;
  /** Written without spaces between words: words match anywhere, not at word starts. */
  readonly noSpaces?: boolean;
  /** Verbs and nouns of erasure, as stems or whole words: delete, erase, remove, wipe, deletion, erasure. */
  readonly erase: readonly string[];
  /** The person's data: data, information, personal data, details, records, history, tokens. */
  readonly data: readonly string[];
  /** The account or profile with the app: account, profile, connection. */
  readonly account: readonly string[];
  /** Words of privacy law and rights: privacy, right to erasure, personal data protection. */
  readonly privacy: readonly string[];
  /** The first person's own: my, mine, our (and possessive forms). */
  readonly mine: readonly string[];
  /** Opposite intent: "do not delete", "keep my account", "I did not ask for this", "cancel my request". */
  readonly opposite: readonly string[];
  /** Negation words: not, don't, never. */
  readonly negation: readonly string[];
  /** Question openers: how, can I, what, is it possible. */
  readonly question: readonly string[];
  /** Labels before a username: "username", "Benutzername", "用户名". */
  readonly usernameLabels: readonly string[];
  /** Phrases before a confirmation address: "my email is", "reply to", "confirm to". */
  readonly confirmation: readonly string[];
  /** Words of a quote header ("wrote:", "schrieb", "a écrit", "写道") and forward markers. */
  readonly quoteHeaders: readonly string[];
  /** Signature and sign-off lines: "Sent from my iPhone", "Regards", "Saludos". */
  readonly signatureMarkers: readonly string[];
  /** Subjects of automatic replies: "Out of office", "Abwesenheitsnotiz", "Automatische Antwort". */
  readonly autoReplySubjects: readonly string[];
}
