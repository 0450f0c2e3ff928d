import { buildMatcher, fold } from './languages/registry.js';

/**
 * A vendor selling audience growth ("10.000 followers aktif mulai Rp 350.000", "10k real
 * followers sirf Rs 999 mein", "フォロワーを1万人増やします ... 9,800円"): a count of followers, likes
 * or views beside the audience word, a price and a discount or an offer. Such mail often offers to "delete
 * negative comments" too, which is no request of the person's own. A person who only says how
 * many followers they have names no price.
 */

/** Followers, likes, views: stems in the languages the packs read. */
const AUDIENCE = [
  'followers', 'follower', 'likes', 'views', 'seguidores', 'curtidas', 'visualizações', 'følgere', 'følger', 'pengikut',
  'abonnés', 'seguaci', 'volgers', 'takipçi', 'beğeni', 'подписчик', 'лайк', 'obserwując', 'obserwator', 'polubie',
  'sledující', 'követő', 'urmăritori', 'seuraaj', 'följare', 'người theo dõi', 'lượt thích', 'ακόλουθ', 'फॉलोअर्स', 'फॉलोअर',
  'متابع', 'دنبال‌کننده', 'فالوور', 'עוקבים', 'フォロワー', 'いいね', '粉丝', '关注者', '粉絲', '팔로워', '좋아요', 'ผู้ติดตาม',
];
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\u0e00-\u0e7f\uac00-\ud7af]/u;
const audience = buildMatcher(AUDIENCE.map((w) => ({ word: fold(w), tag: null, whole: false, anywhere: UNSPACED.test(w) })));

/** A number: digits, or a count in a script's own words for thousands ("1万"). */
const COUNT = /\d/u;
/** A price: a currency before or after digits; or a percentage off. */
const PRICE =
  /(?:\brp\.?|\brs\.?|₹|\$|€|£|¥|\bkr\.?|\busd|\bidr|\binr|\beur)\s?\d|\d[\d.,]*\s?(?:€|\$|£|円|元|원|₺|kr\b|rs\b|rupees|reais|euro|dkk|yen|ribu\b|rb\b)|\d{1,2}\s?%/u;
/** A discount or an offer for a limited time. */
const DISCOUNT =
  /\b(?:diskon|discount|rabatt?|desconto|descuento|remise|sconto|korting|indirim|promo\w*|offer|oferta|angebot|tilbud|penawaran|sale)\b|скидк|знижк|割引|オフ|限定|할인|ส่วนลด|छूट|تخفیف|خصم|הנחה/u;

/** Whether the mail sells followers, likes or views for a price, on offer. */
export function sellsGrowth(text: string): boolean {
  const folded = fold(text.slice(0, 50_000));
  if (!PRICE.test(folded) || !DISCOUNT.test(folded)) return false;
  for (const hit of audience.scan(folded)) {
    // A count near the audience word: "10.000 followers", "10k real followers", "フォロワーを1万人".
    if (COUNT.test(folded.slice(Math.max(0, hit.start - 24), hit.start)) || COUNT.test(folded.slice(hit.end, hit.end + 8))) return true;
  }
  return false;
}
