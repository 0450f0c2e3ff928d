import { mkdtempSync, writeFileSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it, expect, vi, afterEach } from 'vitest';
import { parseFiles } from '../../src/cli/commands/parse.js';
import type { UnderstandOptions } from '../../src/understanding/types.js';
import { REPO_ROOT, runCli } from '../../harness/bot-process.js';

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
      expect(Object.keys(first ?? {})).toEqual(['file', 'kind', 'instagramUsername', 'confirmationEmail', 'confirmationSource', 'statement', 'missing', 'language']);
      expect(first).toEqual({ file: b, kind: 'other', instagramUsername: null, confirmationEmail: null, confirmationSource: null, statement: null, missing: [], language: null });
      expect(second).toMatchObject({ file: a, kind: 'deletion_request', instagramUsername: 'alice.smith', confirmationEmail: 'alice@example.com', confirmationSource: 'sender', missing: [], language: 'en' });
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

const HOSTILE = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));
const KINDS = ['deletion_request', 'incomplete_request', 'auto_reply', 'staff_reply', 'other'];
const hostileFiles = readdirSync(HOSTILE).filter((f) => f.endsWith('.eml')).sort().map((f) => join(HOSTILE, f));

function expectOneValidLinePerFile(lines: string[], files: string[]): void {
  expect(lines).toHaveLength(files.length);
  lines.forEach((line, i) => {
    const row = JSON.parse(line) as { file: string; kind: string; instagramUsername: string | null; missing: unknown };
    expect(row.file).toBe(files[i]);
    expect(KINDS).toContain(row.kind);
    if (row.instagramUsername !== null) expect(row.instagramUsername).toMatch(/^[a-z0-9._]{1,30}$/);
    expect(Array.isArray(row.missing)).toBe(true);
  });
}

describe('parse on hostile mail', { timeout: 120_000 }, () => {
  it('prints one well-formed line for every hostile sample and exits 0', async () => {
    const lines: string[] = [];
    expect(await parseFiles(hostileFiles, opts, (line) => lines.push(line))).toBe(0);
    expectOneValidLinePerFile(lines, hostileFiles);
  });

  it('runs the real command over every hostile sample and a generated 20 MB mail', async () => {
    const dir = tempDir();
    try {
      const big = join(dir, 'big-attachment.eml');
      const attachment = Buffer.alloc(20 * 1024 * 1024, 0x41).toString('base64').replace(/.{76}/g, '$&\r\n');
      writeFileSync(
        big,
        `From: a@example.com\r\nSubject: big\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n` +
          `--b\r\nContent-Type: text/plain\r\n\r\nPlease delete my data. IG: big_one\r\n` +
          `--b\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n${attachment}\r\n--b--\r\n`,
      );
      const huge = join(dir, 'huge-header.eml');
      writeFileSync(huge, `From: a@example.com\nSubject: ${'S'.repeat(1024 * 1024)}\n${'X-Junk: y\n'.repeat(50_000)}\nPlease delete my data. IG: huge_hdr\n`);
      const files = [...hostileFiles, big, huge];
      const r = await runCli(['parse', ...files], {}, { cwd: REPO_ROOT, timeoutMs: 110_000 });
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      const lines = r.stdout.trim().split('\n');
      expectOneValidLinePerFile(lines, files);
      expect(JSON.parse(lines.at(-2) ?? '{}')).toMatchObject({ kind: 'deletion_request', instagramUsername: 'big_one' });
      expect(JSON.parse(lines.at(-1) ?? '{}')).toMatchObject({ kind: 'deletion_request', instagramUsername: 'huge_hdr' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 2 for an unreadable file among hostile ones and still prints the rest', async () => {
    const files = [hostileFiles[0] ?? '', join(HOSTILE, 'no-such.eml'), hostileFiles[1] ?? ''];
    const r = await runCli(['parse', ...files], {}, { cwd: REPO_ROOT });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`deletion-bot parse: cannot read ${files[1]}: no such file\n`);
    expect(r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { file: string }).file)).toEqual([files[0], files[2]]);
  });

  it('explains its output in --help', async () => {
    const r = await runCli(['parse', '--help'], {}, { cwd: REPO_ROOT });
    expect(r.code).toBe(0);
    for (const word of ['instagramUsername', 'confirmationSource', 'incomplete_request', 'Exit status', 'language']) expect(r.stdout).toContain(word);
  });
});
