import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../harness/bot-process.js';

/** `npm run demo` as a newcomer runs it: its own servers, no configuration, the whole flow printed. */

function runDemo(): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn('npm', ['run', '--silent', 'demo'], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const timer = setTimeout(() => child.kill('SIGKILL'), 240_000);
  return new Promise((resolve) => child.once('close', (code) => {
    clearTimeout(timer);
    resolve({ code, stdout, stderr });
  }));
}

describe('npm run demo', () => {
  it('is the CLI command `deletion-bot demo`', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.demo).toBe('node bin/deletion-bot.mjs demo');
  });

  it('prints every step in order, the rows deleted per table and the completion mail, then stops with status 0', async () => {
    const r = await runDemo();
    expect(r.code, r.stderr).toBe(0);
    const steps = [
      /demo data seeded: Seeded 4 demo Instagram account/,
      /bot started/,
      /requester alice@example\.com sent a deletion request for @sunny\.days over SMTP/,
      /bot: (DR-\d{4}-\d{5}) received new -> received/,
      /acknowledged: alice@example\.com received "\[DR-\d{4}-\d{5}\] We received your data deletion request"/,
      /staff notified: staff@pickrtech\.com received "\[DR-\d{4}-\d{5}\] Deletion request waiting for approval"/,
      /approved: staff@pickrtech\.com replied APPROVE/,
      /bot: DR-\d{4}-\d{5} approved awaiting_approval -> approved \(by staff@pickrtech\.com\)/,
      /bot: DR-\d{4}-\d{5} deleted deleting -> completed/,
      /ig_accounts\s+delete\s+1 row\(s\)/,
      /completion delivered to alice@example\.com/,
      /----- completion mail -----/,
      /stopping everything \(bot exited with status 0\)/,
      /demo done/,
    ];
    let at = 0;
    for (const s of steps) {
      const m = s.exec(r.stdout.slice(at));
      expect(m, `step ${s} after offset ${at} in:\n${r.stdout}`).not.toBeNull();
      at += m!.index + m![0].length;
    }
    expect(r.stdout).toMatch(/ig_access_tokens\s+delete\s+2 row\(s\)/);
    expect(r.stdout).toMatch(/ig_publishing_logs\s+redact\s+2 row\(s\)/);
    const mail = r.stdout.slice(r.stdout.indexOf('----- completion mail -----'), r.stdout.indexOf('----- end -----'));
    expect(mail).toMatch(/^Subject: \[DR-\d{4}-\d{5}\] Your Instagram data has been deleted$/m);
    expect(mail).toContain('We have deleted the Instagram-related data that PickrTech held for @sunny.days.');
    expect(mail).toContain('publishing logs: 3 deleted');
  }, 300_000);
});
