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
