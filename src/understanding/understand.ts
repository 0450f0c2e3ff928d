/**
 * What one inbound mail is and what it asks for. The order matters:
 * machines are never answered (so auto-replies go first, even from staff
 * addresses), staff mail is never a request of its own (decisions and
 * forwarded requests are read before this; the rest is `staff_reply`, left to
 * a person), and only then is the mail read as a possible deletion request.
 */
import { isStaffSender } from './staff-address.js';
import { autoReplyReason } from './auto-reply.js';
import { findConfirmationAddress } from './confirmation-address.js';
import { findDeletionWish } from './deletion-intent.js';
import { field, weakest, type Evidence, type FieldEvidence } from './evidence.js';
import { detectLanguageWithRule } from './language.js';
import { findUsernameWithRule } from './instagram-username.js';
import { PICKRTECH_HANDLES, type InboundMail, type MessageKind, type Understanding, type UnderstandOptions } from './types.js';
import { visibleText } from './visible-text.js';

export function understand(mail: InboundMail, opts: UnderstandOptions): Understanding {
  return understandWithEvidence(mail, opts).understanding;
}

/** The understanding and, for each field, the rule that found it. */
export function understandWithEvidence(
  mail: InboundMail,
  opts: UnderstandOptions,
  /** The mail's own words, when the caller reads them for other rules too. */
  visible: () => string = () => visibleText(mail.text ?? '', mail.subject ?? ''),
): { understanding: Understanding; evidence: Evidence } {
  const auto = autoReplyReason(mail);
  if (auto !== null) return nothing('auto_reply', autoRule(auto));

  // Staff mail that is no decision (those are read before) and no forwarded request: never a request of its own.
  if (isStaffSender(mail, opts.staffEmails)) return nothing('staff_reply', field('staff.sender', 'high'));

  const subject = mail.subject ?? '';
  // The signature is left out on purpose: a handle there is a shop's or a brand's as often as the sender's.
  const body = visible();
  const wish = findDeletionWish(body, subject);
  if (wish.statement === null) return nothing('other', field(wish.rule, wish.confidence));

  const ownHandles = opts.ownHandles.length > 0 ? opts.ownHandles : PICKRTECH_HANDLES;
  const found = findUsernameWithRule(body, subject, ownHandles);
  const confirmation = findConfirmationAddress(mail, body, opts.botAddress);
  const language = detectLanguageWithRule(`${subject}\n${body}`);
  const username = found ? field(found.rule, found.confidence) : null;
  const kind = field(wish.rule, wish.confidence);
  const confirmationEvidence = confirmation ? field(confirmation.rule, confirmation.confidence) : null;
  return {
    understanding: {
      kind: found !== null ? 'deletion_request' : 'incomplete_request',
      instagramUsername: found?.handle ?? null,
      confirmationEmail: confirmation?.address ?? null,
      confirmationSource: confirmation?.source ?? null,
      statement: wish.statement,
      missing: found !== null ? [] : ['instagramUsername'],
      language: language.code,
    },
    evidence: {
      kind,
      username,
      confirmation: confirmationEvidence,
      language: language.code ? field(language.rule, language.confidence) : null,
      confidence: weakest(kind.confidence, username?.confidence, confirmationEvidence?.confidence),
    },
  };
}

function autoRule(reason: string): FieldEvidence {
  if (reason === 'subject') return field('auto.subject', 'medium');
  if (reason === 'report') return field('auto.report', 'high');
  if (reason === 'machine-sender' || reason === 'null-return-path') return field('auto.sender', 'high');
  return field('auto.header', 'high');
}

function nothing(kind: MessageKind, why: FieldEvidence): { understanding: Understanding; evidence: Evidence } {
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
    evidence: { kind: why, username: null, confirmation: null, language: null, confidence: why.confidence },
  };
}
