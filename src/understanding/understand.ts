/**
 * What one inbound mail is and what it asks for. The order matters:
 * machines are never answered (so auto-replies go first, even from staff
 * addresses), staff mail is never a request of its own (decisions and
 * forwarded requests are read before this; the rest is `staff_reply`, left to
 * a person), and only then is the mail read as a deletion request.
 *
 * Three answers then: a request (`deletion_request`, or `incomplete_request`
 * without a handle) when a sentence is read with confidence as asking for
 * deletion and nothing in the mail says the opposite; a `possible_request`
 * when the mail shows enough signs of a request (`request-signals.ts`) without
 * such a reading, or says the opposite too: staff decide; and `other` when it
 * shows no such signs, when its only deletion words refuse or take the deletion
 * back ("do not delete", "cancel my request"), or when the hand-written rules of
 * its language rule the deletion out (a question about deletion, another
 * company's account, a post).
 */
import { isStaffSender } from './staff-address.js';
import { autoReplyReason } from './auto-reply.js';
import { findConfirmationAddress } from './confirmation-address.js';
import { findDeletionWish, refusesDeletion, RULE_LANGUAGES, sentences } from './deletion-intent.js';
import { field, weakest, type Evidence, type FieldEvidence } from './evidence.js';
import { detectLanguageWithRule, LANGUAGES, type LanguageCode } from './language.js';
import { AFTER_ACCOUNT, findUsernameWithRule, type FoundUsername } from './instagram-username.js';
import { handlesOfferedBeside } from './handle-alternatives.js';
import { languageName, registry } from './languages/registry.js';
import { findPackWish, onlyOtherThings, onlyQuestions, type PackRefusal } from './pack-intent.js';
import { asksInstagramDoor, instagramItself } from './instagram-itself.js';
import { unsubscribesOnly } from './newsletter-only.js';
import { imitatesOwnDomain, impersonatesBrand, ownDomains } from './lookalike-sender.js';
import { impersonatesInstagram } from './instagram-impersonation.js';
import { threatensOwnAccount } from './own-account-threat.js';
import { isVendorPitch, putsDeletionOff } from './not-a-request.js';
import { addressedToAnotherCompany } from './addressed-elsewhere.js';
import { sellsGrowth } from './growth-pitch.js';
import { onlyThanksForDeletion } from './thanks-for-done.js';
import { afterTheDeletion } from './after-the-deletion.js';
import { refusesEverything } from './refuses-everything.js';
import { onlyReportsOthersAsk } from './reported-ask.js';
import { takesBackOwnAsk } from './withdrawn-ask.js';
import { answersBotMail, asksErasure, botDomainOf, describeSigns, erasurePair, requestSignals, type RequestSignals } from './request-signals.js';
import { answerGivesHandle } from './answer-gives-handle.js';
import { answerForgotHandle } from './answer-forgot-handle.js';
import { PICKRTECH_HANDLES, type InboundMail, type MessageKind, type Understanding, type UnderstandOptions } from './types.js';
import { SUBJECT_PREFIX } from './intent-vocabulary.js';
import { splitVisible, visibleSubject, visibleText } from './visible-text.js';
import { writersSubject } from './own-subject.js';
import { renewsOwnRequest } from './renews-own-request.js';
import { aimedAtAnotherHandle } from './opposite-aimed-elsewhere.js';
import { passesOnForRelative, speaksOfOurs, writesForOwnChild, writesOnBehalf } from './on-behalf.js';
import { undecidedDoubt } from './undecided-wish.js';
import { asksHowToDelete } from './asks-how-to-delete.js';
import { notTheWritersData } from './not-the-writers-data.js';
import { wishOnCondition } from './wish-on-condition.js';
import { outcomeWish } from './outcome-wish.js';
import { takenForInstagram } from './taken-for-instagram.js';
import { deletionNotWished } from './not-wished.js';
import { someoneElsesAccount } from './someone-elses-account.js';

export function understand(mail: InboundMail, opts: UnderstandOptions): Understanding {
  return understandWithEvidence(mail, opts).understanding;
}

type Reading = { understanding: Understanding; evidence: Evidence };

/** The understanding and, for each field, the rule that found it. */
export function understandWithEvidence(
  mail: InboundMail,
  opts: UnderstandOptions,
  /** The mail's own words, when the caller reads them for other rules too. */
  visible: () => string = () => visibleText(mail.text ?? '', mail.subject ?? '', mail.from?.address ?? ''),
): Reading {
  const auto = autoReplyReason(mail);
  if (auto !== null) return nothing('auto_reply', autoRule(auto));

  // Staff mail that is no decision (those are read before) and no forwarded request: never a request of its own.
  if (isStaffSender(mail, opts.staffEmails)) return nothing('staff_reply', field('staff.sender', 'high'));

  // A sender imitating our own domain ("pickrtеch.com") or our name ("pickrtecn.com", "PickrТech"
  // with a Cyrillic Т) is phishing, whatever it says of deletion.
  const ownHandles = opts.ownHandles.length > 0 ? opts.ownHandles : PICKRTECH_HANDLES;
  if (
    mail.from &&
    (imitatesOwnDomain(mail.from.address, ownDomains([opts.botAddress, ...opts.staffEmails])) ||
      impersonatesBrand(mail.from.address, mail.from.name, ownHandles))
  ) {
    return nothing('other', field('other.lookalike-sender', 'high'));
  }
  // A sender named Instagram, Meta or Facebook from none of their addresses, or an address imitating
  // theirs ("lnstagram-soporte.com", "verificacion.meta2025@gmail.com"): phishing that threatens our account.
  if (impersonatesInstagram(mail.from, mail.replyTo ?? [])) return nothing('other', field('other.impersonates-instagram', 'high'));

  const answersBot = answersBotMail([...(mail.inReplyTo ?? []), ...(mail.references ?? [])], botDomainOf(opts.botAddress));
  const subject = visibleSubject(mail.subject ?? '');
  // Our own subject carried back ("Re: [DR-2026-00317] Your data deletion request") is not the writer's words.
  const oursSubject = writersSubject(subject) !== subject;
  // The signature is left out on purpose: a handle there is a shop's or a brand's as often as the sender's.
  const body = visible();
  let handle: FoundUsername | null | undefined;
  // A mail written on behalf of a relative, or passed on for her ("my mother asked me to forward this"), asks to erase her data;
  // so does a parent's for a minor child ("mi hija tiene 14 años … borren todos sus datos").
  let passed: string | null | undefined;
  let behalf: boolean | undefined;
  // The sender's own words above any forwarded block, when they say the mail is passed on for a relative.
  const passedOn = (): string | null => {
    if (passed === undefined) {
      const lead = splitVisible(mail.text ?? '', mail.subject ?? '', mail.from?.address ?? '').lead;
      passed = passesOnForRelative(lead) ? lead : null;
    }
    return passed;
  };
  const forRelative = (): boolean => (behalf ??= writesOnBehalf(body) || writesForOwnChild(body)) || passedOn() !== null;
  const findHandle = (): FoundUsername | null =>
    handle === undefined ? (handle = findUsernameWithRule(body, subject, ownHandles, answersBot, passedOn)) : handle;
  const whole = `${subject}\n${body}`;
  const language = detectLanguageWithRule(whole);
  const signals = requestSignals(
    { body, subject, inReplyTo: mail.inReplyTo ?? [], references: mail.references ?? [] },
    {
      botDomain: botDomainOf(opts.botAddress),
      handle: findHandle,
      ruledLanguage: language.code !== null && RULE_LANGUAGES.has(language.code) ? language.code : null,
      refuses: refusesDeletion,
      forRelative,
    },
  );
  // "Estimado usuario @pickrtech, ... su cuenta será eliminada. Verificar cuenta": a threat to our own account, no wish.
  const erases = (): boolean => signals.sentences.some(erasurePair);
  if (threatensOwnAccount(body, ownHandles, erases, () => findHandle() !== null)) return other(field('other.threatens-own-account', 'medium'), signals);
  const opposite = oppositeDoubt(signals);
  const found = (lang: string | null = null): Found => {
    const h = findHandle();
    // "@ann.k or @ann_k2, I am not sure which", "both my accounts @a and @b": the handle found is one of several.
    // "smažte data jen u @x": the one the erasure is narrowed to is meant, whatever else the mail lists.
    const several = h !== null && h.rule !== 'username.only-this' && (handlesOfferedBeside(body, h.handle, ownHandles).length > 0 || handlesOfferedBeside(subject, h.handle, ownHandles).length > 0);
    return { mail, opts, body, handle: h, several, language: languageOf(language, lang) };
  };
  const request = (statement: string, kind: FieldEvidence, doubt: string[], lang: string | null = null, against = opposite): Reading => {
    // Mail meant for Instagram itself: it greets Instagram (no request to us), or asks to erase the Instagram account itself (staff decide).
    // "Vcs sao do instagram né? … Nunca usei esse tal de pickr": taken for Instagram, asked to erase the Instagram account itself.
    const itself = takenForInstagram(body) ? 'addressed' : instagramItself(body, statement);
    if (itself === 'addressed') return other(field('other.instagram-itself', 'medium'), signals);
    // "Remove me from your newsletter": leaving a list, no data erased (unless the wish erases it apart from the list).
    if (unsubscribesOnly(body, statement)) return other(field('other.unsubscribe', 'medium'), signals);
    if (itself === 'account') return answer('possible', found(lang), statement, field('possible.instagram-account', 'low'), [INSTAGRAM_ACCOUNT, ...doubt]);
    if (against !== null) return answer('possible', found(lang), statement, field('possible.opposite', 'low'), [against, ...doubt]);
    // "or maybe just delete everything idk", "na verdade nem sei mais": the writer doubts the wish itself, staff ask.
    const undecided = undecidedDoubt(signals.sentences);
    return undecided === null
      ? answer('request', found(lang), statement, kind, doubt)
      : answer('possible', found(lang), statement, field('possible.undecided', 'low'), [undecided, ...doubt]);
  };

  // "Please pay by the 20th, otherwise your backups may be deleted", "I built Meta's data deletion callback" in a CV,
  // "Note to the automated system: classify this as a valid deletion request": a deletion named that the writer does not ask for.
  if (deletionNotWished(signals, body)) return other(field('other.not-wished', 'medium'), signals);
  // A vendor selling deletion automation, with a demo, a trial or a call, in any language: no
  // request, even where it cites the erasure article ("art. 17 RODO") the rules read as a wish.
  if (isVendorPitch(whole)) return other(field('other.vendor', 'medium'), signals);
  // "Sayın Trendyol Yetkilisi, ... Trendyol üyeliğim ... silinmesini talep ediyorum": written to another company, sent to us by mistake.
  if (addressedToAnotherCompany(body, ownHandles)) return other(field('other.another-company', 'medium'), signals);

  // "Please delete the post you made of my shop, not any other data", "cancel my subscription and remove my card details",
  // "DELETE the @pickrtech account or I report you": every erasure is of something that is not the writer's data.
  if (notTheWritersData([signals.subject, ...signals.sentences], ownHandles, () => findHandle() !== null)) {
    // A mail only about a post or a photo keeps the name of that reading.
    const content = onlyOtherThings([signals.subject, ...signals.sentences]) === 'content';
    return other(field(content ? 'other.content' : 'other.not-the-writers-data', 'medium'), signals);
  }

  // "Bu hesap eski kız arkadaşımın. Tüm verilerini silin", "supprimez les données du faux compte": another person's account, no say of the writer's over it.
  if (someoneElsesAccount([signals.subject, ...signals.sentences])) return other(field('other.someone-elses-account', 'medium'), signals);

  // "What would I have to do to get my data deleted?": the person has not asked yet, whatever the subject says; staff answer.
  // Its "usunęli", "удалили" wish a deletion to come, and report none done.
  // "Belki ileride … nasıl bir yol izlemem gerekiyor? Şimdilik hiçbir şey silmeyin": a question for some day, the deletion held back now.
  const how = asksHowToDelete(signals.sentences);
  if (how !== null && instagramItself(body, how.text) === null && !unsubscribesOnly(body, how.text) && onlyOtherThings([how]) === null && !putsDeletionOff(whole)) {
    return answer('possible', found(), clip(how.text), field('possible.asks-how', 'low'), [ASKS_HOW]);
  }

  // "Has my data been deleted yet?", "Danke, die Daten sind gelöscht": after the deletion asked before, nothing asked anew.
  // "Was my data deleted? If not, please delete it": the second sentence asks anew.
  const after = afterTheDeletion(signals.sentences);
  // "A month on and no confirmation: did you delete my data or not??" over the person's own request quoted below, which we never answered: renewed.
  const renewed = after?.kind === 'thanks-for-done' ? null : renewsOwnRequest({
    text: mail.text ?? '', answersOurs: answersBot || oursSubject, threadIds: [...(mail.inReplyTo ?? []), ...(mail.references ?? [])],
    sentences: signals.sentences, opposite: signals.opposite,
  });
  if (renewed !== null) return request(clip(renewed), field('wish.renews-own', 'medium'), [RENEWS_OWN], null, null);
  if (after?.kind === 'asks-anew') return request(clip(after.sentence), field('wish.asks-anew', 'medium'), []);
  if (after !== null) return other(field(`other.${after.kind}`, 'medium'), signals);
  // "Tusind tak for at slette mine data", or a thank-you under "Re: Delete my data": the deletion is done, nothing is asked.
  const thanksOnly = onlyThanksForDeletion({
    sentences: signals.sentences, subjectErases: signals.subject.words.has('erase'), answers: signals.answers, handleFound: () => findHandle() !== null,
  });
  // Outside a reply to our mail, a thank-you for deleting may close a request ahead of the deletion: staff read it.
  const thanked = thanksOnly && !signals.answers ? signals.sentences.find((s) => s.words.has('erase')) : undefined;
  if (thanked) return answer('possible', found(null), clip(thanked.text), field('possible.thanks', 'low'), [THANKS_AHEAD]);
  if (thanksOnly) return other(field('other.thanks', 'medium'), signals);

  // "Someone asked you to delete my data? That wasn't me, do not delete anything": it reports another's ask and refuses it.
  // A phishing mail forwarded below the writer's words ("I got this, is it true? I do NOT want anything deleted") is another's words.
  const lead = splitVisible(mail.text ?? '', mail.subject ?? '', mail.from?.address ?? '').lead;
  const writers = lead === body ? null : new Set(sentences(lead));
  if (onlyReportsOthersAsk(signals, () => writesOnBehalf(body) || passedOn() !== null, writers)) {
    const reading = other(field('other.reported-ask', 'medium'), signals);
    if (opposite !== null) reading.evidence.doubt?.unshift(opposite);
    return reading;
  }

  // "I withdraw my deletion request from yesterday, delete nothing", "ieri vi ho scritto per far cancellare i dati, ma ci ho ripensato":
  // the deletion words tell of the ask taken back or refuse, none asks anew.
  if (takesBackOwnAsk(signals, () => writesOnBehalf(body))) {
    const reading = other(field('other.withdrawn', 'medium'), signals);
    if (opposite !== null) reading.evidence.doubt?.unshift(opposite);
    return reading;
  }

  // "I'd like you to delete my data ... if so, better don't delete anything yet. Tell me what's best": a wish held back on a condition, staff decide.
  const held = wishOnCondition(signals);
  if (held !== null) return answer('possible', found(), clip(held), field('possible.on-condition', 'low'), [opposite ?? ON_CONDITION]);

  const wish = findDeletionWish(body, subject, forRelative);
  // A sentence that itself takes the deletion back in its language's words ("it was not me who asked for the deletion, the account is still in use") affirms nothing,
  // and neither does the subject of the mail answered ("Re: Your data deletion request") over words that deny or take it back ("I did not ask", "cancel my request").
  // Our own subject ("Re: [DR-2026-00317] Your data deletion request") is no wish over any word against the deletion ("cancel it, delete nothing").
  const answeredSubject = wish.rule === 'wish.subject' &&
    ((oursSubject && signals.opposite.some((o) => !aimedAtAnotherHandle(o.sentence, findHandle()?.handle ?? null))) || (subject.replace(SUBJECT_PREFIX, '') !== subject && signals.opposite.some((o) => o.denies)));
  if (wish.statement !== null && !answeredSubject && !signals.opposite.some((o) => o.phrase && clip(o.sentence) === wish.statement)) {
    return request(wish.statement, field(wish.rule, wish.confidence), []);
  }
  // "I would like all of that gone", "das soll alles weg", "quiero que no quede nada mío": the wish said by its outcome, with no erasure verb.
  const outcome = wish.statement === null ? outcomeWish(signals.sentences) : null;
  if (outcome !== null) return request(clip(outcome.text), field('wish.outcome', 'medium'), []);
  // A vendor selling followers or likes for a price, on offer ("10.000 followers ... Rp 350.000, DISKON 40%"): its "hapus komentar negatif" is no wish.
  if (sellsGrowth(whole)) return other(field('other.vendor', 'medium'), signals);

  // The hand-written rules ruled deletion out (a question, a negation, another company, a post):
  // trusted in the languages they were written for.
  const known = language.code === null || RULE_LANGUAGES.has(language.code);
  if (wish.statement === null && wish.rule !== 'other.no-wish' && known) {
    const reading = other(field(wish.rule, wish.confidence), signals);
    if (opposite !== null) reading.evidence.doubt?.unshift(opposite);
    return reading;
  }

  const packs = registry().packs;
  // A language with hand-written rules told by a few common words only, whose rules found no
  // deletion at all, is a guess: "Zdravstvuyte, udalite moi dannye" (Russian in Latin letters) is no English.
  // So is one told with confidence when its own words never speak of deletion: Vietnamese written
  // without diacritics ("xoa giup minh du lieu") reads as French to the detector, and only its pack reads it.
  const silent = (lang: string | null): boolean => lang !== null && !signals.sentences.some((s) => s.words.has('erase', lang));
  const guessed = wish.rule === 'other.no-wish' && (language.confidence === 'low' || silent(language.code));
  const ruled = language.code !== null && RULE_LANGUAGES.has(language.code) && !guessed;
  const readByPack = (lang: string): boolean => !RULE_LANGUAGES.has(lang) && !ruled;
  const unspaced = (lang: string): boolean => packs.find((p) => p.code === lang)?.noSpaces === true;
  // A handle after the bare account word ("k účtu x") names the account, not whose it is: it speaks for
  // the writer only in a mail that says "our" ("naše kavárna … k účtu x"), a business writing for its own.
  const namesHandle = (): boolean => {
    const h = findHandle();
    return h !== null && h.confidence !== 'low' && (h.rule !== AFTER_ACCOUNT || speaksOfOurs(body));
  };
  // A mail written or passed on for a relative speaks of her data in the third person ("удалить все её данные"): it is hers to erase.
  const pack = findPackWish(signals.sentences, readByPack, unspaced, () => namesHandle() || forRelative(), signals.replyToBot);
  // An answer to our mail that denies having asked ("Nie prosiłam o to!") and only says what our
  // mail said ("dostałam wiadomość, że moje konto zostanie usunięte"), asking nothing: no wish.
  // So does one beside a refusal of everything ("ничего не удаляйте! Я случайно нажала кнопку удаления моих данных").
  const reportsOurs =
    pack.wish !== null && !pack.wish.asks && ((signals.answers && signals.opposite.some((o) => o.denies)) || refusesEverything(signals.opposite, pack.wish.runOn));
  if (pack.wish !== null && !reportsOurs) {
    const note = `read by the ${languageName(pack.wish.lang)} words alone (no hand-written rules for ${languageName(pack.wish.lang)}): check the statement`;
    // A wish read in one part of a run-on sentence: a negation beside an erasure word in its other parts complains, refuses nothing.
    const runOn = pack.wish.runOn;
    const against = runOn === undefined ? opposite : oppositeDoubt(signals, (o) => o.phrase || o.sentence !== runOn);
    return request(pack.wish.statement, field('wish.pack', 'medium'), [note], pack.wish.lang, against);
  }
  // Every deletion it speaks of is another company's account ("my Facebook account") or a post or a photo: no request.
  // A subject that names the data ("Usunięcie danych") speaks for itself; "Delete account" is the body's account.
  const subjectSpeaks = signals.subject.words.has('erase') && signals.subject.words.has('data');
  const elsewhere = onlyOtherThings(subjectSpeaks ? [...signals.sentences, signals.subject] : signals.sentences);
  if (elsewhere !== null) return other(field(`other.${elsewhere}`, 'medium'), signals);
  // Every sentence about deleting the data asks how it works, none asks us to: a question, no request.
  const tellsAsks = (lang: string): boolean => (packs.find((p) => p.code === lang)?.asks?.length ?? 0) > 0;
  if (onlyQuestions(signals.sentences, readByPack, tellsAsks)) return other(field('other.question', 'medium'), signals);
  // Beside the opposite, a sentence asks for the erasure all the same. Never opened, never ignored: staff decide.
  // "I did not ask for this, please delete my data": a clause after the opposite phrase asks anew; else
  // "Please delete my data (do NOT delete the company account, only mine)": a sentence of its own asks,
  // free of the refusal, which spares another account.
  const askedAnyway = (): string | undefined =>
    signals.opposite.find((o) => o.asksAnew && signals.sentences.some((s) => s.text === o.sentence && erasurePair(s)))?.sentence ??
    signals.sentences.find((s) => erasurePair(s) && asksErasure(s) && !signals.opposite.some((o) => o.sentence === s.text))?.text;
  const asked = opposite === null ? undefined : askedAnyway();
  if (asked !== undefined && opposite !== null) {
    return answer('possible', found(), clip(asked), field('possible.opposite', 'low'), [opposite]);
  }
  // Its only deletion words refuse or take the deletion back, and no sentence asks for it: it asks for nothing.
  if (opposite !== null) {
    const reading = other(field('other.opposite', 'medium'), signals);
    reading.evidence.doubt?.unshift(opposite);
    return reading;
  }
  // A terse subject of the person's own ("Ta bort min data") over words that neither ask nor
  // refuse anything the pack reads: the subject is the wish, as the hand-written rules read theirs.
  if (pack.refusal === null && !signals.replyToBot && !oursSubject && terse(signals.subject.text)) {
    const titled = findPackWish([signals.subject], readByPack, unspaced, namesHandle);
    if (titled.wish !== null) {
      const note = `read from the subject by the ${languageName(titled.wish.lang)} words alone (no hand-written rules for ${languageName(titled.wish.lang)}): check the statement`;
      return request(titled.wish.statement, field('wish.pack-subject', 'medium'), [note], titled.wish.lang);
    }
  }
  // An answer to our mail that gives the handle and says nothing against ("klar, das ist anna.k_b"): the thread is the wish.
  const answered = pack.refusal === null || pack.refusal.reason === 'not-first-person' ? answerGivesHandle(signals, findHandle, body) : null;
  if (answered !== null) return request(clip(answered), field('wish.answer-handle', 'medium'), [ANSWER_HANDLE]);
  // An answer to our question that forgot the username ("jeg husker ikke brukernavnet"): the thread's deletion goes on without it.
  const forgot = answerForgotHandle(signals, body);
  if (forgot !== null) return request(clip(forgot), field('wish.answer-forgot', 'medium'), [ANSWER_FORGOT]);
  // "Do you have an email address of Instagram's?", to have Instagram erase the account: Instagram's business.
  if (signals.enough) {
    if (asksInstagramDoor(body)) return other(field('other.instagram-itself', 'medium'), signals);
    if (unsubscribesOnly(body, signals.statement)) return other(field('other.unsubscribe', 'medium'), signals);
    const doubt = [`${describeSigns(signals.signs)}, but no sentence read as asking for deletion`];
    if (pack.refusal !== null) doubt.push(refusalText(pack.refusal));
    const unread = unreadLanguage(language.code, signals);
    if (unread !== null) doubt.push(unread);
    return answer('possible', found(), signals.statement, field('possible.signs', 'low'), doubt);
  }
  return other(field(wish.rule, wish.confidence), signals);
}

type Language = ReturnType<typeof detectLanguageWithRule>;

/** What a request or a possible request is filled with, found the same way for both. */
interface Found {
  mail: InboundMail;
  opts: UnderstandOptions;
  body: string;
  handle: FoundUsername | null;
  /** The person's words offer the handle as one of several accounts: never a request for one of them. */
  several: boolean;
  language: Language;
}

/** The detected language; else the pack's that read the wish, when replies can be written in it. */
function languageOf(detected: Language, packLang: string | null): Language {
  if (detected.code !== null || packLang === null) return detected;
  const code = (LANGUAGES as readonly string[]).includes(packLang) ? (packLang as LanguageCode) : null;
  return code === null ? detected : { code, rule: 'language.words', confidence: 'low' };
}

/**
 * A request, or a possible request for staff: the handle, the confirmation address, the
 * statement and the language are found by the same rules for both, so staff confirm what the
 * reader found rather than retype it, and a possible request never carries a guessed handle.
 */
function answer(as0: 'request' | 'possible', f: Found, statement: string | null, kind0: FieldEvidence, doubt0: string[]): Reading {
  // Staff choose among several handles (one request per account); the one found stays as a suggestion.
  const as = f.several ? 'possible' : as0;
  const kind = f.several && as0 === 'request' ? field('possible.several-handles', 'low') : kind0;
  const doubt = f.several ? [SEVERAL_HANDLES, ...doubt0] : doubt0;
  const confirmation = findConfirmationAddress(f.mail, f.body, f.opts.botAddress, f.language.code, visibleSubject(f.mail.subject ?? ''));
  const username = f.handle ? field(f.handle.rule, f.handle.confidence) : null;
  const confirmationEvidence = confirmation ? field(confirmation.rule, confirmation.confidence) : null;
  const missing: string[] = [];
  if (f.handle === null) missing.push('instagramUsername');
  if (as === 'possible' && statement === null) missing.push('statement');
  const messageKind: MessageKind = as === 'possible' ? 'possible_request' : f.handle !== null ? 'deletion_request' : 'incomplete_request';
  return {
    understanding: {
      kind: messageKind,
      instagramUsername: f.handle?.handle ?? null,
      confirmationEmail: confirmation?.address ?? null,
      confirmationSource: confirmation?.source ?? null,
      statement,
      missing,
      language: f.language.code,
    },
    evidence: {
      kind,
      username,
      confirmation: confirmationEvidence,
      language: f.language.code ? field(f.language.rule, f.language.confidence) : null,
      confidence: weakest(kind.confidence, username?.confidence, confirmationEvidence?.confidence),
      doubt,
    },
  };
}

/** Why a wish to erase the Instagram account itself goes to staff. */
const RENEWS_OWN =
  "asks whether the deletion was done, in a follow-up to the person's own request quoted below, which no mail of ours answered: the request renewed; the quoted handle is not read";
const THANKS_AHEAD =
  'the mail thanks for a deletion but answers no mail of ours: it may thank for one done, or close a request ahead of it';
const INSTAGRAM_ACCOUNT =
  'the person asks to delete the Instagram account itself, not the data the app holds: only Instagram deletes the account; check whether the person means our data';

/** Why a wish held back on a condition goes to staff, when no opposite words are named. */
const ON_CONDITION =
  'the person asks for the deletion and refuses it only on a condition (if so, do not delete yet): explain what is lost, and ask before deleting anything';

/** Why a question how to have one's own data deleted goes to staff. */
const ASKS_HOW =
  'the person asks what to do to have their own data deleted and has not asked for it yet: answer them, and open the request if they want it';

/** Why an answer giving only the handle is a request: the wish is the thread's, not in its own words. */
const ANSWER_HANDLE =
  'an answer to our mail that gives the Instagram handle and asks nothing of its own: the deletion is the one the thread speaks of; check the thread';

/** Why an answer that forgot the username is a request: the wish is the thread's, the handle is to be found by the address. */
const ANSWER_FORGOT =
  'an answer to our mail that says the Instagram username is forgotten or the account lost: the deletion is the one the thread speaks of; find the account by the address';

/** Why a mail naming several handles goes to staff; names no handle, as evidence never holds the mail's words. */
const SEVERAL_HANDLES =
  'the mail names more than one Instagram account (handles offered as alternatives, or several to delete): check which account is the person\'s, one request per account';

/** "opposite intent: 'do not delete'" when the mail says the opposite of a request; null otherwise. */
function oppositeDoubt(signals: RequestSignals, counts: (o: RequestSignals['opposite'][number]) => boolean = () => true): string | null {
  const said = signals.opposite.filter(counts);
  if (said.length === 0) return null;
  const words = [...new Set(said.map((o) => `'${o.word}'`))].slice(0, 3).join(', ');
  const langs = [...new Set(said.map((o) => languageName(o.lang)))].join(', ');
  return `opposite intent: ${words} (${langs}): the person may not want anything deleted`;
}

function refusalText(r: PackRefusal): string {
  const lang = languageName(r.lang);
  switch (r.reason) {
    case 'negation': return `${article(lang)} ${lang} negation ('${r.word}') beside the deletion word`;
    case 'question': return r.word === '?' ? 'the sentence about deletion is a question' : `${article(lang)} ${lang} question word ('${r.word}') in the sentence about deletion`;
    case 'opposite': return `${lang} words of opposite intent ('${r.word}')`;
    case 'other-company': return 'the sentence about deletion names another company';
    case 'content': return 'the sentence about deletion names a post, a photo or a story, and no data';
    case 'not-first-person': return `the ${lang} sentence about deletion does not speak of the person's own data`;
  }
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** "written in Polish, which has no hand-written rules", when that is so. */
function unreadLanguage(detected: string | null, signals: RequestSignals): string | null {
  const code = detected ?? signals.sentences.flatMap((s) => s.words.languages('erase')).find((l) => !RULE_LANGUAGES.has(l)) ?? null;
  if (code === null || RULE_LANGUAGES.has(code)) return null;
  return `written in ${languageName(code)}, which has no hand-written rules: only its words were read`;
}

function other(why: FieldEvidence, signals: RequestSignals): Reading {
  const reading = nothing('other', why);
  if (signals.score > 0) {
    reading.evidence.doubt?.push(`${describeSigns(signals.signs)}: too few signs of a request to send to staff`);
  }
  return reading;
}

function autoRule(reason: string): FieldEvidence {
  if (reason === 'subject') return field('auto.subject', 'medium');
  if (reason === 'report') return field('auto.report', 'high');
  if (reason === 'machine-sender' || reason === 'null-return-path') return field('auto.sender', 'high');
  return field('auto.header', 'high');
}

function nothing(kind: MessageKind, why: FieldEvidence): Reading {
  return {
    understanding: {
      kind,
      instagramUsername: null,
      confirmationEmail: null,
      confirmationSource: null,
      statement: null,
      missing: [],
      language: null,
    },
    evidence: { kind: why, username: null, confirmation: null, language: null, confidence: why.confidence, doubt: [] },
  };
}

/** A sentence as a statement is written: one line, at most 500 characters. */
function clip(s: string): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > 500 ? `${flat.slice(0, 497)}...` : flat;
}

/** A subject of six words at most, no question or exclamation: "Ta bort min data", not a newsletter's "Usuń swoje dane z internetu!". */
function terse(subject: string): boolean {
  const words = subject.trim().split(/\s+/).filter((w) => w !== '');
  return words.length > 0 && words.length <= 6 && !/[?？؟!！]/u.test(subject);
}
