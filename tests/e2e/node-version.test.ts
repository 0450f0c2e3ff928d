import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BOT_BIN } from '../../harness/bot-process.js';

/** The bot needs Node 24: an older node is refused before anything runs, with one line. */

/** A node below 24 installed on this machine (Debian 12's is 18, this image's 20), or null. */
function oldNode(): { path: string; version: string } | null {
  for (const path of ['/usr/bin/node', '/usr/local/bin/node']) {
    if (!existsSync(path)) continue;
    const version = execFileSync(path, ['--version'], { encoding: 'utf8' }).trim().replace(/^v/, '');
    if (Number(version.split('.')[0]) < 24) return { path, version };
  }
  return null;
}

const old = oldNode();

describe('the Node version', () => {
  it.runIf(old)('a node below 24 is refused with one line and exit code 1, for every command', () => {
    for (const args of [['start'], ['--help']]) {
      const r = spawnSync(old!.path, [BOT_BIN, ...args], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin' }, timeout: 30_000 });
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        `deletion-bot: needs Node.js 24 or later, and this is Node.js ${old!.version} (${old!.path}): install Node.js 24 and run deletion-bot with it\n`,
      );
    }
  });
});
