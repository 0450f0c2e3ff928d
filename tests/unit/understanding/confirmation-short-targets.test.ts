/**
 * An address the person asks the outcome to be sent to, written the short way of the language:
 * Hebrew joins "to" to the next word as a prefix and writes "ל-" before a Latin address ("נא לשלוח
 * את האישור ל- x"); Chinese says "tell me" ("告诉我一声") and "send it to" ("发到 x") in one breath.
 * Such an address is where to confirm, not the From address.
 */
import { describe, expect, it } from 'vitest';
import { findConfirmationAddress } from '../../../src/understanding/confirmation-address.js';
import type { InboundMail } from '../../../src/understanding/types.js';

const mail = { from: { address: 'office@example.com', name: '' }, replyTo: [] } as unknown as InboundMail;
const read = (text: string) => findConfirmationAddress(mail, text, 'contact@pickrtech.com');

describe('an address asked for with a short target word', () => {
  const ASKED: [string, string][] = [
    ['את האישור נא לשלוח ל-miri.levi@example.co.il תודה', 'miri.levi@example.co.il'],
    ['אשמח שתשלחו את התשובה ל: miri.levi@example.co.il', 'miri.levi@example.co.il'],
    ['כשתסיימו תעדכנו אותי ל- miri.levi@example.co.il בבקשה', 'miri.levi@example.co.il'],
    ['弄完了发个邮件告诉我，发到 wang.lei@example.cn 就行', 'wang.lei@example.cn'],
    ['删好了告诉我一声，发到 wang.lei@example.cn', 'wang.lei@example.cn'],
    ['處理完告訴我，寄到 wang.lei@example.cn 就好', 'wang.lei@example.cn'],
  ];
  for (const [text, address] of ASKED) {
    it(text, () => {
      expect(read(text)).toMatchObject({ address, source: 'explicit' });
    });
  }

  it('an address named as an old one stays the sender', () => {
    expect(read('我以前用过 wang.lei@example.cn 这个邮箱')?.source).toBe('sender');
    expect(read('הכתובת הישנה שלי ל- miri.levi@example.co.il')?.source).toBe('sender');
  });
});
