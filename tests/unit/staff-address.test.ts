import { describe, expect, it } from 'vitest';
import { readMail } from '../../src/mail-in/read-mail.js';
import { understand } from '../../src/understanding/understand.js';
import { foldAddress, isStaffSender } from '../../src/understanding/staff-address.js';

const opts = { staffEmails: ['kate@pickrtech.com'], botAddress: 'contact@pickrtech.com', ownHandles: [] };
const mailFrom = (from: string) => readMail(Buffer.from(
  `From: ${from}\r\nTo: contact@pickrtech.com\r\nSubject: hello\r\nMessage-ID: <m1@example.com>\r\n\r\n` +
  'Please delete my Instagram data. My username is @kate.k\r\n', 'utf8'));

describe('staff addresses and look-alikes', () => {
  it('a Kelvin sign (U+212A) in place of K is not the staff address', async () => {
    const mail = await mailFrom('Kate <\u212Aate@pickrtech.com>');
    expect(isStaffSender(mail, opts.staffEmails)).toBe(false);
    expect(understand(mail, opts).kind).toBe('deletion_request');
  });

  it('the staff address in any ASCII case is staff', async () => {
    const mail = await mailFrom('Kate <KATE@PickrTech.com>');
    expect(isStaffSender(mail, opts.staffEmails)).toBe(true);
    expect(understand(mail, opts).kind).toBe('staff_reply');
  });

  it('folds case without turning non-ASCII into ASCII', () => {
    expect(foldAddress('\u212Aate@X.com')).toBe('\u212Aate@x.com');
    expect(foldAddress('\u0130lker@x.com')).toBe('\u0130lker@x.com');
    expect(foldAddress('ÉLODIE@x.com')).toBe('élodie@x.com');
  });
});
