import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { PROGRAMME_LINES, REGION_LINES, text, withLine } from '../helpers/content-fixture.ts';
import { describeInBrowser, useBrowser } from '../helpers/browser.ts';
import { projectCopy } from '../helpers/project-copy.ts';
import { scratchDir } from '../helpers/site.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { ESCAPED_BODIES } from '../hostile/bodies.ts';

/**
 * Text that looks like markup is legitimate content (a name may contain `<` or quotes), so the
 * check accepts it; every page it reaches must show it as text. A fictional region is built whose
 * names and bodies carry payloads, and every one of its pages is opened in Chromium: no dialog, no
 * navigation, no CSP violation, no injected element and no injected style.
 */

const PAYLOAD = `"><img src=x onerror=alert(1)><script>alert(2)</script><style>main{display:none}</style>`;

const programme = (id: string, body: string): string => {
  const lines = withLine(withLine(PROGRAMME_LINES, 'id:', `id: ${id}`), 'name:', `name: '${id} ${PAYLOAD.replace(/'/g, "''")}'`);
  const closing = lines.indexOf('---', 1);
  return text([...lines.slice(0, closing + 1), body]);
};

const FILES: Record<string, string> = {
  'kota-uji/index.md': text([
    ...withLine(withLine(REGION_LINES, 'name:', `name: 'Kota Uji ${PAYLOAD}'`), 'province:', `province: 'Provinsi ${PAYLOAD}'`).slice(0, -1),
    ESCAPED_BODIES.map((escaped) => escaped.body).join('\n\n'),
  ]),
  ...Object.fromEntries(ESCAPED_BODIES.map((escaped, index) => [`kota-uji/program/p-${index}.md`, programme(`p-${index}`, escaped.body)])),
};

describeInBrowser('pages built from hostile text that the check accepts', () => {
  const shared = useBrowser();
  let site: StaticServer;
  let urls: string[];

  beforeAll(async () => {
    const root = await projectCopy(scratchDir('hostile-escaped'));
    for (const [relative, content] of Object.entries(FILES)) {
      const target = path.join(root, 'content', relative);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, content);
    }
    const dist = path.join(root, 'dist');
    await promisify(execFile)('npm', ['run', 'build', '--', '--outDir', dist], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, REGION: '' },
    });
    site = await serveStatic(dist);
    urls = ['/kota-uji/', '/en/kota-uji/', '/kota-uji/peta-jalan/', '/bandingkan/', '/', ...ESCAPED_BODIES.map((_, index) => `/kota-uji/program/p-${index}/`)];
  });

  afterAll(async () => {
    await site?.close();
  });

  it('shows the payloads as text on every page', async () => {
    const context = await shared.browser.newContext();
    const problems: string[] = [];
    for (const url of urls) {
      const page = await context.newPage();
      page.on('dialog', (dialog) => {
        problems.push(`${url}: dialog "${dialog.message()}"`);
        void dialog.dismiss();
      });
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(`${url}: ${message.text()}`);
      });
      await page.goto(`${site.origin}${url}`);
      const findings = await page.evaluate(() => ({
        injectedImages: document.querySelectorAll('img[src="x"]').length,
        injectedScripts: [...document.scripts].filter((script) => script.textContent?.includes('alert(')).length,
        injectedStyles: [...document.querySelectorAll('style')].filter((style) => style.textContent?.includes('main{display:none}')).length,
        mainHidden: getComputedStyle(document.querySelector('main')!).display === 'none',
      }));
      if (page.url() !== `${site.origin}${url}`) problems.push(`${url}: navigated to ${page.url()}`);
      if (findings.injectedImages || findings.injectedScripts || findings.injectedStyles || findings.mainHidden) {
        problems.push(`${url}: ${JSON.stringify(findings)}`);
      }
      await page.close();
    }
    await context.close();
    expect(problems).toEqual([]);
  });

  it('puts the region name on its page as written', async () => {
    const page = await shared.browser.newPage();
    await page.goto(`${site.origin}/kota-uji/`);
    expect(await page.textContent('h1')).toContain(`Kota Uji ${PAYLOAD}`);
    await page.close();
  });
});
