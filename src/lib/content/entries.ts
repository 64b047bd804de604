import type { DimensionPage } from '../schema/dimension-page.ts';
import type { Programme } from '../schema/programme.ts';
import type { Region } from '../schema/region.ts';
import type { EntryLocation } from './layout.ts';

/** One validated content file, whichever way it was read (the check's reader or Astro's loader). */
export interface Entry<T> extends EntryLocation {
  /** Path from the project root, e.g. `content/kota-contoh/program/e-kelurahan.md`. */
  readonly file: string;
  readonly data: T;
  /** Line of a field, when the reader kept positions (the check does; Astro does not). */
  readonly lineOf?: (path: readonly PropertyKey[]) => number;
  /** The Markdown below the frontmatter and the file line it starts on, when the reader kept it (the check does). */
  readonly body?: { readonly text: string; readonly firstLine: number };
}

export interface ContentSet {
  readonly regions: readonly Entry<Region>[];
  readonly dimensionPages: readonly Entry<DimensionPage>[];
  readonly programmes: readonly Entry<Programme>[];
  /**
   * Files whose frontmatter failed its schema, with the fields that passed (the check keeps them):
   * the cross-file checks still run on those, so one run reports every problem. Never published.
   */
  readonly incomplete?: IncompleteContent;
}

export interface IncompleteContent {
  readonly regions: readonly Entry<Partial<Region>>[];
  readonly dimensionPages: readonly Entry<Partial<DimensionPage>>[];
  readonly programmes: readonly Entry<Partial<Programme>>[];
}
