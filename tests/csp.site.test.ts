import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../src/lib/browser.ts';
import { finishSvg } from '../src/lib/diagrams/svg.ts';
import { CSP_DIRECTIVES, cspHash } from '../src/lib/security.ts';
import { builtSite, htmlFiles } from './helpers/site.ts';
import { directives } from './helpers/csp.ts';

/**
 * Each built page's Content-Security-Policy, recomputed from what the page holds, the way a
 * reader's browser checks it: elements are read with an HTML parser (parse5), so a stylesheet
 * inside an inline SVG is hashed as the text the browser sees. The rules (src/lib/security.ts):
 * every inline <style> and <script> of a page is allowed by its policy; the only hashes a page
 * allows beyond the site-wide ones Astro writes for its own bundles are those of the diagram
 * stylesheets on that very page, and each of those is a stylesheet the diagram renderer drew (its
 * cache, .cache/diagrams, holds every drawing it made); nothing anywhere allows 'unsafe-inline'.
 */

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Script types a browser runs (and CSP governs); any other type is a data block. */
const EXECUTABLE_SCRIPT_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'importmap', 'speculationrules']);
const WEAKENING_SOURCES = /'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|'strict-dynamic'|\bdata:|\*/;

interface PageFacts {
  readonly file: string;
  policy: Map<string, string[]> | undefined;
  /** Texts of inline stylesheets, and whether each sits in a figure's drawn diagram. */
  readonly styles: { readonly text: string; readonly inDiagram: boolean }[];
  readonly scripts: string[];
  /** Attributes the policy would block without a trace: style="…", onclick="…". */
  readonly inlineAttributes: string[];
  readonly stylesheetLinks: string[];
  /** Whether the page's markup points anything at a data: URI. */
  readonly usesDataUri: boolean;
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function hasClass(element: Element, name: string): boolean {
  return (attribute(element, 'class') ?? '').split(/\s+/).includes(name);
}

function textOf(element: Element): string {
  return element.childNodes.map((child) => (child.nodeName === '#text' ? (child as DefaultTreeAdapterMap['textNode']).value : '')).join('');
}


function hashesIn(sources: readonly string[] | undefined): string[] {
  return (sources ?? []).filter((source) => /^'sha256-/.test(source)).map((source) => source.slice(1, -1));
}

function readPage(file: string, html: string): PageFacts {
  const usesDataUri = /(?:src|href)\s*=\s*["']?\s*data:|url\(\s*["']?\s*data:/i.test(html);
  const facts: PageFacts = { file, policy: undefined, styles: [], scripts: [], inlineAttributes: [], stylesheetLinks: [], usesDataUri };
  const visit = (node: Node, inDiagram: boolean): void => {
    if (!('tagName' in node)) {
      if ('childNodes' in node) for (const child of node.childNodes) visit(child, inDiagram);
      return;
    }
    const element = node;
    const tag = element.tagName;
    if (tag === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'content-security-policy') {
      facts.policy = directives(attribute(element, 'content') ?? '');
    }
    if (tag === 'style') facts.styles.push({ text: textOf(element), inDiagram });
    if (tag === 'script' && attribute(element, 'src') === undefined && EXECUTABLE_SCRIPT_TYPES.has((attribute(element, 'type') ?? '').toLowerCase())) {
      facts.scripts.push(textOf(element));
    }
    if (tag === 'link' && attribute(element, 'rel')?.split(/\s+/).includes('stylesheet')) facts.stylesheetLinks.push(attribute(element, 'href') ?? '');
    for (const attr of element.attrs) {
      if (attr.name === 'style' || /^on/i.test(attr.name)) facts.inlineAttributes.push(`<${tag} ${attr.name}="${attr.value.slice(0, 40)}">`);
    }
    // A diagram is the SVG in the canvas of a figure Diagram.astro (or a body's diagram) wrote.
    const enters = inDiagram || (tag === 'svg' && element.parentNode !== null && 'tagName' in element.parentNode && hasClass(element.parentNode, 'diagram__canvas'));
    for (const child of element.childNodes) visit(child, enters);
  };
  visit(parse(html), false);
  return facts;
}

/** Hashes of every stylesheet the diagram renderer can have put on a page: one per drawing in its cache. */
async function rendererStylesheetHashes(): Promise<Set<string>> {
  const cacheDir = path.join(process.cwd(), '.cache', 'diagrams');
  const hashes = new Set<string>();
  for (const file of (await readdir(cacheDir).catch(() => [])).filter((name) => name.endsWith('.svg'))) {
    try {
      for (const hash of finishSvg(await readFile(path.join(cacheDir, file), 'utf8'), 'x').styleHashes) hashes.add(hash);
    } catch {
      // A drawing the renderer refuses to finish never reaches a page.
    }
  }
  return hashes;
}

let pages: PageFacts[];

beforeAll(async () => {
  pages = [];
  for (const file of await htmlFiles()) pages.push(readPage(file, await readFile(path.join(builtSite(), file), 'utf8')));
});

describe('the Content-Security-Policy of every built page', () => {
  /** Hashes in every page's policy: Astro's, for its own bundles, the same everywhere. */
  let siteWide: { styles: Set<string>; scripts: Set<string> };

  beforeAll(() => {
    const everywhere = (directive: string) =>
      pages.map((page) => new Set(hashesIn(page.policy?.get(directive)))).reduce((common, hashes) => new Set([...common].filter((hash) => hashes.has(hash))));
    siteWide = { styles: everywhere('style-src'), scripts: everywhere('script-src') };
  });

  it('is on every page, with the portal’s directives and nothing that lets inline code or data: URIs in', () => {
    const problems: string[] = [];
    const expected = directives(CSP_DIRECTIVES.join(';'));
    for (const page of pages) {
      if (!page.policy) {
        problems.push(`${page.file}: no CSP meta`);
        continue;
      }
      for (const [name, sources] of expected) {
        if (page.policy.get(name)?.join(' ') !== sources.join(' ')) problems.push(`${page.file}: ${name} is "${page.policy.get(name)?.join(' ')}"`);
      }
      for (const [name, sources] of page.policy) {
        if (sources.some((source) => WEAKENING_SOURCES.test(source))) problems.push(`${page.file}: ${name} ${sources.join(' ')}`);
      }
      if (page.inlineAttributes.length > 0) problems.push(`${page.file}: blocked inline attributes ${page.inlineAttributes.slice(0, 3).join(' ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('allows every inline style and script of its page', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const styles = new Set(hashesIn(page.policy?.get('style-src')));
      const scripts = new Set(hashesIn(page.policy?.get('script-src')));
      for (const style of page.styles) if (!styles.has(cspHash(style.text))) problems.push(`${page.file}: inline style not allowed (${cspHash(style.text)})`);
      for (const script of page.scripts) if (!scripts.has(cspHash(script))) problems.push(`${page.file}: inline script not allowed (${cspHash(script)})`);
    }
    expect(problems).toEqual([]);
  });

  it('allows beyond Astro’s own hashes only the stylesheets of the diagrams the renderer drew on that page', async () => {
    const drawn = await rendererStylesheetHashes();
    const problems: string[] = [];
    let diagramStyles = 0;
    for (const page of pages) {
      const onPage = new Set<string>();
      for (const style of page.styles) {
        const hash = cspHash(style.text);
        if (!style.inDiagram) problems.push(`${page.file}: inline style outside a diagram (${hash})`);
        else if (!drawn.has(hash)) problems.push(`${page.file}: diagram stylesheet the renderer never drew (${hash})`);
        else onPage.add(hash);
      }
      diagramStyles += onPage.size;
      for (const hash of hashesIn(page.policy?.get('style-src'))) {
        if (!siteWide.styles.has(hash) && !onPage.has(hash)) problems.push(`${page.file}: allows a style it does not hold (${hash})`);
      }
      const scripts = new Set<string>(page.scripts.map(cspHash));
      for (const hash of hashesIn(page.policy?.get('script-src'))) {
        if (!siteWide.scripts.has(hash) && !scripts.has(hash)) problems.push(`${page.file}: allows a script it does not hold (${hash})`);
      }
    }
    // Astro's site-wide hashes are of its bundles: none of them is a diagram's stylesheet.
    for (const hash of siteWide.styles) if (drawn.has(hash)) problems.push(`every page allows the diagram stylesheet ${hash}`);
    expect(problems).toEqual([]);
    // With a browser the build draws diagrams, and their stylesheets must then reach the policies.
    if (process.env.MERMAID_CHROMIUM !== 'none' && findChromium()) expect(diagramStyles).toBeGreaterThan(0);
  });

  it('needs no data: images: no page or stylesheet it loads uses one', async () => {
    const users = pages.filter((page) => page.usesDataUri).map((page) => page.file);
    const stylesheets = new Set(pages.flatMap((page) => page.stylesheetLinks.filter((href) => href.startsWith('/'))));
    expect(stylesheets.size).toBeGreaterThan(0);
    for (const href of stylesheets) {
      const css = await readFile(path.join(builtSite(), href), 'utf8');
      if (/url\(\s*["']?\s*data:/i.test(css)) users.push(href);
    }
    expect(users).toEqual([]);
  });
});

describe('the Content-Security-Policy in _headers', () => {
  it('has the pages’ directives, frame-ancestors, and every page’s scripts, and no inline escape hatch', async () => {
    const headers = await readFile(path.join(builtSite(), '_headers'), 'utf8');
    const line = /^\/\*\n(?: {2}.*\n)*? {2}Content-Security-Policy: (.*)\n/.exec(headers)?.[1];
    expect(line).toBeDefined();
    const header = directives(line!);
    for (const [name, sources] of header) expect(sources.filter((source) => WEAKENING_SOURCES.test(source)), name).toEqual([]);
    const meta = directives(CSP_DIRECTIVES.join(';'));
    for (const [name, sources] of meta) if (name !== 'default-src') expect(header.get(name), name).toEqual(sources);
    // Styles are each page's own (their hashes differ per diagram); every other fetch is as default-src says.
    for (const name of ['child-src', 'frame-src', 'manifest-src', 'media-src', 'worker-src']) expect(header.get(name), name).toEqual(meta.get('default-src'));
    expect([header.has('default-src'), header.has('style-src')]).toEqual([false, false]);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);

    const headerScripts = new Set(hashesIn(header.get('script-src')));
    const missing = new Set(pages.flatMap((page) => hashesIn(page.policy?.get('script-src'))).filter((hash) => !headerScripts.has(hash)));
    expect([...missing]).toEqual([]);
  });
});
