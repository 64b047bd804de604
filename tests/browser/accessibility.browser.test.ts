import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { builtSite, htmlFiles } from '../helpers/site.ts';
import { describeInBrowser, useBrowserAndSite } from '../helpers/browser.ts';
import { axeViolations } from '../helpers/axe.ts';
import { DEFAULT_SWEEP_SEED, forEachConcurrently, sweepSample } from '../helpers/page-sample.ts';

const seed = Number(process.env.SWEEP_SEED ?? DEFAULT_SWEEP_SEED);

/** Pages tested at once: the browser works on one while the test waits for another. */
const PAGES_AT_ONCE = 3;

/**
 * Time a sweep may take, from the number of pages it visits: generous per page, because CI runs on
 * a shared two-core machine that may be busy with other work, and each page is checked twice
 * (desktop and phone).
 */
const sweepTimeout = (pages: number): number => 60_000 + (pages * 30_000) / PAGES_AT_ONCE;

/** Built pages as URLs with their size: `kota-contoh/index.html` → `/kota-contoh/`. */
async function sweptUrls(): Promise<string[]> {
  const pages = await Promise.all(
    (await htmlFiles()).map(async (file) => ({
      url: `/${file.replace(/index\.html$/, '')}`,
      bytes: (await stat(path.join(builtSite(), file))).size,
    })),
  );
  return sweepSample(pages, seed, process.env.SWEEP_ALL === '1');
}

/** What a sweep found on one page. */
interface Findings {
  readonly violations: string[];
  readonly overflowing: string[];
}

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 800 };

/**
 * Visits every URL in one colour scheme, a few at a time, each tab reused from page to page (a new
 * tab per page cost more than the page itself): axe-core at desktop width, then the same page
 * narrowed to a 360 px phone, where nothing may scroll sideways and axe-core runs again, since a
 * phone's layout has problems of its own (a table box that scrolls but takes no keyboard focus,
 * controls that shrink, text laid over other colours). Narrowing the visited page instead of
 * loading it again keeps the second look cheap.
 */
async function sweep(browser: Browser, origin: string, urls: readonly string[], colorScheme: 'light' | 'dark'): Promise<Findings> {
  const context = await browser.newContext({ colorScheme });
  const found: Findings = { violations: [], overflowing: [] };
  try {
    const idle: Page[] = await Promise.all(Array.from({ length: Math.min(PAGES_AT_ONCE, urls.length) }, () => context.newPage()));
    await forEachConcurrently(urls, idle.length, async (url) => {
      const page = idle.pop()!;
      await page.setViewportSize(DESKTOP);
      await page.goto(`${origin}${url}`);
      found.violations.push(...(await axeViolations(page)).map((violation) => `${url} at ${DESKTOP.width} px ${violation}`));
      await page.setViewportSize(PHONE);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > PHONE.width) found.overflowing.push(`${url} (${width}px)`);
      found.violations.push(...(await axeViolations(page)).map((violation) => `${url} at ${PHONE.width} px ${violation}`));
      idle.push(page);
    });
  } finally {
    await context.close();
  }
  return { violations: found.violations.sort(), overflowing: found.overflowing.sort() };
}

const urls = await sweptUrls();

describeInBrowser('accessibility of every page kind', () => {
  const shared = useBrowserAndSite();

  it('reports the violations a page really has, so a clean sweep means something', async () => {
    const page = await shared.browser.newPage();
    await page.setContent('<html lang="id"><body><main><img src="/x.png"><a href="/"></a></main></body></html>');
    expect((await axeViolations(page)).map((violation) => violation.split(':')[0])).toEqual(expect.arrayContaining(['image-alt', 'link-name']));
    await page.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(
      `has no WCAG 2.2 A/AA violation on any page kind at desktop width and on a 360 px phone, nor sideways scrolling on the phone, in ${colorScheme} mode (sample seed ${seed})`,
      async () => {
        expect(await sweep(shared.browser, shared.site.origin, urls, colorScheme)).toEqual({ violations: [], overflowing: [] });
      },
      sweepTimeout(urls.length),
    );
  }

  it('takes a keyboard user from home to a roadmap, a programme and a search, with visible focus', async () => {
    const page = await shared.browser.newPage({ viewport: { width: 1024, height: 800 } });
    await page.goto(`${shared.site.origin}/`);

    /** Tabs until the focused element matches, checking that each focused element shows a focus ring. */
    const tabTo = async (description: string, matches: () => boolean) => {
      for (let presses = 0; presses < 200; presses++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (!element || element === document.body) return { visible: true, text: '' };
          const style = getComputedStyle(element);
          return { visible: style.outlineStyle !== 'none' && style.outlineWidth !== '0px', text: element.textContent?.trim() ?? '' };
        });
        expect(focus.visible, `focus ring on "${focus.text}"`).toBe(true);
        if (await page.evaluate(matches)) return;
      }
      throw new Error(`Tab never reached ${description}`);
    };

    await tabTo('the skip link', () => document.activeElement?.textContent === 'Langsung ke isi');
    await tabTo('Kota Contoh', () => document.activeElement?.textContent?.trim() === 'Kota Contoh');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/kota-contoh/');
    await tabTo('the roadmap link', () => document.activeElement?.textContent?.includes('Lihat peta jalan lengkap') ?? false);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/kota-contoh/peta-jalan/');
    await tabTo('a programme in the roadmap table', () => document.activeElement?.closest('table') !== null && document.activeElement?.tagName === 'A');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/kota-contoh/program/**');
    expect(await page.locator('h1').count()).toBe(1);
    await tabTo('the search link', () => document.activeElement?.textContent === 'Cari');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/cari/');
    await tabTo('the search box', () => document.activeElement?.id === 'search-q');
    await page.keyboard.type('sampah');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
    expect(await page.textContent('#search-status')).toMatch(/hasil untuk “sampah”/);
    await page.close();
  });
});
