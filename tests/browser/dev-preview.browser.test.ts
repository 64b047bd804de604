import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it, onTestFailed } from 'vitest';
import { describeInBrowser, useBrowser } from '../helpers/browser.ts';
import { REGION_LINES, text, withLine } from '../helpers/content-fixture.ts';
import { projectCopy } from '../helpers/project-copy.ts';
import { startServer, stopServer, type ServerProcess } from '../helpers/server-process.ts';
import { scratchDir } from '../helpers/site.ts';

/**
 * `npm run dev` tells the truth: an invalid edit turns every page into the list of problems, in
 * the words `npm run check` prints, and fixing it brings the pages back, without the editor
 * reloading anything (src/integrations/dev-check.ts).
 */

/** Waits are generous: the dev server compiles each page on first request, on a busy machine. */
const WAIT = { timeout: 180_000 };

const VALID_REGION = text(REGION_LINES);
const INVALID_REGION = text(withLine(REGION_LINES, 'type:', 'type: kotaa'));
const MESSAGE_ID = 'Nilai "kotaa" tidak dikenal. Pilihan: kota, kabupaten.';
const MESSAGE_EN = 'Unknown value "kotaa". Choose one of: kota, kabupaten.';

/** Starts `astro dev` in the project `root`, as `npm run dev` does. */
function startDevServer(root: string): Promise<ServerProcess> {
  return startServer(process.execPath, [path.resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--port', '4700'], { REGION: '' }, root);
}

describeInBrowser('npm run dev with an invalid edit', () => {
  let root: string;
  let regionFile: string;
  let server: ServerProcess | undefined;
  const shared = useBrowser();

  beforeAll(async () => {
    // A project of its own: the dev server writes into the project's .astro/ (tests/helpers/project-copy.ts).
    root = await projectCopy(scratchDir('dev-preview'));
    regionFile = path.join(root, 'content', 'kota-uji', 'index.md');
    await mkdir(path.dirname(regionFile), { recursive: true });
    await writeFile(regionFile, VALID_REGION);
    server = await startDevServer(root);
  });

  afterAll(async () => {
    if (server) await stopServer(server);
  });

  const regionHeading = (page: Page) => page.locator('h1', { hasText: 'Kota Uji' });

  it('shows the check’s message on every page until the content is valid again', async () => {
    onTestFailed(() => console.error(`astro dev printed:\n${server!.output.join('')}`));
    const page = await shared.browser.newPage();
    await page.goto(`${server!.url}kota-uji/`);
    await regionHeading(page).waitFor(WAIT);

    await writeFile(regionFile, INVALID_REGION);
    // The open page reloads by itself into the list of problems.
    await page.getByText(MESSAGE_ID, { exact: true }).waitFor(WAIT);
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    const item = page.locator('li');
    expect(await item.count()).toBe(1);
    expect((await item.innerText()).split('\n').filter(Boolean)).toEqual([
      'content/kota-uji/index.md:5 › type',
      MESSAGE_ID,
      MESSAGE_EN,
      'Petunjuk: mungkin maksud Anda "kota"?',
      'Hint: did you mean "kota"?',
    ]);
    expect(await regionHeading(page).count()).toBe(0);

    // Any other page asked for meanwhile shows the same list.
    const other = await shared.browser.newPage();
    const response = await other.goto(`${server!.url}en/`);
    expect(response?.status()).toBe(500);
    expect(await other.getByText(MESSAGE_ID, { exact: true }).count()).toBe(1);
    await other.close();

    await writeFile(regionFile, VALID_REGION);
    // And the open page comes back as the real page, again by itself.
    await regionHeading(page).waitFor(WAIT);
    expect(await page.getByText(MESSAGE_ID).count()).toBe(0);
    await page.close();
  });
});
