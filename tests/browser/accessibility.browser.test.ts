import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { htmlFiles } from '../helpers/site.ts';
import { describeInBrowser, useBrowserAndSite } from '../helpers/browser.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Pages as URLs: `kota-contoh/index.html` → `/kota-contoh/`. */
async function pageUrls(): Promise<string[]> {
  return (await htmlFiles()).map((file) => `/${file.replace(/index\.html$/, '')}`);
}

describeInBrowser('accessibility of every page', () => {
  const shared = useBrowserAndSite();
  let urls: string[];

  beforeAll(async () => {
    urls = await pageUrls();
  });


  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no WCAG 2.2 A/AA violation on any page in ${colorScheme} mode`, async () => {
      const context: BrowserContext = await shared.browser.newContext({ colorScheme });
      const page = await context.newPage();
      const violations: string[] = [];
      for (const url of urls) {
        await page.goto(`${shared.site.origin}${url}`);
        const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
        for (const violation of results.violations) {
          violations.push(`${url} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
        }
      }
      await context.close();
      expect(violations).toEqual([]);
    });
  }

  it('lets no page scroll sideways on a 360 px phone', async () => {
    const page = await shared.browser.newPage({ viewport: { width: 360, height: 740 } });
    const overflowing: string[] = [];
    for (const url of urls) {
      await page.goto(`${shared.site.origin}${url}`);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) overflowing.push(`${url} (${width}px)`);
    }
    await page.close();
    expect(overflowing).toEqual([]);
  });

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
    await page.waitForFunction(() => /hasil untuk/.test(document.querySelector('#search-status')?.textContent ?? ''));
    await page.close();
  });
});
