import { ConfigError } from '../config/config.js';
import { describe } from '../poller/describe-error.js';

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, failed: 1, usage: 2, config: 78 } as const;

export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = EXIT.failed) {
    super(message);
    this.name = 'CliError';
  }
}

/** What a command that ended with an error prints (one line, but for the list of bad variables), and its exit code. */
function failure(err: unknown): { text: string; code: number } {
  if (err instanceof ConfigError) return { text: err.message, code: EXIT.config };
  // A library's message may span lines (OpenSSL's do): the operator gets one.
  const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();
  if (err instanceof CliError) return { text: oneLine(err.message), code: err.exitCode };
  // A stack trace helps whoever debugs, not whoever runs the command: only at LOG_LEVEL=debug or trace.
  const debug = ['debug', 'trace'].includes(process.env.LOG_LEVEL ?? '');
  return { text: oneLine(describe(err)) + (debug && err instanceof Error && err.stack ? `\n${err.stack}` : ''), code: EXIT.failed };
}

/**
 * Runs a command body and turns known errors into a message and an exit code. The process
 * then ends: a connection or timer a failed command left behind must not keep it running
 * (the timer is unref'd, so a process with nothing left ends at once on its own).
 */
export async function runCommand(body: () => Promise<number | void>): Promise<void> {
  let code: number;
  try {
    code = (await body()) ?? EXIT.ok;
  } catch (err) {
    const f = failure(err);
    process.stderr.write(`deletion-bot: ${f.text}\n`);
    code = f.code;
  }
  process.exitCode = code;
  setTimeout(() => process.exit(code), 1000).unref();
}
