// The request every template test renders: one place for its facts and the shipped templates.
import { loadDeletionPlan } from '../../src/deletion/deletion-plan.js';
import { loadCheckedMailTemplates } from '../../src/mail-out/check-mail-templates.js';
import { DEFAULT_MAIL_TEMPLATES_DIR } from '../../src/mail-out/mail-templates.js';
import type { RequestFacts } from '../../src/mail-out/templates/rendered-mail.js';

export const sampleFacts: RequestFacts = {
  reference: 'DR-2026-00042',
  receivedAt: new Date('2026-11-28T10:00:00Z'),
  dueAt: new Date('2026-12-28T10:00:00Z'),
  statement: 'Please delete all my Instagram data.',
  instagramUsername: 'sunny.days',
  senderEmail: 'alice@example.com',
  confirmationEmail: 'confirm@example.net',
};

export const shippedPlan = loadDeletionPlan();

/** The templates in templates/mail as shipped, checked as the bot checks them at start. */
export const shippedTemplates = loadCheckedMailTemplates(DEFAULT_MAIL_TEMPLATES_DIR, shippedPlan);
