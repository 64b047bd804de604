import { existsSync } from 'node:fs';
import { readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bodiesFlowchart } from '../../src/lib/diagrams/bodies-flowchart.ts';
import { dimensionTree } from '../../src/lib/diagrams/dimension-tree.ts';
import { mermaidLabel } from '../../src/lib/escape.ts';
import { closeRenderer, renderDiagram } from '../../src/lib/diagrams/render.ts';
import { CHROMIUM_ARGS } from '../../src/lib/browser.ts';
import { cspHash } from '../../src/lib/security.ts';
import { chromiumPath } from '../helpers/browser.ts';
import { HOSTILE_NAMES, hostileRegion, sampleRegion } from './fixtures.ts';

/**
 * Renders real diagrams through the build-time renderer, then inspects them in a separate
 * Chromium page the way a reader's browser would see them: the browser the build draws with and
 * the other browser tests use, skipped with their notice where there is none, an error in CI (the
 * build then shows diagrams as text, which the last tests check).
 */

const CACHE_DIR = join(process.cwd(), '.cache', 'diagrams');
const hasBrowser = process.env.MERMAID_CHROMIUM !== 'none' && chromiumPath !== undefined;

/**
 * A timeline and a gantt as an author might write them in a page's body. The portal generates
 * flowcharts only (its milestones and roadmap are page text, milestones-timeline.ts and
 * roadmap-chart.ts), but Mermaid draws authors' diagrams with the same stylesheet and colours
 * (config.ts), so they must stay readable too.
 */
const AUTHORED_TIMELINE = `timeline
  2024 : 14 March · Technical guidance · Bimtek tahap 1 (Jakarta)
       : 2 November · Adoption · Penetapan Perwal
`;
const AUTHORED_GANTT = `gantt
  dateFormat YYYY-MM-DD
  section Jangka pendek
    Satu Data : active, 2024-01-01, 2025-12-31
    E-Kelurahan : crit, 2024-01-01, 2024-12-31
  section Jangka menengah
    Bank Sampah : 2026-01-01, 2027-12-31
`;

interface Inspection {
  ids: string[];
  activeContent: string[];
  texts: string[];
  roots: { role: string | null; label: string | null }[];
  lowContrast: string[];
  /** The text of each SVG stylesheet as the browser parsed it: what a CSP hash is checked against. */
  stylesheets: string[];
}

/** The page behind the diagrams in each scheme: global.css's --color-surface. */
const PAGE_SURFACE = { light: 'rgb(255, 255, 255)', dark: 'rgb(21, 24, 28)' } as const;

/** Puts the SVGs into one page and reports ids, scripts, text and text contrast in `scheme`. */
async function inspect(page: Page, svgs: readonly string[], scheme: keyof typeof PAGE_SURFACE = 'light'): Promise<Inspection> {
  await page.emulateMedia({ colorScheme: scheme });
  await page.setContent(`<!doctype html><html><body style="margin:0;background:${PAGE_SURFACE[scheme]}">${svgs.join('\n')}</body></html>`);
  return page.evaluate((surface) => {
    const channels = (color: string) => (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
    const luminance = (color: string) => {
      const [r, g, b] = channels(color).map((value) => {
        const c = value / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: string, b: string) => {
      const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (light! + 0.05) / (dark! + 0.05);
    };
    /** The painted shape right behind a point, or the page's white. */
    const backgroundAt = (x: number, y: number) => {
      for (const element of document.elementsFromPoint(x, y)) {
        if (!(element instanceof SVGGeometryElement) || element instanceof SVGTextContentElement) continue;
        const style = getComputedStyle(element);
        if (style.fill.startsWith('rgb') && style.fill !== 'rgba(0, 0, 0, 0)' && Number(style.opacity) > 0.5) return style.fill;
      }
      return surface;
    };
    const lowContrast: string[] = [];
    for (const text of document.querySelectorAll('svg text')) {
      const box = text.getBoundingClientRect();
      if (!text.textContent?.trim() || box.width === 0) continue;
      const fill = getComputedStyle(text).fill;
      const background = backgroundAt(box.left + box.width / 2, box.top + box.height / 2);
      if (ratio(fill, background) < 4.5) lowContrast.push(`${text.textContent} ${fill} on ${background}`);
    }
    const activeContent = [...document.querySelectorAll('svg *')].flatMap((element) => [
      ...(element.localName === 'script' || element.localName === 'foreignobject' ? [element.localName] : []),
      ...[...element.attributes].filter((a) => /^on/i.test(a.name) || /javascript:/i.test(a.value)).map((a) => `${element.localName}[${a.name}]`),
    ]);
    return {
      ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
      activeContent,
      texts: [...document.querySelectorAll('svg text')].map((text) => text.textContent ?? ''),
      roots: [...document.querySelectorAll('body > svg')].map((svg) => ({ role: svg.getAttribute('role'), label: svg.getAttribute('aria-label') })),
      lowContrast,
      stylesheets: [...document.querySelectorAll('svg style')].map((style) => style.textContent ?? ''),
    };
  }, PAGE_SURFACE[scheme]);
}

describe.skipIf(!hasBrowser)('renderDiagram with a build browser', () => {
  let inspector: Browser;
  let page: Page;

  // Starting Chromium takes over ten seconds on a busy two-core machine.
  beforeAll(async () => {
    inspector = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
    page = await inspector.newPage({ viewport: { width: 1400, height: 900 } });
  }, 120_000);

  afterAll(async () => {
    await closeRenderer();
    await inspector?.close();
  });

  it('returns the hashes that let a page’s CSP apply the SVG’s stylesheet, which is refused without them', async () => {
    const drawing = await renderDiagram(bodiesFlowchart(sampleRegion(), 'id')!, { id: 'test-csp', title: 'Kelembagaan' });
    if (drawing.kind !== 'svg') throw new Error('expected an SVG');
    expect(drawing.styleHashes.length).toBeGreaterThan(0);
    /** The SVG under a page policy allowing only `hashes`: does its stylesheet apply? */
    const styled = async (hashes: readonly string[]) => {
      // A page of its own: a document keeps the policy it was given when new content is set.
      const reader = await inspector.newPage();
      const policy = `default-src 'none'; style-src ${hashes.map((hash) => `'${hash}'`).join(' ') || "'none'"}`;
      await reader.setContent(`<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${policy}"></head><body>${drawing.svg}</body></html>`);
      const width = await reader.evaluate(() => getComputedStyle(document.querySelector('svg')!).getPropertyValue('--diagram-width'));
      await reader.close();
      return width;
    };
    expect(await styled(drawing.styleHashes)).toMatch(/^\d+px$/);
    expect(await styled([])).toBe('');
  });

  it('draws every kind with hostile content as inert, readable, uniquely identified SVG', async () => {
    const region = hostileRegion();
    const sources = {
      bodies: bodiesFlowchart(region, 'id')!,
      tree: dimensionTree(region, 'smart-governance', 'id'),
    };
    const svgs: string[] = [];
    const styleHashes: string[] = [];
    for (const [name, text] of Object.entries(sources)) {
      const drawing = await renderDiagram(text, { id: `test-hostile-${name}`, title: `Uji ${name}` });
      if (drawing.kind !== 'svg') throw new Error(`expected an SVG for ${name}`);
      svgs.push(drawing.svg);
      styleHashes.push(...drawing.styleHashes);
    }
    const result = await inspect(page, svgs);

    expect(result.activeContent).toEqual([]);
    // The hashes the renderer returns are those of the stylesheets a reader's browser parses.
    expect(result.stylesheets.map(cspHash)).toEqual(styleHashes);
    expect(result.ids.length).toBeGreaterThan(20);
    expect(new Set(result.ids).size).toBe(result.ids.length);
    expect(result.roots).toEqual(Object.keys(sources).map((name) => ({ role: 'img', label: `Uji ${name}` })));

    // Every hostile name is a programme of the tree and comes back whole, exactly as `mermaidLabel`
    // wrote it: no cut, nothing read as syntax. (Mermaid wraps labels into lines whose spaces it
    // drops, so spaces and the invisible word joiners are left out of the comparison.)
    const unspaced = (text: string) => text.replace(/[\s\u2060]+/g, '');
    const drawnText = unspaced(result.texts.join(''));
    for (const name of HOSTILE_NAMES) {
      const written = unspaced(mermaidLabel(name, Infinity));
      expect(drawnText, written).toContain(written);
    }
    // Flowchart labels keep their words; nothing was swallowed as markup or syntax. (Wrapped, so spaces are left out too.)
    for (const fragment of ['%%{init:', 'click n0 call alert()', '‹script›alert(1)‹/script›', 'R&D &amp; &copy', '[siku] (bulat) {kurawal} |pipa|', 'ˋmarkdown **tebal**ˋ']) {
      expect(drawnText).toContain(unspaced(fragment));
    }
  });

  it.each(['light', 'dark'] as const)('keeps every text at 4.5:1 contrast or better against what is behind it (%s scheme)', async (scheme) => {
    const region = sampleRegion();
    const svgs: string[] = [];
    const sources = [AUTHORED_TIMELINE, AUTHORED_GANTT, bodiesFlowchart(region, 'en')!, dimensionTree(region, 'smart-governance', 'en')];
    for (const [index, text] of sources.entries()) {
      const drawing = await renderDiagram(text, { id: `test-contrast-${index}`, title: 'Kontras' });
      if (drawing.kind === 'svg') svgs.push(drawing.svg);
    }
    const result = await inspect(page, svgs, scheme);
    expect(result.texts.length).toBeGreaterThan(20);
    expect(result.lowContrast).toEqual([]);
  });

  it('keeps Mermaid output in .cache/diagrams and serves repeats from there', async () => {
    const marker = `cache${Date.now()}`;
    const text = `flowchart LR\n  n0["${marker}"]\n`;
    // Only files new since the drawing are read: a developer's cache holds thousands of drawings.
    const before = new Set(existsSync(CACHE_DIR) ? await readdir(CACHE_DIR) : []);
    const first = await renderDiagram(text, { id: 'test-cache', title: 'Pertama' });
    const added = (await readdir(CACHE_DIR)).filter((file) => !before.has(file));
    const cached = [];
    for (const file of added) if ((await readFile(join(CACHE_DIR, file), 'utf8')).includes(marker)) cached.push(file);
    expect(cached).toEqual([expect.stringMatching(/^[0-9a-f]{64}\.svg$/)]);

    // Mark the cached copy: the repeat must come from the file, with its own caption applied.
    const file = join(CACHE_DIR, cached[0]!);
    await writeFile(file, (await readFile(file, 'utf8')).replace(/<\/svg>$/, '<!--dari-cache--></svg>'));
    const second = await renderDiagram(text, { id: 'test-cache', title: 'Kedua' });
    if (first.kind !== 'svg') throw new Error('expected an SVG');
    expect(second).toEqual({
      kind: 'svg',
      svg: first.svg.replace('aria-label="Pertama"', 'aria-label="Kedua"').replace(/<\/svg>$/, '<!--dari-cache--></svg>'),
      styleHashes: first.styleHashes,
    });
  });

  it('draws diagrams asked for together in pages side by side, each as it draws alone, and one refused source spoils none of the others', async () => {
    const marker = `together${Date.now()}`;
    const texts = [0, 1, 2, 3].map((index) => dimensionTree(sampleRegion(), 'smart-governance', 'id').replace('Satu Data', `Satu Data ${marker}-${index}`));
    const before = new Set(existsSync(CACHE_DIR) ? await readdir(CACHE_DIR) : []);
    const together = await Promise.allSettled([
      ...texts.map((text, index) => renderDiagram(text, { id: `test-together-${index}`, title: 'Bersama' })),
      renderDiagram('flowchart TD\n  n0["unterminated\n', { id: 'test-together-broken', title: 'Rusak' }),
    ]);
    expect(together.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled', 'fulfilled', 'rejected']);

    // Drawn again one at a time, from scratch: the cache files of the first drawing are removed.
    for (const file of (await readdir(CACHE_DIR)).filter((name) => !before.has(name))) {
      if ((await readFile(join(CACHE_DIR, file), 'utf8')).includes(marker)) await rm(join(CACHE_DIR, file));
    }
    const alone = [];
    for (const [index, text] of texts.entries()) alone.push(await renderDiagram(text, { id: `test-together-${index}`, title: 'Bersama' }));
    expect(together.slice(0, 4).map((result) => (result.status === 'fulfilled' ? result.value : result.reason))).toEqual(alone);
    expect(alone.every((drawing) => drawing.kind === 'svg' && drawing.svg.includes(marker))).toBe(true);
  });

  it('names the diagram when Mermaid rejects its source, and keeps going afterwards', async () => {
    await expect(renderDiagram('flowchart TD\n  n0["unterminated\n', { id: 'test-broken', title: 'Rusak' })).rejects.toThrow(/Diagram "test-broken"/);
    const next = await renderDiagram('flowchart LR\n  n0["setelah error"]\n', { id: 'test-after-error', title: 'Setelah' });
    expect(next.kind).toBe('svg');
  });

  it('refuses ids that cannot be SVG ids', async () => {
    await expect(renderDiagram('flowchart LR\n  n0["x"]\n', { id: '1 bad id', title: 'x' })).rejects.toThrow(/must start with a letter/);
  });
});

describe('renderDiagram without a build browser', () => {
  /** What a fresh renderer (one that has not yet chosen its browser) answers with MERMAID_CHROMIUM set. */
  async function renderWith(chromium: string, texts: readonly string[] = ['flowchart LR\n  n0["x"]\n']) {
    vi.resetModules();
    vi.stubEnv('MERMAID_CHROMIUM', chromium);
    try {
      const fresh = await import('../../src/lib/diagrams/render.ts');
      const drawings = await Promise.all(texts.map((text, index) => fresh.renderDiagram(text, { id: `test-text-${index}`, title: 'x' })));
      return drawings.length === 1 ? drawings[0] : drawings;
    } finally {
      vi.unstubAllEnvs();
    }
  }

  it('leaves the diagram to its text equivalent when MERMAID_CHROMIUM=none', async () => {
    await expect(renderWith('none')).resolves.toEqual({ kind: 'text' });
  });

  it('does the same when MERMAID_CHROMIUM points at nothing', async () => {
    await expect(renderWith('/nonexistent/chromium')).resolves.toEqual({ kind: 'text' });
  });

  it('does the same for every diagram asked for at once when the browser cannot start, and says so once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    try {
      // Not in the cache, so the renderer must start its browser: a program that exits at once.
      const texts = [0, 1, 2].map((index) => `flowchart LR\n  n0["tanpa browser ${Date.now()} ${index}"]\n`);
      await expect(renderWith('/bin/false', texts)).resolves.toEqual([{ kind: 'text' }, { kind: 'text' }, { kind: 'text' }]);
      expect(warn).toHaveBeenCalledOnce();
      expect(String(warn.mock.calls[0]![0])).toMatch(/^\[diagram\] Chromium gagal dijalankan \(.+\), diagram ditampilkan sebagai teks · Chromium failed to start \(.+\), diagrams are shown as text$/);
    } finally {
      vi.restoreAllMocks();
    }
  });
});
