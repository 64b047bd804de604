import { describe, expect, it } from 'vitest';
import { siteDataKey, type SiteData } from '../src/lib/build/data-key.ts';
import { indexHistory, type LoggedCommit } from '../src/lib/history/log.ts';

/**
 * The site's data key decides whether a build may copy last build's pages instead of rendering
 * them (src/lib/build/data-key.ts). A change it misses publishes stale pages; these are the
 * changes it must see.
 */

const commit = (hash: string, day: string, file: string): LoggedCommit => ({
  hash,
  shortHash: hash.slice(0, 7),
  parents: [],
  date: `${day}T09:00:00+07:00`,
  day,
  subject: 'Perbarui program',
  changes: [{ kind: 'modified', path: file, before: 'a'.repeat(40), after: 'b'.repeat(40) }],
});

const site: SiteData = {
  entries: [
    { collection: 'regions', id: 'kota-contoh/index', digest: 'd1' },
    { collection: 'programmes', id: 'kota-contoh/program/e-warga', digest: 'd2' },
  ],
  dataFiles: [{ path: 'data/kohort.yaml', bytes: new TextEncoder().encode('- tahun: 2017\n') }],
  codeFiles: [{ path: 'src/middleware.ts', bytes: new TextEncoder().encode('export const onRequest = () => {};\n') }],
  history: indexHistory([commit('1'.repeat(40), '2026-11-02', 'content/kota-contoh/index.md')], 'complete'),
  previewedRegion: undefined,
  diagramsDrawn: true,
};
const key = siteDataKey(site)!;

describe('the site data key', () => {
  it('stays the same for the same data, in whatever order it was read', () => {
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(siteDataKey({ ...site, entries: [...site.entries].reverse() })).toBe(key);
  });

  it('changes when a content file changes, appears or goes', () => {
    expect(siteDataKey({ ...site, entries: [site.entries[0]!, { ...site.entries[1]!, digest: 'd3' }] })).not.toBe(key);
    expect(siteDataKey({ ...site, entries: [...site.entries, { collection: 'dimensionPages', id: 'kota-contoh/dimensi/smart-living', digest: 'd4' }] })).not.toBe(key);
    expect(siteDataKey({ ...site, entries: [site.entries[0]!] })).not.toBe(key);
  });

  it('changes when a file under data/ changes or is added', () => {
    expect(siteDataKey({ ...site, dataFiles: [{ path: 'data/kohort.yaml', bytes: new TextEncoder().encode('- tahun: 2018\n') }] })).not.toBe(key);
    expect(siteDataKey({ ...site, dataFiles: [...site.dataFiles, { path: 'data/wilayah/LICENSE', bytes: new Uint8Array() }] })).not.toBe(key);
  });

  it("changes with the portal's code, which Astro does not hash for the middleware every page passes through", () => {
    expect(siteDataKey({ ...site, codeFiles: [{ path: 'src/middleware.ts', bytes: new TextEncoder().encode('export const onRequest = () => 1;\n') }] })).not.toBe(key);
    expect(siteDataKey({ ...site, codeFiles: [...site.codeFiles, { path: 'astro.config.mjs', bytes: new Uint8Array() }] })).not.toBe(key);
    // A file is data or code, never both: moving one across is a change.
    expect(siteDataKey({ ...site, dataFiles: [...site.dataFiles, ...site.codeFiles], codeFiles: [] })).not.toBe(key);
  });

  it('changes with a new commit: every footer names the data version, and change lists grow', () => {
    const newer = indexHistory([commit('2'.repeat(40), '2026-11-30', 'content/kota-contoh/program/e-warga.md'), ...site.history.commits], 'complete');
    expect(siteDataKey({ ...site, history: newer })).not.toBe(key);
    expect(siteDataKey({ ...site, history: indexHistory(site.history.commits, 'shallow') })).not.toBe(key);
  });

  it('changes between a whole-site build and a preview of one region, and with whether diagrams are drawn', () => {
    expect(siteDataKey({ ...site, previewedRegion: 'kota-contoh' })).not.toBe(key);
    expect(siteDataKey({ ...site, diagramsDrawn: false })).not.toBe(key);
  });

  it('keeps fields apart, so text moved from a file name into its bytes is a change', () => {
    const file = (path: string, text: string) => ({ ...site, dataFiles: [{ path, bytes: new TextEncoder().encode(text) }] });
    expect(siteDataKey(file('data/kohort.yaml', 'x'))).not.toBe(siteDataKey(file('data/kohort.yamlx', '')));
  });

  it('gives no key when an entry has no digest, so every page is rendered', () => {
    expect(siteDataKey({ ...site, entries: [...site.entries, { collection: 'programmes', id: 'kota-contoh/program/baru', digest: undefined }] })).toBeUndefined();
  });
});
