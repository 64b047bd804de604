import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { buildEnvironment } from './helpers/build-environment.ts';
import { builtSite, filesOf, htmlFiles, scratchDir } from './helpers/site.ts';

/** Internal links in a page: every href/src that is not another host, mail or a data URL. */
function internalReferences(html: string): string[] {
  const references: string[] = [];
  for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const value = match[1]!.replace(/&amp;/g, '&');
    if (/^(https?:|mailto:|data:|#)/.test(value) || value === '') continue;
    references.push(value);
  }
  return references;
}

function targetFile(root: string, page: string, reference: string): string {
  const url = new URL(reference, `https://site.test/${page}`);
  const decoded = decodeURIComponent(url.pathname);
  return path.join(root, decoded.endsWith('/') ? `${decoded}index.html` : decoded);
}

describe('the built site', () => {
  it('has no broken internal link, asset or same-page anchor', async () => {
    const root = builtSite();
    const broken: string[] = [];
    for (const page of await htmlFiles()) {
      const html = await readFile(path.join(root, page), 'utf8');
      for (const reference of internalReferences(html)) {
        if (!existsSync(targetFile(root, page, reference))) broken.push(`${page} → ${reference}`);
      }
      const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
      for (const match of html.matchAll(/\shref="#([^"]+)"/g)) {
        if (!ids.has(decodeURIComponent(match[1]!))) broken.push(`${page} → #${match[1]}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('loads nothing from another host', async () => {
    const root = builtSite();
    const offenders: string[] = [];
    for (const page of await htmlFiles()) {
      const html = await readFile(path.join(root, page), 'utf8');
      for (const match of html.matchAll(/<(?:script|link|img|iframe|source|video|audio|object|embed)\b[^>]*>/g)) {
        const tag = match[0];
        // canonical/alternate links name this site's own address; they load nothing.
        if (/\srel="(canonical|alternate)"/.test(tag)) continue;
        if (/\s(?:src|href)="(https?:)?\/\//.test(tag)) offenders.push(`${page}: ${tag}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('publishes the same files, byte for byte, when the same commit is built again in two shards, and again from the copies kept of those pages', async () => {
    // The first build ran as `npm run build` chose: one Astro build for content this small.
    const build = async (name: string, shardOptions: readonly string[]): Promise<{ site: string; log: string }> => {
      const site = scratchDir(name);
      const { stdout } = await promisify(execFile)(process.execPath, ['scripts/build.ts', ...shardOptions, '--outDir', site], {
        maxBuffer: 64 * 1024 * 1024,
        env: buildEnvironment({ REGION: '' }),
      });
      return { site, log: stdout };
    };
    const again = await build('site-again', ['--shards', '2']);
    const [first, second] = await Promise.all([filesOf(builtSite()), filesOf(again.site)]);
    expect([...first.keys()]).toEqual(expect.arrayContaining(['_headers', '_redirects', 'pagefind/pagefind.js', 'data/program.csv']));
    expect([...second.keys()]).toEqual([...first.keys()]);
    expect([...first].filter(([file, bytes]) => !bytes.equals(second.get(file)!)).map(([file]) => file)).toEqual([]);

    // Same data, same code: the first of those shards built again copies every page it keeps a copy of.
    const copied = await build('site-copied', ['--shard', '1/2']);
    // Astro colours its log where CI or FORCE_COLOR is set; the words are what this test reads.
    const pageLines = stripVTControlCharacters(copied.log).split('\n').filter((line) => /├─ \S+\/index\.html/.test(line));
    expect(pageLines.length).toBeGreaterThan(100);
    expect(pageLines.filter((line) => !line.includes('(restored)'))).toEqual([]);
    const shardFiles = await filesOf(`${copied.site}.shard-1`);
    expect(shardFiles.size).toBeGreaterThan(100);
    expect([...shardFiles].filter(([file, bytes]) => !first.get(file)?.equals(bytes)).map(([file]) => file)).toEqual([]);
  });
});
