import { execFile } from 'node:child_process';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { currentShard } from '../lib/build/shards.ts';
import { searchIndexPath, searchVocabularyPath } from '../lib/routes.ts';
import { vocabularyOf } from '../lib/search-vocabulary.ts';

/**
 * The Indonesian HTML pages of the built site: pages at the top level and in every top-level
 * folder except `en/` (English pages repeat the same content). Pagefind's globs have no "not", so
 * the folder names are spelled out: not starting with "e", "e" + not "n", or "en" + more letters.
 */
const INDONESIAN_PAGES_GLOB = '{*.html,[!e]*/**/*.html,e[!n]*/**/*.html,en?*/**/*.html}';

/**
 * Pagefind's command line, through the npm package's own launcher (which picks the binary for this
 * platform). The command line, not Pagefind's Node API: the same index, byte for byte, but the
 * API's indexing service peaked about 115 MB higher on the same 21,754 pages of a national build
 * (2.13 GiB against 2.01 GiB; docs/performance.md), and the national build must stay under 2 GiB a
 * process.
 */
const PAGEFIND_LAUNCHER = fileURLToPath(new URL('../../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));

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

/**
 * Most words in the vocabulary file. The 68 real regions' indexed text has about 2,500 words of four
 * letters or more (26 KB, 10 KB compressed); the cap keeps the file near 30 KB compressed however
 * many regions come. Only the search page loads it, and only when a search finds nothing.
 */
const VOCABULARY_SIZE = 8000;

/** Pagefind's fragment files: gzip of this marker followed by the page's JSON (url, content, meta…). */
const FRAGMENT_MARKER = 'pagefind_dcd';

/**
 * Writes the vocabulary of the indexed text (src/lib/search-vocabulary.ts), read back from the
 * fragments Pagefind wrote: exactly the words it indexed, without what the pages mark
 * data-pagefind-ignore. Read a few hundred at a time: at national scale there are tens of thousands.
 */
async function writeVocabulary(siteDir: string, fragments: readonly string[]): Promise<void> {
  const folder = path.join(siteDir, searchIndexPath(), 'fragment');
  const texts: string[] = [];
  for (let start = 0; start < fragments.length; start += 256) {
    const batch = await Promise.all(
      fragments.slice(start, start + 256).map(async (name) => {
        const json = gunzipSync(await readFile(path.join(folder, name))).toString('utf8');
        if (!json.startsWith(FRAGMENT_MARKER)) throw new Error(`unexpected fragment format: ${name}`);
        return (JSON.parse(json.slice(FRAGMENT_MARKER.length)) as { content: string }).content;
      }),
    );
    texts.push(...batch);
  }
  await writeFile(path.join(siteDir, searchVocabularyPath()), JSON.stringify(vocabularyOf(texts, VOCABULARY_SIZE)));
}

/** Indexes the built site in `siteDir` into `siteDir/pagefind`; returns the number of pages indexed. */
export async function writeSearchIndex(siteDir: string): Promise<number> {
  try {
    await runPagefind(siteDir);
    const fragments = await readdir(path.join(siteDir, searchIndexPath(), 'fragment'));
    if (fragments.length === 0) throw new Error('no page was indexed (is data-pagefind-body missing?)');
    await writeVocabulary(siteDir, fragments);
    return fragments.length;
  } catch (error) {
    throw new Error(`Indeks pencarian gagal dibuat / search indexing failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Runs Pagefind over `siteDir`, quiet unless it fails. It starts in the site folder, not the
 * project: Pagefind reads a configuration file (pagefind.json, .toml, .yml or .yaml) from its
 * working directory, and none can be in the built site. Its files are the pages Astro writes and
 * what public/ holds, and the build refuses a public/ file that is not an image
 * (`checkPublicFiles`, src/lib/content/files.ts), so a merge request cannot reconfigure the index.
 */
async function runPagefind(siteDir: string): Promise<void> {
  const options = ['--site', '.', '--glob', INDONESIAN_PAGES_GLOB, '--force-language', 'id', '--output-path', path.join(siteDir, searchIndexPath()), '--quiet'];
  try {
    await promisify(execFile)(process.execPath, [PAGEFIND_LAUNCHER, ...options], { cwd: siteDir, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const { stdout = '', stderr = '', message } = error as { stdout?: string; stderr?: string; message: string };
    // Pagefind prints some errors twice: each line once, in order.
    const lines = new Set(`${stderr}\n${stdout}`.split('\n').map((line) => line.trim()).filter(Boolean));
    throw new Error(lines.size > 0 ? [...lines].join('\n') : message);
  }
}
