import { readdir, readFile } from 'node:fs/promises';
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

/** The text of every `@media … (prefers-color-scheme: dark) … { … }` block in `css`, braces matched. */
function darkBlocks(css: string): string[] {
  const blocks: string[] = [];
  for (const match of css.matchAll(/@media[^{]*prefers-color-scheme\s*:\s*dark[^{]*\{/g)) {
    let depth = 1;
    let end = match.index + match[0].length;
    while (depth > 0 && end < css.length) depth += css[end] === '{' ? 1 : css[end] === '}' ? -1 : 0, end++;
    blocks.push(css.slice(match.index + match[0].length, end - 1));
  }
  return blocks;
}

/**
 * Dark mode swaps colours and nothing else: its styles only set custom properties (the colours),
 * never a layout, size or visibility. The accessibility sweep relies on it: in dark mode it runs
 * only the rules that look at colours (tests/helpers/sweep.ts).
 */
it('changes nothing but colour variables in dark mode, in the stylesheets and in every page’s own styles', async () => {
  const site = builtSite();
  const stylesheets = (await readdir(path.join(site, '_astro'))).filter((file) => file.endsWith('.css'));
  const sources = [
    ...(await Promise.all(stylesheets.map(async (file) => ({ from: `_astro/${file}`, css: await readFile(path.join(site, '_astro', file), 'utf8') })))),
    ...(await Promise.all(
      (await htmlFiles()).map(async (page) => ({
        from: page,
        css: [...(await readFile(path.join(site, page), 'utf8')).matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((style) => style[1]).join('\n'),
      })),
    )),
  ];
  const blocks = sources.flatMap(({ from, css }) => darkBlocks(css).map((block) => ({ from, block })));
  expect(blocks.length).toBeGreaterThan(0);
  const otherThanColours = blocks.flatMap(({ from, block }) =>
    [...block.matchAll(/[{;]\s*([-\w]+)\s*:/g)].map((declaration) => declaration[1]!).filter((property) => !property.startsWith('--')).map((property) => `${from}: ${property}`),
  );
  expect([...new Set(otherThanColours)]).toEqual([]);
});
