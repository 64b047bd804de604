import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../src/integrations/search-index.ts';

/**
 * The search index of a built site (src/integrations/search-index.ts), written by Pagefind's
 * command line: Indonesian pages only, the vocabulary beside it, and a failure the build reports
 * in Pagefind's own words.
 */

let site: string;
afterEach(() => rm(site, { recursive: true, force: true }));

async function siteWith(pages: Record<string, string>): Promise<string> {
  site = await mkdtemp(path.join(tmpdir(), 'masterplan-search-'));
  for (const [file, body] of Object.entries(pages)) {
    await mkdir(path.dirname(path.join(site, file)), { recursive: true });
    await writeFile(path.join(site, file), `<!doctype html><html lang="id"><head><title>t</title></head><body><main data-pagefind-body>${body}</main></body></html>`);
  }
  return site;
}

describe('the search index', () => {
  it('holds the Indonesian pages, never the English ones, and the words they use', async () => {
    await siteWith({
      'index.html': '<p>Pengelolaan sampah terpadu</p>',
      'kota-uji/program/bank-sampah/index.html': '<p>Bank sampah digital</p>',
      'en/index.html': '<p>Integrated waste management</p>',
      'en/kota-uji/program/bank-sampah/index.html': '<p>Digital waste bank</p>',
    });
    expect(await writeSearchIndex(site)).toBe(2);
    expect(existsSync(path.join(site, 'pagefind', 'pagefind.js'))).toBe(true);
    const vocabulary = JSON.parse(await readFile(path.join(site, 'pagefind', 'kosakata.json'), 'utf8')) as unknown;
    expect(vocabulary).toEqual(expect.arrayContaining(['sampah', 'digital']));
    expect(JSON.stringify(vocabulary)).not.toContain('waste');
  });

  it('fails the build with Pagefind’s own words when there is nothing to index', async () => {
    await siteWith({ 'en/index.html': '<p>Only English</p>' });
    await expect(writeSearchIndex(site)).rejects.toThrow(
      'Indeks pencarian gagal dibuat / search indexing failed: Error: Pagefind was not able to build an index.\n' +
        'Most likely, the directory passed to Pagefind was empty or did not contain any html files.',
    );
  });
});
