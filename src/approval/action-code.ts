import { timingSafeEqual } from 'node:crypto';
import type { StaffAction, TriageAction } from '../understanding/staff-actions.js';
import { approvalToken } from './approval-token.js';

/**
 * Decision codes: the notification prints one code per command, e.g.
 * `DR-2026-00042-approve-5e1f0c9a7b3d2e4f6a8b0c1d`. The code names the request
 * and the command and carries HMAC(request id, command) under APPROVAL_SECRET,
 * so a staff member who cannot reply in the notification's thread (a new mail,
 * a forward) can still prove which notification they read. A code opens
 * exactly one command of exactly one request. A triage notification prints
 * codes for its own two commands, REQUEST and IGNORE.
 */

/** Every command a code can open. */
export type CodeAction = StaffAction | TriageAction;

const MAC_CHARS = 24;
const CODE = /(?<![\p{L}\p{N}])(DR-\d{4}-\d{5,})-(approve|reject|extend|request|ignore)-([0-9a-f]{24})(?![\p{L}\p{N}])/giu;

export interface FoundCode {
  /** Reference as printed, upper case. */
  reference: string;
  action: CodeAction;
  mac: string;
}

function mac(secret: string, requestId: string, action: CodeAction): string {
  return approvalToken(secret, requestId.toLowerCase(), action).slice(0, MAC_CHARS);
}

export function actionCode(secret: string, requestId: string, reference: string, action: CodeAction): string {
  return `${reference.toUpperCase()}-${action}-${mac(secret, requestId, action)}`;
}

/** Every code written in `text`, in order (at most 20: more is not a person's reply). */
export function findActionCodes(text: string): FoundCode[] {
  const out: FoundCode[] = [];
  for (const m of text.matchAll(CODE)) {
    out.push({ reference: m[1]!.toUpperCase(), action: m[2]!.toLowerCase() as CodeAction, mac: m[3]!.toLowerCase() });
    if (out.length >= 20) break;
  }
  return out;
}

/** `text` with every code removed, so a command line reads the same with or without one. */
export function withoutActionCodes(text: string): string {
  return text.replace(CODE, ' ').replace(/[ \t]{2,}/g, ' ');
}

/** True when `code` was minted for this request (id and reference) and its own command. */
export function verifyActionCode(secret: string, request: { id: string; reference: string }, code: FoundCode): boolean {
  if (code.reference !== request.reference.toUpperCase()) return false;
  const given = Buffer.from(code.mac, 'utf8');
  const expected = Buffer.from(mac(secret, request.id, code.action), 'utf8');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
