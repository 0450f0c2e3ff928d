/**
 * A sender impersonating Instagram or Meta: phishing that threatens to delete our account
 * unless it is "verified". Such a sender is named "Instagram", "Instagram Soporte", "Meta",
 * "Facebook" from an address that is none of theirs, or writes from an address that imitates
 * theirs: a look-alike of the name ("lnstagram", "instagrarn", "1nstagram") or the name beside
 * a help-desk word ("instagram-help-center.com", "meta-business-support.net",
 * "verificacion.meta2025@gmail.com"). A person whose name mentions Instagram another way
 * ("Ana (Instagram: @ana.k)", "Insta Shop Lena", "Meta Schmidt") impersonates no one.
 */
import type { MailAddress } from './types.js';
import { oneEditApart, skeleton } from './lookalike-sender.js';

/** The domains Instagram and Meta write from, and their subdomains ("mail.instagram.com"). */
const GENUINE_DOMAINS = ['instagram.com', 'facebookmail.com', 'facebook.com', 'meta.com', 'metamail.com', 'fb.com'];

/** The names impersonated; long enough that one letter off still imitates them. */
const LONG_BRANDS = ['instagram', 'facebook'];
/** A short name, imitated only as a whole word ("meta", never "metallbau"). */
const SHORT_BRANDS = ['meta'];

/**
 * Words a help desk's name or address holds beside the brand: "Instagram Support", "Meta
 * Business", "instagram-help-center", "Instagramサポート". Latin, Cyrillic and Greek words are
 * stems (of five letters or more) or whole words; the words of other scripts may run together.
 */
const DESK_WORDS = [
  // en
  'support', 'help', 'helpdesk', 'center', 'centre', 'security', 'secure', 'safety', 'team', 'service', 'verif', 'business', 'official',
  'legal', 'policy', 'privacy', 'copyright', 'compliance', 'account', 'notice', 'notif', 'alert', 'appeal', 'review', 'recovery', 'protect',
  'confirm', 'mail', 'noreply', 'no', 'reply', 'technical', 'platforms', 'inc', 'llc', 'ltd', 'the', 'of', 'by', 'from', 'for', 'and',
  // es, pt, it, fr
  'soporte', 'suporte', 'ayuda', 'ajuda', 'centro', 'seguridad', 'segurança', 'seguranca', 'equipo', 'equipe', 'équipe', 'servicio',
  'serviço', 'servico', 'servizio', 'técnico', 'tecnico', 'oficial', 'cuenta', 'cuentas', 'conta', 'contas', 'atención', 'atencion',
  'atendimento', 'assistenza', 'sicurezza', 'squadra', 'ufficiale', 'aide', 'assistance', 'sécurité', 'securite', 'officiel', 'compte',
  'comptes', 'de', 'del', 'da', 'do', 'di', 'du', 'des', 'la', 'le', 'el', 'y', 'e', 'et',
  // de, nl, tr, pl
  'hilfe', 'sicherheit', 'kundenservice', 'kundendienst', 'offiziell', 'konto', 'und', 'klantenservice', 'destek', 'ekibi', 'ekip',
  'güvenlik', 'guvenlik', 'yardım', 'yardim', 'merkezi', 'hesap', 'resmi', 'pomoc', 'wsparcie', 'zespół', 'zespol', 'bezpieczeństw',
  'bezpieczenstw', 'centrum',
  // ru, uk, el
  'поддержк', 'служба', 'безопасност', 'команда', 'центр', 'помощ', 'аккаунт', 'підтримк', 'безпек', 'υποστήριξ', 'ομάδα', 'ασφάλει',
  // id, vi
  'dukungan', 'tim', 'pusat', 'bantuan', 'keamanan', 'akun', 'resmi', 'hỗ', 'trợ', 'hotro', 'đội', 'ngũ', 'trung', 'tâm', 'bảo', 'mật',
  // ar, fa, he, hi
  'دعم', 'الدعم', 'فريق', 'مركز', 'المساعدة', 'مساعدة', 'الأمان', 'أمان', 'پشتیبانی', 'تیم', 'תמיכה', 'צוות', 'सहायता', 'टीम',
  // ja, zh, ko, th
  'サポート', 'チーム', 'ヘルプ', 'センター', 'セキュリティ', '事務局', '運営', '公式', '客服', '支持', '团队', '團隊', '中心', '安全',
  '지원', '팀', '고객센터', 'ฝ่าย', 'สนับสนุน', 'ทีม', 'ช่วยเหลือ', 'ศูนย์',
].map((w) => w.normalize('NFKC').toLowerCase());

/** Scripts whose words are read one by one; the words of any other script may run together ("サポートチーム"). */
const SPACED = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}]/u;
/** Runs of one kind: a word of the spaced scripts, or a run of any other. */
const RUNS = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}]+|[^\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{N}]+/gu;
/** Longest part of a name or an address compared: anything longer names no help desk. */
const MAX_PART = 63;

/** A name's skeleton, with "rn" read as "m" and "vv" as "w", as they look ("instagrarn"). */
function shape(word: string): string {
  return skeleton(word).replace(/rn/g, 'm').replace(/vv/g, 'w');
}
const LONG_SHAPES = LONG_BRANDS.map(shape);
const SHORT_SHAPES = SHORT_BRANDS.map(shape);
/** The desk words an address holds: Latin ones of four letters or more ("help", "soporte", "verif"), never a small word ("de", "no"). */
const ADDRESS_DESK_SHAPES = DESK_WORDS.filter((w) => /^\p{Script=Latin}{4,}$/u.test(w)).map(shape);

/** A word is a brand's name, as written or imitated ("Instаgram" with a Cyrillic а, "lnstagram", "instagrarn"). */
function namesBrand(word: string): boolean {
  if (word.length > MAX_PART) return false;
  const s = shape(word);
  return LONG_SHAPES.some((b) => s === b || oneEditApart(s, b)) || SHORT_SHAPES.includes(s);
}

/** A word is a help desk's word, or a number ("2025"). */
function deskWord(word: string): boolean {
  if (/^\p{N}+$/u.test(word)) return true;
  if (SPACED.test(word)) return DESK_WORDS.some((d) => word === d || (d.length >= 5 && word.startsWith(d)));
  // Another script: the run is made of desk words only ("サポートチーム"), each taken at its start.
  let rest = word;
  while (rest !== '') {
    const next = DESK_WORDS.find((d) => !SPACED.test(d) && rest.startsWith(d));
    if (next === undefined) return false;
    rest = rest.slice(next.length);
  }
  return true;
}

/** The display name is only a brand's name and help-desk words: "Instagram", "Instagram Soporte", "Meta Business Support". */
function nameImpersonates(name: string): boolean {
  const words = name.slice(0, 200).normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).flatMap((w) => w.match(RUNS) ?? []);
  if (!words.some(namesBrand)) return false;
  return words.every((w) => namesBrand(w) || deskWord(w));
}

/**
 * A part of an address (its local part or its domain) imitates a brand: one of its words is a
 * look-alike of the brand's name ("lnstagram", "instagrarn"), or holds the name beside a help-desk
 * word ("instagram-help-center", "instagramsupport", "verificacion.meta2025").
 */
function addressPartImpersonates(part: string, digitsSplit: boolean): boolean {
  const words = part.toLowerCase().split(digitsSplit ? /[^\p{L}]+/u : /[^\p{L}\p{N}]+/u).filter((w) => w !== '' && w.length <= MAX_PART);
  let brand = false;
  const others: string[] = [];
  for (const w of words) {
    const s = shape(w);
    if (SHORT_SHAPES.includes(s)) {
      if (!SHORT_BRANDS.includes(w)) return true;
      brand = true;
      continue;
    }
    if (!/^\p{Script=Latin}+$/u.test(s)) {
      others.push(s);
      continue;
    }
    const at = LONG_SHAPES.map((b) => [b, s.indexOf(b)] as const).find(([, i]) => i >= 0);
    if (at === undefined) {
      if (LONG_SHAPES.some((b) => oneEditApart(s, b))) return true;
      others.push(s);
      continue;
    }
    const [b, i] = at;
    // The name with look-alike letters ("lnstagram", "1nstagram", "instagrarn"): an imitation, whatever stands beside it.
    if (!w.includes(b)) return true;
    // The name run together with other words ("instagramsupport"): each piece is a word of its own.
    brand = true;
    for (const piece of [s.slice(0, i), s.slice(i + b.length)]) if (piece !== '') others.push(piece);
  }
  return brand && others.some((o) => ADDRESS_DESK_SHAPES.some((d) => o.startsWith(d)));
}

function genuine(domain: string): boolean {
  return GENUINE_DOMAINS.some((g) => domain === g || domain.endsWith(`.${g}`));
}

/** Whether an address, with its display name, impersonates Instagram or Meta. */
export function addressImpersonatesInstagram(a: MailAddress): boolean {
  const at = a.address.lastIndexOf('@');
  const local = at < 0 ? '' : a.address.slice(0, at).slice(0, 200);
  const domain = a.address.slice(at + 1).toLowerCase().slice(0, 255);
  if (genuine(domain)) return false;
  return nameImpersonates(a.name ?? '') || addressPartImpersonates(domain, false) || addressPartImpersonates(local, true);
}

/** Whether the sender, or the address replies go to, impersonates Instagram or Meta. */
export function impersonatesInstagram(from: MailAddress | null | undefined, replyTo: readonly MailAddress[]): boolean {
  return [...(from ? [from] : []), ...replyTo.slice(0, 5)].some(addressImpersonatesInstagram);
}
