/**
 * The content layout: the authors' contract (documented in README.md and PANDUAN.md).
 *
 *   content/<region>/index.md                 region profile and masterplan
 *   content/<region>/dimensi/<dimension>.md   one dimension of the plan
 *   content/<region>/program/<id>.md          one programme
 *
 * Any of them may be `.mdx` instead where its text uses a component (<Callout>, <Figure>,
 * <ProgramRef>). Plain Markdown is the default because MDX buys nothing without components and
 * costs much: every `.mdx` file becomes a JavaScript module the build has to bundle.
 */

import path from 'node:path';

export const CONTENT_DIR = 'content';
/** National data beside the regions' content: the region register, cohorts (data/README.md). */
export const DATA_DIR = 'data';

/**
 * Absolute path of the content folder. `CONTENT_ROOT` points the check and the build at another
 * project root holding a `content/` folder (the benchmark's generated regions, test fixtures).
 */
export function contentDirectory(root: string = process.env.CONTENT_ROOT || process.cwd()): string {
  return path.resolve(root, CONTENT_DIR);
}

export type EntryKind = 'region' | 'dimensionPage' | 'programme';

export interface EntryLocation {
  readonly kind: EntryKind;
  /** Region folder name, e.g. `kota-balikpapan`. */
  readonly region: string;
  /** File name without extension: the dimension or programme id; `index` for regions. */
  readonly name: string;
  /** Id of the entry in its Astro collection: the path below `content/` without extension. */
  readonly entryId: string;
}

const PATTERNS: readonly { kind: EntryKind; pattern: RegExp }[] = [
  { kind: 'region', pattern: /^([^/]+)\/(index)\.mdx?$/ },
  { kind: 'dimensionPage', pattern: /^([^/]+)\/dimensi\/([^/]+)\.mdx?$/ },
  { kind: 'programme', pattern: /^([^/]+)\/program\/([^/]+)\.mdx?$/ },
];

/** Where a file below `content/` sits in the layout, or undefined for a stray file. */
export function locateEntry(pathInContent: string): EntryLocation | undefined {
  for (const { kind, pattern } of PATTERNS) {
    const match = pattern.exec(pathInContent);
    if (match) {
      const region = match[1]!;
      const name = match[2]!;
      return { kind, region, name, entryId: pathInContent.replace(/\.mdx?$/, '') };
    }
  }
  return undefined;
}

/** Glob patterns (relative to `content/`) for each collection; kept beside `locateEntry` so they agree. */
export const COLLECTION_GLOBS: Record<EntryKind, string> = {
  region: '*/index.{md,mdx}',
  dimensionPage: '*/dimensi/*.{md,mdx}',
  programme: '*/program/*.{md,mdx}',
};
