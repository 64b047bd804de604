import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { builtSite, scratchDir } from '../helpers/site.ts';
import { describeInBrowser, launchChromium, recordProblems } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const PHONE = { width: 360, height: 740 };

describeInBrowser('the roadmap diagram on a 360 px phone', () => {
  let browser: Browser;
  let buildTime: StaticServer;
  let textOnly: StaticServer;

  beforeAll(async () => {
    // A second build with no browser for diagrams: the page must then show the diagram as text.
    const textOnlySite = scratchDir('site-text-diagrams');
    await promisify(execFile)('npx', ['astro', 'build', '--outDir', textOnlySite], {
      env: { ...process.env, MERMAID_CHROMIUM: 'none', REGION: 'kota-contoh' },
      maxBuffer: 64 * 1024 * 1024,
    });
    [browser, buildTime, textOnly] = await Promise.all([launchChromium(), serveStatic(builtSite()), serveStatic(textOnlySite)]);
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), buildTime?.close(), textOnly?.close()]);
  });

  /** Scripts the page requests: none, since diagrams never run Mermaid in the reader's browser. */
  function recordScripts(page: Page): string[] {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    return scripts;
  }

  it('is an inline SVG drawn at build time, styled under the page’s CSP, scrolls inside its figure, and loads no Mermaid', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    const problems = recordProblems(page);
    const scripts = recordScripts(page);
    await page.goto(`${buildTime.origin}/kota-contoh/peta-jalan/`);
    const svg = page.locator('figure.diagram svg[role="img"]');
    await expect(svg.count()).resolves.toBe(1);
    expect(await svg.getAttribute('aria-label')).toBe('Diagram Gantt peta jalan — Kota Contoh');
    expect(await page.locator('figure.diagram svg text', { hasText: 'Bank Sampah Digital' }).count()).toBeGreaterThan(0);
    // The SVG's own stylesheet applies: the page's policy allows its hash (a refusal would also be
    // a console error, which `problems` collects).
    expect(await svg.evaluate((element) => getComputedStyle(element).getPropertyValue('--diagram-width'))).toMatch(/^\d+px$/);
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      canvas: document.querySelector('.diagram__canvas')!.scrollWidth,
    }));
    expect(widths.page).toBe(PHONE.width);
    expect(widths.canvas).toBeGreaterThan(PHONE.width);
    expect(scripts).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('is its text equivalent, with no picture and no script, when the build had no browser', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    const problems = recordProblems(page);
    const scripts = recordScripts(page);
    await page.goto(`${textOnly.origin}/kota-contoh/peta-jalan/`);
    const figure = page.locator('figure.diagram');
    await expect(figure.count()).resolves.toBe(1);
    expect(await figure.locator('figcaption').textContent()).toBe('Diagram Gantt peta jalan — Kota Contoh');
    expect(await figure.locator('svg, .diagram__canvas').count()).toBe(0);
    expect(await figure.locator('table th', { hasText: 'Bank Sampah Digital' }).count()).toBe(1);
    expect(scripts).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE.width);
    expect(problems).toEqual([]);
    await page.close();
  });
});
