import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Mermaid, MermaidConfig } from 'mermaid';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../browser.ts';
import { SHARDS_AT_ONCE_VARIABLE, diagramPagesOfBuild } from '../build/shards.ts';
import type { CspHash } from '../security.ts';
import { mermaidConfig } from './config.ts';
import { finishSvg } from './svg.ts';

/**
 * Renders Mermaid source to inline SVG at build time, in one headless Chromium shared by the whole
 * build, so readers get finished SVG and never download Mermaid. Without a browser the
 * build still succeeds: `renderDiagram` answers `{ kind: 'text' }` and the page shows the
 * diagram's text equivalent (the table or list beside it, or an author's Mermaid source) instead.
 * Mermaid is never run in the reader's browser: it writes styles as it draws, which the portal's
 * Content-Security-Policy refuses (only styles whose hashes the build produced may apply).
 *
 * Browser: $MERMAID_CHROMIUM (a path, or `none` to switch build-time rendering off), else the
 * one `findChromium()` finds. It is started on the first render that misses the cache and draws
 * in up to `diagramPagesOfBuild` pages at once, each in a context of its own (so a renderer
 * process of its own: Mermaid draws on its page's main thread). It is closed by
 * `closeRenderer()` (called from the `astro:build:done` hook), after IDLE_CLOSE_MS without work (so a forgotten close cannot keep the build process alive), and by Playwright's
 * own exit and signal handlers when the process ends.
 */

export type RenderResult =
  | {
      readonly kind: 'svg';
      readonly svg: string;
      /** Hashes of the SVG's stylesheet: pass them to `allowPortalStyles` (src/lib/security.ts). */
      readonly styleHashes: readonly CspHash[];
    }
  | { readonly kind: 'text' };

export interface RenderOptions {
  /** Unique on the page: becomes the SVG's id and prefixes every id inside it. */
  readonly id: string;
  /** The figure caption; names the SVG for assistive technology. */
  readonly title: string;
}

/**
 * Bump when a change here alters the SVG the cache holds (Mermaid's output, plus the smallest text
 * size noted on its root since version 2), to retire old cache entries. What svg.ts does to it
 * happens after the cache, on every build.
 */
export const RENDERER_VERSION = 2;

/** A diagram that takes longer is stuck; the page is thrown away so the next one starts clean. */
const RENDER_TIMEOUT_MS = 30_000;
const LAUNCH_TIMEOUT_MS = 60_000;
const IDLE_CLOSE_MS = 10_000;
const VALID_ID = /^[A-Za-z][\w-]*$/;

/**
 * Where node_modules is looked up: beside this module when it runs from the source tree (tests,
 * scripts), and from the working directory when the build has bundled it into an output folder
 * that may lie outside the project.
 */
const RESOLVERS = [createRequire(import.meta.url), createRequire(join(process.cwd(), 'package.json'))];
const CACHE_DIR = join(process.cwd(), '.cache', 'diagrams');

type Decision =
  | { readonly mode: 'build-time'; readonly executablePath: string }
  | { readonly mode: 'text-only'; readonly reason: { readonly id: string; readonly en: string } };

/** What must exist once per process, however many copies of this module are loaded. */
interface SharedBrowser {
  browser: Promise<Browser> | undefined;
  /** Every page of `browser` with Mermaid loaded, drawing or idle. */
  pages: Set<Page>;
  idlePages: Page[];
  /** Pages being opened, which count against the limit before they exist. */
  opening: number;
  /** Renders waiting for a page, each woken to look again when one may be free. */
  waiting: (() => void)[];
  /** Renders in progress: `closeRenderer` lets them finish. */
  inFlight: Set<Promise<unknown>>;
  idleTimer: NodeJS.Timeout | undefined;
}

/**
 * Astro bundles this module into the build's page chunks, while astro.config.mjs imports it from
 * src/ to call `closeRenderer` in `astro:build:done`: two module instances in one process. The
 * browser, its pages, the renders in progress and the idle timer live on globalThis so both see
 * (and close) the same Chromium.
 */
const SHARED_KEY = Symbol.for('masterplan-terbuka.diagram-renderer');
const shared: SharedBrowser = ((globalThis as { [SHARED_KEY]?: SharedBrowser })[SHARED_KEY] ??= {
  browser: undefined,
  pages: new Set(),
  idlePages: [],
  opening: 0,
  waiting: [],
  inFlight: new Set(),
  idleTimer: undefined,
});

/** Pages this build draws in at once (see `diagramPagesOfBuild`). */
const DIAGRAM_PAGES = diagramPagesOfBuild(availableParallelism(), Number(process.env[SHARDS_AT_ONCE_VARIABLE] ?? 1) || 1);

/** Which path this build takes for diagrams: decided (and logged) once, on first use. */
let decision: Decision | undefined;

/**
 * Mermaid source → finished inline SVG with its style hashes, or `{ kind: 'text' }` when the build
 * has no browser. Throws, naming the diagram, when Mermaid rejects the source or does not finish
 * in time.
 */
export async function renderDiagram(text: string, options: RenderOptions): Promise<RenderResult> {
  if (!VALID_ID.test(options.id)) throw new Error(`Diagram id "${options.id}" must start with a letter and use only letters, digits, "-" and "_"`);
  const current = decide();
  if (current.mode === 'text-only') return { kind: 'text' };

  const config = mermaidConfig(options.id);
  const cacheFile = join(CACHE_DIR, `${cacheKey(text, config)}.svg`);
  // The cache holds Mermaid's own output; captions are applied afterwards, so editing one is free.
  const cached = await readCache(cacheFile);
  if (cached !== undefined) return { kind: 'svg', ...finishSvg(cached, options.title) };
  const rendered = await tracked(renderInBrowser(current.executablePath, text, options.id, config));
  if (rendered === undefined) return { kind: 'text' };
  await writeCache(cacheFile, rendered);
  return { kind: 'svg', ...finishSvg(rendered, options.title) };
}

/** Closes the shared browser once the renders in progress finish. Safe to call more than once. */
export async function closeRenderer(): Promise<void> {
  clearTimeout(shared.idleTimer);
  while (shared.inFlight.size > 0) await Promise.allSettled([...shared.inFlight]);
  const closing = shared.browser;
  forgetBrowser();
  if (!closing) return;
  try {
    await (await closing).close();
  } catch {
    // The browser never started or is already gone: nothing left to close.
  }
}

function decide(): Decision {
  if (!decision) {
    decision = chooseBrowser();
    logDecision(decision);
  }
  return decision;
}

/**
 * Whether this build draws diagrams (a browser was found and not switched off), decided the same
 * way as for drawing, without starting anything: compiled bodies cached by Astro must say which.
 */
export function diagramsDrawn(): boolean {
  return chooseBrowser().mode === 'build-time';
}

function chooseBrowser(): Decision {
  const explicit = process.env.MERMAID_CHROMIUM?.trim();
  if (explicit === 'none') {
    return { mode: 'text-only', reason: { id: 'MERMAID_CHROMIUM=none', en: 'MERMAID_CHROMIUM=none' } };
  }
  if (explicit) {
    return existsSync(explicit)
      ? { mode: 'build-time', executablePath: explicit }
      : { mode: 'text-only', reason: { id: `MERMAID_CHROMIUM=${explicit} tidak ditemukan`, en: `MERMAID_CHROMIUM=${explicit} not found` } };
  }
  const found = findChromium();
  return found
    ? { mode: 'build-time', executablePath: found }
    : { mode: 'text-only', reason: { id: 'tidak ada browser', en: 'no browser found' } };
}

function logDecision(current: Decision): void {
  if (current.mode === 'build-time') {
    console.info(`[diagram] Dirender saat build dengan ${current.executablePath} · Rendered at build time with ${current.executablePath}`);
  } else {
    console.warn(`[diagram] ${current.reason.id}, diagram ditampilkan sebagai teks · ${current.reason.en}, diagrams are shown as text`);
  }
}

/** Counts a render as in progress; the browser closes after IDLE_CLOSE_MS with none. */
function tracked<T>(render: Promise<T>): Promise<T> {
  clearTimeout(shared.idleTimer);
  shared.inFlight.add(render);
  const settled = () => {
    shared.inFlight.delete(render);
    if (shared.inFlight.size > 0) return;
    shared.idleTimer = setTimeout(() => void closeRenderer(), IDLE_CLOSE_MS);
    shared.idleTimer.unref();
  };
  render.then(settled, settled);
  return render;
}

/** Undefined when the browser cannot start; the build then shows diagrams as text. */
async function renderInBrowser(executablePath: string, text: string, id: string, config: MermaidConfig): Promise<string | undefined> {
  const page = await pageToDrawIn(executablePath);
  if (!page) return undefined;

  const evaluation = page.evaluate(renderInPage, { id, text, config });
  // If the timeout wins, closing the page rejects this promise; that rejection is expected.
  evaluation.catch(() => undefined);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), RENDER_TIMEOUT_MS);
  });
  let outcome: PageOutcome | 'timeout';
  try {
    outcome = await Promise.race([evaluation, timeout]);
  } catch (error) {
    // The page or browser died under us; the next diagram gets a fresh one.
    await discardPage(page);
    throw new Error(`Diagram "${id}": Chromium berhenti saat merender · Chromium stopped while rendering`, { cause: error });
  } finally {
    clearTimeout(timer);
  }
  if (outcome === 'timeout') {
    await discardPage(page);
    throw new Error(`Diagram "${id}": Mermaid tidak selesai dalam ${RENDER_TIMEOUT_MS / 1000} detik · did not finish within ${RENDER_TIMEOUT_MS / 1000} s`);
  }
  releasePage(page);
  if (!outcome.ok) {
    throw new Error(`Diagram "${id}": Mermaid menolak sumbernya · Mermaid rejected its source: ${outcome.message}\n${numbered(text)}`);
  }
  return outcome.svg;
}

type PageOutcome = { ok: true; svg: string } | { ok: false; message: string };

/** Runs inside Chromium, where mermaid.min.js has defined the global `mermaid`. */
async function renderInPage({ id, text, config }: { id: string; text: string; config: MermaidConfig }): Promise<PageOutcome> {
  const { mermaid } = globalThis as unknown as { mermaid: Mermaid };
  mermaid.initialize(config);
  try {
    const { svg } = await mermaid.render(id, text);
    // The smallest text, with the drawing's stylesheet applied, so the page can keep every label
    // at a legible size (svg.ts). Runs in the page: names from this module are not in scope.
    const host = document.createElement('div');
    host.innerHTML = svg;
    document.body.append(host);
    const sizes = [...host.querySelectorAll('text, tspan')]
      .filter((element) => element.textContent?.trim())
      .map((element) => Number.parseFloat(getComputedStyle(element).fontSize))
      .filter((size) => size > 0);
    host.remove();
    const marked = sizes.length > 0 ? svg.replace(/^\s*<svg\b/, `<svg data-smallest-text="${Math.min(...sizes)}"`) : svg;
    return { ok: true, svg: marked };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * An idle page, a new one while fewer than DIAGRAM_PAGES are open, or the first to come free;
 * undefined once the browser could not start.
 */
async function pageToDrawIn(executablePath: string): Promise<Page | undefined> {
  for (;;) {
    if (decide().mode === 'text-only') return undefined;
    const idle = shared.idlePages.pop();
    if (idle) return idle;
    if (shared.pages.size + shared.opening < DIAGRAM_PAGES) return openPage(executablePath);
    await new Promise<void>((wake) => shared.waiting.push(wake));
  }
}

/** Undefined when Chromium cannot start or open a page: the build then draws as text (logged once). */
async function openPage(executablePath: string): Promise<Page | undefined> {
  shared.opening += 1;
  try {
    let browser = await (shared.browser ??= launchBrowser(executablePath));
    // The whole browser went down with a page that crashed: start another.
    if (!browser.isConnected()) {
      forgetBrowser();
      browser = await (shared.browser ??= launchBrowser(executablePath));
    }
    // A context of its own gives the page a renderer process of its own, so pages draw in parallel.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      // No network at all: the page is built from strings and Mermaid comes from node_modules.
      await page.route('**/*', (route) => route.abort());
      await page.setContent('<!doctype html><html lang="id"><head><meta charset="utf-8"></head><body></body></html>');
      await page.addScriptTag({ content: readFileSync(resolveInProject('mermaid/dist/mermaid.min.js'), 'utf8') });
      shared.pages.add(page);
      return page;
    } catch (error) {
      await context.close().catch(() => undefined);
      throw error;
    }
  } catch (error) {
    // Pages opened side by side fail together: the build hears it once.
    if (decide().mode === 'text-only') return undefined;
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    decision = { mode: 'text-only', reason: { id: `Chromium gagal dijalankan (${message})`, en: `Chromium failed to start (${message})` } };
    logDecision(decision);
    return undefined;
  } finally {
    shared.opening -= 1;
    // A render waiting for a page looks again: at a free place, or at the failure just recorded.
    shared.waiting.shift()?.();
  }
}

function launchBrowser(executablePath: string): Promise<Browser> {
  const launching = import('playwright-core').then(({ chromium }) => chromium.launch({ executablePath, args: CHROMIUM_ARGS, timeout: LAUNCH_TIMEOUT_MS }));
  // A browser that failed to start is not kept: the next render tries again (or draws as text).
  launching.catch(() => {
    if (shared.browser === launching) shared.browser = undefined;
  });
  return launching;
}

function releasePage(page: Page): void {
  if (shared.pages.has(page)) shared.idlePages.push(page);
  shared.waiting.shift()?.();
}

/** Closes a page that crashed or hung; the next render opens another in its place. */
async function discardPage(page: Page): Promise<void> {
  shared.pages.delete(page);
  if (page.context().browser()?.isConnected()) await page.context().close().catch(() => undefined);
  shared.waiting.shift()?.();
}

function forgetBrowser(): void {
  shared.browser = undefined;
  shared.pages.clear();
  shared.idlePages = [];
}

function cacheKey(text: string, config: MermaidConfig): string {
  return createHash('sha256').update(JSON.stringify([text, config, mermaidVersion(), RENDERER_VERSION])).digest('hex');
}

let cachedMermaidVersion: string | undefined;
function mermaidVersion(): string {
  cachedMermaidVersion ??= (JSON.parse(readFileSync(resolveInProject('mermaid/package.json'), 'utf8')) as { version: string }).version;
  return cachedMermaidVersion;
}

function resolveInProject(specifier: string): string {
  for (const resolver of RESOLVERS) {
    try {
      return resolver.resolve(specifier);
    } catch {
      // Not installed where this resolver looks; try the next place.
    }
  }
  throw new Error(`[diagram] ${specifier} tidak ditemukan · not found: is mermaid installed?`);
}

async function readCache(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

/** Write-then-rename, so a parallel build in the same tree never reads half a file. */
async function writeCache(file: string, svg: string): Promise<void> {
  await mkdir(CACHE_DIR, { recursive: true });
  const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  await writeFile(temporary, svg, 'utf8');
  await rename(temporary, file);
}

/** The source with line numbers, so a Mermaid "line 7" can be found at a glance. */
function numbered(text: string): string {
  return text
    .split('\n')
    .map((line, index) => `${String(index + 1).padStart(3)} | ${line}`)
    .join('\n');
}
