import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { loadContentFromDisk } from '../../src/lib/content/load.ts';
import type { SiteModel } from '../../src/lib/model.ts';
import { describeInBrowser, recordProblems, useBrowserAndSite } from '../helpers/browser.ts';
import { modelOf } from '../helpers/model.ts';

describeInBrowser('choosing regions to compare', () => {
  const shared = useBrowserAndSite();
  let model: SiteModel;

  beforeAll(async () => {
    model = modelOf(await loadContentFromDisk(path.resolve('.')))!;
  });


  /** Which region columns of the side-by-side table a reader sees, which boxes are ticked, and what the status says. */
  async function visit(query: string, javaScriptEnabled = true) {
    const context = await shared.browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    const problems = recordProblems(page);
    await page.goto(`${shared.site.origin}/bandingkan/${query}`);
    const seen = {
      columns: await page.locator('#berdampingan-tabel thead th[data-region]:visible').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-region'))),
      cells: await page.locator('#berdampingan-tabel tbody td:visible').count(),
      rows: await page.locator('#berdampingan-tabel tbody tr').count(),
      checked: await page.locator('input[name="daerah"]:checked').evaluateAll((boxes) => boxes.map((box) => box.getAttribute('value'))),
      status: await page.locator('[data-compare-status]').textContent(),
      problems,
    };
    await context.close();
    return seen;
  }

  it('shows only the regions in ?daerah=…, ticks their boxes and says how many are shown', async () => {
    const seen = await visit('?daerah=kota-contoh&daerah=kota-bontang&daerah=tidak-ada');
    expect(seen.columns).toEqual(['kota-bontang', 'kota-contoh']);
    expect(seen.cells).toBe(seen.rows * 2);
    expect(seen.checked).toEqual(['kota-bontang', 'kota-contoh']);
    expect(seen.status).toBe(`Menampilkan 2 dari ${model.regions.length} daerah.`);
    // The script runs under the page's Content-Security-Policy without errors.
    expect(seen.problems).toEqual([]);
  });

  it('shows every real region without a choice, and without JavaScript whatever the address says', async () => {
    // The fictional demo region is left out until a reader chooses it.
    const all = model.national.regions.map((region) => region.slug);
    expect((await visit('')).columns).toEqual(all);
    const withoutScript = await visit('?daerah=kota-bontang', false);
    expect(withoutScript.columns).toEqual(all);
    expect(withoutScript.status).toBe('');
  });

  it('submits the chosen regions as ?daerah=a&daerah=b, which works without JavaScript', async () => {
    const context = await shared.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${shared.site.origin}/bandingkan/`);
    await page.check('#pilih-kota-samarinda');
    await page.check('#pilih-kota-bontang');
    await Promise.all([page.waitForURL(/daerah=/), page.click('form.choose button[type="submit"]')]);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/bandingkan/');
    expect(url.searchParams.getAll('daerah')).toEqual(['kota-bontang', 'kota-samarinda']);
    expect(url.hash).toBe('#berdampingan');
    await context.close();
  });
});
