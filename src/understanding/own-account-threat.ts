/**
 * Phishing that greets our own Instagram handle as its addressee ("Estimado usuario @pickrtech",
 * "Уважаемый владелец аккаунта @pickrtech", "Dear @pickrtech", "@pickrtech 様") and threatens to
 * delete the account unless it is verified ("su cuenta y todos sus datos serán eliminados ...
 * Verificar cuenta"). Its erasure words threaten, they wish for nothing: no request. A person who
 * greets us by our handle to ask for their own data names their own handle, and is read as usual.
 */
import { buildMatcher, fold } from './languages/registry.js';

/** Verbs and nouns of verifying an account, as stems, in the packs' languages. */
const VERIFY = [
  // en, es, pt, it, id, nl ("verify", "verificar", "verifique", "verifica", "verifikasi", "verifieer")
  'verif',
  // fr, de, tr, pl, cs, hu, sv, da, no, fi, ro
  'vérifi', 'verifizier', 'doğrula', 'dogrula', 'zweryfikuj', 'weryfik', 'ověř', 'ověřen', 'ellenőriz', 'hitelesít', 'verifiera', 'verificer',
  'verifiser', 'vahvista', 'verifică', 'verifica',
  // ru, uk, el
  'подтверд', 'верифи', 'підтверд', 'верифік', 'επαλήθευ', 'επιβεβαίω',
  // vi
  'xác minh', 'xác thực', 'xac minh',
  // ar, fa, he, hi
  'تحقق', 'التحقق', 'توثيق', 'تأكيد', 'تایید', 'احراز', 'אימות', 'אמת', 'सत्यापि',
  // ja, zh, ko, th
  '認証', '本人確認', 'アカウント確認', '验证', '驗證', '인증', 'ยืนยัน',
];
/** Scripts without spaces, or whose words take prefixes: their words match anywhere. */
const ANYWHERE = /[\u3040-\u30ff\u3400-\u9fff\u0e00-\u0e7f\uac00-\ud7af\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}]/u;
const verify = buildMatcher<null>(VERIFY.map((w) => ({ word: fold(w), tag: null, whole: false, anywhere: ANYWHERE.test(w) })));

/** Letters a handle is made of: the handle greeted ends where they end. */
const HANDLE_CHAR = /[\p{L}\p{N}_]/u;
/** At most this many words stand before the handle greeted ("Sehr geehrter Inhaber des Kontos @x"). */
const MAX_GREETING_WORDS = 6;

/** The mail's first line greets one of our own handles: "Dear @pickrtech,", "عزيزي @pickrtech،", "@pickrtech 様". */
export function greetsOwnHandle(body: string, ownHandles: readonly string[]): boolean {
  const first = (body.slice(0, 2_000).split('\n').find((l) => l.trim() !== '') ?? '').slice(0, 200).toLowerCase();
  return ownHandles.some((h) => {
    const handle = `@${h.replace(/^@/, '').toLowerCase()}`;
    if (handle.length < 2) return false;
    const at = first.indexOf(handle);
    if (at < 0) return false;
    // The handle ends there: not "@pickrtech_fan", nor "@pickrtech.shop".
    const after = first.slice(at + handle.length, at + handle.length + 2);
    if (HANDLE_CHAR.test(after.charAt(0)) || (after.charAt(0) === '.' && HANDLE_CHAR.test(after.charAt(1)))) return false;
    const before = first.slice(0, at).trim();
    return before === '' || before.split(/\s+/).length <= MAX_GREETING_WORDS;
  });
}

/**
 * The mail greets our own handle, asks that the account be verified, and speaks of erasing an
 * account or data (`erases`), naming no handle of the writer's own (`namesHandle`): a threat to
 * our account, no request.
 */
export function threatensOwnAccount(body: string, ownHandles: readonly string[], erases: () => boolean, namesHandle: () => boolean): boolean {
  if (!greetsOwnHandle(body, ownHandles)) return false;
  if (verify.scan(fold(body.slice(0, 20_000))).length === 0) return false;
  return erases() && !namesHandle();
}
