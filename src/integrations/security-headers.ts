import { open, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { currentShard } from '../lib/build/shards.ts';
import { redirectsFile } from '../lib/redirects.ts';
import { headersFile, scriptHashesInPage, type CspHash } from '../lib/security.ts';

/** Bytes read from the start of a page: its <head>, where the CSP meta tag sits, fits in this. */
const HEAD_BYTES = 16 * 1024;

/** Files read at a time. */
const PARALLEL_FILES = 32;

/**
 * The start of a built page up to the end of its <head>. Reading heads instead of whole pages
 * matters at national scale: 44,000 pages are 1.4 GB, their heads a few percent of that.
 */
async function pageHead(file: string): Promise<string> {
  const handle = await open(file);
  try {
    const { size } = await handle.stat();
    const buffer = Buffer.alloc(Math.min(size, HEAD_BYTES));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const start = buffer.toString('utf8', 0, bytesRead);
    // A positional read leaves the file position at 0, so readFile reads the whole page.
    return start.includes('</head>') || bytesRead === size ? start : await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Writes the files a static host reads beside the site: `_headers` (Netlify / Cloudflare Pages
 * format) with the site-wide security headers, and `_redirects` with the addresses that moved
 * (src/lib/redirects.ts). The header policy allows the scripts every page's own policy allows
 * (those Astro built, the same handful on every page), read from the pages Astro wrote; styles
 * stay with each page's policy (see `headerPolicy` in src/lib/security.ts).
 */
export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'masterplan-security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir }) => {
        const siteDir = fileURLToPath(dir);
        // The same in every shard, as it depends on the base path alone: the merge keeps one copy.
        await writeFile(path.join(siteDir, '_redirects'), redirectsFile(base));
        // A shard holds part of the site: scripts/build.ts writes one file for the merged whole.
        if (currentShard()) return;
        await writeHeadersFile(siteDir);
      },
    },
  };
}

/** Writes `siteDir/_headers` from the scripts the pages in `siteDir` allow. */
export async function writeHeadersFile(siteDir: string): Promise<void> {
  const queue = (await readdir(siteDir, { recursive: true })).filter((file) => file.endsWith('.html'));
  const hashes = new Set<CspHash>();
  const readNext = async (): Promise<void> => {
    for (let page = queue.pop(); page !== undefined; page = queue.pop()) {
      for (const hash of scriptHashesInPage(await pageHead(path.join(siteDir, page)))) hashes.add(hash);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_FILES }, readNext));
  await writeFile(path.join(siteDir, '_headers'), headersFile([...hashes].sort()));
}
