// Drives the project's real docker-compose.yml (plus docker-compose.local.yml) through
// Debian's docker-compose talking to podman's Docker API on a private socket.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../../harness/bot-process.js';

export const SOCKET = '/tmp/deletion-bot-compose-test.sock';
export const PROJECT = 'deletionbotcomposetest';
export const MAIL_PASSWORD = 'test-password';
export const IMAP_PORT = 11143;
export const SMTP_PORT = 11025;
export const HTTP_PORT = 18080;
/** The application database outside the stack (docker-compose.local.yml's appdb), as its owner sees it from here. */
export const APPDB_PORT = 15432;
export const APPDB_OWNER_URL = `postgres://appowner:appowner-password@127.0.0.1:${APPDB_PORT}/pickrtech`;
/** The demo profile's published ports. */
export const DEMO = { smtpPort: 11026, imapPort: 11144, httpPort: 18081, password: 'demo' };

/** The settings an operator would put in .env, given to compose through its ${...} interpolation. */
export const OPERATOR_ENV: Record<string, string> = {
  COMPOSE_PROFILES: 'split',
  IMAP_HOST: 'mailserver', IMAP_PORT: '143', IMAP_SECURE: 'false',
  IMAP_USER: 'contact@pickrtech.com', IMAP_PASSWORD: MAIL_PASSWORD,
  SMTP_HOST: 'mailserver', SMTP_PORT: '25', SMTP_SECURE: 'false',
  BOT_ADDRESS: 'contact@pickrtech.com', STAFF_EMAILS: 'staff@pickrtech.com',
  APPROVAL_SECRET: 'compose-test-approval-secret-0123456789abcdef',
  // PickrTech's own database, outside the stack, as the least-privilege role of tests/fixtures/app-other-names.
  APP_DATABASE_URL: 'postgres://deletion_bot_app:app-role-password@appdb:5432/pickrtech',
  BOT_HTTP_PUBLISH: `127.0.0.1:${HTTP_PORT}`,
  COMPOSE_TEST_IMAP_PORT: String(IMAP_PORT), COMPOSE_TEST_SMTP_PORT: String(SMTP_PORT), COMPOSE_TEST_APPDB_PORT: String(APPDB_PORT),
  DEMO_SMTP_PUBLISH: `127.0.0.1:${DEMO.smtpPort}`, DEMO_IMAP_PUBLISH: `127.0.0.1:${DEMO.imapPort}`, DEMO_HTTP_PUBLISH: `127.0.0.1:${DEMO.httpPort}`,
};

export function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}, timeout = 900_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { cwd: REPO_ROOT, env: { ...process.env, ...env }, encoding: 'utf8', timeout, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${cmd} ${args.join(' ')} failed:\n${stderr}\n${stdout}`));
      else resolve(stdout);
    });
  });
}

export function compose(args: string[], timeout?: number): Promise<string> {
  return run('docker-compose', ['-p', PROJECT, '-f', 'docker-compose.yml', '-f', join('tests', 'compose', 'docker-compose.local.yml'), ...args],
    { DOCKER_HOST: `unix://${SOCKET}`, COMPOSE_HTTP_TIMEOUT: '600', ...OPERATOR_ENV }, timeout);
}

/** Starts a child that lives until stop() (podman service, healthcheck runner). */
export function background(cmd: string, args: string[]): { child: ChildProcess; stop: () => void } {
  const child = spawn(cmd, args, { cwd: REPO_ROOT, stdio: 'ignore' });
  return { child, stop: () => { if (child.exitCode === null) child.kill('SIGTERM'); } };
}
