import { defineConfig } from 'vitest/config';

// One worker, shared module state: every test file reuses one migrated database (PGlite costs
// ~2 s and ~850 MB per instance). Files stay independent by creating their own initiatives.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', '../seeds/**/*.test.ts'],
    pool: 'forks',
    maxWorkers: 1,
    isolate: false,
    fileParallelism: false,
    globalSetup: ['./test/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
