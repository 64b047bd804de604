import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index inside `astro build`, so a failed index fails the build: the
 * portal never ships green with broken search. Only Indonesian pages carry `data-pagefind-body`
 * (English pages show the same content), and the index is Indonesian, with its stemming.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'masterplan-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        try {
          const created = await pagefind.createIndex({ forceLanguage: 'id' });
          if (!created.index) throw new Error(created.errors.join('\n') || 'createIndex returned no index');
          const added = await created.index.addDirectory({ path: siteDir });
          if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
          if (added.page_count === 0) throw new Error('no page was indexed (is data-pagefind-body missing?)');
          const written = await created.index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          logger.info(`Indeks pencarian: ${added.page_count} halaman / search index: ${added.page_count} pages`);
        } catch (error) {
          throw new Error(`Indeks pencarian gagal dibuat / search indexing failed: ${error instanceof Error ? error.message : String(error)}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
