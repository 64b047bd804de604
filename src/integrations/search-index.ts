import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** Top-level folders of the built site that hold no Indonesian page: English pages, assets, the index. */
const NOT_INDEXED = new Set(['en', '_astro', 'pagefind']);

/** Files read and handed to the indexer at a time: enough to keep it busy while files are read. */
const PARALLEL_FILES = 16;

/** Indonesian HTML pages of the built site, as paths relative to it. */
async function indonesianPages(siteDir: string): Promise<string[]> {
  const files = await readdir(siteDir, { recursive: true });
  return files
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.html') && !NOT_INDEXED.has(file.split('/')[0]!))
    .sort();
}

/**
 * Builds the Pagefind search index inside `astro build`, so a failed index fails the build: the
 * portal never ships green with broken search. Only Indonesian pages carry `data-pagefind-body`
 * (English pages show the same content), and the index is Indonesian, with its stemming. The
 * English half of the site is never read: handing the indexer only Indonesian files takes a
 * fifth off its memory at national scale (docs/performance.md).
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
          const { index } = created;
          const queue = await indonesianPages(siteDir);
          const errors: string[] = [];
          const addNext = async (): Promise<void> => {
            for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
              const added = await index.addHTMLFile({ sourcePath: file, content: await readFile(path.join(siteDir, file), 'utf8') });
              errors.push(...added.errors.map((error) => `${file}: ${error}`));
            }
          };
          await Promise.all(Array.from({ length: PARALLEL_FILES }, addNext));
          if (errors.length > 0) throw new Error(errors.join('\n'));
          const written = await index.writeFiles({ outputPath: path.join(siteDir, 'pagefind') });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          const indexed = (await readdir(path.join(siteDir, 'pagefind', 'fragment'))).length;
          if (indexed === 0) throw new Error('no page was indexed (is data-pagefind-body missing?)');
          logger.info(`Indeks pencarian: ${indexed} halaman / search index: ${indexed} pages`);
        } catch (error) {
          throw new Error(`Indeks pencarian gagal dibuat / search indexing failed: ${error instanceof Error ? error.message : String(error)}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
