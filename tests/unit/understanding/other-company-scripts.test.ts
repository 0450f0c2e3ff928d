/**
 * Another company's account, named in the script of the mail and with the prefixes of its
 * language ("फेसबुक", "الفيسبوك", "بالواتساب", "בפייסבוק", "واتساپ"), and a "please delete it"
 * after it that names nothing else ("Tolong dibantu hapusin"): the mail asks about that
 * company's account, not our data. It is `other`; a mail that also names our data is read.
 */
import { describe, expect, it } from 'vitest';
import { understandWithEvidence } from '../../../src/understanding/understand.js';
import { personMail, READER_OPTS } from '../../support/person-mail.js';

const read = (text: string, subject = 'Hello') => understandWithEvidence(personMail(text, subject), READER_OPTS);

describe("another company's account, in the mail's script", () => {
  const OTHER: Array<[string, string]> = [
    ['hi', 'मुझे अपना फेसबुक अकाउंट डिलीट करना है। आप ही हटा दीजिए।'],
    ['hi', 'मेरा व्हाट्सएप अकाउंट हटाना है, कृपया मदद करें।'],
    ['ar', 'أريد حذف حسابي في الفيسبوك نهائياً.'],
    ['ar', 'ابغى امسح حسابي بالواتساب، ساعدوني.'],
    ['he', 'אני רוצה למחוק את החשבון שלי בפייסבוק.'],
    ['fa', 'می‌خواهم حساب واتساپم را حذف کنم.'],
    ['id', 'Saya mau hapus akun Facebook saya yang lama. Tolong dibantu hapusin ya.'],
    ['ru', 'Хочу удалить свой аккаунт в Фейсбуке. Помогите удалить, пожалуйста.'],
  ];
  for (const [lang, text] of OTHER) {
    it(`${lang}: ${text.slice(0, 30)}`, () => {
      const { understanding: u, evidence: e } = read(text);
      expect(u.kind).toBe('other');
      expect(e.kind.rule).toBe('other.other-company');
    });
  }

  const OURS: Array<[string, string]> = [
    ['id', 'Saya sudah hapus akun Facebook. Sekarang tolong hapus data saya dari aplikasi kalian. Instagram: @lina.b_3'],
    ['hi', 'मैंने फेसबुक अकाउंट हटा दिया। अब कृपया मेरा सारा डेटा भी हटा दीजिए। Instagram: @lina.b_3'],
  ];
  for (const [lang, text] of OURS) {
    it(`${lang}: a request naming our data too is read`, () => {
      expect(read(text).understanding.kind).not.toBe('other');
    });
  }
});
