import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../../harness/bot-process.js';

const root = mkdtempSync(join(tmpdir(), 'corpus-command-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function corpus(name: string, mails: Record<string, string>, labels: unknown): string {
  const dir = join(root, name);
  mkdirSync(dir);
  for (const [file, raw] of Object.entries(mails)) writeFileSync(join(dir, file), raw);
  writeFileSync(join(dir, 'labels.json'), JSON.stringify(labels));
  return dir;
}

const REQUEST = 'From: Alice <alice@example.com>\nSubject: Delete\n\nPlease delete my data. Instagram username: alice.smith\n';
const OTHER = 'From: bob@example.com\nSubject: Invoice\n\nCould you resend the invoice?\n';
const request = { kind: 'deletion_request', instagramUsername: 'alice.smith', confirmationEmail: 'alice@example.com', confirmationSource: 'sender' };
const other = { kind: 'other', instagramUsername: null, confirmationEmail: null, confirmationSource: null };

describe('deletion-bot corpus', () => {
  it('prints per-field accuracy, every miss and the slowest read for each folder', async () => {
    const right = corpus('right', { 'a.eml': REQUEST, 'b.eml': OTHER }, { 'a.eml': request, 'b.eml': other });
    // a.eml's label has another username; b.eml's says request where the mail asks for an invoice (four fields wrong).
    const wrong = corpus('wrong', { 'a.eml': REQUEST, 'b.eml': OTHER, 'c.eml': OTHER }, {
      'a.eml': { ...request, instagramUsername: 'alice.smyth' },
      'b.eml': { ...request },
    });
    const r = await runCli(['corpus', right, wrong], {}, { cwd: REPO_ROOT });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const [first, second] = r.stdout.split(/\n(?=\S)/);
    expect(first).toContain(`${right}: 2 labelled mails`);
    expect(first).toMatch(/^ {2}kind +2\/2 +100\.0%$/m);
    expect(first).toMatch(/^ {2}slowest read +\d+\.\d ms \([ab]\.eml\)$/m);
    expect(first).toContain('misses: none');
    expect(second).toContain(`${wrong}: 2 labelled mails`);
    expect(second).toMatch(/^ {2}kind +1\/2 +50\.0%$/m);
    expect(second).toMatch(/^ {2}instagramUsername +0\/2 +0\.0%$/m);
    expect(second).toMatch(/^ {2}confirmationSource +1\/2 +50\.0%$/m);
    expect(second).toContain('misses (5):');
    expect(second).toContain('    a.eml  instagramUsername: got alice.smith, want alice.smyth');
    expect(second).toContain('    b.eml  kind: got other, want deletion_request');
    expect(second).toContain('    b.eml  confirmationEmail: got null, want alice@example.com');
    expect(second).toContain('  not labelled: c.eml');
    // What the misses cost: b.eml's request would go unanswered, a.eml's would delete another account's data.
    expect(second).toContain('  requests 2: ignored 1, sent to triage 0 (0.0%), read with a wrong handle 1');
    expect(second).toContain('    ignored: b.eml');
    expect(second).toContain('    wrong handle: a.eml');
  });

  it('exits 2 naming a folder without labels, or a labelled file that is missing, and still scores the rest', async () => {
    const good = corpus('good', { 'a.eml': REQUEST }, { 'a.eml': request });
    const missing = corpus('missing', {}, { 'gone.eml': other });
    const r = await runCli(['corpus', join(root, 'nowhere'), missing, good], {}, { cwd: REPO_ROOT });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`deletion-bot corpus: cannot read ${join(root, 'nowhere')}:`);
    expect(r.stderr).toContain(`deletion-bot corpus: ${missing}: labelled file gone.eml cannot be read`);
    expect(r.stdout).toContain(`${good}: 1 labelled mails`);
  });

  it('exits 2 for labels without the four fields', async () => {
    const bad = corpus('bad', { 'a.eml': REQUEST }, { 'a.eml': { kind: 'other' } });
    const r = await runCli(['corpus', bad], {}, { cwd: REPO_ROOT });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a.eml: label keys are kind');
  });

  it('explains itself in --help', async () => {
    const r = await runCli(['corpus', '--help'], {}, { cwd: REPO_ROOT });
    expect(r.code).toBe(0);
    for (const word of ['labels.json', 'slowest read', 'Exit status', '100 ms']) expect(r.stdout).toContain(word);
  });
});
