import { defineConfig } from 'vitest/config';

// The fault suite (`npm run test:faults`): each file breaks servers it owns, so files run
// one at a time; the run ends by writing docs/RELIABILITY.md (tests/faults/global-setup.ts).
export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    globalSetup: ['tests/faults/global-setup.ts'],
    testTimeout: 400_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
  },
});
