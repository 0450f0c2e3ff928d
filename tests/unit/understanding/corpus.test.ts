/**
 * Measures the understanding on the labelled corpus in tests/fixtures/mail.
 * The corpus measures general rules; it is not a list of answers to copy.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import { readMail } from '../../../src/mail-in/read-mail.js';
import { understand } from '../../../src/understanding/understand.js';
import type { ConfirmationSource, MessageKind, Understanding, UnderstandOptions } from '../../../src/understanding/types.js';

interface Label {
  kind: MessageKind;
  instagramUsername: string | null;
  confirmationEmail: string | null;
  confirmationSource: ConfirmationSource | null;
}

const dir = fileURLToPath(new URL('../../fixtures/mail/', import.meta.url));
const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Record<string, Label>;
const opts: UnderstandOptions = {
  staffEmails: ['staff@pickrtech.com'],
  botAddress: 'contact@pickrtech.com',
  ownHandles: ['pickrtech'],
};
const FIELDS = ['kind', 'instagramUsername', 'confirmationEmail', 'confirmationSource'] as const;

describe('labelled mail corpus', () => {
  it('labels every .eml file and nothing else', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.eml')).sort();
    expect(Object.keys(labels).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(170);
    for (const [file, label] of Object.entries(labels)) {
      expect(Object.keys(label).sort(), file).toEqual([...FIELDS].sort());
    }
  });

  it('covers the nine languages, each with requests and traps', () => {
    for (const lang of ['it', 'nl', 'tr', 'ja']) {
      const own = Object.entries(labels).filter(([file]) => file.startsWith(`${lang}-`));
      expect(own.length, lang).toBeGreaterThanOrEqual(5);
      expect(own.some(([, l]) => l.kind === 'incomplete_request'), lang).toBe(true);
      expect(own.some(([, l]) => l.kind === 'other'), lang).toBe(true);
      expect(own.some(([, l]) => l.kind === 'auto_reply'), lang).toBe(true);
    }
  });

  it('understands every labelled mail (per-field accuracy 100%)', async () => {
    const results: Array<{ file: string; got: Understanding; want: Label }> = [];
    for (const [file, want] of Object.entries(labels)) {
      const got = understand(await readMail(readFileSync(join(dir, file))), opts);
      results.push({ file, got, want });
    }
    const misses: string[] = [];
    const accuracy: Record<string, string> = {};
    for (const field of FIELDS) {
      const wrong = results.filter((r) => r.got[field] !== r.want[field]);
      accuracy[field] = `${results.length - wrong.length}/${results.length}`;
      for (const r of wrong) misses.push(`${r.file}: ${field} got ${String(r.got[field])} want ${String(r.want[field])}`);
    }
    console.info(`corpus accuracy ${JSON.stringify(accuracy)}`);
    expect(misses).toEqual([]);
  });

  it('keeps the result consistent with its kind', async () => {
    for (const file of Object.keys(labels)) {
      const got = understand(await readMail(readFileSync(join(dir, file))), opts);
      const request = got.kind === 'deletion_request' || got.kind === 'incomplete_request';
      if (!request) expect(got).toMatchObject({ instagramUsername: null, confirmationEmail: null, statement: null, missing: [] });
      if (got.kind === 'deletion_request') expect(got.missing).toEqual([]);
      if (got.kind === 'incomplete_request') expect(got).toMatchObject({ instagramUsername: null, missing: ['instagramUsername'] });
      if (request) expect(got.statement).not.toBeNull();
    }
  });
});
