import { describe, expect, it } from 'vitest';
import { imageMallocArenas, imageNodeOptions, imageRuntimeEnv } from '../../harness/production-runtime.js';

/** The benchmark runs the bot with the Node options the container image sets. */
describe('the image runtime the benchmark uses', () => {
  it("reads the Dockerfile's runtime NODE_OPTIONS: a small young generation and a bounded old one", () => {
    const options = imageNodeOptions();
    expect(options).toMatch(/--max-semi-space-size=\d+/);
    expect(options).toMatch(/--max-old-space-size=\d+/);
  });

  it('reads the last stage only, and says so when it sets none', () => {
    const build = 'FROM node:24 AS build\nENV NODE_OPTIONS="--inspect"\n';
    expect(imageNodeOptions(`${build}\nFROM node:24-slim AS runtime\nENV NODE_OPTIONS="--max-semi-space-size=2"\n`)).toBe('--max-semi-space-size=2');
    expect(() => imageNodeOptions(`${build}\nFROM node:24-slim AS runtime\nCMD ["node"]\n`)).toThrow(/runtime stage/);
  });

  it("runs the bot with the runtime stage's malloc arenas, as the image does", () => {
    expect(imageMallocArenas()).toMatch(/^\d+$/);
    expect(imageRuntimeEnv().MALLOC_ARENA_MAX).toBe(imageMallocArenas());
    const build = 'FROM node:24 AS build\nENV MALLOC_ARENA_MAX=8\n';
    expect(imageMallocArenas(`${build}\nFROM node:24-slim AS runtime\nENV MALLOC_ARENA_MAX=1\n`)).toBe('1');
    expect(imageMallocArenas(`${build}\nFROM node:24-slim AS runtime\nCMD ["node"]\n`)).toBeNull();
  });
});
