import { readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, useBrowserAndSite } from '../helpers/browser.ts';
import { pdfPageTexts } from '../helpers/pdf.ts';

/**
 * The handout a journalist prints: a region page on at most five A4 sheets, each sheet saying which
 * page it came from and when it was printed, no sheet left nearly blank, and no diagram whose
 * labels are too small to read on paper. Printed the way a reader prints (Chromium's A4 PDF, which
 * fires `beforeprint` like the print dialog), with the reader's clock fixed so the date is known.
 */

/** 12 March 2026, 10:00 in Jakarta: the day the reader prints. */
const PRINT_DAY = new Date('2026-03-12T10:00:00+07:00');
const PRINTED_ON = { id: '12 Maret 2026', en: '12 March 2026' } as const;
const MAX_SHEETS = 5;
/** 8 pt in CSS px: the smallest diagram text still legible on paper. */
const MIN_PRINT_TEXT_PX = (8 * 96) / 72;
/** The printable width of an A4 sheet with the portal's page margins (210 mm − 2 × 12 mm), in CSS px. */
const A4_CONTENT_WIDTH = Math.floor((186 * 96) / 25.4);

const squeezed = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

async function printed(page: Page, path: string, origin: string): Promise<{ sheets: string[]; address: string }> {
  await page.clock.setFixedTime(PRINT_DAY);
  await page.goto(origin + path, { waitUntil: 'load' });
  const address = await page.getAttribute('link[rel="canonical"]', 'href');
  const sheets = pdfPageTexts(await page.pdf({ format: 'A4' }));
  return { sheets, address: address ?? '' };
}

/** The running block every sheet repeats (the footer, printed at the top of each sheet). */
async function runningText(page: Page): Promise<string> {
  await page.emulateMedia({ media: 'print' });
  const text = await page.locator('.site-footer').innerText();
  await page.emulateMedia({ media: null });
  return text;
}

describeInBrowser('printing', () => {
  const shared = useBrowserAndSite();

  const handouts = [
    { name: 'the demo region', path: '/kota-contoh/', lang: 'id' },
    { name: 'the demo region in English', path: '/en/kota-contoh/', lang: 'en' },
    // The real region with the most programmes in content/.
    { name: 'a real region', path: '/kota-madiun/', lang: 'id' },
  ] as const;

  for (const { name, path, lang } of handouts) {
    it(`prints ${name} on at most ${MAX_SHEETS} A4 sheets, each naming its address and print date, none nearly blank`, async () => {
      const context = await shared.browser.newContext({ timezoneId: 'Asia/Jakarta' });
      const page = await context.newPage();
      const { sheets, address } = await printed(page, path, shared.site.origin);
      expect(address).toMatch(/^https?:\/\/.+\/kota-/);
      expect(sheets.length).toBeGreaterThan(0);
      expect(sheets.length).toBeLessThanOrEqual(MAX_SHEETS);
      for (const sheet of sheets) {
        expect(squeezed(sheet)).toContain(squeezed(address));
        expect(squeezed(sheet)).toContain(squeezed(PRINTED_ON[lang]));
      }
      // A sheet before the last carries at least a third of a full sheet's text.
      const running = squeezed(await runningText(page)).length;
      const fullest = Math.max(...sheets.map((sheet) => squeezed(sheet).length - running));
      const thin = sheets.slice(0, -1).map((sheet, index) => ({ sheet: index + 1, characters: squeezed(sheet).length - running }));
      expect(thin.filter(({ characters }) => characters < fullest / 3)).toEqual([]);
      await context.close();
    });
  }

  it('does not end the roadmap on a sheet holding only the footer', async () => {
    const context = await shared.browser.newContext({ timezoneId: 'Asia/Jakarta' });
    const page = await context.newPage();
    const { sheets } = await printed(page, '/kota-contoh/peta-jalan/', shared.site.origin);
    const running = squeezed(await runningText(page)).length;
    expect(squeezed(sheets.at(-1)!).length).toBeGreaterThan(running + 200);
    await context.close();
  });

  it('says the date of the data where no script can say the print date', async () => {
    const context = await shared.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${shared.site.origin}/kota-contoh/`);
    await page.emulateMedia({ media: 'print' });
    const line = page.locator('.print-line');
    expect(await line.isVisible()).toBe(true);
    expect(await line.innerText()).toMatch(/^Dicetak dari https?:\/\/\S+\/kota-contoh\/ · data per \d{1,2} \S+ \d{4}$/);
    await context.close();
  });

  it('prints no diagram of the demo region, its roadmap or its dimension pages with labels under 8 pt: a drawing too wide for the sheet gives way to its text', async () => {
    const page = await shared.browser.newPage({ viewport: { width: A4_CONTENT_WIDTH, height: 1000 } });
    await page.emulateMedia({ media: 'print' });
    const problems: string[] = [];
    // The dimension pages carry the diagrams authors draw, which print as drawn.
    const dimensionPages = readdirSync('content/kota-contoh/dimensi').map((file) => `/kota-contoh/dimensi/${file.replace(/\.md$/, '')}/`);
    expect(dimensionPages.length).toBeGreaterThan(0);
    let drawnOnPaper = 0;
    for (const path of ['/kota-contoh/', '/kota-contoh/peta-jalan/', ...dimensionPages]) {
      await page.goto(shared.site.origin + path);
      const figures = await page.locator('figure.diagram').evaluateAll((nodes) =>
        nodes.map((figure) => {
          const canvas = figure.querySelector<HTMLElement>('.diagram__canvas');
          const svg = canvas?.querySelector('svg');
          const drawn = canvas !== null && canvas !== undefined && canvas.offsetParent !== null && svg !== null && svg !== undefined;
          const scale = drawn ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 0;
          const sizes = drawn ? [...svg.querySelectorAll('text, tspan')].map((text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale) : [];
          const equivalent = [...figure.children].filter((child) => !child.matches('figcaption, .diagram__canvas, .diagram__hint'));
          return {
            caption: figure.querySelector('figcaption')?.textContent ?? '',
            drawn,
            smallest: sizes.length > 0 ? Math.min(...sizes) : Infinity,
            textShown: equivalent.some((child) => (child as HTMLElement).innerText.trim().length > 0),
          };
        }),
      );
      for (const figure of figures) {
        if (figure.drawn) drawnOnPaper += 1;
        if (figure.drawn && figure.smallest < MIN_PRINT_TEXT_PX) problems.push(`${path} "${figure.caption}": labels at ${figure.smallest.toFixed(1)} px`);
        if (!figure.drawn && !figure.textShown) problems.push(`${path} "${figure.caption}": neither drawing nor text printed`);
      }
    }
    expect(problems).toEqual([]);
    // The author's flowchart "Alur layanan perizinan daring" at least is measured on paper, not only its text.
    expect(drawnOnPaper).toBeGreaterThan(0);
    await page.close();
  });
});
