/**
 * A vendor's pitch is told by which word lists a mail holds together: automation sold, or
 * compliance services offered, and then a demo, a call of so many minutes, or a discount in percent.
 * One list alone, or a list without its partner, is no pitch.
 */
import { describe, expect, it } from 'vitest';
import { isVendorPitch } from '../../../src/understanding/not-a-request.js';

describe('a vendor pitch in the words of any pack', () => {
  it('reads automation with a demo, or with a call of so many minutes, as a pitch', () => {
    expect(isVendorPitch('Nasza platforma automatyzuje usuwanie danych. Zapraszamy na demo.')).toBe(true);
    expect(isVendorPitch('Автоматизируем удаление данных. 15 минут на созвон?')).toBe(true);
  });

  it('reads automation alone, or a call without its minutes, as no pitch', () => {
    expect(isVendorPitch('Nasza platforma automatyzuje usuwanie danych.')).toBe(false);
    expect(isVendorPitch('Автоматизируем удаление данных. Созвон на неделе?')).toBe(false);
    expect(isVendorPitch('Автоматизируем удаление данных. 15 минут назад.')).toBe(false);
  });

  it('reads compliance services offered with a discount in percent as a pitch, and either half alone as none', () => {
    expect(isVendorPitch('Oferim servicii de conformitate GDPR: audit, DPO. 30% reducere luna aceasta.')).toBe(true);
    expect(isVendorPitch('Oferim servicii de conformitate GDPR: audit, DPO. O reducere luna aceasta.')).toBe(false);
    expect(isVendorPitch('Oferim servicii de curățenie. 30% reducere luna aceasta.')).toBe(false);
    expect(isVendorPitch('Audit GDPR, DPO extern. 30% reducere, demo gratuit.')).toBe(false);
  });

  it('reads the officer only as a whole word', () => {
    expect(isVendorPitch('We offer an outsourced DPO. Book a demo.')).toBe(true);
    expect(isVendorPitch('We offer dpox tooling. Book a demo.')).toBe(false);
  });
});
