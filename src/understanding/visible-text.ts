/**
 * The person's own new words in a mail body.
 *
 * Replies carry our earlier mail (with its template placeholders such as
 * "[your username]") and other people's handles; signatures carry brand
 * handles ("Follow us @somebrand"). Reading either as the requester's words
 * produces wrong usernames, so both are separated out here.
 *
 * Forwarded mail is a deliberate choice by the sender: someone forwarding
 * "my request from last week" or a request on behalf of a relative wants us to
 * read the forwarded words. So a forward keeps its body and only loses the
 * forwarded header block (From:/Date:/Subject:/To:), whose addresses are not
 * the sender's own words. A reply quote ("On ... wrote:", Outlook header
 * blocks, "-----Original Message-----") ends the new words. Outlook writes the
 * same header block for replies and forwards, so the subject ("Fw:", "Fwd:",
 * "WG:", "TR:", "RV:", "ENC:") decides which one it is.
 *
 * Apple Mail quotes a forwarded mail with ">" under its forward header ("Begin forwarded
 * message:", "Början på vidarebefordrat brev:"). When the quoted sender is the person writing
 * ("I sent this to the wrong address, so I'm forwarding it here"), or a relative their note names
 * as the one they pass it on for, the quoted lines are their earlier request and are read as a
 * forward's body. A stranger's forwarded mail, or any reply quote, stays a quote.
 */

import {
  attributionVerbAtEnd,
  endsWithQuotedAddress,
  holdsAttributionVerb,
  isForwardMarkerLine,
  isForwardSubject,
  isHeaderFromLine,
  isHeaderLine,
  isHeaderSentLine,
  isOriginalMessageLine,
  isSentFromLine,
  startsWithQuoteOpener,
} from './languages/pack-lines.js';
import { passesOnForRelative } from './on-behalf.js';
import { isSignOff, signsOffWithName } from './signature-block.js';
import { withoutInvisibles } from './invisible-characters.js';
import { trimLineEnds } from './text-edges.js';

/** Shared by every caller that splits the same mail (see {@link splitVisible}): read only. */
export interface VisibleParts {
  /** New words without quotes and without the signature. */
  readonly body: string;
  /** The signature block(s) that were split off, for weak fallbacks only. */
  readonly signature: string;
  /** The sender's own new words above any forwarded block, without the signature. */
  readonly lead: string;
}

/** Longest line read as an attribution: real ones are a name, a date and an address. */
const MAX_ATTRIBUTION_CHARS = 1_000;
/** A line of a quoted or forwarded header block, in every language of the packs (staff commands stop there too). */
export const HEADER_ANY = { test: (line: string): boolean => isHeaderLine(line) };
/** A forward's subject ("Fw:", "Fwd:", "WG:", "TR:", "PD:", "转发:" ...): Outlook writes the same quote block for replies and forwards. */
export const FORWARD_SUBJECT = { test: (subject: string): boolean => isForwardSubject(subject) };
const SIG_DASHES = /^--\s*$/;

export function visibleText(text: string, subject = '', sender = ''): string {
  return splitVisible(text, subject, sender).body;
}

/** A subject as a reader sees it: no invisible characters inside its words and handles. */
export function visibleSubject(subject: string): string {
  return withoutInvisibles(subject);
}

/** The last mail split and its parts: the decision check, the reader and its rules each ask for the same mail's parts in turn. */
let lastSplit: { text: string; subject: string; sender: string; parts: VisibleParts } | null = null;

/** `sender`: the address the mail comes from, so a forward of the sender's own earlier mail quoted with ">" is read. */
export function splitVisible(text: string, subject = '', sender = ''): VisibleParts {
  if (lastSplit !== null && lastSplit.text === text && lastSplit.subject === subject && lastSplit.sender === sender) return lastSplit.parts;
  const parts = splitAnew(text, subject, sender);
  lastSplit = { text, subject, sender, parts };
  return parts;
}

function splitAnew(text: string, subject: string, sender: string): VisibleParts {
  // Plain and HTML mail both arrive here: the characters a reader does not see leave their words once, for every later rule.
  const lines = withoutInvisibles(text).replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').split('\n');
  const outlookForward = isForwardSubject(subject);
  const segments: string[][] = [[]];
  // After a forward marker: blank lines, then the forwarded header block.
  let skipping: 'no' | 'lead' | 'headers' = 'no';

  // Inside a forward of the sender's own mail quoted with ">": one level of quoting comes off each line.
  let unquoting = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i] ?? '';
    if (unquoting) {
      if (QUOTED.test(line)) line = line.replace(QUOTE_MARK, '');
      else if (line.trim() !== '') unquoting = false;
    }
    const trimmed = line.trim();
    if (skipping !== 'no') {
      if (trimmed === '') {
        if (skipping === 'headers') skipping = 'no';
        continue;
      }
      if (isHeaderLine(line) || (skipping === 'headers' && /^[ \t]/.test(line))) {
        skipping = 'headers';
        continue;
      }
      skipping = 'no';
    }
    // A blank line is none of the markers below: kept without testing each one.
    if (trimmed === '') {
      segments[segments.length - 1]?.push(line);
      continue;
    }
    if (isForwardMarkerLine(trimmed)) {
      unquoting = forwardsOwnQuote(lines, i, sender, segments);
      segments.push([]);
      skipping = 'lead';
      continue;
    }
    const original = isOriginalMessageLine(trimmed);
    if (original && outlookForward) {
      // Outlook forwards with "-----Original Message-----" too; the subject says it is a forward.
      segments.push([]);
      skipping = 'lead';
      continue;
    }
    if (original || isAttribution(lines, i)) break;
    if (isOutlookHeader(lines, i)) {
      if (!outlookForward) break;
      segments.push([]);
      skipping = 'headers';
      continue;
    }
    if (/^\s*>/.test(line)) continue;
    segments[segments.length - 1]?.push(line);
  }

  const bodies: string[] = [];
  const signatures: string[] = [];
  for (const segment of segments) {
    const cut = signatureStart(segment);
    bodies.push(segment.slice(0, cut).join('\n'));
    signatures.push(segment.slice(cut).join('\n'));
  }
  return { body: tidy(bodies.join('\n\n')), signature: tidy(signatures.join('\n\n')), lead: tidy(bodies[0] ?? '') };
}

const QUOTED = /^[ \t]*>/;
const QUOTE_MARK = /^[ \t]*> ?/;
/** Lines read after a forward header for the quoted sender line. */
const FORWARD_HEAD = 4;
/** An address in the quoted sender line: "Anna Berg <anna.berg@icloud.com>". */
const ADDRESS = /[^\s<>"'@,;:]{1,64}@[^\s<>"',;:]{1,255}/;

/**
 * Whether the ">"-quoted block after the forward header at `i` is the sender's own earlier mail:
 * its first quoted line is a sender line ("> From:", "> Från:", "> Von:") naming the sender's
 * address, or the note above it (the words before the header) passes the mail on for a relative.
 */
function forwardsOwnQuote(lines: readonly string[], i: number, sender: string, segments: readonly string[][]): boolean {
  for (let k = i + 1; k <= i + FORWARD_HEAD && k < lines.length; k++) {
    const line = lines[k] ?? '';
    if (line.trim() === '') continue;
    if (!QUOTED.test(line)) return false;
    const header = line.replace(QUOTE_MARK, '');
    if (!isHeaderFromLine(header)) return false;
    const address = ADDRESS.exec(header)?.[0].toLowerCase();
    if (address === undefined) return false;
    if (sender !== '' && address === sender.trim().toLowerCase()) return true;
    return segments.length === 1 && passesOnForRelative((segments[0] ?? []).join('\n'));
  }
  return false;
}

/**
 * A reply's attribution line, in the words of every language of the packs:
 * "Alice wrote:", "… <jan@x.pl> napisał(a):", "… 10:12写道：" end with the verb;
 * "… Ivan <ivan@x.ru>:" ends with the quoted sender's address (when quoted lines follow);
 * "On … wrote:", "Den … skrev Erik <erik@x.se>:", "Anna <anna@x.hu> ezt írta (…):" name the
 * verb inside a line that starts with the language's opener or holds the sender's address
 * in angle brackets, and Gmail may wrap them over two or three lines.
 */
function isAttribution(lines: readonly string[], i: number): boolean {
  const first = (lines[i] ?? '').trim();
  if (first === '' || first.startsWith('>') || first.length > MAX_ATTRIBUTION_CHARS) return false;
  const last = first[first.length - 1];
  if (last === ':' || last === '：') {
    // "Alice wrote:"; a verb written without spaces ("写道") only after a date or an address, since "以下のメール:" is prose.
    const verb = first.length < 200 ? attributionVerbAtEnd(first) : null;
    if (verb && (verb.spaced || /[@\d]/.test(first))) return true;
    if (endsWithQuotedAddress(first) && nextQuoted(lines, i)) return true;
  }
  const opener = startsWithQuoteOpener(first);
  // Without an opener the quoted sender's address starts on the first line (a wrap may carry its end).
  if (!opener && !((first.includes('<') || first.includes('@')) && /\d/.test(first))) return false;
  let joined = first;
  for (let k = 0; k < 3; k++) {
    if ((opener || hasAngledAddress(joined)) && holdsAttributionVerb(joined)) return true;
    const next = (lines[i + k + 1] ?? '').trim();
    if (next === '' || joined.length + next.length > MAX_ATTRIBUTION_CHARS) return false;
    joined = `${joined} ${next}`;
  }
  return false;
}

/** "<alice@example.com>": the way clients write the quoted sender's address. */
function hasAngledAddress(line: string): boolean {
  const at = line.indexOf('@');
  return at > 0 && line.lastIndexOf('<', at) >= 0 && line.indexOf('>', at) > at;
}

/** The next non-empty line is quoted ("> ..."). */
function nextQuoted(lines: readonly string[], i: number): boolean {
  for (let k = i + 1; k <= i + 3 && k < lines.length; k++) {
    const next = (lines[k] ?? '').trim();
    if (next !== '') return next.startsWith('>');
  }
  return false;
}

/**
 * "From: x" followed within a few lines by "Sent:"/"Date:" (optionally after a rule), in any language of the packs;
 * or, as GMX and web.de write it, "Gesendet: …" followed by a "Von:" line holding the quoted sender's address.
 */
function isOutlookHeader(lines: readonly string[], i: number): boolean {
  const first = lines[i] ?? '';
  const fromFirst = isHeaderFromLine(first);
  if (!fromFirst && !isHeaderSentLine(first)) return false;
  for (let k = i + 1; k <= i + 5 && k < lines.length; k++) {
    const next = lines[k] ?? '';
    if (fromFirst ? isHeaderSentLine(next) : isHeaderFromLine(next) && next.includes('@')) return true;
    if (!isHeaderLine(next)) return false;
  }
  return false;
}

/** Index where the signature starts, or the segment length when none is found. */
function signatureStart(segment: readonly string[]): number {
  // Non-empty lines after each index, counted once (a per-line count is quadratic).
  const after: number[] = new Array<number>(segment.length).fill(0);
  for (let i = segment.length - 2; i >= 0; i--) {
    after[i] = (after[i + 1] ?? 0) + ((segment[i + 1] ?? '').trim() !== '' ? 1 : 0);
  }
  let contentSeen = false;
  for (let i = 0; i < segment.length; i++) {
    const line = segment[i] ?? '';
    if (line.trim() === '') continue;
    if (SIG_DASHES.test(line) || /^_{5,}\s*$/.test(line.trim()) || isSentFromLine(line.trim())) return i;
    // Near the end a sign-off ends the words; anywhere, a sign-off over the signer's name does (a company's long signature follows).
    if (contentSeen && ((after[i] ?? 0) <= 8 ? isSignOff(line.trim()) : signsOffWithName(segment, i))) return i;
    contentSeen = true;
  }
  return segment.length;
}

function tidy(s: string): string {
  return trimLineEnds(s).replace(/\n{3,}/g, '\n\n').trim();
}
