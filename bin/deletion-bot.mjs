#!/usr/bin/env node
// Entry point of the `deletion-bot` command. A checkout runs the TypeScript
// sources through tsx, so `npm run cli` works right after `npm ci` with no build
// step; the container image ships only the compiled dist/ and runs that.
// DELETION_BOT_BUILD=dist runs a checkout's dist/ (after `npm run build`) as the image does.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const sources = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
const built = fileURLToPath(new URL('../dist/src/cli/main.js', import.meta.url));

if (existsSync(sources) && process.env.DELETION_BOT_BUILD !== 'dist') {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(sources).href);
} else {
  await import(pathToFileURL(built).href);
}
