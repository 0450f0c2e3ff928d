import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, runCli } from '../../harness/bot-process.js';

const dir = mkdtempSync(join(tmpdir(), 'parse-explain-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, raw: string): string {
  const path = join(dir, name);
  writeFileSync(path, raw);
  return path;
}

describe('parse --explain', () => {
  it('prints, under each JSON line, the rule behind kind, username, confirmation address and language', async () => {
    const request = file('request.eml', 'From: Alice <alice@example.com>\nReply-To: inbox@example.org\nSubject: Hello\n\nBitte löschen Sie alle meine Daten.\nBenutzername: anna.berg_\n');
    const vacation = file('vacation.eml', 'From: bob@example.com\nAuto-Submitted: auto-replied\nSubject: Away\n\nI am away.\n');
    const r = await runCli(['parse', '--explain', request, vacation], {}, { cwd: REPO_ROOT });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ file: request, kind: 'deletion_request', instagramUsername: 'anna.berg_', language: 'de' });
    expect(lines[1]).toMatch(/^ {2}kind +deletion_request +a sentence pairs a deletion verb .* \[wish\.sentence, high\]$/);
    expect(lines[2]).toMatch(/^ {2}username +anna\.berg_ +a labelled line .* \[username\.labelled-line, high\]$/);
    expect(lines[3]).toMatch(/^ {2}confirmation +inbox@example\.org \(reply_to\) +.*\[confirmation\.reply-to, high\]$/);
    expect(lines[4]).toMatch(/^ {2}language +de +.*\[language\.\w+, (?:high|medium)\]$/);
    expect(lines[5]).toBe('  confidence    high');
    expect(JSON.parse(lines[6] ?? '')).toMatchObject({ file: vacation, kind: 'auto_reply' });
    expect(lines[7]).toMatch(/^ {2}kind +auto_reply +a header only machines set .*\[auto\.header, high\]$/);
    expect(lines[8]).toBe('  confidence    high');
    expect(lines).toHaveLength(9);
  });

  it('says when no rule found a username', async () => {
    const incomplete = file('incomplete.eml', 'From: carla@example.com\nSubject: Data deletion\n\nPlease erase all my data.\n');
    const r = await runCli(['parse', '--explain', incomplete], {}, { cwd: REPO_ROOT });
    expect(r.stdout).toMatch(/^ {2}username +\(none: ask for it\) +no rule found a possible username$/m);
    expect(r.stdout).toMatch(/^ {2}confirmation +carla@example\.com \(sender\) +.*\[confirmation\.sender, high\]$/m);
  });

  it('prints a possible request\'s handle and address, and each reason the reader is unsure', async () => {
    const possible = file('possible.eml', 'From: ola@example.com\nSubject: Pytanie\n\nChcę wiedzieć, czy usuniecie moje konto. Instagram: @ola.nowak\n');
    const r = await runCli(['parse', '--explain', possible], {}, { cwd: REPO_ROOT });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ kind: 'possible_request', instagramUsername: 'ola.nowak', confirmationEmail: 'ola@example.com', language: 'pl' });
    expect(lines[1]).toMatch(/^ {2}kind +possible_request +signs of a request .*\[possible\.signs, low\]$/);
    expect(lines[2]).toMatch(/^ {2}username +ola\.nowak /);
    expect(r.stdout).toMatch(/^ {2}doubt +a sentence with a deletion word .* but no sentence read as asking for deletion$/m);
    expect(r.stdout).toMatch(/^ {2}doubt +a Polish question word \('czy'\) in the sentence about deletion$/m);
    expect(r.stdout).toMatch(/^ {2}doubt +written in Polish, which has no hand-written rules: only its words were read$/m);
  });

  it('leaves the plain output unchanged without the flag', async () => {
    const request = file('plain.eml', 'From: alice@example.com\nSubject: x\n\nPlease delete my data. IG: dora_k\n');
    const r = await runCli(['parse', request], {}, { cwd: REPO_ROOT });
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(1);
  });
});
