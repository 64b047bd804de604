import { expect, it } from 'vitest';
import { describeInBrowser, useBrowserAndSite } from '../helpers/browser.ts';
import { axeViolations, COLOUR_RULES, noteOneElementPerLook, WCAG_TAGS } from '../helpers/axe.ts';
import { checkPage, type Findings } from '../helpers/sweep.ts';

/**
 * The accessibility checks of single journeys and of the sweep itself; the sweep of every page
 * kind is in sweep-id.browser.test.ts and sweep-en.browser.test.ts (tests/helpers/sweep.ts).
 */

describeInBrowser('accessibility checks', () => {
  const shared = useBrowserAndSite();

  it('reports the violations a page really has, so a clean sweep means something', async () => {
    const page = await shared.browser.newPage();
    await page.setContent('<html lang="id"><body><main><img src="/x.png"><a href="/"></a></main></body></html>');
    expect((await axeViolations(page)).map((violation) => violation.split(':')[0])).toEqual(expect.arrayContaining(['image-alt', 'link-name']));
    await page.close();
  });

  it('runs again in dark mode every WCAG A/AA rule that looks at colours', async () => {
    const page = await shared.browser.newPage();
    await page.setContent('<html lang="id"><body><main><p>x</p></main></body></html>');
    await axeViolations(page);
    const colourRules = await page.evaluate(
      (tags) => (window as unknown as { axe: { getRules: (tags: string[]) => { ruleId: string; tags: string[] }[] } }).axe
        .getRules(tags)
        .filter((rule) => rule.tags.includes('cat.color'))
        .map((rule) => rule.ruleId)
        .sort(),
      WCAG_TAGS,
    );
    expect(colourRules).toEqual([...COLOUR_RULES].sort());
    await page.close();
  });

  const TWO_PARAGRAPHS = '<p>Teks biasa.</p><p class="x">Teks uji.</p>';
  /** A list as long as the national ones, every row alike but the last (`.x`). */
  const LONG_LIST = `<ul>${'<li><a href="/a/">Kota A</a> <small>2024</small></li>'.repeat(60)}<li class="x"><a href="/b/">Kota B</a> <small>2025</small></li></ul>`;

  /** What the sweep's four looks at one page find, the page being `style` and `content` under a heading. */
  async function sweepLooksAt(style: string, content = TWO_PARAGRAPHS): Promise<Findings> {
    const context = await shared.browser.newContext({ baseURL: 'http://sweep.test' });
    await context.route('**/*', (route) =>
      route.fulfill({
        contentType: 'text/html',
        body: `<!doctype html><html lang="id"><head><title>Uji</title><style>${style}</style></head><body><main><h1>Uji</h1>${content}</main></body></html>`,
      }),
    );
    const found: Findings = { violations: [], overflowing: [] };
    await checkPage(await context.newPage(), '/uji/', found);
    await context.close();
    return found;
  }

  it('finds low contrast that only the phone shows, although the phone look checks contrast only where the width changed something', async () => {
    const found = await sweepLooksAt('.x { display: none; color: #777; background: #888 } @media (max-width: 500px) { .x { display: block } }');
    expect(found).toEqual({ violations: ['/uji/ at 360 px light color-contrast: .x', '/uji/ at 360 px dark color-contrast: .x'], overflowing: [] });
  });

  it('finds low contrast that only dark mode at desktop width shows', async () => {
    const found = await sweepLooksAt('@media (prefers-color-scheme: dark) and (min-width: 800px) { .x { color: #333; background: #444 } }');
    expect(found).toEqual({ violations: ['/uji/ at 1280 px dark color-contrast: .x'], overflowing: [] });
  });

  it('finds low contrast that only dark mode shows in one row of a long list, although dark mode checks one element of each look', async () => {
    const found = await sweepLooksAt('@media (prefers-color-scheme: dark) { body { background: #000; color: #eee } a { color: #9cf } .x small { color: #333 } }', LONG_LIST);
    expect(found).toEqual({ violations: ['/uji/ at 360 px dark color-contrast: .x > small'], overflowing: [] });
  });

  it('keeps for dark mode one element of each look of text: a heading, a row’s link and year, the last row’s year, and every form field', async () => {
    const page = await shared.browser.newPage({ colorScheme: 'dark' });
    await page.setContent(
      `<html lang="id"><head><style>@media (prefers-color-scheme: dark) { .x small { color: #333 } }</style></head><body><main><h1>Uji</h1><input aria-label="Cari" value="sampah"> <input aria-label="Tahun" value="2024">${LONG_LIST}</main></body></html>`,
    );
    expect(await noteOneElementPerLook(page)).toBe(6);
    await page.close();
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
    await page.waitForSelector('#search-results[aria-busy="false"]', { state: 'attached' });
    expect(await page.textContent('#search-status')).toMatch(/hasil untuk “sampah”/);
    await page.close();
  });
});
