import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { currentShard } from '../lib/build/shards.ts';
import { searchIndexPath } from '../lib/routes.ts';

/**
 * The Indonesian HTML pages of the built site: pages at the top level and in every top-level
 * folder except `en/` (English pages repeat the same content). Pagefind's globs have no "not", so
 * the folder names are spelled out: not starting with "e", "e" + not "n", or "en" + more letters.
 */
const INDONESIAN_PAGES_GLOB = '{*.html,[!e]*/**/*.html,e[!n]*/**/*.html,en?*/**/*.html}';

/**
 * Builds the Pagefind search index inside `astro build`, so a failed index fails the build: the
 * portal never ships green with broken search. Only Indonesian pages carry `data-pagefind-body`
 * (English pages show the same content), and the index is Indonesian, with its stemming. The
 * English half of the site is never read, and Pagefind reads the files itself: at national scale
 * half the time of handing them over one by one (docs/performance.md).
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'masterplan-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // A shard holds part of the site: scripts/build.ts indexes the merged whole once.
        if (currentShard()) return;
        const indexed = await writeSearchIndex(fileURLToPath(dir));
        logger.info(indexedMessage(indexed));
      },
    },
  };
}

export const indexedMessage = (pages: number): string => `Indeks pencarian: ${pages} halaman / search index: ${pages} pages`;

/** Indexes the built site in `siteDir` into `siteDir/pagefind`; returns the number of pages indexed. */
export async function writeSearchIndex(siteDir: string): Promise<number> {
  try {
    const created = await pagefind.createIndex({ forceLanguage: 'id' });
    if (!created.index) throw new Error(created.errors.join('\n') || 'createIndex returned no index');
    const { index } = created;
    const added = await index.addDirectory({ path: siteDir, glob: INDONESIAN_PAGES_GLOB });
    if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
    const written = await index.writeFiles({ outputPath: path.join(siteDir, searchIndexPath()) });
    if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
    const indexed = (await readdir(path.join(siteDir, searchIndexPath(), 'fragment'))).length;
    if (indexed === 0) throw new Error('no page was indexed (is data-pagefind-body missing?)');
    return indexed;
  } catch (error) {
    throw new Error(`Indeks pencarian gagal dibuat / search indexing failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await pagefind.close();
  }
}
