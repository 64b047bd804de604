import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { builtSite, scratchDir } from '../helpers/site.ts';
import { describeInBrowser, launchChromium, recordProblems } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const PHONE = { width: 360, height: 740 };

describeInBrowser('the roadmap diagram on a 360 px phone', () => {
  let browser: Browser;
  let buildTime: StaticServer;
  let clientFallback: StaticServer;

  beforeAll(async () => {
    // A second build with no browser for diagrams: Mermaid must then draw in the reader's browser.
    const fallbackSite = scratchDir('site-client-diagrams');
    await promisify(execFile)('npx', ['astro', 'build', '--outDir', fallbackSite], {
      env: { ...process.env, MERMAID_CHROMIUM: 'none', REGION: 'kota-contoh' },
      maxBuffer: 64 * 1024 * 1024,
    });
    [browser, buildTime, clientFallback] = await Promise.all([launchChromium(), serveStatic(builtSite()), serveStatic(fallbackSite)]);
  });

  afterAll(async () => {
    await Promise.all([browser?.close(), buildTime?.close(), clientFallback?.close()]);
  });

  it('is an inline SVG drawn at build time, scrolls inside its figure, and loads no Mermaid', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    const problems = recordProblems(page);
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${buildTime.origin}/kota-contoh/peta-jalan/`);
    const svg = page.locator('figure.diagram svg[role="img"]');
    await expect(svg.count()).resolves.toBe(1);
    expect(await svg.getAttribute('aria-label')).toBe('Diagram Gantt peta jalan — Kota Contoh');
    expect(await page.locator('figure.diagram svg text', { hasText: 'Bank Sampah Digital' }).count()).toBeGreaterThan(0);
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

  it('is drawn by Mermaid in the browser when the build had no browser, without console errors', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    const problems = recordProblems(page);
    await page.goto(`${clientFallback.origin}/kota-contoh/peta-jalan/`);
    const source = page.locator('pre.mermaid-source');
    await expect(source.count()).resolves.toBe(1);
    await page.locator('figure.diagram').scrollIntoViewIfNeeded();
    await page.waitForSelector('figure.diagram svg[role="img"]', { timeout: 30_000 });
    expect(await page.locator('figure.diagram svg text', { hasText: 'Bank Sampah Digital' }).count()).toBeGreaterThan(0);
    expect(await page.locator('pre.mermaid-source').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(PHONE.width);
    expect(problems).toEqual([]);
    await page.close();
  });
});
