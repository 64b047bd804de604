/**
 * Which built pages a whole-site sweep (accessibility, overflow) visits. Every page kind in both
 * languages — the largest page of each kind, since it shows the most features — plus a seeded
 * random sample of the rest, so the sweep's cost grows with the number of page kinds, not with the
 * number of regions. `SWEEP_ALL=1` visits every page; `SWEEP_SEED=<n>` draws another sample (the
 * seed is in each sweep's test name, so a failure can be replayed).
 */

import type { Lang } from '../../src/i18n/lang.ts';

export interface BuiltPage {
  /** Site-relative URL, e.g. `/kota-contoh/program/e-warga/`. */
  readonly url: string;
  readonly bytes: number;
}

export const DEFAULT_SWEEP_SEED = 2026;

/** Extra pages drawn from the rest, beyond one per kind. */
const EXTRA_PAGES = 8;

/** `/en/kota-contoh/program/e-warga/` → `/en/{daerah}/program/{id}/`; `/dimensi/smart-living/bali/` → `/dimensi/{dimensi}/{provinsi}/`. */
export function pageKind(url: string): string {
  return url
    .replace(/\/(?:kota|kabupaten)-[^/]+/, '/{daerah}')
    .replace(/\/program\/[^/]+/, '/program/{id}')
    .replace(/\/dimensi\/[^/]+/, '/dimensi/{dimensi}')
    .replace(/^((?:\/en)?\/dimensi\/\{dimensi\})\/[^/]+\//, '$1/{provinsi}/')
    .replace(/\/daerah\/(provinsi|kohort|status)\/[^/]+/, '/daerah/$1/{$1}');
}

/** The language of a built page by its URL: English pages live under `/en/`. */
export const languageOfPage = (url: string): Lang => (url.startsWith('/en/') ? 'en' : 'id');

/** A small deterministic generator (mulberry32): the same seed draws the same sample. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sweepSample(pages: readonly BuiltPage[], seed: number, all = false): string[] {
  if (all) return pages.map((page) => page.url).sort();
  const largestOfKind = new Map<string, BuiltPage>();
  for (const page of pages) {
    const kind = pageKind(page.url);
    const chosen = largestOfKind.get(kind);
    if (!chosen || page.bytes > chosen.bytes || (page.bytes === chosen.bytes && page.url < chosen.url)) largestOfKind.set(kind, page);
  }
  const picked = new Set([...largestOfKind.values()].map((page) => page.url));
  const rest = pages.map((page) => page.url).filter((url) => !picked.has(url)).sort();
  const next = random(seed);
  for (let drawn = 0; drawn < EXTRA_PAGES && rest.length > 0; drawn++) {
    picked.add(rest.splice(Math.floor(next() * rest.length), 1)[0]!);
  }
  return [...picked].sort();
}

/** Runs `task` over `items` with at most `limit` running at once; resolves when all are done. */
export async function forEachConcurrently<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
