import { languageFor, renderMail, type MailTemplates } from '../mail-templates.js';
import type { RenderedMail } from './rendered-mail.js';

/**
 * Sent when a mail asks again for an account that already has an open request:
 * the mail joins that request and the sender learns its reference. It says
 * nothing about who sent the first request or where its confirmation goes,
 * because the second sender may be someone else; so its view holds only the
 * reference and the username the sender named themselves.
 */

/** The placeholders of the duplicate-notice templates (documented in docs/TEMPLATES.md). */
export interface DuplicateNoticeView {
  /** Reference of the open request the mail joined. */
  reference: string;
  /** Instagram username without '@'. */
  username: string;
}

export const DUPLICATE_NOTICE_SAMPLES: DuplicateNoticeView[] = [{ reference: 'DR-2026-00001', username: 'sample.user' }];

/** `language`: the language the joining mail was written in (the sender may not be the first requester). */
export function renderDuplicateNotice(t: MailTemplates, r: { reference: string; instagramUsername: string }, language: string | null): RenderedMail {
  const view: DuplicateNoticeView = { reference: r.reference, username: r.instagramUsername };
  return renderMail(t, 'duplicate-notice', languageFor(t, 'duplicate-notice', language), view);
}
