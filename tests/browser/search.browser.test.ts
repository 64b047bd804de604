import { expect, it } from 'vitest';
import { describeInBrowser, recordProblems, useBrowserAndSite } from '../helpers/browser.ts';

describeInBrowser('searching across regions', () => {
  const shared = useBrowserAndSite();



  const resultRegions = (page: import('playwright-core').Page) =>
    page.$$eval('#search-results .result p.muted', (facts) => facts.map((fact) => fact.textContent?.split(' · ')[0] ?? ''));

  it('finds programmes by query and dimension in two regions, and the URL brings the same results back', async () => {
    const page = await shared.browser.newPage({ viewport: { width: 360, height: 800 } });
    const problems = recordProblems(page);
    const pagefindRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/pagefind/')) pagefindRequests.push(request.url());
    });
    await page.goto(`${shared.site.origin}/cari/`);
    expect(pagefindRequests).toEqual([]);

    await page.fill('#search-q', 'aplikasi');
    await page.check('input[name="dimensi"][value="smart-governance"]');
    await page.waitForFunction(() => /hasil untuk/.test(document.querySelector('#search-status')?.textContent ?? ''));
    await page.waitForTimeout(400);
    const status = await page.textContent('#search-status');
    const regions = await resultRegions(page);
    expect(regions).toEqual(expect.arrayContaining(['Kota Samarinda', 'Kota Bontang']));
    expect(status).toBe(`${regions.length} hasil untuk “aplikasi”`);
    expect(page.url()).toBe(`${shared.site.origin}/cari/?q=aplikasi&dimensi=smart-governance`);

    await page.reload();
    await page.waitForFunction(() => /hasil untuk/.test(document.querySelector('#search-status')?.textContent ?? ''));
    await page.waitForTimeout(400);
    expect(await page.inputValue('#search-q')).toBe('aplikasi');
    expect(await page.isChecked('input[name="dimensi"][value="smart-governance"]')).toBe(true);
    expect(await resultRegions(page)).toEqual(regions);
    expect(await page.getAttribute('#search-status', 'role')).toBe('status');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('searches the Indonesian content from the English page and links to English pages', async () => {
    const page = await shared.browser.newPage();
    await page.goto(`${shared.site.origin}/en/cari/?q=sampah`);
    await page.waitForFunction(() => /results for/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const links = await page.$$eval('#search-results a', (anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((href) => href?.startsWith('/en/'))).toBe(true);
    await page.close();
  });
});
