/**
 * An answer to our question ("What is your Instagram username?") that says the person forgot it
 * or lost the account: "Ich habe meinen Benutzernamen leider vergessen", "ユーザーネームを忘れてしまいました",
 * "jeg husker ikke brukernavnet", "I don't remember my username". It answers our question, so the
 * deletion the thread speaks of goes on without the handle: an incomplete request, never a mail
 * ignored.
 *
 * Only in an answer to our own mail, only when its own words are few, say nothing against the
 * deletion, and one sentence pairs a word of forgetting with the username or the account
 * ("I forgot to say thanks" names neither). One walk of two word matchers: linear.
 */
import { buildMatcher, fold, registry, type MatcherWord } from './languages/registry.js';
import type { RequestSignals } from './request-signals.js';

/** The most words such an answer holds: a longer mail says what it wants in words the other rules read. */
const MAX_WORDS = 80;

/** Words of forgetting or of losing access, at a word start (anywhere in scripts written without spaces). */
const FORGOT = [
  'forgot', 'forgotten', "don't remember", 'dont remember', 'do not remember', "can't remember", 'cant remember', 'cannot remember',
  "can't recall", 'no longer remember', 'lost access', 'vergessen', 'weiß nicht mehr', 'weiss nicht mehr', 'weiß ich nicht mehr', 'weiss ich nicht mehr', 'weiß leider nicht mehr',
  'weiß ich leider nicht mehr', 'erinnere mich nicht',
  'oublié', 'ne me souviens', 'me rappelle plus', 'me rappelle pas', 'olvidé', 'olvidado', 'no recuerdo', 'no me acuerdo',
  'dimenticato', 'non ricordo', 'non mi ricordo', 'esqueci', 'não lembro', 'nao lembro', 'não me lembro', 'vergeten',
  'weet niet meer', 'weet ik niet meer', 'glömt', 'kommer inte ihåg', 'kommer tyvärr inte ihåg', 'minns inte', 'glemt', 'husker ikke', 'husker faktisk ikke', 'husker dessverre ikke', 'husker desværre ikke',
  'kan ikke huske', 'unohtanut', 'unohdin', 'en muista', 'забыл', 'не помню', 'не могу вспомнить', 'zapomniał', 'nie pamiętam',
  'nie pamietam', 'unuttum', 'hatırlamıyorum', 'hatirlamiyorum', '忘れ', '覚えていません', '覚えてない', '思い出せ', '기억나지 않',
  '기억이 안', '기억 안', '잊어버', '까먹', '忘记', '忘記', '忘了', '不记得', '不記得',
];
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;

const words = (list: readonly string[]): Array<MatcherWord<null>> =>
  list.map((w) => ({ word: fold(w), tag: null, whole: false, anywhere: UNSPACED.test(w) }));

let matchers: { forgot: ReturnType<typeof buildMatcher<null>>; username: ReturnType<typeof buildMatcher<null>> } | null = null;

function built() {
  // The username words are every pack's labels ("Benutzername", "brukernavn", "ユーザーネーム", "아이디", "用户名").
  matchers ??= { forgot: buildMatcher(words(FORGOT)), username: buildMatcher(words(registry().packs.flatMap((p) => p.usernameLabels))) };
  return matchers;
}

/** The sentence that says the username is forgotten, when `signals` read such an answer to our mail; else null. */
export function answerForgotHandle(signals: RequestSignals, body: string): string | null {
  if (!signals.replyToBot || signals.opposite.length > 0) return null;
  if (body.split(/\s+/).filter((w) => w !== '').length > MAX_WORDS) return null;
  const { forgot, username } = built();
  const said = signals.sentences.find((s) => forgot.scan(s.folded).length > 0 && username.scan(s.folded).length > 0);
  return said?.text ?? null;
}
