import { ConfigError } from '../config/config.js';

/** Exit codes of the CLI. */
export const EXIT = { ok: 0, failed: 1, usage: 2, config: 78 } as const;

export class CliError extends Error {
  constructor(message: string, readonly exitCode: number = EXIT.failed) {
    super(message);
    this.name = 'CliError';
  }
}

/** Runs a command body and turns known errors into a message and an exit code. */
export async function runCommand(body: () => Promise<number | void>): Promise<void> {
  try {
    const code = await body();
    process.exitCode = code ?? EXIT.ok;
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`deletion-bot: ${err.message}\n`);
      process.exitCode = EXIT.config;
    } else if (err instanceof CliError) {
      process.stderr.write(`deletion-bot: ${err.message}\n`);
      process.exitCode = err.exitCode;
    } else {
      process.stderr.write(`deletion-bot: ${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = EXIT.failed;
    }
  }
}
