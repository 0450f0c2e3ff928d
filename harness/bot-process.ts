// Runs the real `deletion-bot` command as a child process, as an operator would.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../', import.meta.url));
export const BOT_BIN = fileURLToPath(new URL('../bin/deletion-bot.mjs', import.meta.url));

/**
 * The bot reads `.env` from its working directory. Tests run it from an empty
 * folder so that a developer's own .env never leaks into what a test sees.
 */
const EMPTY_CWD = join(tmpdir(), 'deletion-bot-test-cwd');
mkdirSync(EMPTY_CWD, { recursive: true });

export interface BotProcess {
  pid: number;
  /** Its HTTP port (/readyz, /metrics). */
  httpPort: number;
  /** stdout and stderr lines, in arrival order. */
  output: string[];
  /** Sends `signal` and resolves with the exit code (null when ended by a signal). */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
  /** SIGKILL: a crash, with no chance to clean up. */
  kill(): void;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The bot's environment: only what we pass, plus PATH and HOME. The sources run, never a dist/ built earlier. */
function childEnv(env: Record<string, string>): Record<string, string> {
  return { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: process.env.HOME ?? '/root', DELETION_BOT_BUILD: 'src', ...env };
}

function collectLines(child: ChildProcess, output: string[]): void {
  for (const stream of [child.stdout, child.stderr]) {
    let partial = '';
    stream?.setEncoding('utf8');
    stream?.on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      output.push(...lines);
    });
    stream?.on('end', () => {
      if (partial) output.push(partial);
    });
  }
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

function tail(output: string[]): string {
  return output.slice(-40).join('\n');
}

async function isReady(port: string, anyAnswer = false): Promise<boolean> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/readyz`, { signal: AbortSignal.timeout(2000) });
    await res.body?.cancel();
    return res.status === 200 || (anyAnswer && res.status === 503);
  } catch {
    return false;
  }
}

/** Bot processes started here and still running. */
const running = new Set<ChildProcess>();

/** SIGKILLs every bot process started here that still runs (for a run that is interrupted). */
export function killStartedBots(): void {
  for (const child of running) child.kill('SIGKILL');
}

/** Starts `deletion-bot start` and resolves once GET /readyz answers 200. */
export async function startBot(
  env: Record<string, string>,
  opts: {
    args?: string[];
    readyTimeoutMs?: number;
    cwd?: string;
    /** Called with the process id and output as soon as it runs, before /readyz answers (e.g. to sample memory). */
    onSpawn?: (pid: number, output: string[]) => void;
    /** Started once /readyz answers at all, 503 included (a standby poller is never ready). */
    anyAnswer?: boolean;
  } = {},
): Promise<BotProcess> {
  const port = env.HTTP_PORT;
  if (!port) throw new Error('startBot needs env.HTTP_PORT to know where /readyz is');
  const output: string[] = [];
  const child = spawn(process.execPath, [BOT_BIN, 'start', ...(opts.args ?? [])], {
    cwd: opts.cwd ?? EMPTY_CWD,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  collectLines(child, output);
  if (child.pid !== undefined) opts.onSpawn?.(child.pid, output);
  running.add(child);
  const exit = exited(child);
  void exit.finally(() => running.delete(child));
  const stop = async (signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    try {
      return await exit;
    } finally {
      clearTimeout(timer);
    }
  };

  const deadline = Date.now() + (opts.readyTimeoutMs ?? 30_000);
  let ended = false;
  void exit.then(() => (ended = true));
  while (!(await isReady(port, opts.anyAnswer))) {
    if (ended) {
      throw new Error(`the bot exited (code ${child.exitCode}, signal ${child.signalCode}) before /readyz answered 200:\n${tail(output)}`);
    }
    if (Date.now() > deadline) {
      await stop('SIGKILL');
      throw new Error(`the bot's /readyz on port ${port} did not answer 200 in time:\n${tail(output)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }

  return { pid: child.pid ?? -1, httpPort: Number(port), output, stop, kill: () => void child.kill('SIGKILL') };
}

/** Runs `deletion-bot ARGS` to completion and returns its exit code and output. */
export async function runCli(
  args: string[],
  env: Record<string, string>,
  { timeoutMs = 30_000, cwd = EMPTY_CWD }: { timeoutMs?: number; cwd?: string } = {},
): Promise<CliResult> {
  const child = spawn(process.execPath, [BOT_BIN, ...args], { cwd, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (c) => resolve(c));
  }).finally(() => clearTimeout(timer));
  if (code === null && child.signalCode === 'SIGKILL') {
    throw new Error(`deletion-bot ${args.join(' ')} did not finish within ${timeoutMs} ms\nstdout:\n${stdout}\nstderr:\n${stderr}`);
  }
  return { code, stdout, stderr };
}
