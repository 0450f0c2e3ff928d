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
  /**
   * Puts the verb after its object ("x pe mat bhejo", "x adresine yazmayın", "xには送らないで"):
   * a negation before an address there belongs to an earlier clause, and refuses nothing of it.
   */
  readonly verbLast?: boolean;
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
  /**
   * Words that turn from then to now ("but now", "aber jetzt", "ale teraz", "でも今は"): an
   * opposite phrase before one, with an erasure word after it, speaks of the past ("I did not ask
   * before, but now please delete my data") and takes nothing back.
   */
  readonly contrast?: readonly string[];
  /**
   * A bare "but" that joins two clauses of one sentence ("but", "aber", "mais", "ale", "но", "けど"):
   * "delete my data, but do not delete my Instagram account" asks in its first clause and spares,
   * in its second, only what is not ours to delete.
   */
  readonly but?: readonly string[];
  /**
   * Words that open a sentence speaking of now, after sentences of the past ("Now please delete
   * everything", "Jetzt löschen Sie bitte alles", "Teraz proszę usunąć"): a refusal in a sentence
   * before one that asks for the erasure ("Before, I asked you not to delete it.") speaks of the
   * past and takes nothing back.
   */
  readonly nowOpens?: readonly string[];
  /**
   * Words that open a clause as the object of the clause before ("that", "dass", "hogy", "aby",
   * "że", "que", "att"): in "Mégsem szeretném, hogy töröljék az adataimat" (after all I do not want
   * them to delete my data) the erasure word stands in the refusing clause, and asks nothing anew.
   */
  readonly complement?: readonly string[];
  /**
   * Words of a condition, whole words ("if", "wenn", "si", "eğer", "אם", "إذا"): a question whose
   * erasure word stands in the clause of one ("if you delete my data, will my posts disappear
   * too?") asks what a deletion would do, before deciding, and asks for nothing yet.
   */
  readonly condition?: readonly string[];
  /**
   * Words for nothing and anything, whole words ("ничего", "هیچی", "أي شيء", "כלום", "कुछ भी"): a
   * refusal that holds one ("ничего не удаляйте") spares everything, so a sentence beside it that
   * pairs erasure with data without asking only reports ("I pressed the delete button by mistake").
   */
  readonly nothing?: readonly string[];
  /**
   * Words that report another's ask for the deletion, naming the asker or a request received
   * ("someone asked", "a hacker", "my nephew sent", "we received a request", "מישהו ביקש",
   * "có người yêu cầu"), as stems at a word start: with the writer's own refusal or denial
   * ("that wasn't me, do not delete anything"), such a sentence only reports (`reported-ask.ts`).
   */
  readonly othersAsk?: readonly string[];
  /**
   * Phrases telling of a mail received, as stems at a word start: "I got an email", "recebi um
   * e-mail", "dostałam maila", "supuestamente de ustedes". A sentence holding one says what that mail
   * said ("... saying the data of my account will be deleted in 24h"): beside the writer's refusal
   * ("I do NOT want you to delete anything"), such a sentence only reports (`reported-ask.ts`).
   */
  readonly mailSaid?: readonly string[];
  /**
   * The writer's own wish, in the first person: "I would like", "vreau", "haluaisin", "chcę",
   * "quiero". Beside a refusal on a condition ("if so, better don't delete anything yet"), a
   * sentence holding one asks all the same, and staff decide (`wish-on-condition.ts`).
   */
  readonly ownWish?: readonly string[];
  /**
   * Phrases that take back a request of the person's own, as stems at a word start: "withdraw my
   * deletion request", "ziehe meinen Löschantrag", "ritiro la mia richiesta", "retiro mi solicitud",
   * "j'annule ma demande", "trek mijn verzoek", "wycofuję wniosek", "talebimi geri çek", "取り下げ",
   * "ci ho ripensato". Each names the request or the change of mind, never a bare verb: "I withdraw
   * my consent, please delete my data" asks. With them, a sentence telling of the earlier ask or
   * naming it ("Löschantrag") is no wish (`withdrawn-ask.ts`).
   */
  readonly withdraws?: readonly string[];
  /**
   * Words that speak of the deletion as done, as stems: "been deleted", "silindi", "été supprimé",
   * "schon gelöscht", "удалены", "已删除", "삭제되었". Finite past forms and phrases only, never
   * a bare participle that also wishes ("I want my data deleted", "dass meine Daten gelöscht
   * werden"). A mail whose every deletion word is one of them, asking nothing, asks whether the
   * deletion was done or thanks for it (`thanks-for-done.ts`). May hold the language's "did you"
   * where it overlaps a "can you" of `asks` ("kya aapne", "क्या आपने"): there it asks nothing.
   */
  readonly done?: readonly string[];
  /**
   * Words of the person's own earlier ask, in the past, as stems: "I asked", "j'ai demandé",
   * "talep etmiştim", "request bheji thi", "prosiłam", "요청했". A sentence with one and a deletion
   * word, asking nothing now, tells of the request made before ("I asked you to delete my data
   * two weeks ago"), beside a question whether it was done.
   */
  readonly askedBefore?: readonly string[];
  /**
   * Words that turn to what to do if something was not done, whole words: "if not", "otherwise",
   * "falls nicht", "sinon", "silinmediyse", "jeśli nie", "если нет". After a question whether the
   * deletion was done, a sentence with one that asks to delete asks anew ("If not, please delete
   * it"): its negation refuses nothing.
   */
  readonly otherwise?: readonly string[];
  /**
   * The writer's doubt about their own wish, whole words: "not sure", "idk", "or maybe", "wait, no",
   * "nem sei mais", "не знаю", "vet inte vad jag vill", "weiß nicht, ob ich", "迷って", "犹豫", "말지".
   * Beside a wish, one that stands alone in its clause or whose clause goes on to the erasure
   * ("or maybe just delete everything") leaves the wish undecided: staff ask (`undecided-wish.ts`).
   * One followed by a question or a `whether` word doubts that instead ("not sure what my username is").
   */
  readonly undecided?: readonly string[];
  /**
   * Words that open what is in doubt, whole words: "if", "whether", "ob", "si", "se", "om", "czy",
   * "ли", "чи", "jestli". After a doubt word, one says the doubt is about something else ("not sure
   * if this is the right address"); a pack lists the wish's own forms as doubt words ("not sure if i want").
   */
  readonly whether?: readonly string[];
  /**
   * Apologies for answering late, whole words: "sorry", "przepraszam", "entschuldigung", "désolé", "perdón",
   * "scusate", "desculpa", "kusura bakmayın", "извините". A sentence that apologises and names no erasure
   * speaks of the late answer: its negation ("nie napisałam", "didn't see your mail") cancels nothing.
   */
  readonly apology?: readonly string[];
  /**
   * What the person asks they must do to have their own data deleted, as stems at a word start:
   * "what do i need to do", "how do i get", "was muss ich tun", "o que preciso fazer", "що зробити",
   * "מה אני צריכה לעשות", "뭘 해야", "何をすれば". Never a bare "how do I delete" (which asks how the
   * person deletes it themselves). Beside an erasure word of the person's own, in a mail that asks
   * for nothing else, the person has not asked yet: staff answer them (`asks-how-to-delete.ts`).
   */
  readonly howTo?: readonly string[];
  /**
   * What the person asks of how the deletion goes with us, as stems at a word start: whether they
   * must ask us ("do i have to ask", "muss ich das extra beantragen", "harus minta", "надо писать вам"),
   * what the process is ("what is the process", "qual è la procedura", "क्या प्रक्रिया"), whether a
   * mail will do ("is an email enough", "basta una mail", "メールだけで"). Beside a question of the
   * person's own data to erase, they have not asked yet: staff answer them (`asks-how-it-goes.ts`).
   */
  readonly howItGoes?: readonly string[];
  /** Negation words: not, don't, never. */
  readonly negation: readonly string[];
  /** Question openers: how, can I, what, is it possible. */
  readonly question: readonly string[];
  /**
   * Words that make a question a request, as stems: please, can you, could you, would you
   * ("prosím", "можете", "kan dere", "주세요"). A question about deletion without one asks how
   * deletion works ("jak si můžu sám smazat data?") and is no request; a pack without them leaves
   * every such question to staff.
   */
  readonly asks?: readonly string[];
  /** Labels before a username: "username", "Benutzername", "用户名". */
  readonly usernameLabels: readonly string[];
  /**
   * Words that name the person's handle inside a sentence, as stems matched at a word start
   * (the rest of the word, a case ending, is skipped): "nick", "login", "käyttäjätunnu",
   * "用户名", "아이디", "الانستا". The handle follows, after `handleLinks` words and ":" "-" or quotes.
   */
  readonly handlePhrases?: readonly string[];
  /**
   * Words marking one handle among several as the person's own, read as handle phrases that
   * outrank the others: "punyaku", "el mío es", "le mien", "meins", "我自己的".
   */
  readonly ownHandlePhrases?: readonly string[];
  /**
   * Words that may stand between a handle phrase and the handle: the platform ("na instagramie",
   * "в инсте"), the possessive ("của tôi", "بتاعي"), the copula ("to", "är", "là", "是", "هو").
   */
  readonly handleLinks?: readonly string[];
  /**
   * A third person's possessive where it follows the word for the handle ("το όνομα χρήστη του
   * είναι x", "o usuário dele é x"), read as a `handleLinks` word: the handle after one is another
   * person's, read only in a mail written for a child or on behalf of a relative.
   */
  readonly theirHandleLinks?: readonly string[];
  /**
   * Words by which the person names themselves right before their handle, read only when the
   * platform follows the handle: "soy" ("soy @x en Instagram"), "je suis", "ich bin", "jestem",
   * "я", "ben" ("ben @x instagramda"). Only a word shaped like a handle is read.
   */
  readonly selfNaming?: readonly string[];
  /**
   * Verbs of having an account, between a word for a relative or a friend and a handle: "has"
   * ("my sister has the account @x"), "tiene", "hat", "a", "ha", "tem", "ma", "есть", "heeft",
   * "har". They give the account to that person, never to the writer (`others-handles.ts`).
   */
  readonly relationHas?: readonly string[];
  /**
   * Words that follow a handle and name it as the account, as stems, in the languages that write
   * the handle first: "fiók" ("a x fiókhoz"), "nevű", "계정", "hesab", "niminen", "wala", "account"
   * ("the x account"). Only a word shaped like a handle is read before one.
   */
  readonly accountAfterHandle?: readonly string[];
  /**
   * Phrases saying the mail is written for another person, next to a word for a relative
   * (`others-handles.ts`): "on behalf of my mother", "im Namen meiner Mutter", "בשם אמא שלי",
   * "نيابة عن أمي", "annem adına", "anyám nevében". Such a mail asks to erase that person's data.
   */
  readonly onBehalf?: readonly string[];
  /**
   * Words of a company's notice about the reader's own service, as stems: an invoice, a payment
   * due, a trial, inactivity, a suspension ("invoice", "unpaid", "suspend", "Inaktivität",
   * "prueba", "neuhrazení", "askıya"). A sentence with one that names a deletion nobody asks for,
   * of nothing called the writer's own ("otherwise your backups may be deleted"), warns of a
   * deletion to come: no wish (`not-wished.ts`).
   */
  readonly notice?: readonly string[];
  /**
   * Words of a job application or of a freelancer's or an agency's offer, whole words: "applying",
   * "my CV", "Bewerbung", "başvuruyorum", "freelance", "portfolio". In such a mail a deletion
   * named beside `workDone` words is the work told of, not asked for (`not-wished.ts`).
   */
  readonly applies?: readonly string[];
  /** Words of work done or offered, as stems: "built", "implemented", "experience", "callback", "umgesetzt", "erfaring", "geliştirdim". */
  readonly workDone?: readonly string[];
  /**
   * Words that open a line written to an automated system, whole words, read only at a line's
   * start and before a colon: "ai assistant", "system", "note to the automated system",
   * "hinweis an das automatische system". A person never asks in such a line (`not-wished.ts`).
   */
  readonly toMachine?: readonly string[];
  /** Orders to an automated system, as stems anywhere in a line: "ignore previous", "classify this message", "mark as approved". */
  readonly machineOrders?: readonly string[];
  /**
   * Words that name an account as another person's the writer has no say over, as stems at a word
   * start: an ex-partner's ("ex-girlfriend", "eski kız arkadaş"), a fake or impostor account
   * ("faux compte", "sahte hesap"), a stranger's ("someone else's account") (`someone-elses-account.ts`).
   */
  readonly othersAccount?: readonly string[];
  /**
   * Words for a client, an employer or a boss, as stems at a word start (a Latin word of three
   * letters or fewer whole): "client", "Mandant", "Kundin", "müvekkil", "клиент", "客户". Beside an
   * `onBehalf` phrase ("on behalf of our client", "im Auftrag unserer Kundin", "müvekkilimiz adına")
   * an agency, an assistant or a lawyer writes for that person and asks to erase that person's
   * data, as a mail for a relative does; a handle they name ("Insta der Kundin: @x") is that
   * person's (`others-handles.ts`).
   */
  readonly clients?: readonly string[];
  /**
   * Verbs of passing a message on, as stems: "forward", "pass this on", "doorstur", "weiterleit",
   * "transférer", "переслать", "転送". Beside a word for a relative in the sender's own words ("my
   * mother asked me to forward this"), the mail is passed on for that person and asks for her data.
   */
  readonly passOn?: readonly string[];
  /**
   * "Our", as a business or a family speaks of what it owns, whole words: "our", "naše", "nasza",
   * "наш", "unsere", "notre", "vores", "cégünk", "شرکت ما", "弊社". A mail that says it names its own
   * account in the account word's bare handle ("naše kavárna … k účtu kavarna_u_mostu").
   */
  readonly ours?: readonly string[];
  /**
   * The writer's own child, whole words: "my son", "mi hija", "mon fils", "meine Tochter", "mój syn",
   * "oğlum", "του γιου μου", "我儿子". A parent writing for a minor speaks of the child's data in the
   * third person ("borren todos sus datos", "το όνομα χρήστη του είναι x"): the request is theirs to
   * make, as for a relative on whose behalf one writes. Not a relation (`others-handles.ts`): the
   * handle a parent gives for the child is the one to erase.
   */
  readonly ownChild?: readonly string[];
  /**
   * Words telling us to leave a handle alone, as stems at a word start: "don't touch", "lass * in
   * Ruhe", "no toquen", "ne touchez pas", "dokunmayın", "mat chhed", "मत छू". A `*` stands for the
   * words between two parts of one phrase ("leave @x alone"). A handle they point at is another
   * person's, never the one to erase (`left-alone.ts`).
   */
  readonly handsOff?: readonly string[];
  /**
   * Words that narrow an erasure to one account, whole words where words are spaced: "only",
   * "jen", "tylko", "только", "csak", "μόνο", "فقط", "רק", "だけ", "只", "hanya", "chỉ", "เฉพาะ". Beside
   * an erasure word and a handle in one clause ("smažte data jen u @x"), that handle is the one
   * to erase among the several the mail names (`only-this-handle.ts`).
   */
  readonly onlyThis?: readonly string[];
  /**
   * Things to delete that are not the person's data in the app, whole words (compounds and
   * inflected forms listed): a post, a photo, a story, a comment on PickrTech's own Instagram
   * account; a subscription, a payment card and its details ("post", "Beitrag", "게시물을",
   * "subscription", "Kreditkartendaten", "luottokorttitietoni"). An erasure whose every object is
   * one of them asks to erase none of the person's data (`not-the-writers-data.ts`).
   */
  readonly notData?: readonly string[];
  /**
   * Words for "and" that join two things, whole words ("and", "und", "y", "и"), and the suffixes
   * that do in languages that join with one ("계정과 사진": the account and the photos): a thing
   * joined to the data by one is a thing of its own, not what the data is of (`not-the-writers-data.ts`).
   */
  readonly and?: readonly string[];
  /**
   * Words for the accounts a person does not single out, whole words where words are spaced:
   * "the others", "the rest", "die anderen", "остальные", "बाकी", "diğer", "他の". In a clause with
   * a `handsOff` phrase and no handle ("don't touch the other two"), every account but the one
   * singled out by an `onlyThis` word ("only @b was connected") stays (`only-this-handle.ts`).
   */
  readonly theRest?: readonly string[];
  /**
   * A wish said by its outcome, not by an erasure verb (`outcome-wish.ts`). `wants`: the writer's
   * wish, whole words ("i want", "ich möchte", "je veux", "quiero", "chcę", "хочу", "istiyorum").
   */
  readonly wants?: readonly string[];
  /** The outcome wished, whole words (forms listed): gone, disappear ("weg", "disparaisse", "sparisca", "zniknęło", "исчезло", "ortadan kalk"). */
  readonly gone?: readonly string[];
  /**
   * Staying with us, whole words (forms listed): keep, store, remain ("gespeichert", "quede", "fique", "zostało",
   * "осталось", "kalmasın"); with a negation before it, nothing is to stay ("no quede nada mío").
   */
  readonly stays?: readonly string[];
  /**
   * Everything (or nothing) the writer has with us, whole words: "all of that", "everything",
   * "alles", "tout ça", "todo", "tutto", "tudo", "wszystko", "всё", "hepsi", "nada", "nichts".
   */
  readonly allOfIt?: readonly string[];
  /**
   * Words of a writer who takes us for Instagram, whole words: asks whether we are Instagram ("vcs
   * sao do instagram", "are you instagram"), never used the app ("nunca usei", "nie benutzt"), or
   * cannot get into Instagram ("can't log in", "código não chega", "код не приходит"). With a wish
   * to erase the Instagram account itself, the mail is Instagram's business (`taken-for-instagram.ts`).
   */
  readonly takenForInstagram?: readonly string[];
  /**
   * Other messaging and social platforms' names as this language writes them, where not in Latin
   * letters: "ไลน์", "카카오톡", "微信", "телеграм". An ID given after one ("ไลน์: x") is never the
   * Instagram account (`other-platforms.ts`; the Latin names are shared there).
   */
  readonly otherApps?: readonly string[];
  /**
   * Words saying a mail went to the wrong place by mistake, as stems: "by mistake", "wrong address",
   * "versehentlich", "por error", "per sbaglio", "przez pomyłkę", "помилково", "не на ту адресу". An address in
   * the clause of one ("I first sent it to the wrong address (x)") is where the person wrote, never where to confirm.
   */
  readonly wroteByMistake?: readonly string[];
  /** Phrases before a confirmation address: "my email is", "reply to", "confirm to". */
  readonly confirmation: readonly string[];
  /**
   * Words asking to be told of the outcome, as stems: "potwierdz", "подтвержд", "riscontro",
   * "bekräft", "确认", "تأیید". With a `confirmationTargets` word right before an address on the
   * same line ("Proszę o potwierdzenie usunięcia na adres: x"), that address is where to confirm.
   */
  readonly confirmationAsks?: readonly string[];
  /** Words right before an address naming it as where to write: "na adres", "till", "至", "به آدرس", "indirizzo PEC". */
  readonly confirmationTargets?: readonly string[];
  /**
   * Nouns of an e-mail address ("adres", "адрес", "adress", "e-mail", "כתובת", "PEC"): with the
   * person's own (`mine`) right before an address ("mój prywatny adres to x"), it is where to confirm.
   */
  readonly addressWords?: readonly string[];
  /** Verbs of a reply's attribution line, as the mail clients of the language write them: "wrote", "schrieb", "a écrit", "napisał(a)", "写道", "님이 작성". */
  readonly quoteHeaders: readonly string[];
  /**
   * First words of a reply's attribution line where the language's clients start it with one
   * ("on", "am", "le", "w dniu", "den", "pada"): such a line is read as an attribution even
   * without the quoted sender's address. Languages whose clients start with the date leave it out.
   */
  readonly quoteOpeners?: readonly string[];
  /** Words of the line that opens a quoted original: "original message", "ursprüngliche nachricht", "原始邮件". */
  readonly originalMessage: readonly string[];
  /** Words of the line that opens a forwarded mail: "forwarded message", "begin forwarded message", "转发的邮件". */
  readonly forwardMarkers: readonly string[];
  /** Labels of a quoted header block's sender line: "from", "von", "od", "发件人". */
  readonly headerFrom: readonly string[];
  /** Labels of a quoted header block's date line: "sent", "date", "gesendet", "wysłano", "发送时间". */
  readonly headerSent: readonly string[];
  /** The other labels of a quoted header block: "to", "cc", "subject", "an", "betreff", "收件人", "主题". */
  readonly headerOther: readonly string[];
  /** Subject prefixes of a reply: "re", "aw", "odp", "回复". */
  readonly replyPrefixes: readonly string[];
  /** Subject prefixes of a forward: "fwd", "wg", "pd", "转发". */
  readonly forwardPrefixes: readonly string[];
  /** Sign-offs, each a whole line: "regards", "mit freundlichen grüßen", "z poważaniem". */
  readonly signatureMarkers: readonly string[];
  /**
   * "Sent from my phone" lines, each a whole line where `*` stands for the device or app:
   * "sent from my *", "von meinem * gesendet", "*から送信", "发自我的*".
   */
  readonly sentFrom: readonly string[];
  /** Subjects of automatic replies, matched at the subject's start: "out of office", "abwesenheitsnotiz", "automatische antwort". */
  readonly autoReplySubjects: readonly string[];
}
