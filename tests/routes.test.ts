import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { absoluteUrl, localPath, programmePath, regionPath } from '../src/lib/routes.ts';

/**
 * Every address of the portal is built in src/lib/routes.ts. A path written anywhere else drifts
 * the day a URL changes: the page moves and the link to it does not. This test reads every source
 * file for string literals that start like a site path (`'/cari/'`, `` `/${slug}/` ``, `href="/x/"`).
 */

const SOURCE_ROOT = 'src';
const ROUTES_MODULE = 'src/lib/routes.ts';

/**
 * Literals that look like paths but are not addresses of the portal, each with why. Keep it short:
 * a new entry needs a reason a reviewer accepts.
 */
const NOT_SITE_PATHS: readonly { readonly file: string; readonly literal: RegExp; readonly why: string }[] = [
  { file: 'src/lib/browser.ts', literal: /^\/(usr|opt)\//, why: 'where Chromium is installed on the build machine' },
  { file: 'src/lib/content/messages.ts', literal: /^\//, why: 'example links and image addresses as an editor writes them, shown in the error table' },
  { file: 'src/lib/content/links.ts', literal: /^\/\$\{segments\.join/, why: 'rebuilds the path an editor wrote, to resolve it' },
  { file: 'src/lib/content/safety/scanner.ts', literal: /^\/\$\{tag\.name\}$/, why: 'the name of a closing tag (`</div>`) in a message' },
];

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.(ts|astro|mjs)$/.test(entry.name) ? [file.split(path.sep).join('/')] : [];
  });
}

/** Line comments and doc-comment lines explain paths; only code builds them. */
const isComment = (line: string): boolean => /^\s*(\/\/|\/?\*)/.test(line);

/** A quoted string or template that starts with `/` and a path segment (or a `${`): a site path written by hand. */
const PATH_LITERAL = /(['"`])(\/(?:[a-z0-9_]|\$\{)[^'"`\s]*)\1/gi;

function pathLiterals(file: string): { line: number; literal: string }[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .flatMap((text, index) => (isComment(text) ? [] : [...text.matchAll(PATH_LITERAL)].map((match) => ({ line: index + 1, literal: match[2]! }))));
}

describe('routes', () => {
  it('no source file outside src/lib/routes.ts writes a site path by hand', () => {
    const handWritten = sourceFiles(SOURCE_ROOT)
      .filter((file) => file !== ROUTES_MODULE)
      .flatMap((file) => pathLiterals(file).map((found) => ({ file, ...found })))
      .filter(({ file, literal }) => !NOT_SITE_PATHS.some((allowed) => allowed.file === file && allowed.literal.test(literal)))
      .map(({ file, line, literal }) => `${file}:${line} ${literal}`);
    expect(handWritten).toEqual([]);
  });

  it('the literal finder sees the forms a hand-written path takes', () => {
    const samples = ['href="/cari/"', "const p = '/data/program.csv';", 'path={`/${region.slug}/`}'];
    expect(samples.map((sample) => [...sample.matchAll(PATH_LITERAL)].map((m) => m[2]))).toEqual([['/cari/'], ['/data/program.csv'], ['/${region.slug}/']]);
    // Regular expressions are not paths, even beside quotes.
    expect([...`x.replace(/\\/$/, ''); /content="([^"]*)"/i.exec(html)`.matchAll(PATH_LITERAL)]).toEqual([]);
  });

  it('localises a path under the base path: Indonesian without prefix, English under /en', () => {
    expect(localPath(regionPath('kota-bontang'), 'id', '/')).toBe('/kota-bontang/');
    expect(localPath(regionPath('kota-bontang'), 'en', '/')).toBe('/en/kota-bontang/');
    expect(localPath(programmePath('kota-bontang', 'e-kelurahan'), 'en', '/portal/')).toBe('/portal/en/kota-bontang/program/e-kelurahan/');
  });

  it('gives permalinks with the site address and base path', () => {
    const address = { base: '/portal/', site: new URL('https://smartcity.example.go.id') };
    expect(absoluteUrl(regionPath('kota-bontang'), 'id', address)).toBe('https://smartcity.example.go.id/portal/kota-bontang/');
  });
});
