import { execFile } from 'node:child_process';
import { cp } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { projectCopy } from '../helpers/project-copy.ts';
import { scratchDir } from '../helpers/site.ts';
import { describeInBrowser, recordProblems, useBrowser, useBrowserAndSite } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const PHONE = { width: 360, height: 800 };
const DESKTOP = { width: 1280, height: 900 };
const SCHEMES = ['light', 'dark'] as const;
/** global.css's --color-surface in each scheme: diagrams sit on the page's own surface. */
const SURFACE = { light: 'rgb(255, 255, 255)', dark: 'rgb(21, 24, 28)' } as const;

/** Pages of each kind with diagrams: the roadmap chart, generated Mermaid diagrams, an author's Mermaid block. */
const DIAGRAM_PAGES = ['/kota-contoh/peta-jalan/', '/kota-contoh/', '/kota-contoh/dimensi/smart-governance/', '/en/kota-contoh/peta-jalan/'];

/** Scripts the page requests; none is Mermaid, since diagrams are drawn at build time. */
function recordScripts(page: Page): string[] {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  return scripts;
}

interface FigureReport {
  caption: string;
  /** Every visible text of the picture (SVG text, and the roadmap chart's HTML text), with its size on screen. */
  texts: { text: string; px: number }[];
  /** Texts that stick out of the picture that holds them, or end in an ellipsis. */
  clipped: string[];
  /** The background behind the picture, and the fill of its first node or bar. */
  background: string;
  scrollers: { scrolls: boolean; focusable: boolean; name: string | null; hintShown: boolean }[];
  /** The picture is no wider than its box: nothing to scroll sideways. */
  fits: boolean;
  legend: string[];
}

/** What a reader sees of each diagram figure on the page. */
function figures(page: Page): Promise<FigureReport[]> {
  return page.evaluate(() => {
    /** Font size on screen: CSS size times the SVG's scale, if the text is inside one. */
    const shownSize = (element: Element) => {
      const scale = element instanceof SVGGraphicsElement ? (element.getScreenCTM()?.a ?? 1) : 1;
      return Number.parseFloat(getComputedStyle(element).fontSize) * scale;
    };
    const visible = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    };
    return [...document.querySelectorAll('figure.diagram, figure.roadmap, figure.milestones')].map((figure) => {
      const picture = figure.querySelector('.diagram__canvas, .roadmap__chart, .milestones__chart');
      const textElements = [
        ...figure.querySelectorAll(
          'svg text, .roadmap__name, .roadmap__detail, .roadmap__group-name, .roadmap__legend li, .milestones__year-label, .milestones__when, .milestones__kind, .milestones__title, .milestones__more',
        ),
      ].filter(
        (element) => visible(element) && element.textContent!.trim() && !element.closest('table'),
      );
      const clipped: string[] = [];
      for (const element of textElements) {
        const text = element.textContent!.replace(/\s+/g, ' ').trim();
        if (/…$/.test(text)) clipped.push(`ellipsis: ${text}`);
        // A text is clipped when it sticks out of an SVG that hides its overflow, or out of its own HTML box.
        const svg = element.closest('svg');
        const box = element.getBoundingClientRect();
        const frame = svg?.getBoundingClientRect();
        const overflowsSvg =
          svg && frame && getComputedStyle(svg).overflow !== 'visible' && (box.left < frame.left - 1 || box.right > frame.right + 1 || box.top < frame.top - 1 || box.bottom > frame.bottom + 1);
        const overflowsBox = !element.closest('svg') && element instanceof HTMLElement && element.scrollWidth > element.clientWidth + 1;
        if (overflowsSvg || overflowsBox) clipped.push(`outside: ${text}`);
      }
      const scrollers = [...figure.querySelectorAll('*')]
        .filter((element) => ['auto', 'scroll'].includes(getComputedStyle(element).overflowX) && !(element.closest('details') && !element.closest('details[open]')))
        .map((element) => {
          const hint = element.parentElement?.querySelector(':scope > .diagram__hint');
          return {
            scrolls: element.scrollWidth > element.clientWidth,
            focusable: element.getAttribute('tabindex') === '0',
            name: element.getAttribute('aria-label'),
            hintShown: hint ? visible(hint) : false,
          };
        });
      return {
        caption: figure.querySelector('figcaption')?.textContent ?? '',
        texts: textElements.map((element) => ({ text: element.textContent!.trim(), px: shownSize(element) })),
        clipped,
        background: picture ? getComputedStyle(picture).backgroundColor : '',
        scrollers,
        fits: picture ? picture.scrollWidth <= picture.clientWidth : true,
        legend: [...figure.querySelectorAll('.roadmap__legend li')].map((item) => item.textContent!.replace(/\s+/g, ' ').trim()),
      };
    });
  });
}

/** The fill of a drawn shape behind text: a node box, a timeline period, a roadmap bar. */
function firstShapeFill(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('figure .node rect, figure .roadmap__bar--horizon')].slice(0, 1).map((shape) => getComputedStyle(shape).fill),
  );
}

const luminance = (rgb: string) => {
  const [r, g, b] = (rgb.match(/[\d.]+/g) ?? []).slice(0, 3).map((value) => {
    const c = Number(value) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};

describeInBrowser('diagrams where they are read: phone and desktop, light and dark', () => {
  const shared = useBrowserAndSite();

  for (const viewport of [PHONE, DESKTOP]) {
    for (const scheme of SCHEMES) {
      it(`at ${viewport.width} px in ${scheme} mode: text of 12 px or more, no label cut, the page's own background, scrolling said and reachable by keyboard`, async () => {
        const page = await shared.browser.newPage({ viewport, colorScheme: scheme });
        const problems = recordProblems(page);
        const scripts = recordScripts(page);
        for (const path of DIAGRAM_PAGES) {
          await page.goto(`${shared.site.origin}${path}`);
          // Hints follow a scroll timeline, which the browser computes with the first frames.
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
          const report = await figures(page);
          expect(report.length, path).toBeGreaterThan(0);
          expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path} scrolls sideways`).toBe(viewport.width);
          for (const figure of report) {
            const where = `${path} · ${figure.caption}`;
            expect(figure.texts.length, where).toBeGreaterThan(2);
            expect(figure.texts.filter(({ px }) => px < 11.95).map(({ text, px }) => `${text} (${px.toFixed(1)} px)`), where).toEqual([]);
            expect(figure.clipped, where).toEqual([]);
            expect(figure.background, where).toBe(SURFACE[scheme]);
            for (const scroller of figure.scrollers.filter(({ scrolls }) => scrolls)) {
              expect(scroller, where).toEqual({ scrolls: true, focusable: true, name: figure.caption, hintShown: true });
            }
            for (const scroller of figure.scrollers.filter(({ scrolls }) => !scrolls)) expect(scroller.hintShown, where).toBe(false);
          }
          // Shapes follow the scheme too: light fills on a light page, dark fills on a dark one.
          for (const fill of await firstShapeFill(page)) {
            expect(scheme === 'dark' ? luminance(fill) < 0.1 : luminance(fill) > 0.5, `${path}: ${fill}`).toBe(true);
          }
        }
        expect(scripts.filter((url) => /mermaid/i.test(url))).toEqual([]);
        expect(problems).toEqual([]);
        await page.close();
      });
    }
  }

  it('shows the whole roadmap on a phone without sideways scrolling, with a legend for quick wins, statuses and today', async () => {
    const page = await shared.browser.newPage({ viewport: PHONE });
    await page.goto(`${shared.site.origin}/kota-contoh/peta-jalan/`);
    const chart = page.locator('figure.roadmap .roadmap__chart');
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await chart.getAttribute('aria-label')).toBe('Linimasa peta jalan — Kota Contoh');
    expect(await chart.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    const [report] = await figures(page);
    expect(report!.legend).toEqual(
      expect.arrayContaining(['★ Quick win (hasil cepat)', 'Status: Direncanakan', 'Status: Berjalan', 'Status: Selesai', expect.stringMatching(/^Data per \d+ \S+ \d{4} \(versi data\)$/)]),
    );
    // Every year of the plan is on the track: its first and last year are labelled on the phone too.
    const years = await page.locator('.roadmap__group').first().locator('.roadmap__year').evaluateAll((texts) => texts.filter((text) => getComputedStyle(text).display !== 'none').map((text) => text.textContent));
    expect(years.at(0)).toBe('2022');
    expect(Number(years.at(-1))).toBeGreaterThanOrEqual(2030);
    // Each programme's name is written out in full, once in the chart and once in the table.
    expect(await page.locator('.roadmap__name', { hasText: 'Bank Sampah Digital' }).count()).toBe(1);
    expect(await page.locator('figure.roadmap table th', { hasText: 'Bank Sampah Digital' }).count()).toBe(1);
    await page.close();
  });

  it('fits the author’s flowchart and the masterplan timeline on a phone: no sideways scrolling, text of 12 px or more', async () => {
    const page = await shared.browser.newPage({ viewport: PHONE });
    const shown: Record<string, Pick<FigureReport, 'fits' | 'clipped'> & { smallest: number }> = {};
    for (const path of ['/kota-contoh/dimensi/smart-governance/', '/kota-contoh/', '/en/kota-contoh/']) {
      await page.goto(`${shared.site.origin}${path}`);
      for (const figure of await figures(page)) {
        shown[figure.caption] = { fits: figure.fits, clipped: figure.clipped, smallest: Math.min(...figure.texts.map(({ px }) => px)) };
      }
    }
    for (const caption of ['Alur layanan perizinan daring', 'Linimasa masterplan — Kota Contoh', 'Masterplan timeline — Kota Contoh']) {
      expect(shown[caption], caption).toEqual({ fits: true, clipped: [], smallest: expect.any(Number) });
      expect(shown[caption]!.smallest, caption).toBeGreaterThanOrEqual(11.95);
    }
    await page.close();
  });

  it('lays the masterplan timeline out as years one below the other on a phone and side by side on a desktop, every event in order', async () => {
    const page = await shared.browser.newPage({ viewport: PHONE });
    await page.goto(`${shared.site.origin}/kota-contoh/`);
    const yearTops = () => page.locator('.milestones__year').evaluateAll((years) => years.map((year) => year.getBoundingClientRect().top));
    const onPhone = await yearTops();
    expect(onPhone.length).toBeGreaterThan(2);
    expect(onPhone).toEqual([...onPhone].sort((a, b) => a - b));
    expect(new Set(onPhone).size).toBe(onPhone.length);
    // Every event the region file lists, once, with its date in words and in machine form.
    const events = page.locator('.milestones__event');
    expect(await events.count()).toBeGreaterThan(5);
    const dates = await events.locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''));
    expect(dates).toEqual([...dates].sort());
    await page.setViewportSize(DESKTOP);
    const onDesktop = await yearTops();
    expect(onDesktop[1]).toBe(onDesktop[0]);
    await page.close();
  });

  it('scrolls a diagram wider than the screen with the arrow keys once it has focus', async () => {
    const page = await shared.browser.newPage({ viewport: PHONE });
    await page.goto(`${shared.site.origin}/kota-contoh/dimensi/smart-governance/`);
    // The dimension's tree of elements and programmes is wider than a phone.
    const canvas = page.getByRole('region', { name: /^Tata Kelola → elemen dan program/ });
    expect(await canvas.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await canvas.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => canvas.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
    await page.close();
  });
});

describeInBrowser('diagrams in a build without a browser for drawing', () => {
  const shared = useBrowser();
  let textOnly: StaticServer;

  beforeAll(async () => {
    // A second build with no browser for diagrams: the pages must then show the diagrams as text.
    const textOnlySite = scratchDir('site-text-diagrams');
    const project = await projectCopy(scratchDir('text-diagrams-project'));
    await cp('content/kota-contoh', path.join(project, 'content', 'kota-contoh'), { recursive: true });
    await promisify(execFile)('npx', ['astro', 'build', '--outDir', textOnlySite], {
      cwd: project,
      env: { ...process.env, MERMAID_CHROMIUM: 'none', REGION: 'kota-contoh' },
      maxBuffer: 64 * 1024 * 1024,
    });
    textOnly = await serveStatic(textOnlySite);
  });

  afterAll(async () => {
    await textOnly?.close();
  });

  it('shows Mermaid diagrams as their text equivalent, and the roadmap chart, which needs no drawing browser, as always', async () => {
    const page = await shared.browser.newPage({ viewport: PHONE });
    const problems = recordProblems(page);
    const scripts = recordScripts(page);
    await page.goto(`${textOnly.origin}/kota-contoh/`);
    const figures = page.locator('figure.diagram');
    expect(await figures.count()).toBeGreaterThan(0);
    expect(await figures.locator('svg, .diagram__canvas, .diagram__hint').count()).toBe(0);
    await page.goto(`${textOnly.origin}/kota-contoh/peta-jalan/`);
    const roadmap = page.locator('figure.roadmap');
    expect(await roadmap.locator('figcaption').textContent()).toBe('Linimasa peta jalan — Kota Contoh');
    expect(await roadmap.locator('.roadmap__name', { hasText: 'Bank Sampah Digital' }).count()).toBe(1);
    expect(await roadmap.locator('table th', { hasText: 'Bank Sampah Digital' }).count()).toBe(1);
    expect(scripts.filter((url) => /mermaid/i.test(url))).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE.width);
    expect(problems).toEqual([]);
    await page.close();
  });
});
