/**
 * IDs on other platforms: "LINE ID: x", "Telegram: @x", "WhatsApp: x", "Snapchat: x", "TikTok:
 * @x", "Discord: x", "Skype: x", "WeChat ID: x", "카카오톡 ID: x". People give them so that we can
 * reach them with questions; they are never the Instagram account to erase. The spans found here
 * (from the platform's name to the end of its ID) hold no Instagram handle.
 *
 * Brand names written in Latin letters are shared by every language and listed here; their
 * spellings in other scripts ("ไลน์", "카카오톡", "微信", "телеграм") are words of a pack
 * (`otherApps`). Each pattern is one alternation of plain words, and the ID is looked for in a
 * bounded stretch after each name: linear in the text.
 */
import { PACKS } from './languages/packs/index.js';

/** Other platforms' names in Latin letters, matched in any case as whole words. */
const PLATFORMS = [
  'telegram', 'whatsapp', 'whats app', 'snapchat', 'snap', 'tiktok', 'tik tok', 'discord', 'skype', 'wechat', 'weixin',
  'kakaotalk', 'kakao talk', 'kakao', 'viber', 'threema', 'twitter', 'facebook', 'linkedin', 'youtube', 'twitch',
  'pinterest', 'reddit', 'telegramm',
];
/** Names that are common words in another case ("line"): matched only as written. */
const PLATFORMS_AS_WRITTEN = ['LINE', 'Line ID', 'line id', 'Line id'];

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t]?');
const byLength = (a: string, b: string): number => b.length - a.length;

const LATIN = new RegExp(String.raw`(?<![\p{L}\p{N}_@.])(?:${[...PLATFORMS].sort(byLength).map(escape).join('|')})(?![\p{L}\p{N}])`, 'giu');
/**
 * Names of six letters or more with a case ending joined to them ("tiktokissa", "snapchatissa",
 * "telegramban", "tiktoku"): the languages that decline names write the ID after them all the same.
 */
const INFLECTED = new RegExp(
  String.raw`(?<![\p{L}\p{N}_@.])(?:${PLATFORMS.filter((p) => p.length >= 6 && !p.includes(' ')).sort(byLength).map(escape).join('|')})\p{Ll}{1,6}(?![\p{L}\p{N}])`,
  'giu',
);
const AS_WRITTEN = new RegExp(String.raw`(?<![\p{L}\p{N}_@.])(?:${[...PLATFORMS_AS_WRITTEN].sort(byLength).map(escape).join('|')})(?![\p{L}\p{N}])`, 'gu');
const LOCAL_NAMES = PACKS.flatMap((p) => p.otherApps ?? []);
const LOCAL = LOCAL_NAMES.length === 0 ? null : new RegExp(`(?:${[...LOCAL_NAMES].sort(byLength).map(escape).join('|')})`, 'giu');

/** How far after the name its ID is looked for. */
const AFTER = 48;
/**
 * After the name: a word naming the ID ("ID", "username", "号", "아이디"), a colon, "is" or a
 * dash, then the ID itself, on the same line.
 */
const ID_AFTER = /^[ \t]*(?:(?:id|user[ \t]?name|username|handle|nick(?:name)?|user|号|アカウント|아이디)[ \t]*)?(?:[:：=]|is[ \t]|[-–—](?=[ \t]))?[ \t]*(@?[^\s,;、，。)）]+)/iu;
/** An Instagram word just before the name: "Instagram and TikTok: @x" gives one handle for both. */
const INSTAGRAM_BEFORE = /(?:instagram|insta|\big\b|インスタ|인스타)[^\n]{0,12}$/iu;

/** The spans of `text` that hold another platform's ID: each from its platform's name to the ID's end, in text order. */
export function otherPlatformSpans(text: string): Array<readonly [number, number]> {
  const spans: Array<readonly [number, number]> = [];
  const patterns = LOCAL === null ? [LATIN, INFLECTED, AS_WRITTEN] : [LATIN, INFLECTED, AS_WRITTEN, LOCAL];
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) {
      const end = m.index + m[0].length;
      const id = ID_AFTER.exec(text.slice(end, end + AFTER));
      if (id === null || id[1] === undefined) continue;
      if (INSTAGRAM_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
      spans.push([m.index, end + id[0].length] as const);
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}
