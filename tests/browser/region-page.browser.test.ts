import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { loadContentFromDisk } from '../../src/lib/content/load.ts';
import type { RegionModel, SiteModel } from '../../src/lib/model.ts';
import { notKnownFacts, regionHoldings } from '../../src/lib/page-data/region.ts';
import { describeInBrowser, recordProblems, useBrowserAndSite } from '../helpers/browser.ts';
import { modelOf } from '../helpers/model.ts';

/**
 * The region page on a 360 px phone: a sparse real region reads as one "Belum diketahui" list
 * instead of a gap in every section, with no link to a page that would be empty; the demo region
 * has a contents list whose links reach its sections, and a programme filter that needs no script.
 */
describeInBrowser('the region page on a phone', () => {
  const shared = useBrowserAndSite();
  let model: SiteModel;
  /** The real region that lacks the most: only a summary, no programme, no horizon. */
  let sparse: RegionModel;

  beforeAll(async () => {
    model = modelOf(await loadContentFromDisk(path.resolve('.')))!;
    const candidates = model.national.regions.filter((region) => regionHoldings(region) === 'summary' && region.horizons.length === 0);
    sparse = candidates.sort((a, b) => notKnownFacts(b).length - notKnownFacts(a).length)[0]!;
  });

  async function open(urlPath: string, javaScriptEnabled = true): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
    const context = await shared.browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled });
    const page = await context.newPage();
    const problems = recordProblems(page);
    await page.goto(`${shared.site.origin}${urlPath}`);
    return { page, problems, close: () => context.close() };
  }

  it('shows a sparse region’s gaps as one "Belum diketahui" list with a way to contribute, not as "Belum tersedia" in each section', async () => {
    const { page, close } = await open(sparse.path);
    const main = page.locator('main');
    expect(await main.locator('h1').textContent()).toBe(sparse.data.name);
    // The words may occur in the summary's own prose; as a marker of a gap they are gone.
    expect(await main.getByText('Belum tersedia', { exact: true }).count()).toBe(0);
    const list = main.locator('section[aria-labelledby="belum-diketahui"]');
    expect(await list.count()).toBe(1);
    expect(await list.locator('h2').textContent()).toBe('Belum diketahui');
    const items = await list.locator('li').allInnerTexts();
    // One short line per missing fact (the test's model has no cohort lists, so it may count one more).
    expect(items.length).toBeGreaterThanOrEqual(notKnownFacts(sparse).length - 1);
    expect(items.map((item) => item.trim())).toEqual(expect.arrayContaining(['periode masterplan', 'visi', 'program']));
    expect(await list.locator('a[href$="/tentang/#kontribusi"]').isVisible()).toBe(true);
    // No section is drawn for what is not known: no heading for the vision, the roadmap or the programmes.
    expect(await main.locator('h2').allTextContents()).not.toEqual(expect.arrayContaining(['Visi dan misi', 'Ringkasan peta jalan', 'Program']));
    await close();
  });

  it('links no empty page from a sparse region: neither its roadmap nor a dimension without programmes', async () => {
    const { page, close } = await open(sparse.path);
    expect(await page.locator('main h1').textContent()).toBe(sparse.data.name);
    const hrefs = await page.locator('main a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => href.includes('/peta-jalan/'))).toEqual([]);
    expect(hrefs.filter((href) => href.includes(`${sparse.slug}/dimensi/`))).toEqual([]);
    // An old link to a section still lands on the page, at the line saying it is not known.
    expect(await page.locator('#visi').textContent()).toContain('visi');
    expect(await page.locator('#peta-jalan').isVisible()).toBe(true);
    await close();
  });

  it('gives the demo region a contents list whose every link scrolls to a section heading on the page', async () => {
    const { page, problems, close } = await open('/kota-contoh/');
    const contents = page.getByRole('navigation', { name: 'Di halaman ini' });
    const links = contents.getByRole('link');
    const targets = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    expect(targets.length).toBeGreaterThanOrEqual(8);
    expect(targets).toEqual(expect.arrayContaining(['#profil', '#program', '#sumber']));
    for (const [index, target] of targets.entries()) {
      expect(target, 'an in-page link').toMatch(/^#[a-z-]+$/);
      await links.nth(index).click();
      await page.waitForURL(`**/kota-contoh/${target}`);
      const heading = page.locator(target);
      expect(await heading.evaluate((element) => element.tagName), target).toBe('H2');
      await expect.poll(() => heading.evaluate((element) => element.getBoundingClientRect().top), { message: target }).toBeLessThan(800);
      expect(await heading.evaluate((element) => element.getBoundingClientRect().bottom), target).toBeGreaterThan(0);
      await page.evaluate(() => window.scrollTo(0, 0));
    }
    expect(problems).toEqual([]);
    await close();
  });

  it('keeps the demo region within 16 phone screens, with its ready citation in view and the citation’s parts one tap away, without JavaScript too', async () => {
    const { page, close } = await open('/kota-contoh/', false);
    // 16.8 screens before the citation's parts and the milestones' second copy were folded away; 15.3 after.
    const screens = await page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight);
    expect(screens).toBeLessThanOrEqual(16);
    const cite = page.locator('section.cite-box');
    expect(await cite.getByRole('textbox', { name: 'Kutipan' }).isVisible()).toBe(true);
    const summary = cite.locator('summary');
    expect(await summary.textContent()).toBe('Tautan tetap, versi data dan sumber asli');
    const sources = cite.locator('.sources li');
    expect(await sources.first().isVisible()).toBe(false);
    // Opened from the keyboard, as a native disclosure is: every source of the region, in the page all along.
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await sources.first().isVisible()).toBe(true);
    expect(await sources.count()).toBe(model.regionBySlug('kota-contoh')!.data.sources.length);
    await close();
  });

  it('keeps a demo programme page within 7.5 phone screens, its ready citation in view', async () => {
    const { page, close } = await open('/kota-contoh/program/layanan-perizinan-daring/');
    // In the build of every region: 7.8 screens before the history and citation were folded, 7.2 after.
    expect(await page.evaluate(() => document.documentElement.scrollHeight / window.innerHeight)).toBeLessThanOrEqual(7.5);
    expect(await page.locator('section.cite-box').getByRole('textbox', { name: 'Kutipan' }).isVisible()).toBe(true);
    expect(await page.locator('section.cite-box .sources li').first().isVisible()).toBe(false);
    await close();
  });

  it('groups the demo programmes by dimension and filters them by status without JavaScript', async () => {
    const { page, close } = await open('/kota-contoh/', false);
    const region = model.regionBySlug('kota-contoh')!;
    const rows = page.locator('#program ~ .region-programmes .programme-rows li');
    expect(await rows.count()).toBe(region.programmes.length);
    const groups = await page.locator('.programme-group h3').allTextContents();
    expect(groups.length).toBe(region.dimensions.filter((group) => group.programmes.length > 0).length);
    const running = region.programmes.filter((programme) => programme.data.status === 'running');
    expect(running.length).toBeGreaterThan(0);
    await page.getByRole('radio', { name: new RegExp(`^Berjalan \\(${running.length}\\)$`) }).check();
    const shown = await rows.filter({ visible: true }).locator('a').allTextContents();
    expect(shown.sort()).toEqual(running.map((programme) => programme.data.name).sort());
    await page.getByRole('radio', { name: /^Semua/ }).check();
    expect(await rows.filter({ visible: true }).count()).toBe(region.programmes.length);
    await close();
  });
});
