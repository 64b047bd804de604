import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, expect, it } from 'vitest';
import { loadContentFromDisk } from '../../src/lib/content/load.ts';
import { dataPagePath, programmePath, regionPath, roadmapPath } from '../../src/lib/routes.ts';
import { describeInBrowser, useBrowserAndSite } from '../helpers/browser.ts';
import { modelOf } from '../helpers/model.ts';

/**
 * Tables that stack on phones (.stacked-table in global.css): on a 360 px phone no column may hide
 * off screen or inside a box that scrolls, and each cell says which column it belongs to; on a
 * wide screen they are tables again, with figures lined up on the right.
 */

const PHONE = { width: 360, height: 800 };
const DESKTOP = { width: 1280, height: 900 };
/** The demo region shows a roadmap and programmes with indicators, progress and funding. */
const DEMO = 'kota-contoh';

/** What a reader of one stacked table cannot see, one line per cell, e.g. `Indikator kinerja / Target: "80 %" cut off at 412 px`. */
function unseenCells(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const problems: string[] = [];
    /** The box of the cell's text (not of the cell), so text that spills out of its cell counts too. */
    const textBox = (cell: Element) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return range.getBoundingClientRect();
    };
    /** The first ancestor that cuts the box off (a scrolling or clipping box the box pokes out of). */
    const clipper = (cell: Element, box: DOMRect) => {
      for (let parent = cell.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX === 'visible') continue;
        const bounds = parent.getBoundingClientRect();
        if (box.left < bounds.left - 1 || box.right > bounds.right + 1) return parent;
      }
      return undefined;
    };
    for (const table of document.querySelectorAll('table.stacked-table')) {
      const caption = table.querySelector('caption')?.textContent?.trim() ?? '';
      const headers = [...table.querySelectorAll('thead th')].map((header) => header.textContent?.trim() ?? '');
      for (const row of table.querySelectorAll('tbody tr')) {
        const cells = [...row.children];
        // A group heading across all columns (the roadmap's dimensions) is not a row of values.
        if (cells.length !== headers.length) continue;
        cells.forEach((cell, column) => {
          const header = headers[column]!;
          const text = (cell as HTMLElement).innerText.trim();
          const box = textBox(cell);
          const where = `${caption} / ${header}: "${text.slice(0, 40)}"`;
          if (box.width === 0 || text === '') problems.push(`${where} not shown`);
          else if (box.left < 0 || box.right > viewport) problems.push(`${where} cut off at ${Math.round(box.right)} px`);
          else if (clipper(cell, box)) problems.push(`${where} hidden in a box that scrolls`);
          // A row header (the programme's or column's name) heads its block; every other cell names its column.
          if (cell.getAttribute('scope') !== 'row' && !text.startsWith(`${header}:`)) problems.push(`${where} does not say "${header}:"`);
        });
      }
    }
    return problems;
  });
}

describeInBrowser('tables on phones and wide screens', () => {
  const shared = useBrowserAndSite();
  let programmeWithAllTables: string;
  /** The region page with the longest table of evaluation results (the demo region has none). */
  let mostEvaluated: string;

  beforeAll(async () => {
    const model = modelOf(await loadContentFromDisk(path.resolve('.')))!;
    const programme = model.programmes.find(
      ({ regionSlug, data }) => regionSlug === DEMO && data.indicators.length > 1 && data.progress.length > 0 && data.funding.length > 0,
    )!;
    programmeWithAllTables = programmePath(DEMO, programme.data.id);
    mostEvaluated = regionPath(model.regions.toSorted((a, b) => b.data.evaluations.length - a.data.evaluations.length)[0]!.slug);
  });

  const pages = () => [
    ['the roadmap table', roadmapPath(DEMO)],
    ['the indicator, progress and funding tables', programmeWithAllTables],
    ['the data dictionaries', dataPagePath()],
    ['the evaluation results', mostEvaluated],
  ];

  for (const prefix of ['', '/en']) {
    it(`shows every column of every table on a 360 px phone without scrolling sideways, each value under its column's name (${prefix || '/id'})`, async () => {
      const page = await shared.browser.newPage({ viewport: PHONE });
      for (const [tables, url] of pages()) {
        await page.goto(`${shared.site.origin}${prefix}${url}`);
        expect(await page.locator('table.stacked-table').count(), `${tables} on ${url}`).toBeGreaterThan(0);
        expect(await unseenCells(page), `${tables} on ${prefix}${url}`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `page width of ${url}`).toBeLessThanOrEqual(PHONE.width);
      }
      await page.close();
    });
  }

  it('lines figures up on the right on a wide screen, each column named once, in its header', async () => {
    const page = await shared.browser.newPage({ viewport: DESKTOP });
    await page.goto(`${shared.site.origin}${programmeWithAllTables}`);
    const columns = await page.evaluate(() =>
      [...document.querySelectorAll('table.stacked-table')].flatMap((table) => {
        const headers = [...table.querySelectorAll('thead th')];
        const rows = [...table.querySelectorAll('tbody tr')].map((row) => [...row.children] as HTMLElement[]);
        return headers.flatMap((header, column) => {
          if (!header.classList.contains('num')) return [];
          const rightEdge = (cell: Element) => {
            const range = document.createRange();
            range.selectNodeContents(cell);
            return Math.round(range.getBoundingClientRect().right);
          };
          const cells = rows.map((row) => row[column]!);
          return [{
            column: header.textContent?.trim(),
            rightEdges: [...new Set([header, ...cells].map(rightEdge))].length,
            tabular: cells.every((cell) => getComputedStyle(cell).fontVariantNumeric.includes('tabular-nums')),
            labelled: cells.some((cell) => cell.innerText.trim().startsWith(`${header.textContent?.trim()}:`)),
          }];
        });
      }),
    );
    // Baseline, target and year of the indicators; percent of progress; amount and year of funding.
    expect(columns.length).toBeGreaterThanOrEqual(6);
    for (const column of columns) expect(column, column.column).toMatchObject({ rightEdges: 1, tabular: true, labelled: false });
    await page.close();
  });
});
