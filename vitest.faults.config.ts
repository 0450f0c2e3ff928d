import { defineConfig } from 'vitest/config';

// The fault suite (`npm run test:faults`): each file starts and breaks servers of its own
// (fault-world.ts), so two files can run side by side without touching each other; more
// would starve the bots on a 2-core machine. The run ends by writing docs/RELIABILITY.md
// (tests/faults/global-setup.ts).
export default defineConfig({
  test: {
    include: ['tests/faults/**/*.test.ts'],
    globalSetup: ['tests/faults/global-setup.ts'],
    testTimeout: 400_000,
    hookTimeout: 120_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
