import { defineConfig } from 'vitest/config';

// `npm run test:compose`: builds images and starts the composed stack; not part of `npm test`.
export default defineConfig({
  test: {
    include: ['tests/compose/**/*.compose-test.ts'],
    testTimeout: 900_000,
    hookTimeout: 1_800_000,
    pool: 'forks',
    maxWorkers: 1,
  },
});
