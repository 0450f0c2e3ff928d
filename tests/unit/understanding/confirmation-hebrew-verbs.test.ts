/**
 * Hebrew writes its verbs with their prefixes ("לאשר" to confirm, "ולעדכן" and to update,
 * "להודיע" to let know): asked for before an address with its target word ("לכתובת"), that
 * address is where to confirm, as "potwierdzenie na adres x" is in Polish.
 */
import { describe, expect, it } from 'vitest';
import { findConfirmationAddress } from '../../../src/understanding/confirmation-address.js';
import type { InboundMail } from '../../../src/understanding/types.js';

const mail = { from: { address: 'office@example.co.il', name: '' }, replyTo: [] } as unknown as InboundMail;

describe('Hebrew verbs of confirmation with their prefixes', () => {
  const ASKED: string[] = [
    'נא לאשר את המחיקה לכתובת dana.k@example.co.il',
    'אבקש לעדכן אותי בסיום לכתובת dana.k@example.co.il',
    'ולהודיע לי כשזה נעשה לכתובת dana.k@example.co.il',
    'תאשרו בבקשה לכתובת dana.k@example.co.il',
  ];
  for (const text of ASKED) {
    it(text, () => {
      expect(findConfirmationAddress(mail, text, 'contact@pickrtech.com')).toMatchObject({ address: 'dana.k@example.co.il', source: 'explicit' });
    });
  }

  it('an address named without asking stays the sender', () => {
    expect(findConfirmationAddress(mail, 'עבדתי פעם בחברה ששלחה לכתובת dana.k@example.co.il', 'contact@pickrtech.com')?.source).toBe('sender');
  });
});
