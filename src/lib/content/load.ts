import { buildModel, type SiteModel } from '../model.ts';
import { crossCheck } from './cross-check.ts';
import { compareProblems, type Problem } from './problem.ts';
import { readContent } from './read.ts';

/** Today's date in Jakarta (WIB), the reference for "not in the future". */
export function todayInJakarta(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(now);
}

export interface LoadResult {
  readonly problems: readonly Problem[];
  /** Shown beside the problems, but the content is valid: e.g. diagrams no browser could verify. */
  readonly warnings: readonly Problem[];
  /** Present only when there are no problems: a half-valid site is never built. */
  readonly model: SiteModel | undefined;
  readonly counts: { readonly regions: number; readonly programmes: number; readonly files: number };
}

/** Reads, validates and cross-checks `<root>/content`, and builds the model when all is well. */
export async function loadContentFromDisk(root: string, today: string = todayInJakarta()): Promise<LoadResult> {
  const { content, problems, warnings } = await readContent(root);
  const all = [...problems, ...crossCheck(content, today)].sort(compareProblems);
  const counts = {
    regions: content.regions.length,
    programmes: content.programmes.length,
    files: content.regions.length + content.dimensionPages.length + content.programmes.length,
  };
  return { problems: all, warnings: warnings.sort(compareProblems), model: all.length === 0 ? buildModel(content) : undefined, counts };
}
