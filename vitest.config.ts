import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The fault suite runs on its own: `npm run test:faults` (vitest.faults.config.ts).
    exclude: ['tests/faults/**', '**/node_modules/**'],
    // Migrates one template database per run; each file copies it (harness/postgres.ts).
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Files run in parallel, but an e2e file starts Dovecot and the bot: two at a time
    // is what the 2-core machines we run on can take.
    pool: 'forks',
    maxWorkers: 2,
  },
});
