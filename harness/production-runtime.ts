// The bot as the container image runs it: the compiled dist/ with the image's NODE_OPTIONS and
// MALLOC_ARENA_MAX, read from the Dockerfile so the benchmark measures exactly what ships.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

function readDockerfile(): string {
  return readFileSync(`${ROOT}Dockerfile`, 'utf8');
}

/** The Dockerfile's last stage, the one the image runs. */
function runtimeStage(dockerfile: string): string {
  return dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));
}

/** NODE_OPTIONS of the Dockerfile's runtime stage. */
export function imageNodeOptions(dockerfile = readDockerfile()): string {
  const m = /NODE_OPTIONS="([^"]*)"/.exec(runtimeStage(dockerfile));
  if (!m) throw new Error('the Dockerfile sets no NODE_OPTIONS="..." in its runtime stage');
  return m[1]!;
}

/** Compiles dist/ (`npm run build`), as the image's build stage does. */
export async function buildDist(): Promise<void> {
  try {
    await promisify(execFile)('npm', ['run', 'build'], { cwd: ROOT, timeout: 300_000 });
  } catch (err) {
    const e = err as { stdout?: string; stderr?: string; message: string };
    throw new Error(`npm run build failed: ${e.stdout ?? ''}${e.stderr ?? e.message}`, { cause: err });
  }
}

/** MALLOC_ARENA_MAX of the Dockerfile's runtime stage (glibc's malloc arenas), or null when it sets none. */
export function imageMallocArenas(dockerfile = readDockerfile()): string | null {
  return /^ENV\s+MALLOC_ARENA_MAX=(\d+)\s*$/m.exec(runtimeStage(dockerfile))?.[1] ?? null;
}

/** Environment that makes `deletion-bot` run dist/ with the image's Node options and malloc arenas. */
export function imageRuntimeEnv(): Record<string, string> {
  const dockerfile = readDockerfile();
  const arenas = imageMallocArenas(dockerfile);
  return { DELETION_BOT_BUILD: 'dist', NODE_OPTIONS: imageNodeOptions(dockerfile), ...(arenas ? { MALLOC_ARENA_MAX: arenas } : {}) };
}
