import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { loadContentFromDisk } from '../../src/lib/content/load.ts';
import { contentHistory } from '../../src/lib/history/git.ts';
import type { SiteModel } from '../../src/lib/model.ts';
import { comparePage } from '../../src/lib/page-data/compare.ts';
import { isPossiblyStale } from '../../src/lib/progress.ts';
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

/** What a reader on a 360px phone and on a laptop must be able to see without scrolling sideways. */
const VIEWPORTS = [
  { width: 360, height: 800 },
  { width: 1280, height: 900 },
] as const;

/**
 * Everything in `selector` that a reader cannot see whole: a box reaching past the page's content
 * column or the window, or text running out of its own box. Cells of a header row that the stacked
 * layout hides (and replaces by a label in each cell) are skipped; the page must not scroll sideways.
 */
function clipped(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const right = Math.min(document.documentElement.clientWidth, document.querySelector('main')!.getBoundingClientRect().right);
    const problems: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      const header = element.closest('thead');
      if (header && header.getBoundingClientRect().width <= 1) continue;
      const box = element.getBoundingClientRect();
      const name = `${element.tagName} “${(element.textContent ?? '').trim().slice(0, 40)}”`;
      if (box.width === 0 || box.height === 0) problems.push(`${name} is not shown`);
      else if (box.left < -0.5 || box.right > right + 0.5) problems.push(`${name} reaches ${Math.round(box.right)}px of ${Math.round(right)}px`);
      else if (element.scrollWidth > element.clientWidth + 1) problems.push(`${name} holds ${element.scrollWidth}px of text in ${element.clientWidth}px`);
    }
    if (document.documentElement.scrollWidth > document.documentElement.clientWidth) problems.push('the page scrolls sideways');
    return problems;
  }, selector);
}

describeInBrowser('the compare page on a phone and on a laptop', () => {
  const shared = useBrowserAndSite();
  let model: SiteModel;

  beforeAll(async () => {
    model = modelOf(await loadContentFromDisk(path.resolve('.')))!;
  });

  for (const viewport of VIEWPORTS) {
    it(`shows every cell of the matrix and every bar of the chart whole at ${viewport.width}px, the totals column included`, async () => {
      const page = await shared.browser.newPage({ viewport });
      await page.goto(`${shared.site.origin}/bandingkan/`);
      expect(await clipped(page, '#matriks th, #matriks td, #grafik li > *')).toEqual([]);
      // Each count says which dimension it counts, as a header on a laptop, in its own words on a phone.
      const kotaMadiun = page.locator('#matriks tr[data-region="kota-madiun"]');
      const total = (await kotaMadiun.locator('td.total').innerText()).replace(/\s+/g, ' ');
      const row = comparePage(model, 'id').matrix.find((r) => r.region.slug === 'kota-madiun')!;
      expect(total).toBe(`${viewport.width === 360 ? 'Jumlah: ' : ''}${row.recorded && row.total.text}`);
      expect(await page.locator('#matriks tr[data-recorded="tidak"] td').first().innerText()).toBe('Daftar program belum tercatat');
      await page.close();
    });

    it(`fits two chosen regions side by side at ${viewport.width}px`, async () => {
      const page = await shared.browser.newPage({ viewport });
      await page.goto(`${shared.site.origin}/bandingkan/?daerah=kota-madiun&daerah=kota-contoh`);
      await page.waitForSelector('#berdampingan-tabel thead th[data-region="kota-contoh"]:not([hidden])');
      const widths = await page.evaluate(() => ({ table: document.querySelector('#berdampingan-tabel')!.getBoundingClientRect().width, box: document.querySelector('#berdampingan .table-scroll')!.clientWidth }));
      expect(widths.table).toBeLessThanOrEqual(widths.box + 0.5);
      await page.close();
    });
  }

  it('opens the search for the programmes a count stands for', async () => {
    const page = await shared.browser.newPage({ viewport: VIEWPORTS[0] });
    const problems = recordProblems(page);
    await page.goto(`${shared.site.origin}/bandingkan/`);
    const links = await page.locator('#matriks td.count a').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
    expect(links.length).toBeGreaterThan(0);
    expect(new Set(links)).toEqual(new Set(['/cari/']));
    const madiun = model.regionBySlug('kota-madiun')!;
    await Promise.all([page.waitForURL(/\/cari\/\?/), page.click('#matriks tr[data-region="kota-madiun"] td.total a')]);
    expect(new URL(page.url()).searchParams.getAll('daerah')).toEqual([madiun.data.name]);
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
    expect(await page.textContent('#search-status')).toMatch(new RegExp(`^${madiun.programmes.length} hasil`));
    expect(problems).toEqual([]);
    await page.close();
  });
});

describeInBrowser('a programme’s status and progress', () => {
  const shared = useBrowserAndSite();
  let model: SiteModel;
  let versionDay: string | undefined;

  beforeAll(async () => {
    model = modelOf(await loadContentFromDisk(path.resolve('.')))!;
    versionDay = (await contentHistory()).version?.day;
  });

  for (const viewport of VIEWPORTS) {
    it(`shows the status with its date and the work done as a bar at ${viewport.width}px`, async () => {
      const programme = model.programmes.find((p) => p.percentDone !== undefined && p.percentDone > 0)!;
      const page = await shared.browser.newPage({ viewport });
      await page.goto(`${shared.site.origin}${programme.path}`);
      const date = programme.progressAsOf!.date;
      expect(await page.locator('.lead .as-of time').getAttribute('datetime')).toBe(date);
      expect(await page.locator('.lead .as-of').innerText()).toMatch(/^per \d{1,2} \S+ \d{4}$|^per \S+ \d{4}$/);
      const bar = page.getByRole('progressbar', { name: 'Capaian pekerjaan' });
      expect(await bar.isVisible()).toBe(true);
      expect(await bar.getAttribute('value')).toBe(String(programme.percentDone));
      expect(await page.locator('[data-progress-summary] .percent').innerText()).toContain(`${programme.percentDone}% selesai`);
      expect(await clipped(page, '[data-progress-summary] *, .lead .status-line')).toEqual([]);
      await page.close();
    });
  }

  it('marks a status stated more than a year before the data version as possibly changed, and only such a status', async () => {
    const page = await shared.browser.newPage({ viewport: VIEWPORTS[0] });
    const real = model.national.programmes.filter((p) => p.progressAsOf);
    const stale = real.find((p) => isPossiblyStale(p.data.status, p.progressAsOf, versionDay));
    const fresh = real.find((p) => !isPossiblyStale(p.data.status, p.progressAsOf, versionDay));
    for (const [programme, expected] of [
      [stale, true],
      [fresh, false],
    ] as const) {
      if (!programme) continue;
      await page.goto(`${shared.site.origin}${programme.path}`);
      expect(await page.locator('.lead [data-stale]').count(), programme.key).toBe(expected ? 1 : 0);
      if (expected) expect(await page.locator('.lead [data-stale]').innerText()).toContain('mungkin sudah berubah');
    }
    // The real content has statuses from 2017, so with any data version there is one to mark.
    expect(versionDay === undefined || stale !== undefined).toBe(true);
    await page.close();
  });
});
