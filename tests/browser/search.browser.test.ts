import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, recordProblems, useBrowserAndSite } from '../helpers/browser.ts';

describeInBrowser('searching across regions', () => {
  const shared = useBrowserAndSite();

  /** Waits until the search the last action started has shown its results and count. */
  const searchDone = (page: Page) => page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });

  /** Presses "more results" until the list holds every result, waiting for each page to arrive. */
  const showEveryResult = async (page: Page): Promise<void> => {
    while (await page.isVisible('#search-more')) {
      const before = await page.locator('#search-results > li').count();
      await page.click('#search-more');
      await page.waitForFunction((count) => document.querySelectorAll('#search-results > li').length > count, before);
    }
  };

  const resultRegions = (page: Page) =>
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
    // Filters wait behind one control, and facets start closed (the first search then loads no filter data).
    expect(await page.isVisible('#search-filters > summary')).toBe(true);
    expect(await page.isVisible('details.facet > summary')).toBe(false);
    await page.click('#search-filters > summary');
    expect(await page.isVisible('input[name="dimensi"]')).toBe(false);
    await page.click('details.facet:has(input[name="dimensi"]) > summary');
    await page.check('input[name="dimensi"][value="smart-governance"]');
    await searchDone(page);
    const status = await page.textContent('#search-status');
    const firstPage = await resultRegions(page);
    await showEveryResult(page);
    const regions = await resultRegions(page);
    expect(regions).toEqual(expect.arrayContaining(['Kota Samarinda', 'Kota Bontang']));
    expect(status).toBe(`${regions.length} hasil untuk “aplikasi”`);
    expect(firstPage).toHaveLength(Math.min(regions.length, 10));
    expect(page.url()).toBe(`${shared.site.origin}/cari/?q=aplikasi&dimensi=smart-governance`);
    // Open facets count the results per value; closed ones stay blank until opened.
    const total = status?.split(' ')[0];
    expect(await page.textContent('input[name="dimensi"][value="smart-governance"] ~ label .count')).toBe(`(${total})`);
    expect(await page.textContent('input[name="opd"] ~ label .count')).toBe('');
    expect(await page.textContent('#search-filters > summary')).toMatch(/Saring\s+\(1 aktif\)/);
    await page.click('details.facet:has(input[name="opd"]) > summary');
    await page.waitForFunction(() => /\(\d+\)/.test(document.querySelector('input[name="opd"] ~ label .count')?.textContent ?? ''));

    await page.reload();
    await searchDone(page);
    expect(await page.inputValue('#search-q')).toBe('aplikasi');
    expect(await page.isChecked('input[name="dimensi"][value="smart-governance"]')).toBe(true);
    // The results stay at the top: the filters stay closed, their control says how many are ticked.
    expect(await page.isVisible('input[name="dimensi"][value="smart-governance"]')).toBe(false);
    expect(await page.textContent('#search-filters > summary')).toMatch(/Saring\s+\(1 aktif\)/);
    expect(await resultRegions(page)).toEqual(firstPage);
    expect(await page.getAttribute('#search-status', 'role')).toBe('status');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('sorts programmes by start year, those without a year last, and keeps the order in the URL', async () => {
    const page = await shared.browser.newPage();
    const problems = recordProblems(page);
    const showAll = async (): Promise<string[]> => {
      await searchDone(page);
      await showEveryResult(page);
      return page.$$eval('#search-results .result', (items) => items.map((item) => item.textContent ?? ''));
    };
    const startYearsShown = () =>
      page.$$eval('#search-results .result p.muted', (facts) =>
        facts.map((fact) => Number(/(\d{4})(?:–\d{4})?$/.exec(fact.textContent ?? '')?.[1] ?? Number.NaN)),
      );
    await page.goto(`${shared.site.origin}/cari/?q=aplikasi&jenis=program`);
    const byRelevance = await showAll();
    const relevanceYears = await startYearsShown();
    await page.click('#search-filters > summary');
    await page.selectOption('#search-sort', 'tahun');
    await page.waitForURL(`${shared.site.origin}/cari/?q=aplikasi&urut=tahun&jenis=program`);
    const byYear = await showAll();
    const startYears = await startYearsShown();

    expect([...byYear].sort()).toEqual([...byRelevance].sort());
    const dated = startYears.filter((year) => !Number.isNaN(year));
    expect(dated.length).toBeGreaterThan(3);
    // Best-match order is not already the year order, so the sort is what put them in order.
    expect(relevanceYears).not.toEqual(startYears);
    expect(startYears.slice(0, dated.length)).toEqual([...dated].sort((a, b) => a - b));
    expect(startYears.slice(dated.length).every(Number.isNaN)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows only the newest search when an older one is still loading its results', async () => {
    const page = await shared.browser.newPage();
    // Result excerpts arrive only when the test lets them, as on a slow connection.
    let release!: () => void;
    const excerptsMayArrive = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/pagefind/fragment/**', async (route) => {
      await excerptsMayArrive;
      await route.continue();
    });
    const fragment = /\/pagefind\/fragment\//;
    const requested: string[] = [];
    page.on('request', (request) => {
      if (fragment.test(request.url())) requested.push(request.url());
    });
    const finished = new Set<string>();
    page.on('requestfinished', (request) => finished.add(request.url()));
    await page.goto(`${shared.site.origin}/cari/`);
    const firstSearchLoading = page.waitForRequest(fragment);
    await page.fill('#search-q', 'aplikasi');
    await firstSearchLoading;
    const firstSearch = new Set(requested);
    // The newer search is loading too once it asks for an excerpt the first one did not.
    const secondSearchLoading = page.waitForRequest((request) => fragment.test(request.url()) && !firstSearch.has(request.url()));
    await page.fill('#search-q', 'sampah');
    await secondSearchLoading;
    release();
    await page.waitForFunction(() => /hasil untuk “sampah”/.test(document.querySelector('#search-status')?.textContent ?? ''));
    // Every excerpt the first search asked for has arrived and been handled by the page.
    await expect.poll(() => [...firstSearch].every((url) => finished.has(url))).toBe(true);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    const total = Number((await page.textContent('#search-status'))?.split(' ')[0]);
    const links = await page.$$eval('#search-results h3 a', (anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(total).toBeGreaterThan(0);
    // The first search's results, arriving late, must not join the list.
    expect(links).toHaveLength(Math.min(total, 10));
    expect(new Set(links).size).toBe(links.length);
    await page.close();
  });

  it('finds a region by its name with or without Kota/Kabupaten, also one that has only its cohort on record', async () => {
    const page = await shared.browser.newPage();
    for (const [query, title] of [
      ['Banyumas', 'Kabupaten Banyumas'],
      ['kabupaten banyumas', 'Kabupaten Banyumas'],
      ['Sleman', 'Kabupaten Sleman'],
      ['Kota Bontang', 'Kota Bontang'],
    ] as const) {
      await page.goto(`${shared.site.origin}/cari/?q=${encodeURIComponent(query)}`);
      await searchDone(page);
      const titles = await page.$$eval('#search-results h3 a', (links) => links.map((link) => link.textContent?.trim() ?? ''));
      expect(titles.slice(0, 3), query).toContain(title);
    }
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
  it('shows the count and the first result above the fold of a 360 × 800 phone, the filters behind one control', async () => {
    const page = await shared.browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${shared.site.origin}/cari/?q=sampah`);
    await searchDone(page);
    const status = await page.locator('#search-status').boundingBox();
    const first = await page.locator('#search-results > li:first-child h3').boundingBox();
    expect(status!.y + status!.height).toBeLessThanOrEqual(800);
    expect(first!.y + first!.height).toBeLessThanOrEqual(800);
    // The facets' headings are not on the way: one closed control holds them all.
    expect(await page.locator('details.facet > summary').first().isVisible()).toBe(false);
    // The control works from the keyboard.
    await page.focus('#search-filters > summary');
    await page.keyboard.press('Enter');
    expect(await page.locator('details.facet > summary').first().isVisible()).toBe(true);
    await page.close();
  });

  it('shows excerpts with the fields of a programme apart, and titles without addresses', async () => {
    const page = await shared.browser.newPage();
    await page.goto(`${shared.site.origin}/cari/?q=sampah`);
    await searchDone(page);
    const excerpts = await page.$$eval('#search-results .result p:last-child', (items) => items.map((item) => item.textContent ?? ''));
    const titles = await page.$$eval('#search-results h3 a', (links) => links.map((link) => link.textContent ?? ''));
    expect(excerpts.length).toBeGreaterThan(0);
    // A lower-case letter straight before a capital is two fields run together ("Quick winLingkungan").
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/\p{Ll}\p{Lu}\p{Ll}/u);
    for (const title of titles) expect(title).not.toMatch(/smart-|\(\s*[a-z]+(-[a-z]+)+\s*\)/);
    await page.close();
  });

  it('suggests “kelurahan” for “kelurhan”, and following the suggestion searches for it', async () => {
    const page = await shared.browser.newPage();
    const problems = recordProblems(page);
    await page.goto(`${shared.site.origin}/cari/`);
    await page.fill('#search-q', 'kelurhan');
    await searchDone(page);
    expect(await page.textContent('#search-status')).toBe('Tidak ada hasil. Coba kata lain atau kurangi filter.');
    expect(await page.isVisible('#search-suggestion')).toBe(true);
    expect(await page.textContent('#search-suggestion')).toMatch(/^Mungkin maksud Anda:\s+kelurahan$/);
    await page.click('#search-suggestion a');
    await page.waitForFunction(() => /hasil untuk “kelurahan”/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.inputValue('#search-q')).toBe('kelurahan');
    expect(await page.locator('#search-results > li').count()).toBeGreaterThan(0);
    expect(await page.isVisible('#search-suggestion')).toBe(false);
    expect(page.url()).toBe(`${shared.site.origin}/cari/?q=kelurahan`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('finds waste (sampah) programmes for “waste” on the English page', async () => {
    const page = await shared.browser.newPage();
    await page.goto(`${shared.site.origin}/en/cari/?q=waste`);
    await searchDone(page);
    expect(await page.textContent('#search-status')).toMatch(/^\d+ results? for “waste”$/);
    const results = await page.$$eval('#search-results h3 a', (links) => links.map((link) => ({ href: link.getAttribute('href') ?? '', title: link.textContent ?? '' })));
    const wasteProgrammes = results.filter((result) => result.href.startsWith('/en/') && result.href.includes('/program/') && /sampah|limbah/i.test(result.title));
    expect(wasteProgrammes.length).toBeGreaterThan(0);
    await page.close();
  });

  it('goes Back from the second search to the first, with its results', async () => {
    const page = await shared.browser.newPage();
    await page.goto(`${shared.site.origin}/cari/`);
    await page.fill('#search-q', 'sampah');
    await searchDone(page);
    const firstResults = await page.$$eval('#search-results h3 a', (links) => links.map((link) => link.getAttribute('href')));
    await page.fill('#search-q', 'aplikasi');
    await page.waitForFunction(() => /“aplikasi”/.test(document.querySelector('#search-status')?.textContent ?? ''));
    await searchDone(page);
    expect(page.url()).toBe(`${shared.site.origin}/cari/?q=aplikasi`);
    await page.goBack();
    await page.waitForFunction(() => /hasil untuk “sampah”/.test(document.querySelector('#search-status')?.textContent ?? ''));
    await searchDone(page);
    expect(page.url()).toBe(`${shared.site.origin}/cari/?q=sampah`);
    expect(await page.inputValue('#search-q')).toBe('sampah');
    expect(await page.$$eval('#search-results h3 a', (links) => links.map((link) => link.getAttribute('href')))).toEqual(firstResults);
    await page.goForward();
    await page.waitForFunction(() => /hasil untuk “aplikasi”/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page.inputValue('#search-q')).toBe('aplikasi');
    await page.close();
  });

  it('counts results per page type so that the counts add up to the total', async () => {
    const page = await shared.browser.newPage();
    await page.goto(`${shared.site.origin}/cari/?q=sampah`);
    await searchDone(page);
    const total = Number((await page.textContent('#search-status'))?.split(' ')[0]);
    await page.click('#search-filters > summary');
    await page.click('details.facet:has(input[name="jenis"]) > summary');
    await page.waitForFunction(() => [...document.querySelectorAll('input[name="jenis"] ~ label .count')].every((count) => /\(\d+\)/.test(count.textContent ?? '')));
    const counts = await page.$$eval('input[name="jenis"] ~ label .count', (items) => items.map((item) => Number(/\d+/.exec(item.textContent ?? '')?.[0])));
    expect(total).toBeGreaterThan(0);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(total);
    await page.close();
  });

  it('without JavaScript, links to the list of regions and to the downloads', async () => {
    const context = await shared.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const [prefix, text] of [['', /menelusuri daftar semua daerah/], ['/en', /browse the list of all regions/]] as const) {
      await page.goto(`${shared.site.origin}${prefix}/cari/`);
      const links = await page.$$eval('noscript a, .notice a', (anchors) => anchors.map((a) => ({ href: a.getAttribute('href'), text: a.textContent ?? '' })));
      expect(links.map((link) => link.href)).toEqual([`${prefix}/daerah/`, `${prefix}/data/`]);
      expect(await page.isVisible(`a[href="${prefix}/daerah/"]`)).toBe(true);
      expect(links[0]!.text).toMatch(text);
      const response = await page.goto(`${shared.site.origin}${prefix}/data/`);
      expect(response?.status()).toBe(200);
    }
    await context.close();
  });
});
