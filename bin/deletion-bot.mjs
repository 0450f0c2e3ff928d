#!/usr/bin/env node
// Entry point of the `deletion-bot` command.

// Which code runs: the compiled dist/ once `npm run build` made it (the container image holds
// nothing else), the TypeScript sources through tsx in a checkout without dist/ (right after
// `npm ci`), and the sources again, with one line on stderr, when dist/ is older than a file
// under src/ or workers/ (a pull or an edit since the last build): a stale build never runs
// silently. DELETION_BOT_BUILD=src always runs the sources (`npm run cli` and the tests),
// DELETION_BOT_BUILD=dist always runs dist/ (the benchmark, as the image runs it).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The bot needs Node 24 (package.json engines): an older node is refused before anything else
// runs, with one line, rather than failing later in a way that names no version.
const NODE_MAJOR = Number(process.versions.node.split('.')[0]);
if (NODE_MAJOR < 24) {
  process.stderr.write(
    `deletion-bot: needs Node.js 24 or later, and this is Node.js ${process.versions.node} (${process.execPath}): install Node.js 24 and run deletion-bot with it\n`,
  );
  process.exit(1);
}

const root = fileURLToPath(new URL('..', import.meta.url));
const sources = join(root, 'src', 'cli', 'main.ts');
const built = join(root, 'dist', 'src', 'cli', 'main.js');

function fail(line) {
  process.stderr.write(`deletion-bot: ${line}\n`);
  process.exit(1);
}

/** The newest modification time (ms) of the files that `npm run build` compiles. */
function newestSourceMtime() {
  let newest = 0;
  for (const top of ['src', 'workers']) {
    const dir = join(root, top);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

function chooseBuild() {
  const asked = process.env.DELETION_BOT_BUILD ?? '';
  if (asked === 'src' || asked === 'dist') return asked;
  if (asked !== '') fail(`DELETION_BOT_BUILD must be src, dist or unset, not "${asked}"`);
  if (!existsSync(built)) return 'src';
  if (!existsSync(sources)) return 'dist';
  if (newestSourceMtime() <= statSync(built).mtimeMs) return 'dist';
  process.stderr.write('deletion-bot: dist/ is older than the sources, so they run instead (slower): run `npm run build`\n');
  return 'src';
}

if (chooseBuild() === 'src') {
  if (!existsSync(sources)) fail(`DELETION_BOT_BUILD=src, but there are no sources at ${sources}`);
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(sources).href);
} else {
  if (!existsSync(built)) fail(`${built} is missing: run \`npm run build\` first`);
  await import(pathToFileURL(built).href);
}
