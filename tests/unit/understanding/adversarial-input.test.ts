/**
 * One crafted mail must never stop the bot. Every reader of a stranger's text
 * gets long runs of the characters that make a careless pattern backtrack
 * (spaces, tabs, em spaces, `*`, `-`, `>`, unclosed HTML comments...), each
 * 200,000 characters or more, and must still give the right answer. A reader
 * whose cost grows with the square of its input runs for minutes on these and
 * fails on the test timeout; a linear one takes milliseconds.
 */
import { describe, expect, it } from 'vitest';
import { readingOf } from '../../../src/intake/new-request-candidate.js';
import { readMail } from '../../../src/mail-in/read-mail.js';
import { scrubAddresses } from '../../../src/log/scrub.js';
import { autoReplyReason } from '../../../src/understanding/auto-reply.js';
import { findConfirmationAddress } from '../../../src/understanding/confirmation-address.js';
import { findDeletionWish } from '../../../src/understanding/deletion-intent.js';
import { htmlToText } from '../../../src/understanding/html-text.js';
import { detectLanguage, LANGUAGES } from '../../../src/understanding/language.js';
import { findUsernameWithRule } from '../../../src/understanding/instagram-username.js';
import { notARequest } from '../../../src/understanding/not-a-request.js';
import type { InboundMail } from '../../../src/understanding/types.js';
import { splitVisible } from '../../../src/understanding/visible-text.js';
import { parseStaffCommand } from '../../../src/understanding/staff-command.js';
import { boundedWords } from '../../../src/mail-out/templates/staff-triage.js';
import { findCitations } from '../../../src/understanding/law-citations.js';
import { fold, wordsIn } from '../../../src/understanding/languages/registry.js';
import { requestSignals } from '../../../src/understanding/request-signals.js';
import { understandWithEvidence } from '../../../src/understanding/understand.js';

const N = 200_000;
const settings = {
  botDomain: 'pickrtech.com',
  approvalSecret: 's'.repeat(40),
  staffEmails: ['ops@pickrtech.com'],
  botAddress: 'contact@pickrtech.com',
  ownHandles: ['pickrtech'],
};

/** `unit` repeated to at least N characters. */
function run(unit: string, n = N): string {
  return unit.repeat(Math.ceil(n / unit.length));
}

/**
 * The crafted families: each is a stranger's text of N characters or more, and
 * the handle it holds on its own (a text whose only word is "x" is a one-word
 * reply naming the handle x; every other family names none).
 */
const FAMILIES: ReadonlyArray<readonly [string, string, string?]> = [
  ['spaces', `${run(' ')}x`, 'x'],
  ['tabs', `${run('\t')}x`, 'x'],
  ['em spaces (U+2003)', `${run('\u2003')}x`, 'x'],
  ['no-break spaces (U+00A0)', `${run('\u00a0')}x`, 'x'],
  ['ideographic spaces (U+3000)', `${run('\u3000')}x`, 'x'],
  ['asterisks', `${run('*')}x`, 'x'],
  ['dashes', `${run('-')}x`],
  ['underscores', `${run('_')}x`],
  ['greater-than signs', `${run('>')}x`],
  ['full stops', `${run('.')}x`],
  ['colons', `${run(':')}x`],
  ['at signs', `${run('@')}x`],
  ['letters without an at sign', `${run('a')} x`],
  ['newlines', `${run('\n')}x`, 'x'],
  ['spaces and newlines', `${run(' \n')}x`, 'x'],
  ['CRLF lines of spaces', run(`${' '.repeat(999)}\r\n`)],
  ['newline-separated runs of spaces', run(`${' '.repeat(20_000)}x\n`)],
  ['instagram, spaces, one letter', `instagram${run(' ')}x`],
  ['ig, spaces, one letter', `ig${run(' ')}x`],
  ['instagram, spaces, one letter, repeated', run(`instagram${' '.repeat(5_000)}x `)],
  ['a label, spaces, one letter', `Instagram username${run(' ')}x`],
  ['a label with asterisks', `Instagram username${run('*')}x`],
  ['namely, spaces', `instagram${run(' ')}namely x`],
  ['an address, spaces, a colon', `<a@example.org>${run(' ')}x`],
  ['on ... wrote, spaces', `On ${run(' ')}x wrote`],
  ['From:, spaces', `From:${run(' ')}`],
  ['a valediction, spaces', `Thanks${run(' ')}x`],
  ['a mobile footer, spaces', `Sent from my${run(' ')}`],
  ['a Polish username label, spaces, one letter', `Nazwa użytkownika${run(' ')}x`],
  ['a Chinese username label, ideographic spaces', `用户名${run('\u3000')}x`],
  ['spaces, a full-width colon', `${run(' ')}：x`],
  ['spaces, an attribution verb', `${run(' ')}napisał(a):`],
  ['an address, spaces, an attribution verb', `<a@example.org>${run(' ')}şunu yazdı:`],
  ['a sent-from line with spaces for a device', `Wysłane z mojego${run(' ')}`],
  ['a Chinese header label, spaces', `发件人：${run(' ')}`],
  ['opening brackets', run('[')],
  ['an opening bracket, spaces', `【${run(' ')}x`],
  ['a confirmation phrase, spaces', `potwierdzenie na${run(' ')}x`],
  // A handle named after a pack's phrase (handle-phrases.ts): phrases and links by the thousand, long endings and words.
  ['a handle phrase, spaces, one letter', `mój nick${run(' ')}x`],
  ['handle phrases and links, repeated', run('nick na instagramie to ')],
  ['a handle phrase with a 200,000-letter ending', `käyttäjätunnu${run('a')}`],
  ['a handle phrase, a colon, a 200,000-letter word', `nick: ${run('a')}`],
  ['Chinese handle phrases and links, no spaces', run('我的ins是')],
  ['handle phrases and direction marks', run('حسابي في \u200e')],
  ['quoted words and short words before no platform, repeated', run('"a.b" в ')],
  ['own-handle phrases, repeated', run('punyaku el mío ')],
  // Words asking for the outcome and naming the place before an address (pack-lines.ts asksConfirmationAt).
  ['confirmation asks and places, repeated, an address', `${run('potwierdzenie na adres ')}a@example.org`],
  ['Chinese confirmation asks and places, no spaces', `${run('确认发送至')}a@example.org`],
  ['own address words and addresses, repeated', run('mój prywatny adres a@example.org ')],
  ['addresses, each with a place and an ask after it', run('a@example.org 로 회신 ')],
  ['dashes around an original-message marker', `${run('-')} 原始邮件 ${run('-')}`],
  ['a sign-off, spaces', `Z poważaniem${run(' ')}x`],
  ['unclosed comments', run('<!--')],
  ['one unclosed comment', `<!--${run('a ')}`],
  ['unclosed scripts', run('<script>')],
  ['less-than signs', run('<')],
  ['unclosed tags', run('<a ')],
  ['unclosed entities', run('&#x')],
  // HTML whose hidden parts must stay hidden without the reader slowing down (hidden-html.test.ts).
  ['200,000 nested hidden divs', '<div style="display:none">'.repeat(200_000)],
  ['unclosed style attributes', run('<div style="')],
  ['unclosed style declarations', run('<p style="display:none;color:')],
  ['a hundred thousand classes', `<style>.c99999{display:none}</style><div class="${Array.from({ length: 100_000 }, (_, i) => `c${i}`).join(' ')}">`],
  ['a hundred thousand class rules', `<style>${Array.from({ length: 100_000 }, (_, i) => `.c${i}{display:none}`).join('')}</style>`],
  ['formatting reopened in every paragraph', `${'<b class="x"><i class="y"><u>'.repeat(10)}${run('</p><p>')}`],
  ['formatting around blocks', run('<b><div></b></div>')],
  ['list items under a thousand spans', `<li>${'<span>'.repeat(1_000)}${run('<li>')}`],
];

const PLANTED = 'Please delete my data.\nInstagram username: planted_user\n\n';

function mailOf(text: string, subject = 'Data deletion', headers: Record<string, string[]> = {}): InboundMail {
  return {
    messageId: 'm1@example.com',
    inReplyTo: [],
    references: [],
    subject,
    from: { address: 'sam@example.com', name: '' },
    replyTo: [],
    to: [],
    date: null,
    headers,
    text,
    html: null,
  };
}

const CASES = FAMILIES.map(([name, hostile, own]): [string, string, string | null] => [name, hostile, own ?? null]);

describe.each(CASES)('%s', (_name, hostile, ownHandle) => {
  it('is read from a raw plain-text mail and understood', async () => {
    const raw = `From: sam@example.com\r\nTo: contact@pickrtech.com\r\nSubject: Data deletion\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${PLANTED}${hostile}\r\n`;
    const reading = readingOf(settings, await readMail(raw));
    expect(reading.understood?.understanding).toMatchObject({ kind: 'deletion_request', instagramUsername: 'planted_user' });
  });

  it('is read from a raw HTML mail and understood', async () => {
    const raw = `From: sam@example.com\r\nSubject: Data deletion\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Please delete my data.</p><p>Instagram username: planted_user</p>${hostile}\r\n`;
    const reading = readingOf(settings, await readMail(raw));
    expect(reading.understood?.understanding).toMatchObject({ kind: 'deletion_request', instagramUsername: 'planted_user' });
  });

  it('is understood as the whole mail, in the body and in the subject', () => {
    const reading = readingOf(settings, mailOf(hostile, hostile));
    expect(reading.understood?.understanding.instagramUsername ?? null).toBeNull();
  });

  it('keeps the words before it as the visible text', () => {
    const parts = splitVisible(`${PLANTED}${hostile}`, hostile);
    expect(parts.body.startsWith(PLANTED.trim())).toBe(true);
  });

  it('is turned from HTML into text', () => {
    const text = htmlToText(`<p>Instagram username: planted_user</p>${hostile}`);
    expect(text.startsWith('Instagram username: planted_user')).toBe(true);
  });

  it('holds no username of its own, and leaves the planted one found', () => {
    expect(findUsernameWithRule(hostile, hostile)?.handle ?? null).toBe(ownHandle);
    expect(findUsernameWithRule(`${PLANTED}${hostile}`, hostile)?.handle).toBe('planted_user');
  });

  it('leaves the planted confirmation address found', () => {
    const text = `Please send the confirmation to planted@example.org\n${hostile}`;
    expect(findConfirmationAddress(mailOf(text), text, 'contact@pickrtech.com')?.address).toBe('planted@example.org');
  });

  it('leaves the planted wish found', () => {
    expect(findDeletionWish(`${PLANTED}${hostile}`, hostile).statement).toBe('Please delete my data.');
    expect(notARequest(hostile)).toBeNull();
  });

  it('is no auto-reply as a subject or as header values', () => {
    const headers = { precedence: [hostile], 'auto-submitted': ['no'], 'return-path': [`<sam@example.com>${hostile}`], 'content-type': [hostile] };
    expect(autoReplyReason(mailOf('hello', hostile, headers))).toBeNull();
  });

  it('leaves the language of the words before it told', () => {
    expect(detectLanguage(`${PLANTED}${hostile}`)).toBe('en');
    expect(LANGUAGES.includes(detectLanguage(hostile) ?? 'en')).toBe(true);
  });

  it('is scrubbed of addresses before a log line', () => {
    expect(scrubAddresses(`sam@example.com ${hostile}`).startsWith('[address] ')).toBe(true);
  });

  it('is no triage answer of its own, never makes one name another handle, and reaches staff bounded', () => {
    for (const text of [hostile, `REQUEST @${hostile}`, `IGNORE ${hostile}`]) {
      const c = parseStaffCommand(text);
      expect(c.action === 'unknown' || (c.action === 'request' && c.username === ownHandle)).toBe(true);
    }
    const below = parseStaffCommand(`REQUEST @planted_user\n${hostile}`);
    expect(below.action === 'unknown' || (below.action === 'request' && below.username === 'planted_user')).toBe(true);
    expect(boundedWords(hostile).length).toBeLessThan(12_000);
  });
});

describe('a header block of 70,000 lines', () => {
  const lines = run('to:\r\n', 70_000 * 5);

  it('is read with the fields the bot needs', async () => {
    const raw = `${lines}From: sam@example.com\r\nSubject: Data deletion\r\n\r\n${PLANTED}`;
    const mail = await readMail(raw);
    expect(mail.from?.address).toBe('sam@example.com');
    expect(readingOf(settings, mail).understood?.understanding).toMatchObject({ kind: 'deletion_request', instagramUsername: 'planted_user' });
  });

  it('is read even when a part has more header lines than the parser takes', async () => {
    const partHeaders = run('X-Part: y\r\n', 20_000 * 11);
    const raw =
      `From: sam@example.com\r\nSubject: Data deletion\r\n${lines}MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n` +
      `--b\r\n${partHeaders}Content-Type: text/plain\r\n\r\n${PLANTED}\r\n--b--\r\n`;
    const mail = await readMail(raw);
    expect(mail.from?.address).toBe('sam@example.com');
    expect(mail.subject).toBe('Data deletion');
    expect(mail.text).toContain('planted_user');
  });
});

/**
 * The registry's matcher and the signs of a request walk a text once: runs of pack words,
 * stems without a word end, scripts without spaces, negations beside erasure words by the
 * thousand, one sentence of thousands of clauses. Each family is 200,000 characters or more.
 */
const WORD_FAMILIES: ReadonlyArray<readonly [string, string]> = [
  ['a stem without a word end', run('usun')],
  ['erasure words', run('usuń ')],
  ['negations beside erasure words', run('nie usuwaj ')],
  ['opposite phrases', run('do not delete ')],
  ['a script without spaces', run('削除データ')],
  ['one sentence of clauses', run('usuńcie moje dane, ')],
  ['question marks', run('?')],
  ['erasure articles', run('art. 17 ')],
  ['law names without spaces between', run('gdprdsgvorodo')],
  ['mentions', run('@x ')],
  ['Hangul erasure words', run('삭제 ')],
  ['Chinese negations beside erasure words, no spaces', run('不要删除')],
  ['Thai negations beside erasure words, no spaces', run('ไม่ลบอย่าลบ')],
  ['phrases taking a request back beside erasure words', run('anuluj usuń ')],
  ['complaints that nothing was deleted', run('my data is still not deleted ')],
  ['acknowledged requests', run('request was received ')],
  ['spaces', run(' ')],
];
const PLANTED_PL = 'Proszę usunąć wszystkie moje dane.\n\n';

describe.each(WORD_FAMILIES)('pack words: %s', (_name, hostile) => {
  it('is folded and matched, and leaves the planted words found', () => {
    expect(fold(hostile).length).toBeLessThanOrEqual(hostile.length);
    expect(wordsIn(`${PLANTED_PL}${hostile}`).has('erase', 'pl')).toBe(true);
    expect(findCitations(fold(hostile)).length).toBeLessThan(10);
  });

  it('gives the signs of a request, the planted sentence first', () => {
    const signals = requestSignals(
      { body: `${PLANTED_PL}${hostile}`, subject: hostile, inReplyTo: [hostile], references: [hostile] },
      { botDomain: 'pickrtech.com', handle: () => null },
    );
    expect(signals.signs.find((s) => s.kind === 'erasure-sentence')?.sentence).toBe(PLANTED_PL.trim());
  });

  it('is understood as a whole mail, and never as a request naming a handle', () => {
    const { understanding: u } = understandWithEvidence(mailOf(hostile, hostile), settings);
    expect(u.instagramUsername).toBeNull();
    expect(u.kind).not.toBe('deletion_request');
  });
});
