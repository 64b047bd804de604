import { createHash } from 'node:crypto';
import type { ContentHistory } from '../history/log.ts';

/**
 * The site's data key: a digest of everything pages are made from. Every page a build generates
 * carries it as its `cacheKey` (src/lib/site-model.ts `pagePaths`), so Astro's incremental build
 * (astro.config.mjs) copies a page from the last build instead of rendering it again only when
 * neither this key nor the page's code changed. Astro hashes each page's module graph and the
 * lockfile itself, but not the middleware that hands every page its language, formats and data
 * version, nor the code its configuration runs: so the portal's own code is in the key too, and
 * any change to it renders every page.
 *
 * One key for the whole site, not one per page: every page names the data version in its footer,
 * so a change anywhere in the data changes every page anyway, and a key per page would have to
 * know each page's share of the data (similar programmes of other regions, national lists), which
 * is easy to get wrong and would publish stale pages when it is.
 */
export interface SiteData {
  /** Every content entry, with the digest Astro took of its file (frontmatter and body). */
  readonly entries: readonly ContentEntryDigest[];
  /** Every file under data/ (the region register, cohorts, licences), by path inside data/. */
  readonly dataFiles: readonly KeyedFile[];
  /** The portal's code: every file under src/ and astro.config.mjs, by path in the project. */
  readonly codeFiles: readonly KeyedFile[];
  /** The git history pages show: data version, change lists and feeds. */
  readonly history: ContentHistory;
  /** `REGION=<slug>`: a preview holds one region's pages. */
  readonly previewedRegion: string | undefined;
  /** Whether this build draws diagrams or shows their text (no browser, MERMAID_CHROMIUM=none). */
  readonly diagramsDrawn: boolean;
}

export interface ContentEntryDigest {
  readonly collection: string;
  readonly id: string;
  /** Undefined when Astro took none: the site then has no key, and every page is rendered. */
  readonly digest: string | number | undefined;
}

export interface KeyedFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

/** The key, or undefined when an entry has no digest (then nothing may be reused). */
export function siteDataKey(data: SiteData): string | undefined {
  if (data.entries.some((entry) => entry.digest === undefined)) return undefined;
  const hash = createHash('sha256');
  // A separator that text cannot contain keeps "ab" + "c" apart from "a" + "bc".
  const field = (text: string): void => {
    hash.update(text).update('\0');
  };
  const entries = [...data.entries].sort((a, b) => compare(`${a.collection}/${a.id}`, `${b.collection}/${b.id}`));
  for (const entry of entries) {
    field(`${entry.collection}/${entry.id}`);
    field(String(entry.digest));
  }
  for (const files of [data.dataFiles, data.codeFiles]) {
    for (const file of [...files].sort((a, b) => compare(a.path, b.path))) {
      field(file.path);
      hash.update(file.bytes).update('\0');
    }
    field('');
  }
  field(JSON.stringify(data.history, (_key, value: unknown) => (value instanceof Map ? [...value] : value)));
  field(data.previewedRegion ?? '');
  field(data.diagramsDrawn ? 'diagrams drawn' : 'diagrams as text');
  return hash.digest('hex');
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
