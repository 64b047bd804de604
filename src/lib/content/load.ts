import { loadCohorts } from '../cohorts.ts';
import { buildModel, type SiteModel } from '../model.ts';
import { crossCheck, crossCheckWarnings } from './cross-check.ts';
import { placeholderProblems } from './placeholders.ts';
import { compareProblems, type Problem } from './problem.ts';
import { readContent } from './read.ts';

/** Today's date in Jakarta (WIB), the reference for "not in the future". */
export function todayInJakarta(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(now);
}

export interface LoadResult {
  readonly problems: readonly Problem[];
  /**
   * Shown beside the problems, but the content is valid and may be published: diagrams no browser
   * could verify, and what real data may legitimately do (see `crossCheckWarnings`).
   */
  readonly warnings: readonly Problem[];
  /** Present only when there are no problems: a half-valid site is never built. */
  readonly model: SiteModel | undefined;
  readonly counts: { readonly regions: number; readonly programmes: number; readonly files: number };
}

/**
 * Reads, validates and cross-checks `<root>/content` and the national data in `<root>/data`
 * (data/kohort.yaml), and builds the model when all is well.
 */
export async function loadContentFromDisk(root: string, today: string = todayInJakarta()): Promise<LoadResult> {
  const { content, problems, warnings } = await readContent(root);
  const all = [...problems, ...loadCohorts(root).problems, ...crossCheck(content, today), ...placeholderProblems(content)].sort(compareProblems);
  const counts = {
    regions: content.regions.length,
    programmes: content.programmes.length,
    files: content.regions.length + content.dimensionPages.length + content.programmes.length,
  };
  const allWarnings = [...warnings, ...crossCheckWarnings(content)].sort(compareProblems);
  return { problems: all, warnings: allWarnings, model: all.length === 0 ? buildModel(content) : undefined, counts };
}
