import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Browser tests: the built app served by the real server on embedded PGlite with the demo data,
// driven in Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts'],
    root: path.resolve(import.meta.dirname, '..'),
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    maxConcurrency: 2,
    globalSetup: ['./e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
});
