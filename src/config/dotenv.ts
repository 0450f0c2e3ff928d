import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { config as readDotenv } from 'dotenv';

/**
 * Reads `.env` from the working directory when present. Variables already set
 * in the environment win, so ops can override a file value per run.
 */
export function loadDotenv(cwd = process.cwd()): void {
  const file = resolve(cwd, '.env');
  if (existsSync(file)) readDotenv({ path: file, override: false, quiet: true });
}
