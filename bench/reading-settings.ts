// The reading settings the reader-cost measures use: the bot's own domain, staff and handle.
import type { ReadingSettings } from '../src/intake/new-request-candidate.js';
import { BOT_ADDRESS } from '../harness/stack.js';

export const READING_SETTINGS: ReadingSettings = {
  botDomain: 'pickrtech.com',
  approvalSecret: 'bench-secret-bench-secret-bench-secret',
  staffEmails: ['privacy@pickrtech.com'],
  botAddress: BOT_ADDRESS,
  ownHandles: ['pickrtech'],
};
