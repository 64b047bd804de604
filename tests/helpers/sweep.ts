import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { Lang } from '../../src/i18n/lang.ts';
import { axeViolations, COLOUR_RULES, noteLookChanges, noteOneElementPerLook } from './axe.ts';
import { describeInBrowser, useBrowserAndSite } from './browser.ts';
import { DEFAULT_SWEEP_SEED, forEachConcurrently, languageOfPage, sweepSample } from './page-sample.ts';
import { builtSite, htmlFiles } from './site.ts';

/**
 * The whole-site sweep: axe-core and sideways scrolling on every page kind plus a seeded sample
 * of the rest (./page-sample.ts), at desktop width and on a 360 px phone, in light and dark mode.
 * One test file per language (tests/browser/sweep-*.browser.test.ts), so that the two halves run
 * on two test workers at once.
 *
 * Every rule runs in light mode at both widths (colour contrast at the second width only where
 * the width changed something it depends on: `checkPage`). Dark mode changes only colours (the
 * site's dark styles set nothing but custom properties, which tests/stylesheets.site.test.ts
 * holds), so in dark mode only the rules whose answer depends on colours run again, on one element
 * of each look of text: the full set would find nothing more and cost a third of the sweep, and
 * every element of one look gets the same answer.
 */

const seed = Number(process.env.SWEEP_SEED ?? DEFAULT_SWEEP_SEED);

/** Pages tested at once: the browser works on one while the test waits for another. */
const PAGES_AT_ONCE = 3;

/**
 * Time a sweep may take, from the number of pages it visits: a page takes about 5 s of a quiet
 * two-core runner (four looks, both sweeps at once), and CI's shared runner may be busy three
 * times over, so each page gets 90 s; only a hung sweep reaches that.
 */
const sweepTimeout = (pages: number): number => 60_000 + (pages * 90_000) / PAGES_AT_ONCE;

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 360, height: 800 };

/** Built pages of one language as URLs with their size: `kota-contoh/index.html` → `/kota-contoh/`. */
async function sweptUrls(lang: Lang): Promise<string[]> {
  const pages = await Promise.all(
    (await htmlFiles()).map(async (file) => ({
      url: `/${file.replace(/index\.html$/, '')}`,
      bytes: (await stat(path.join(builtSite(), file))).size,
    })),
  );
  return sweepSample(pages, seed, process.env.SWEEP_ALL === '1').filter((url) => languageOfPage(url) === lang);
}

/** What a sweep found, one line per problem, sorted. */
export interface Findings {
  readonly violations: string[];
  readonly overflowing: string[];
}

/**
 * One page, four looks, one load: light at desktop width, light on the phone (where nothing may
 * scroll sideways), then dark on the phone and dark at desktop width. Narrowing the page and
 * switching its colour scheme instead of loading it again keeps each further look cheap.
 *
 * Colour contrast, most of axe's time, is checked on the whole page in light mode; in dark mode,
 * which changes only colours, on one element of each look of text (./axe.ts
 * `noteOneElementPerLook`: the national lists repeat one row's look hundreds of times). At a
 * scheme's second width only in the elements whose colours, fonts or visibility that width changed
 * (./axe.ts `noteLookChanges`): on most pages none, so the second look costs little and still sees
 * an element shown, restyled or recoloured at only one width.
 */
export async function checkPage(page: Page, url: string, found: Findings): Promise<void> {
  const report = (width: number, scheme: string) => (violations: string[]) =>
    found.violations.push(...violations.map((violation) => `${url} at ${width} px ${scheme} ${violation}`));
  const colourInChanged = { rules: COLOUR_RULES, elements: 'changed' } as const;
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(DESKTOP);
  await page.goto(url);
  report(DESKTOP.width, 'light')(await axeViolations(page));
  await noteLookChanges(page);

  await page.setViewportSize(PHONE);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  if (width > PHONE.width) found.overflowing.push(`${url} (${width}px)`);
  report(PHONE.width, 'light')(await axeViolations(page, { except: COLOUR_RULES }));
  if ((await noteLookChanges(page)) > 0) report(PHONE.width, 'light')(await axeViolations(page, colourInChanged));

  await page.emulateMedia({ colorScheme: 'dark' });
  await noteOneElementPerLook(page);
  report(PHONE.width, 'dark')(await axeViolations(page, { rules: COLOUR_RULES, elements: 'one per look' }));
  await noteLookChanges(page);
  await page.setViewportSize(DESKTOP);
  if ((await noteLookChanges(page)) > 0) report(DESKTOP.width, 'dark')(await axeViolations(page, colourInChanged));
}

async function sweep(browser: Browser, origin: string, urls: readonly string[]): Promise<Findings> {
  const context = await browser.newContext({ baseURL: origin });
  const found: Findings = { violations: [], overflowing: [] };
  try {
    // Each tab is reused from page to page: a new tab per page cost more than the page itself.
    const idle: Page[] = await Promise.all(Array.from({ length: Math.min(PAGES_AT_ONCE, urls.length) }, () => context.newPage()));
    await forEachConcurrently(urls, idle.length, async (url) => {
      const page = idle.pop()!;
      await checkPage(page, url, found);
      idle.push(page);
    });
  } finally {
    await context.close();
  }
  return { violations: found.violations.sort(), overflowing: found.overflowing.sort() };
}

/** The sweep of one language's pages, as a test file's whole content. */
export async function describeSweep(lang: Lang): Promise<void> {
  const urls = await sweptUrls(lang);
  describeInBrowser(`accessibility of every page kind in ${lang === 'id' ? 'Indonesian' : 'English'}`, () => {
    const shared = useBrowserAndSite();
    it(
      `has no WCAG 2.2 A/AA violation at desktop width and on a 360 px phone, in light and dark mode, nor sideways scrolling on the phone (sample seed ${seed}, ${urls.length} pages)`,
      async () => {
        expect(urls.length).toBeGreaterThan(0);
        expect(await sweep(shared.browser, shared.site.origin, urls)).toEqual({ violations: [], overflowing: [] });
      },
      sweepTimeout(urls.length),
    );
  });
}
