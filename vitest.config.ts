import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { SweepsFirstSequencer } from './tests/sequencer.ts';

/**
 * Unit files that change what the diagram renderer decides once per process (whether it has a
 * browser, from MERMAID_CHROMIUM): each runs in a process of its own, so no other file sees it.
 */
const OWN_PROCESS_UNIT_FILES = ['tests/diagrams/render.test.ts', 'tests/diagrams/authored-check-no-browser.test.ts'];

/**
 * Projects: `unit` (pure logic, no build; `unit-own-process` holds the few unit files that must not
 * share a process) and `site` (tests of the built portal: files and a real browser). `site` builds
 * the portal once in its global setup. `npm test` runs them all; `npx vitest run --project 'unit*'`
 * is the quick loop while coding.
 */
export default defineConfig({
  test: {
    testTimeout: 60_000,
    // Hooks start Chromium or build fixtures: on a busy shared runner that takes far longer than
    // Vitest's 10 s default, and a hook that times out fails every test of its file.
    hookTimeout: 120_000,
    // One worker per core, at least two (Vitest's default leaves a core free, which on a two-core
    // CI runner ran the whole suite in one worker). Site files run two or more at once too: one
    // file's fixture build or server start leaves the cores to another file's browser.
    maxWorkers: Math.max(2, availableParallelism()),
    sequence: { sequencer: SweepsFirstSequencer },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.site.test.ts', 'tests/**/*.browser.test.ts', ...OWN_PROCESS_UNIT_FILES],
          // The unit files share their workers' module caches: a fresh process per file cost more
          // than the tests themselves (97 s → 45 s for the project alone on two cores).
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-own-process',
          include: [...OWN_PROCESS_UNIT_FILES],
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/**/*.site.test.ts', 'tests/**/*.browser.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          // The built site is only read, and each file starts its own server: the files share their
          // workers' module caches too, and with them one Chromium per worker (tests/helpers/browser.ts).
          isolate: false,
          hookTimeout: 600_000,
          testTimeout: 300_000,
        },
      },
    ],
  },
});
