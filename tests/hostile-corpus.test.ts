import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFragment, type DefaultTreeAdapterTypes } from 'parse5';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { COLLECTION_GLOBS, locateEntry } from '../src/lib/content/layout.ts';
import { loadContentFromDisk } from '../src/lib/content/load.ts';
import { SCHEMAS } from '../src/lib/content/read.ts';
import { ContentRejected } from '../src/lib/render/guard-plugin.ts';
import { CONTENT_PIPELINE } from '../src/lib/render/processor.ts';
import { DIMENSION_LINES, PROGRAMME_LINES, REGION_LINES, TODAY, checkFixture, text, validRegion, withFixtureRoot } from './helpers/content-fixture.ts';
import { loadWithGlob } from './helpers/guarded-glob.ts';
import { ESCAPED_BODIES, HOSTILE_BODIES, type HostileBody } from './hostile/bodies.ts';
import { HOSTILE_FILES } from './hostile/frontmatter-and-files.ts';

/**
 * Every hostile body is refused twice: by the check, naming the file, and by the build's own guard
 * on the very tree it compiles, with the check skipped. Cases rotate over the three kinds of file
 * (region index, dimension page, programme).
 */

const PLACES = [
  { file: (format: string) => `kota-uji/index.${format}`, frontmatter: REGION_LINES },
  { file: (format: string) => `kota-uji/dimensi/smart-economy.${format}`, frontmatter: DIMENSION_LINES },
  { file: (format: string) => `kota-uji/program/layanan-daring.${format}`, frontmatter: PROGRAMME_LINES },
] as const;

function placed(hostile: HostileBody, index: number) {
  const place = PLACES[index % PLACES.length]!;
  const file = place.file(hostile.format);
  const closing = place.frontmatter.indexOf('---', 1);
  const source = text([...place.frontmatter.slice(0, closing + 1), hostile.body]);
  const files = { ...validRegion(), [file]: source };
  if (file.startsWith('kota-uji/index.') && hostile.format === 'md') delete files['kota-uji/index.mdx'];
  return { file: `content/${file}`, source, files };
}

/** Compiles a file the way the build does: Astro's frontmatter split, then Sätteri with the portal's pipeline. */
async function compileAsTheBuildDoes(file: string, source: string): Promise<string> {
  const { content } = parseFrontmatter(source);
  const options = { ...CONTENT_PIPELINE, fileURL: pathToFileURL(path.resolve(file)) };
  if (file.endsWith('.mdx')) return (await mdxToJs(content, options)).code;
  return (await markdownToHtml(content, options)).html;
}

/** What a browser finds in an HTML fragment: the names of its elements, its texts and attribute values. */
function readAsABrowser(html: string): { elements: string[]; texts: string[] } {
  const elements: string[] = [];
  const texts: string[] = [];
  const walk = (node: DefaultTreeAdapterTypes.Node): void => {
    if ('tagName' in node) {
      elements.push(node.tagName);
      texts.push(...node.attrs.map((attribute) => attribute.value));
    }
    if (node.nodeName === '#text' && 'value' in node) texts.push(node.value);
    if ('childNodes' in node) node.childNodes.forEach(walk);
  };
  walk(parseFragment(html));
  return { elements, texts: texts.map((text) => text.trim()) };
}

describe('hostile content bodies', () => {
  it('has a corpus large enough to cover every class', () => {
    expect(HOSTILE_BODIES.length).toBeGreaterThanOrEqual(80);
    expect(new Set(HOSTILE_BODIES.map((hostile) => `${hostile.format} ${hostile.name}`)).size).toBe(HOSTILE_BODIES.length);
  });

  describe.each(HOSTILE_BODIES.map((hostile, index) => [`${hostile.format}: ${hostile.name}`, hostile, index] as const))('%s', (_, hostile, index) => {
    const { file, source, files } = placed(hostile, index);

    it('is refused by the check, naming the file', async () => {
      const { problems } = await checkFixture(files);
      expect(problems.map((problem) => problem.file)).toContain(file);
    });

    it('is stopped by the build-time guard alone', async () => {
      const stopped = await compileAsTheBuildDoes(file, source).then(
        () => undefined,
        (error: unknown) => error,
      );
      // MDX that is not even valid MDX is stopped by the parser itself, before any plugin runs.
      const parserError = stopped instanceof Error && / \(mdx-[a-z-]+:[a-z-]+\)$/.test(stopped.message);
      expect(parserError || stopped instanceof ContentRejected, String(stopped)).toBe(true);
      if (stopped instanceof ContentRejected) expect(stopped.message).toContain(file);
    });
  });
});

describe('markup-like text that is accepted comes out escaped', () => {
  it.each(ESCAPED_BODIES.map((escaped, index) => [escaped.name, escaped, index] as const))('%s', async (_, escaped, index) => {
    const { file, source, files } = placed(escaped, index);
    expect((await checkFixture(files)).problems).toEqual([]);
    const read = readAsABrowser(await compileAsTheBuildDoes(file, source));
    expect(read.texts.some((text) => text.includes(escaped.text)), JSON.stringify(read.texts)).toBe(true);
    expect(read.elements).not.toContain(escaped.spelled);
  });
});

describe('hostile files and frontmatter', () => {
  it('has a corpus that, with the bodies, passes eighty inputs', () => {
    expect(HOSTILE_FILES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(HOSTILE_FILES.map((hostile) => hostile.name)).size).toBe(HOSTILE_FILES.length);
  });

  describe.each(HOSTILE_FILES.map((hostile) => [hostile.name, hostile] as const))('%s', (_, hostile) => {
    it('is refused by the check, naming the file', async () => {
      const { problems } = await withFixtureRoot(hostile.fixture, (root) => loadContentFromDisk(root, TODAY));
      expect(problems.map((problem) => problem.file.replace(/\/$/, ''))).toContain(hostile.names);
    });

    it(`is stopped by the build-time ${hostile.guard === 'files' ? 'file guard of the loader' : 'schema'} alone`, async () => {
      if (hostile.guard === 'files') {
        const loads = await Promise.all(Object.values(COLLECTION_GLOBS).map((pattern) => loadWithGlob(hostile.fixture, pattern)));
        expect(loads.map((load) => load.error ?? '').join('\n')).toContain(hostile.names);
        return;
      }
      const [file, source] = Object.entries(hostile.fixture.content).find(([relative]) => `content/${relative}` === hostile.names)!;
      const { frontmatter } = parseFrontmatter(String(source));
      expect(SCHEMAS[locateEntry(file)!.kind].safeParse(frontmatter).success).toBe(false);
    });
  });
});
