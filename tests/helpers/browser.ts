import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { builtSite } from './site.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { CHROMIUM_ARGS, findChromium } from '../../src/lib/browser.ts';

/**
 * Browser tests run in a real Chromium. Where none is installed they are skipped with a notice;
 * in CI (CI=true), where .ci/run installs Chromium, a missing browser is an error instead.
 */
export const chromiumPath = findChromium();

if (!chromiumPath) {
  const notice =
    'Chromium tidak ditemukan: uji browser dilewati. Pasang chromium atau set CHROMIUM_PATH. / ' +
    'No Chromium found: browser tests are skipped. Install chromium or set CHROMIUM_PATH.';
  if (process.env.CI) throw new Error(notice);
  console.warn(notice);
}

export const describeInBrowser = chromiumPath ? describe : describe.skip;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
}

/** Collects console errors and failed requests so a test can assert a page ran cleanly. */
export function recordProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  return problems;
}

/**
 * One Chromium and the built site on a local server for a `describe` block: call it at the top of
 * the block; the returned object is filled in before the first test and closed after the last.
 */
export function useBrowserAndSite(): { browser: Browser; site: StaticServer } {
  const shared = {} as { browser: Browser; site: StaticServer };
  beforeAll(async () => {
    [shared.browser, shared.site] = await Promise.all([launchChromium(), serveStatic(builtSite())]);
  });
  afterAll(async () => {
    await Promise.all([shared.browser?.close(), shared.site?.close()]);
  });
  return shared;
}
