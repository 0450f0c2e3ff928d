import { describe, expect, it } from 'vitest';
import { readMail } from '../../src/mail-in/read-mail.js';
import { readingOf } from '../../src/intake/new-request-candidate.js';

const base = {
  botDomain: 'pickrtech.com', approvalSecret: 'x'.repeat(32), staffEmails: ['staff@pickrtech.com'],
  botAddress: 'contact@pickrtech.com', ownHandles: ['pickrtech'],
};
const forward = (authResults: string | null) => readMail(Buffer.from(
  'From: Staff <staff@pickrtech.com>\r\nTo: contact@pickrtech.com\r\nSubject: Fwd: Delete my data\r\nMessage-ID: <f1@pickrtech.com>\r\n' +
  (authResults ? `Authentication-Results: ${authResults}\r\n` : '') + '\r\n' +
  '---------- Forwarded message ---------\r\nFrom: Erin <erin@example.com>\r\nSubject: Delete my data\r\n\r\n' +
  'Please delete my Instagram-related app data. My Instagram username is @erin.e\r\n', 'utf8'));

describe('a request staff forward', () => {
  it('is read as the original sender\'s request', async () => {
    const r = readingOf(base, await forward(null));
    expect(r.forwarded?.from?.address).toBe('erin@example.com');
    expect(r.understood?.understanding).toMatchObject({ kind: 'deletion_request', instagramUsername: 'erin.e' });
  });

  it('under STAFF_REQUIRE_DMARC counts only when the staff mail passes it', async () => {
    const s = { ...base, staffRequireDmarc: true, trustedAuthservId: 'mx.pickrtech.com' };
    expect(readingOf(s, await forward(null)).forwarded).toBeUndefined();
    expect(readingOf(s, await forward('mx.pickrtech.com; dmarc=fail header.from=pickrtech.com')).forwarded).toBeUndefined();
    expect(readingOf(s, await forward('mx.pickrtech.com; dmarc=pass header.from=pickrtech.com')).forwarded?.from?.address).toBe('erin@example.com');
  });
});
