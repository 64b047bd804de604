import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (pure logic, no build) and `site` (tests of the built portal: files and a
 * real browser). `site` builds the portal once in its global setup. `npm test` runs both;
 * `npx vitest run --project unit` is the quick loop while coding.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    // Hooks start Chromium or build fixtures: on a busy shared runner that takes far longer than
    // Vitest's 10 s default, and a hook that times out fails every test of its file.
    hookTimeout: 120_000,
    // One worker per core, at least two: the site tests run one file at a time (below), and the
    // unit tests use the other core meanwhile instead of waiting for them (Vitest's default leaves
    // a core free, which on a two-core CI runner ran the whole suite in one worker).
    maxWorkers: Math.max(2, availableParallelism()),
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.site.test.ts', 'tests/**/*.browser.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.site.test.ts', 'tests/**/*.browser.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          // One built site and one Chromium are shared; files run one after another.
          fileParallelism: false,
          hookTimeout: 600_000,
          testTimeout: 300_000,
        },
      },
    ],
  },
});
