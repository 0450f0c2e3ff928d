import { describe, expect, it } from 'vitest';
import { longDate } from '../../src/mail-out/templates/completion.js';

/** The completion mail's date, in the requester's language (formatters are kept per language). */
describe('longDate', () => {
  const day = new Date('2026-03-02T23:30:00Z');

  it('writes the day in each language, in UTC, the same on every call', () => {
    expect(longDate(day, 'en')).toBe('March 2, 2026');
    expect(longDate(day, 'de')).toBe('2. März 2026');
    expect(longDate(day, 'fr')).toBe('2 mars 2026');
    expect(longDate(day, 'en')).toBe('March 2, 2026');
    expect(longDate(new Date('2026-12-31T00:00:00Z'), 'de')).toBe('31. Dezember 2026');
  });

  it('falls back to the ISO date for a tag Intl refuses, every time', () => {
    expect(longDate(day, 'not a language!')).toBe('2026-03-02');
    expect(longDate(day, 'not a language!')).toBe('2026-03-02');
  });
});
