import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, expect, vi, afterEach } from 'vitest';
import { parseFiles } from '../../src/cli/commands/parse.js';
import type { UnderstandOptions } from '../../src/understanding/types.js';

const opts: UnderstandOptions = { staffEmails: ['staff@pickrtech.com'], botAddress: 'contact@pickrtech.com', ownHandles: ['pickrtech'] };
const request = 'From: Alice <alice@example.com>\nSubject: Delete\n\nPlease delete my data. Instagram username: alice.smith\n';
const other = 'From: bob@example.com\nSubject: Invoice\n\nCould you resend the invoice?\n';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'parse-command-'));
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('parseFiles', () => {
  it('writes one JSON line per file, in argument order, with fixed keys', async () => {
    const dir = tempDir();
    try {
      const a = join(dir, 'a.eml');
      const b = join(dir, 'b.eml');
      writeFileSync(a, request);
      writeFileSync(b, other);
      const lines: string[] = [];
      const code = await parseFiles([b, a], opts, (line) => lines.push(line));
      expect(code).toBe(0);
      expect(lines).toHaveLength(2);
      const [first, second] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(Object.keys(first ?? {})).toEqual(['file', 'kind', 'instagramUsername', 'confirmationEmail', 'confirmationSource', 'statement', 'missing']);
      expect(first).toEqual({ file: b, kind: 'other', instagramUsername: null, confirmationEmail: null, confirmationSource: null, statement: null, missing: [] });
      expect(second).toMatchObject({ file: a, kind: 'deletion_request', instagramUsername: 'alice.smith', confirmationEmail: 'alice@example.com', confirmationSource: 'sender', missing: [] });
      expect(lines.every((l) => !l.includes('\n'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('returns 2 for an unreadable file, reports it on stderr, and still prints the others', async () => {
    const dir = tempDir();
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const a = join(dir, 'a.eml');
      const missing = join(dir, 'missing.eml');
      const b = join(dir, 'b.eml');
      writeFileSync(a, request);
      writeFileSync(b, other);
      const lines: string[] = [];
      const code = await parseFiles([a, missing, b, dir], opts, (line) => lines.push(line));
      expect(code).toBe(2);
      expect(lines.map((l) => (JSON.parse(l) as { file: string }).file)).toEqual([a, b]);
      const messages = stderr.mock.calls.map((c) => String(c[0]));
      expect(messages).toEqual([
        `deletion-bot parse: cannot read ${missing}: no such file\n`,
        `deletion-bot parse: cannot read ${dir}: is a directory\n`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('returns 0 for mail that makes no sense', async () => {
    const dir = tempDir();
    try {
      const junk = join(dir, 'junk.eml');
      writeFileSync(junk, Buffer.from([0, 1, 2, 255, 254, 10, 13, 0]));
      const lines: string[] = [];
      expect(await parseFiles([junk], opts, (line) => lines.push(line))).toBe(0);
      expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ file: junk, kind: 'other' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('returns 0 and prints nothing for no files', async () => {
    const lines: string[] = [];
    expect(await parseFiles([], opts, (line) => lines.push(line))).toBe(0);
    expect(lines).toEqual([]);
  });
});
