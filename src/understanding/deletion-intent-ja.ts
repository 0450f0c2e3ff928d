/**
 * Japanese deletion wishes. Japanese writes no spaces between words, so the
 * word-edge rules of the other languages do not apply: here a sentence counts
 * when it holds a deletion word (削除, 消去, 消して...), names data or the
 * account (データ, 情報, アカウント...) and asks for something (ください,
 * お願い, 希望, 依頼...). The same exclusions as elsewhere apply: negation
 * (削除しないで, 削除を希望しているわけではない), how/when questions (どうやって, 方法), content such as a
 * scheduled post (予約投稿), and another company's account (Facebookのアカウント).
 */

/** Kana or CJK ideographs: the sentence is (at least partly) Japanese. */
export const JAPANESE_SCRIPT = /[\u3040-\u30ff\u4e00-\u9fff]/u;

const VERB = /削除|消去|抹消|消して|消し|消す|消える|消えて|取り消|破棄|廃棄/u;
const OBJECT =
  /データ|情報|個人情報|アカウント|登録|記録|履歴|トークン|すべて|全て|全部|一切|私に関する|連携|プロフィール|ユーザー/u;
/** "削除してもらうことはできますか", "消していただくことは可能でしょうか": asks whether we could, politely. */
const COULD_YOU = /(?:もらう|いただく|頂く)こと(?:は|って|が)?(?:でき|可能)/u;
const ASKING =
  /ください|下さい|くださ|お願い|願います|願いま|頂け|いただけ|いただき|頂き|ほしい|欲しい|希望|依頼|申請|請求|要求|したい|してもらえ|をお願|求め|申し込|申し出/u;
const NEGATION = /削除しないで|消さないで|削除しなくて|削除は不要|削除不要|削除しないよう|削除せず|消去しないで|削除しない[でよ]|削除されたくない|まだ削除|削除は(?:まだ|待って)|削除を(?:待って|取り消|キャンセル)|(?:希望|お願い|依頼|申請)(?:し|する|して|している|していた|したい)?(?:という)?わけでは(?:な|あり)|(?:希望|依頼|お願い)して(?:い)?ません|(?:希望|依頼|お願い|申請|請求)(?:する|している|いたす|した)?もの(?:では|じゃ)(?:な|あり|ござい)|(?:希望|依頼)しません/u;
const QUESTION = /どうやって|どのように|どうすれば|どうしたら|方法|手順|やり方|いつ(?!も)|なぜ|何が|何を|どの|どうなり|どうなる|どれくらい|どのくらい|かかります|ですか[?？]?$|ますか[?？]$/u;
/** "Could you delete...?" is a request, not a question. */
const POLITE = /いただけ|頂け|もらえ|くださ|下さ|お願い|可能でしょうか|可能ですか/u;
const OTHER_THING = /投稿|予約投稿|写真|画像|動画|ストーリー|コメント|キャプション|下書き|リール|ハッシュタグ|メッセージ|メルマガ|ニュースレター|配信/u;
const DATA = /データ|情報|個人情報|アカウント|登録|記録/u;
/** Content right before the erasure verb: "投稿を削除", "予約投稿だけ削除", "動画だけ消して". */
const CONTENT_OBJECT = /(?:投稿|写真|画像|動画|ストーリー|コメント|キャプション|下書き|リール)(?:だけ|のみ)?を?(?:削除|消)/u;
/** The data or the account right before it ("アカウントとデータを削除", "データもすべて削除"). */
const DATA_OBJECT = /(?:データ|情報|アカウント|記録|履歴)(?:も|と|や|、|だけ|のみ|全て|すべて|全部){0,4}を?(?:削除|消)/u;
const OTHER_COMPANY =
  /(?:facebook|フェイスブック|meta|メタ|google|グーグル|twitter|ツイッター|tiktok|line|whatsapp)\s*(?:の\s*)?(?:アカウント|データ|情報|ページ|側)|(?:facebook|フェイスブック|meta|メタ|google|グーグル)\s*(?:社\s*)?(?:に|が)\s*(?:保存|保管|保有)/iu;
const OUR_SIDE = /pickr\s*tech|貴社|御社|弊社のアプリ|貴サービス|そちら|アプリ|サービス|サーバー|システム/iu;
const RIGHT = /忘れられる権利|削除権|消去権|利用停止等?請求|削除請求|削除依頼|削除申請|削除要求|消去請求|データ削除のお願い|削除のお願い|削除を(?:お願い|希望|依頼|申請|請求|要求)|(?:削除|消去)を?(?:お願い|よろしく)/u;

/** How long or what is kept, asked to be told: "保存期間を教えて", "どのくらい保管されるかご教示". */
const TOLD_WHAT_IS_KEPT = /(?:保存|保管|保持)期間|(?:どのくらい|どれくらい|いつまで|何日|何か月)[^。]{0,20}(?:保存|保管|保持|残)[^。]{0,30}(?:教えて|お知らせ|ご教示)/u;
/** The erasure asked for in so many words: "削除してください", "削除をお願い". */
const ASKED_ERASURE = /(?:削除|消去)(?:して|を(?:お願い|希望|依頼|申請|請求))/u;

/** "削除しないでください": the sentence refuses deletion. */
export function refusesJapaneseDeletion(sentence: string): boolean {
  return NEGATION.test(sentence);
}

export function isJapaneseDeletionWish(sentence: string): boolean {
  const s = sentence.trim();
  if (s === '' || !JAPANESE_SCRIPT.test(s)) return false;
  if (NEGATION.test(s)) return false;
  if (OTHER_COMPANY.test(s) && !OUR_SIDE.test(s)) return false;
  if (OTHER_THING.test(s) && !DATA.test(s)) return false;
  // "アカウントで予約した投稿を削除", "アカウントの写真を削除": the account says where; the post is what goes.
  if (CONTENT_OBJECT.test(s) && !DATA_OBJECT.test(s)) return false;
  if (QUESTION.test(s) && !POLITE.test(s) && !COULD_YOU.test(s)) return false;
  if (/どうやって|どのように|どうすれば|どうしたら|方法|手順|やり方|いつ(?!も)|なぜ/u.test(s)) return false;
  // "削除されるまでの保存期間を教えてください": asks to be told how long the data is kept, and no erasure is asked for before it.
  if (TOLD_WHAT_IS_KEPT.test(s) && !ASKED_ERASURE.test(s)) return false;
  if (RIGHT.test(s)) return true;
  return VERB.test(s) && OBJECT.test(s) && (ASKING.test(s) || COULD_YOU.test(s));
}

/** A terse Japanese subject: "データ削除依頼", "アカウント削除のお願い", "Instagramデータ削除について". */
export function isJapaneseTerseSubject(subject: string): boolean {
  const s = subject.trim();
  if (s.length > 40 || !VERB.test(s) || !DATA.test(s)) return false;
  if (NEGATION.test(s) || OTHER_THING.test(s) || /[?？]|方法|質問|問い合わせ/u.test(s)) return false;
  return !(OTHER_COMPANY.test(s) && !OUR_SIDE.test(s));
}
