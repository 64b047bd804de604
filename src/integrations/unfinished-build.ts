import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';

/**
 * Astro's incremental build (astro.config.mjs) keeps a copy of each page as soon as it is rendered,
 * but writes its record of which copies are current (this file, in Astro's cache folder) only once
 * every page is done. A build that stops halfway leaves copies newer than the record: should the
 * next build's data be the record's again (an edit undone after a failed build), it would publish
 * pages of the build that stopped.
 */
export const INCREMENTAL_RECORD = 'incremental-build.json';
/** Present in Astro's cache folder from the start of a build to its successful end. */
export const UNFINISHED_MARKER = 'build-unfinished';

/**
 * Marks a build as under way in its cache folder and, finding the mark of one that never finished,
 * deletes the incremental record first, so that build renders every page (and writes a true record).
 */
export function unfinishedBuildGuard(): AstroIntegration {
  let cacheDir: URL | undefined;
  return {
    name: 'masterplan-unfinished-build',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:start': async ({ logger }) => {
        if (!cacheDir) return;
        const marker = new URL(UNFINISHED_MARKER, cacheDir);
        if (existsSync(marker)) {
          await rm(new URL(INCREMENTAL_RECORD, cacheDir), { force: true });
          logger.info('Build sebelumnya tidak selesai: semua halaman dirender ulang / the last build did not finish: every page is rendered again');
        }
        await mkdir(cacheDir, { recursive: true });
        await writeFile(marker, '');
      },
      'astro:build:done': async () => {
        if (cacheDir) await rm(new URL(UNFINISHED_MARKER, cacheDir), { force: true });
      },
    },
  };
}
