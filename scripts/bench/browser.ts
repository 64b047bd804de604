import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../src/lib/browser.ts';

/**
 * What a reader downloads, measured with a real browser against a local static server of the
 * built site. The server compresses text with gzip level 9, as a static host would, leaves
 * Pagefind's own files as they are (they are already compressed), and counts the bytes it sends:
 * the sum of what a page or a search made the browser fetch is exactly what crossed the wire.
 */

const CHROMIUM = findChromium();

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.pagefind': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

interface Served {
  readonly path: string;
  readonly type: string;
  /** Bytes of the body as sent, after compression. */
  readonly bytes: number;
}

interface StaticServer {
  readonly origin: string;
  /** Everything served since the last call, in order. */
  take(): Served[];
  close(): Promise<void>;
}

async function serve(root: string): Promise<StaticServer> {
  let served: Served[] = [];
  const server: Server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://localhost');
      let file = path.join(root, decodeURIComponent(url.pathname));
      if (!file.startsWith(root)) return void response.writeHead(403).end();
      if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile()) {
        served.push({ path: url.pathname, type: 'missing', bytes: 0 });
        return void response.writeHead(404).end();
      }
      const extension = path.extname(file);
      const raw = await readFile(file);
      const gzip = COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      const body = gzip ? gzipSync(raw, { level: 9 }) : raw;
      const type = TYPES[extension] ?? 'application/octet-stream';
      served.push({ path: url.pathname, type, bytes: body.length });
      response.writeHead(200, { 'content-type': type, 'content-length': body.length, ...(gzip ? { 'content-encoding': 'gzip' } : {}) });
      response.end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    take: () => {
      const taken = served;
      served = [];
      return taken;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface PageWeight {
  readonly url: string;
  /** HTML + CSS + JS the page loads from the site, gzip level 9: the figure the targets speak of. */
  readonly htmlCssJsGzip: number;
  readonly htmlGzip: number;
  readonly cssGzip: number;
  readonly jsGzip: number;
  /** Anything else it loads (icons, images), compressed where a host would compress it. */
  readonly otherBytes: number;
  readonly requests: number;
}

export interface SearchPayload {
  readonly url: string;
  readonly results: string;
  readonly totalBytes: number;
  readonly requests: number;
  /** By kind of Pagefind file: script, entry, wasm, meta, index, fragment, filter. */
  readonly byKind: Readonly<Record<string, number>>;
  /** Every /pagefind/ request in order, with the bytes sent. */
  readonly files: readonly { readonly path: string; readonly bytes: number }[];
}

export interface BrowserMeasurements {
  readonly pages: readonly PageWeight[];
  readonly search: SearchPayload;
}

/** Undefined (with the reason) when there is no Chromium to measure with. */
export function chromiumMissing(): string | undefined {
  return CHROMIUM ? undefined : 'no Chrome or Chromium found (set CHROMIUM_PATH)';
}

export async function measureInBrowser(siteDir: string, pagePaths: readonly string[], query: string): Promise<BrowserMeasurements> {
  const server = await serve(path.resolve(siteDir));
  const { chromium } = await import('playwright-core');
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const pages: PageWeight[] = [];
    for (const pagePath of pagePaths) {
      // A new context per page: an empty cache, as for a first visit.
      const context = await browser.newContext();
      const page = await context.newPage();
      server.take();
      const response = await page.goto(`${server.origin}${pagePath}`, { waitUntil: 'networkidle' });
      if (!response?.ok()) throw new Error(`${pagePath} answered ${response?.status() ?? 'nothing'}`);
      pages.push(pageWeight(pagePath, server.take()));
      await context.close();
    }

    const context = await browser.newContext();
    const page = await context.newPage();
    const searchPath = `/cari/?q=${encodeURIComponent(query)}`;
    // The page starts loading Pagefind as soon as its script runs, so counting starts before it loads.
    server.take();
    await page.goto(`${server.origin}${searchPath}`, { waitUntil: 'domcontentloaded' });
    // The status line is written after the first results (and their fragments) are on the page.
    await page.waitForFunction(() => /\d/.test(document.getElementById('search-status')?.textContent ?? ''), undefined, { timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const results = (await page.textContent('#search-status'))?.trim() ?? '';
    const pagefind = server.take().filter((item) => item.path.includes('/pagefind/'));
    await context.close();
    const byKind: Record<string, number> = {};
    for (const item of pagefind) byKind[pagefindKind(item.path)] = (byKind[pagefindKind(item.path)] ?? 0) + item.bytes;
    const files = pagefind.map(({ path: file, bytes }) => ({ path: file, bytes }));
    const search = { url: searchPath, results, totalBytes: sum(pagefind), requests: pagefind.length, byKind, files };
    return { pages, search };
  } finally {
    await browser?.close();
    await server.close();
  }
}

function pageWeight(url: string, served: readonly Served[]): PageWeight {
  const of = (pattern: RegExp): number => sum(served.filter((item) => pattern.test(item.type)));
  const htmlGzip = of(/^text\/html/);
  const cssGzip = of(/^text\/css/);
  const jsGzip = of(/javascript/);
  return {
    url,
    htmlCssJsGzip: htmlGzip + cssGzip + jsGzip,
    htmlGzip,
    cssGzip,
    jsGzip,
    otherBytes: sum(served.filter((item) => !/^text\/(html|css)|javascript/.test(item.type))),
    requests: served.length,
  };
}

function pagefindKind(urlPath: string): string {
  if (urlPath.endsWith('.js')) return 'script';
  if (urlPath.endsWith('pagefind-entry.json')) return 'entry';
  if (urlPath.endsWith('.pagefind')) return 'wasm';
  if (urlPath.endsWith('.pf_meta')) return 'meta';
  if (urlPath.endsWith('.pf_index')) return 'index';
  if (urlPath.endsWith('.pf_fragment')) return 'fragment';
  if (urlPath.endsWith('.pf_filter')) return 'filter';
  return 'other';
}

function sum(items: readonly Served[]): number {
  return items.reduce((total, item) => total + item.bytes, 0);
}
