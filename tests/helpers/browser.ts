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

/**
 * How long a page may take to load, a selector to appear or a search to answer before a test
 * fails. Playwright's own default, 30 s, is what a page took on a two-core runner busy three times
 * over (the first cross-region search failed on it); a wait ends at its event, so a long limit
 * costs nothing when the machine is quiet, and a test's own time limit still ends a hung test.
 */
const EVENT_WAIT_MS = 180_000;

/**
 * V8 in the test browser compiles no optimised code (only its baseline tier, Sparkplug). A test
 * page lives for seconds: axe-core, injected into every page the sweeps visit, and the portal's
 * own scripts run a few times each, and V8's optimising compilers (Maglev, TurboFan) took about a
 * third of Chromium's CPU compiling code that was thrown away with the page. Without them the
 * sweep's looks at 17 pages cost Chromium a quarter less CPU (median of seven runs, 50.9 → 37.8
 * CPU-s). What a page does is the same in every tier. The build's diagram renderer keeps V8's
 * default: one page draws hundreds of diagrams, where optimised code pays for itself.
 */
const TEST_BROWSER_ARGS = [...CHROMIUM_ARGS, '--js-flags=--max-opt=1'];

/** Chromium for tests: every context and page it opens waits up to `EVENT_WAIT_MS` for events. */
async function launchChromium(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: TEST_BROWSER_ARGS });
  // `newPage()` opens its context through `newContext()`, so this covers both.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(EVENT_WAIT_MS);
    context.setDefaultNavigationTimeout(EVENT_WAIT_MS);
    return context;
  };
  return browser;
}

/** Collects console errors and failed requests so a test can assert a page ran cleanly. */
export function recordProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A request the browser itself gave up because the page moved on (the favicon still loading
    // when a test goes to the next page, on a busy machine) says nothing about the site.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  return problems;
}

/**
 * The Chromium of this test worker. Browser test files share their worker's modules
 * (vitest.config.ts), so the files a worker runs one after another share one browser: a launch
 * cost more CPU than some files' pages. It ends with its worker, whose pipe to it then closes; one
 * that crashed is started again for the next block.
 */
let workerBrowser: Promise<Browser> | undefined;

function browserOfWorker(): Promise<Browser> {
  workerBrowser ??= launchChromium().then(
    (browser) => {
      browser.on('disconnected', () => {
        workerBrowser = undefined;
      });
      return browser;
    },
    (error: unknown) => {
      workerBrowser = undefined;
      throw error;
    },
  );
  return workerBrowser;
}

/** Closes every context (with its pages) a `describe` block opened, so the next block starts with none. */
async function closeContexts(browser: Browser | undefined): Promise<void> {
  await Promise.all(browser?.contexts().map((context) => context.close()) ?? []);
}

/**
 * The worker's Chromium for a `describe` block: call it at the top of the block; the returned
 * object is filled in before the first test, and what the block opened is closed after the last.
 */
export function useBrowser(): { browser: Browser } {
  const shared = {} as { browser: Browser };
  beforeAll(async () => {
    shared.browser = await browserOfWorker();
  });
  afterAll(() => closeContexts(shared.browser));
  return shared;
}

/** `useBrowser` and the built site on a local server, for a `describe` block. */
export function useBrowserAndSite(): { browser: Browser; site: StaticServer } {
  const shared = {} as { browser: Browser; site: StaticServer };
  beforeAll(async () => {
    [shared.browser, shared.site] = await Promise.all([browserOfWorker(), serveStatic(builtSite())]);
  });
  afterAll(async () => {
    await Promise.all([closeContexts(shared.browser), shared.site?.close()]);
  });
  return shared;
}
