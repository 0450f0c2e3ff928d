import { describe, expect, it } from 'vitest';
import { notificationMessageId } from '../../src/approval/approval-token.js';
import { readingOf } from '../../src/intake/new-request-candidate.js';
import { quietMail } from '../../src/intake/quiet-mail.js';
import { routeMail } from '../../src/intake/route-mail.js';
import { readMail } from '../../src/mail-in/read-mail.js';

/** Which mails a group records in one statement, and which go through the one-at-a-time handling. */

const settings = {
  botDomain: 'pickrtech.com',
  approvalSecret: 's'.repeat(40),
  staffEmails: ['ops@pickrtech.com'],
  botAddress: 'contact@pickrtech.com',
  ownHandles: ['pickrtech'],
};
const REQUEST_ID = '0b6f3f9e-4a8e-4c1e-9d8e-3f1f1f1f1f1f';

async function quiet(headers: Record<string, string>, text: string) {
  const head = { From: 'Sam <sam@example.com>', To: 'contact@pickrtech.com', Subject: 'Hello', 'Message-ID': '<m1@example.com>', Date: 'Sat, 28 Nov 2026 09:00:00 +0000', ...headers };
  const raw = Buffer.from(`${Object.entries(head).map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n\r\n${text}\r\n`);
  const mail = await readMail(raw);
  return quietMail('id-1', routeMail(mail, readingOf(settings, mail)));
}

describe('quiet mail', () => {
  it('a newsletter is recorded as other, and could be a copy of the sender’s earlier mail', async () => {
    expect(await quiet({ From: 'News <news@example.org>', Subject: 'Scheduling tips #4' }, 'This week: tips and release notes.'))
      .toEqual({ id: 'id-1', kind: 'other', resentFrom: 'news@example.org' });
  });

  it('an auto-reply is recorded as one and never counted as resent', async () => {
    expect(await quiet({ 'Auto-Submitted': 'auto-replied', Subject: 'Out of office' }, 'I am away until Monday.'))
      .toEqual({ id: 'id-1', kind: 'auto_reply', resentFrom: null });
  });

  it('the bot’s own mail coming back is own_mail', async () => {
    expect(await quiet({ 'Message-ID': '<dr-acknowledgment.123@pickrtech.com>' }, 'Your request DR-2026-00001 was received.'))
      .toEqual({ id: 'id-1', kind: 'own_mail', resentFrom: null });
  });

  it('a request, complete or not, goes the single way', async () => {
    expect(await quiet({ Subject: 'Delete my data' }, 'Please delete my Instagram data. My username is @sam.k')).toBeNull();
    expect(await quiet({ Subject: 'Delete my data' }, 'Please delete all my Instagram data you hold.')).toBeNull();
  });

  it('a mail in a thread or naming a reference could answer a request waiting for its username: the single way', async () => {
    expect(await quiet({ 'In-Reply-To': '<dr-needs_info.9@pickrtech.com>', 'Message-ID': '<m2@example.com>' }, 'it is sam.k')).toBeNull();
    expect(await quiet({ References: '<x@example.com>' }, 'See below.')).toBeNull();
    expect(await quiet({ Subject: 'Re: DR-2026-00042' }, 'Thanks.')).toBeNull();
  });

  it('a decision attempt goes the single way, whoever sent it', async () => {
    const notice = notificationMessageId(settings.approvalSecret, REQUEST_ID, 'pickrtech.com');
    expect(await quiet({ From: 'ops@pickrtech.com', 'In-Reply-To': `<${notice}>` }, 'APPROVE')).toBeNull();
    expect(await quiet({ Subject: 'DR-2026-00042' }, 'APPROVE')).toBeNull();
  });

  it('a staff member’s plain mail is recorded as a staff reply', async () => {
    expect(await quiet({ From: 'ops@pickrtech.com', Subject: 'Lunch' }, 'Lunch at noon?'))
      .toEqual({ id: 'id-1', kind: 'staff_reply', resentFrom: 'ops@pickrtech.com' });
  });
});
