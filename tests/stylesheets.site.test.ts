import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { builtSite, htmlFiles } from './helpers/site.ts';

/**
 * Each stylesheet a page links blocks its first paint until it has arrived; on a slow phone
 * connection every extra request costs a round trip. Small per-component files are merged (one
 * site stylesheet, astro.config.mjs), so no page of any kind waits for more than three.
 */
const MAX_STYLESHEETS = 3;

it(`links at most ${MAX_STYLESHEETS} stylesheets from every page`, async () => {
  const pages = await htmlFiles();
  const counts = await Promise.all(
    pages.map(async (page) => {
      const html = await readFile(path.join(builtSite(), page), 'utf8');
      return { page, stylesheets: [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].length };
    }),
  );
  expect(counts.filter(({ stylesheets }) => stylesheets > MAX_STYLESHEETS)).toEqual([]);
  // The pages do have their styles: a page without any would pass the limit too.
  expect(counts.filter(({ stylesheets }) => stylesheets === 0).map(({ page }) => page)).toEqual([]);
});
