import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../harness/bot-process.js';
import { whichBinary } from '../../harness/system.js';

/**
 * `npm run demo:packages` installs, with one command, every system package `npm run demo`
 * needs: each package the demo's own servers (harness/: Postgres, Redis, Dovecot) name in
 * their "install ..." error is on the script's list, and each name on it is a real package.
 */

function run(file: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(file, args, { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }));
  });
}

/** The packages a harness file tells the reader to install when its server's binary is missing. */
function packagesNamedBy(file: string): string[] {
  const text = readFileSync(join(REPO_ROOT, 'harness', file), 'utf8');
  return [...text.matchAll(/apt-get install -y ([a-z0-9.+ -]+)\)/g)].flatMap((m) => m[1]!.trim().split(' '));
}

describe('npm run demo:packages', () => {
  it('is the one command package.json names for it', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts['demo:packages']).toBe('bash scripts/install-demo-packages.sh');
  });

  it('lists every package the demo\'s Postgres, Redis and Dovecot ask for', async () => {
    const listed = await run('bash', ['scripts/install-demo-packages.sh', '--list']);
    expect(listed.code, listed.stderr).toBe(0);
    const packages = listed.stdout.trim().split('\n');
    const needed = ['pg-cluster.ts', 'redis-server.ts', 'dovecot.ts'].flatMap(packagesNamedBy);
    expect(needed).toEqual(expect.arrayContaining(['postgresql', 'redis-server', 'dovecot-imapd', 'dovecot-lmtpd']));
    expect(packages).toEqual(expect.arrayContaining(needed));
  });

  it.runIf(whichBinary('apt-cache'))('names only packages the distribution has', async () => {
    const packages = (await run('bash', ['scripts/install-demo-packages.sh', '--list'])).stdout.trim().split('\n');
    for (const p of packages) expect((await run('apt-cache', ['show', '--no-all-versions', p])).code, p).toBe(0);
  });
});
