/**
 * What one inbound mail is and what it asks for. The order matters:
 * machines are never answered (so auto-replies go first, even from staff
 * addresses), staff replies are decisions rather than requests, and only then
 * is the mail read as a possible deletion request.
 */
import { isAutoReply } from './auto-reply.js';
import { findConfirmationAddress } from './confirmation-address.js';
import { findDeletionStatement } from './deletion-intent.js';
import { detectLanguage } from './language.js';
import { findInstagramUsername } from './instagram-username.js';
import { PICKRTECH_HANDLES, type InboundMail, type MessageKind, type Understanding, type UnderstandOptions } from './types.js';
import { splitVisible } from './visible-text.js';

export function understand(mail: InboundMail, opts: UnderstandOptions): Understanding {
  if (isAutoReply(mail)) return nothing('auto_reply');

  const from = mail.from?.address.toLowerCase() ?? '';
  if (from !== '' && opts.staffEmails.some((s) => s.toLowerCase() === from)) return nothing('staff_reply');

  const subject = mail.subject ?? '';
  // The signature is left out on purpose: a handle there is a shop's or a brand's as often as the sender's.
  const { body } = splitVisible(mail.text ?? '', subject);
  const statement = findDeletionStatement(body, subject);
  if (statement === null) return nothing('other');

  const ownHandles = opts.ownHandles.length > 0 ? opts.ownHandles : PICKRTECH_HANDLES;
  const username = findInstagramUsername(body, subject, ownHandles);
  const confirmation = findConfirmationAddress(mail, body, opts.botAddress);
  return {
    kind: username !== null ? 'deletion_request' : 'incomplete_request',
    instagramUsername: username,
    confirmationEmail: confirmation?.address ?? null,
    confirmationSource: confirmation?.source ?? null,
    statement,
    missing: username !== null ? [] : ['instagramUsername'],
    language: detectLanguage(`${subject}\n${body}`),
  };
}

function nothing(kind: MessageKind): Understanding {
  return {
    kind,
    instagramUsername: null,
    confirmationEmail: null,
    confirmationSource: null,
    statement: null,
    missing: [],
    language: null,
  };
}
