import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'web/**/*.test.{ts,tsx}', 'bench/**/*.test.ts', 'scripts/**/*.test.ts'],
    globalSetup: ['server/test/global-setup.ts'],
    // Each test file gets its own database cloned from a migrated template, so files run in parallel.
    pool: 'forks',
    fileParallelism: true,
    testTimeout: 30_000,
    // Tests change data directly and query at once: the matching index rebuilds on every change.
    env: { MATCHING_INDEX_MIN_AGE_MS: '0' },
    hookTimeout: 60_000,
  },
});
