import path from 'node:path';
import { expect, it } from 'vitest';
import { loadContentFromDisk } from '../../src/lib/content/load.ts';
import { programmePath } from '../../src/lib/routes.ts';
import { programmeSearchRecord } from '../../src/lib/search-record.ts';
import { describeInBrowser, useBrowserAndSite } from '../helpers/browser.ts';
import { modelOf } from '../helpers/model.ts';

interface IndexedPage {
  url: string;
  filters: Readonly<Record<string, readonly string[]>>;
}


describeInBrowser('the search index', () => {
  const shared = useBrowserAndSite();

  it('gives every page it holds one page type, so the page-type counts add up to the pages indexed, and titles without addresses', async () => {
    const page = await shared.browser.newPage();
    await page.goto(`${shared.site.origin}/cari/`);
    const { pages, types, titles } = (await page.evaluate(`(async () => {
      const entry = await (await fetch('/pagefind/pagefind-entry.json')).json();
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const types = (await pagefind.filters()).jenis;
      const search = await pagefind.search(null, { filters: { jenis: { any: Object.keys(types) } } });
      const titles = await Promise.all(search.results.map(async (result) => (await result.data()).meta.title));
      return { pages: entry.languages.id.page_count, types, titles };
    })()`)) as { pages: number; types: Record<string, number>; titles: string[] };
    await page.close();
    expect(Object.keys(types).sort()).toEqual(['daerah', 'dimensi', 'program']);
    expect(Object.values(types).reduce((sum, count) => sum + count, 0)).toBe(pages);
    expect(titles).toHaveLength(pages);
    // Titles are names ("Lingkungan — Kota Contoh"), never an address or id ("smart-environment").
    for (const title of titles) expect(title).not.toMatch(/\bsmart-[a-z]+|\/|^[a-z0-9]+(-[a-z0-9]+)+$/);
  });

  it('holds every programme exactly once, with the filter values of the model', async () => {
    const model = modelOf(await loadContentFromDisk(path.resolve('.')));
    const page = await shared.browser.newPage();
    await page.goto(`${shared.site.origin}/cari/`);
    // A string, not a function: Vite would rewrite a dynamic import() in test code for Node.
    const indexed = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const search = await pagefind.search(null, { filters: { jenis: 'program' } });
      return Promise.all(search.results.map(async (result) => {
        const data = await result.data();
        return { url: data.url, filters: data.filters };
      }));
    })()`)) as IndexedPage[];
    await page.close();

    const expected = model!.programmes.map((programme) => ({
      url: programmePath(programme.regionSlug, programme.data.id),
      filters: Object.fromEntries(Object.entries(programmeSearchRecord(programme).filters).filter(([, values]) => values.length > 0)),
    }));
    const byUrl = (a: IndexedPage, b: IndexedPage) => a.url.localeCompare(b.url);
    const normalise = (pages: IndexedPage[]) =>
      pages
        .map((p) => ({ url: p.url, filters: Object.fromEntries(Object.entries(p.filters).map(([key, values]) => [key, [...values].sort()])) }))
        .sort(byUrl);
    expect(indexed).toHaveLength(model!.programmes.length);
    expect(normalise(indexed)).toEqual(normalise(expected));
  });
});
