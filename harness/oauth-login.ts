// Runs `deletion-bot oauth login --provider microsoft` as an operator would, and signs in at
// the harness's authorization server when it shows the device code (what the person does in
// the browser).
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { BOT_BIN } from './bot-process.js';
import type { OAuthServer } from './oauth-server.js';

export interface LoginResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The user code in the device-code message ("... enter the code ABCD1234 to authenticate."). */
function userCodeIn(text: string): string | null {
  const at = text.indexOf('enter the code ');
  if (at < 0) return null;
  const code = text.slice(at + 'enter the code '.length).split(' ')[0] ?? '';
  return code.length > 0 ? code : null;
}

export async function deviceCodeLogin(
  env: Record<string, string>,
  oauth: OAuthServer,
  signIn: { user: string } | null,
  { timeoutMs = 30_000 } = {},
): Promise<LoginResult> {
  const child = spawn(process.execPath, [BOT_BIN, 'oauth', 'login', '--provider', 'microsoft'], {
    cwd: tmpdir(),
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', DELETION_BOT_BUILD: 'src', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let approved = false;
  child.stdout.setEncoding('utf8').on('data', (c: string) => {
    stdout += c;
    const code = userCodeIn(stdout);
    if (signIn && code && !approved) {
      approved = true;
      oauth.approveDevice(code, signIn.user);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once('close', (c) => resolve(c))).finally(() => clearTimeout(timer));
  return { code, stdout, stderr };
}

/**
 * Runs `deletion-bot oauth login --provider google` and plays the browser: opens the address
 * it prints at the harness's server, signed in as `user`, and follows the redirect back to
 * the command's loopback port.
 */
export async function loopbackLogin(env: Record<string, string>, oauth: OAuthServer, user: string, { timeoutMs = 30_000 } = {}): Promise<LoginResult> {
  oauth.signInAs(user);
  const child = spawn(process.execPath, [BOT_BIN, 'oauth', 'login', '--provider', 'google'], {
    cwd: tmpdir(),
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', DELETION_BOT_BUILD: 'src', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  let opened = false;
  child.stdout.setEncoding('utf8').on('data', (c: string) => {
    stdout += c;
    const url = stdout.split('\n').find((l) => l.startsWith(oauth.authorizationUrl));
    if (url && !opened) {
      opened = true;
      void fetch(url).then((res) => res.text()).catch(() => {});
    }
  });
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once('close', (c) => resolve(c))).finally(() => clearTimeout(timer));
  return { code, stdout, stderr };
}
