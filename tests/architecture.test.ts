import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The direction data flows in (CONTRIBUTING.md, "How data flows"), checked on the source: content
 * → model → page data → pages and components. Each rule names the files that break it.
 */

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) return filesUnder(file);
    return /\.(ts|astro)$/.test(entry.name) ? [file.split(path.sep).join('/')] : [];
  });
}

const source = (file: string): string => readFileSync(file, 'utf8');
/** Module specifiers of every `import … from '…'` (and `import('…')`) in a file. */
const importsOf = (file: string): string[] => [...source(file).matchAll(/(?:from\s+|import\s*\(\s*)['"]([^'"]+)['"]/g)].map((match) => match[1]!);
const breaking = (files: readonly string[], rule: (file: string) => boolean): string[] => files.filter(rule);

const COMPONENTS = [...filesUnder('src/components'), ...filesUnder('src/layouts')];
const PAGE_DATA = filesUnder('src/lib/page-data');
const LIB = filesUnder('src/lib');

describe('data flows one way', () => {
  it('components render what they are given: none reads the site model or git', () => {
    expect(breaking(COMPONENTS, (file) => importsOf(file).some((specifier) => /site-model\.ts$|history\/git\.ts$/.test(specifier)))).toEqual([]);
  });

  it('no component takes a language prop: the language comes from Astro.locals', () => {
    const declaresLang = (file: string) => /interface Props\s*\{[^}]*\blang\??:/s.test(source(file));
    // A component call (capitalised tag) with a `lang` attribute; HTML elements keep theirs.
    const passesLang = (file: string) => /<[A-Z][\w.]*\b[^>]*\slang=\{/s.test(source(file));
    expect(breaking([...COMPONENTS, ...filesUnder('src/pages')], (file) => declaresLang(file) || passesLang(file))).toEqual([]);
  });

  it('page data is plain TypeScript: no Astro module, no build environment', () => {
    expect(breaking(PAGE_DATA, (file) => importsOf(file).some((specifier) => specifier.startsWith('astro')) || source(file).includes('import.meta.env'))).toEqual([]);
  });

  it('the base path is read in one place, the middleware', () => {
    const readers = breaking(filesUnder('src'), (file) => /import\.meta\.env\.BASE_URL/.test(source(file).replace(/^\s*(\/\/|\*).*$/gm, '')));
    expect(readers).toEqual(['src/middleware.ts']);
  });

  it('the check stays below the model: nothing in src/lib/content imports the model, page data or pages', () => {
    expect(breaking(filesUnder('src/lib/content'), (file) => importsOf(file).some((specifier) => /\/model\.ts$|page-data\/|\/pages\/|\/components\//.test(specifier)))).toEqual([]);
  });

  it('plain modules never import pages or components', () => {
    expect(breaking(LIB, (file) => importsOf(file).some((specifier) => /\/pages\/|\/components\/|\/layouts\//.test(specifier)))).toEqual([]);
  });

  it('recognises the forms it forbids', () => {
    expect(/<[A-Z][\w.]*\b[^>]*\slang=\{/s.test('<NotAvailable lang={lang} />')).toBe(true);
    expect(/<[A-Z][\w.]*\b[^>]*\slang=\{/s.test('<p lang={lang}>')).toBe(false);
    expect(importsOf('tests/architecture.test.ts')).toContain('node:fs');
  });
});
