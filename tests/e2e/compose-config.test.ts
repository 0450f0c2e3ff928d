// docker-compose.yml must be a file Debian's docker-compose (1.29) accepts, with the
// services, Redis settings and healthchecks the deployment relies on.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../harness/bot-process.js';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

function dockerCompose(args: string[], cwd: string): Promise<Result> {
  return new Promise((resolve, reject) => {
    execFile('docker-compose', args, { cwd, encoding: 'utf8', timeout: 30_000 }, (err, stdout, stderr) => {
      if (err && (err as NodeJS.ErrnoException).code === 'ENOENT') {
        reject(new Error('docker-compose is not installed: apt-get install -y docker-compose (the CI script .ci/run does this)'));
        return;
      }
      resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** The lines of one service's block in `docker-compose config` output (two-space indented YAML). */
function serviceBlock(yaml: string, name: string): string {
  const match = new RegExp(`^  ${name}:\\n((?:    .*\\n|\\s*\\n)*)`, 'm').exec(yaml);
  if (!match?.[1]) throw new Error(`service ${name} not in docker-compose config output:\n${yaml}`);
  return match[1];
}

describe('docker-compose.yml', () => {
  let dir: string;
  let result: Result;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dbot-compose-'));
    await copyFile(join(REPO_ROOT, 'docker-compose.yml'), join(dir, 'docker-compose.yml'));
    await copyFile(join(REPO_ROOT, 'Dockerfile'), join(dir, 'Dockerfile'));
    const example = join(REPO_ROOT, '.env.example');
    if (existsSync(example)) {
      await copyFile(example, join(dir, '.env'));
    } else {
      // .env.example not written yet: a stand-in keeps env_file resolvable
      console.warn('compose-config.test: .env.example is missing; validating with a stand-in .env');
      await writeFile(join(dir, '.env'), 'BOT_ADDRESS=contact@pickrtech.com\n');
    }
    result = await dockerCompose(['config'], dir);
  });

  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('is accepted by docker-compose config', () => {
    expect(result.code, `docker-compose config failed:\n${result.stderr}`).toBe(0);
  });

  it('has postgres, redis, the three roles and the one-process bot', () => {
    for (const name of ['postgres', 'redis', 'poller', 'worker', 'http', 'bot']) expect(serviceBlock(result.stdout, name)).toBeTruthy();
  });

  it('runs each role with its --role after applying migrations', () => {
    for (const role of ['poller', 'worker', 'http']) {
      const block = serviceBlock(result.stdout, role).replace(/\n\s+/g, ' ');
      expect(block, role).toContain(`node bin/deletion-bot.mjs migrate && exec node bin/deletion-bot.mjs start --role ${role}`);
    }
  });

  it('keeps the one-process bot out of the default install (profile small)', () => {
    expect(serviceBlock(result.stdout, 'bot')).toMatch(/profiles:\n\s+- small/);
    for (const role of ['poller', 'worker', 'http']) expect(serviceBlock(result.stdout, role), role).not.toMatch(/profiles:/);
  });

  it('runs Redis with noeviction and an append-only file', () => {
    const redis = serviceBlock(result.stdout, 'redis');
    expect(redis).toMatch(/--maxmemory-policy\n\s+- noeviction/);
    expect(redis).toMatch(/--appendonly\n\s+- "?yes"?/);
  });

  it('has healthchecks and waits for healthy databases before any bot process starts', () => {
    expect(serviceBlock(result.stdout, 'postgres')).toMatch(/healthcheck:[\s\S]*pg_isready/);
    expect(serviceBlock(result.stdout, 'redis')).toMatch(/healthcheck:[\s\S]*redis-cli/);
    for (const name of ['poller', 'worker', 'http', 'bot']) {
      const block = serviceBlock(result.stdout, name);
      expect(block, name).toMatch(/healthcheck:[\s\S]*\/healthz/);
      expect(block, name).toMatch(/postgres:\n\s+condition: service_healthy/);
      expect(block, name).toMatch(/redis:\n\s+condition: service_healthy/);
    }
  });

  it('points every bot process at the compose databases, not at the .env values', () => {
    for (const name of ['poller', 'worker', 'http', 'bot']) {
      const block = serviceBlock(result.stdout, name);
      expect(block, name).toContain('DATABASE_URL: postgres://deletionbot:deletionbot@postgres:5432/deletionbot');
      expect(block, name).toContain('REDIS_URL: redis://redis:6379');
    }
  });

  it('publishes the HTTP port from http (and the one-process bot) only; the worker can scale', () => {
    expect(serviceBlock(result.stdout, 'http')).toMatch(/^ {4}ports:/m);
    expect(serviceBlock(result.stdout, 'bot')).toMatch(/^ {4}ports:/m);
    for (const name of ['poller', 'worker']) expect(serviceBlock(result.stdout, name), name).not.toMatch(/^ {4}ports:/m);
    expect(serviceBlock(result.stdout, 'worker')).not.toMatch(/container_name/);
  });

  it('keeps the demo (local mail server, own seeded database, bot wired to them) behind the demo profile', () => {
    for (const name of ['demo-mail', 'demo-postgres', 'demo-seed', 'demo-bot']) {
      expect(serviceBlock(result.stdout, name)).toMatch(/profiles:\n\s+- demo/);
    }
    const demoBot = serviceBlock(result.stdout, 'demo-bot');
    expect(demoBot).toContain('IMAP_HOST: demo-mail');
    expect(demoBot).toContain('DATABASE_URL: postgres://deletionbot:deletionbot@demo-postgres:5432/deletionbot_demo');
    expect(demoBot).toMatch(/demo-seed:\n\s+condition: service_completed_successfully/);
    expect(serviceBlock(result.stdout, 'demo-seed')).toMatch(/seed-demo/);
    for (const name of ['poller', 'worker', 'http']) {
      expect(serviceBlock(result.stdout, name)).not.toMatch(/demo-mail|demo-postgres|profiles:/);
    }
    expect(serviceBlock(result.stdout, 'bot')).not.toMatch(/demo-mail|demo-postgres/);
  });
});
