import { loadCohorts } from '../cohorts.ts';
import { todayInJakarta } from '../dates.ts';
import { loadRegister } from '../register/register.ts';
import { crossCheck, crossCheckWarnings } from './cross-check.ts';
import type { ContentSet } from './entries.ts';
import { checkBodyLinks } from './links.ts';
import { placeholderProblems } from './placeholders.ts';
import { compareProblems, type Problem } from './problem.ts';
import { readContent } from './read.ts';


export interface LoadResult {
  readonly problems: readonly Problem[];
  /**
   * Shown beside the problems, but the content is valid and may be published: diagrams no browser
   * could verify, and what real data may legitimately do (see `crossCheckWarnings`).
   */
  readonly warnings: readonly Problem[];
  /** The validated content, present only when there are no problems: a half-valid site is never built. */
  readonly content: ContentSet | undefined;
  readonly counts: { readonly regions: number; readonly programmes: number; readonly files: number };
}

/**
 * Reads, validates and cross-checks `<root>/content` and the national data in `<root>/data`
 * (data/kohort.yaml), and returns the content when all is well.
 */
export async function loadContentFromDisk(root: string, today: string = todayInJakarta()): Promise<LoadResult> {
  const { content, problems, warnings, links } = await readContent(root);
  const cohorts = loadCohorts(root);
  const register = loadRegister();
  // A region in the cohort lists has a page before it has a content folder: links to it are fine.
  const participants = new Set([...cohorts.claimsByCode().keys()].flatMap((code) => register.byCode(code)?.slug ?? []));
  const all = [
    ...problems,
    ...cohorts.problems,
    ...crossCheck(content, today, register),
    ...checkBodyLinks(links.bodies, { ...links.portal, participants }),
    ...placeholderProblems(content),
  ].sort(compareProblems);
  const counts = {
    regions: content.regions.length,
    programmes: content.programmes.length,
    files: content.regions.length + content.dimensionPages.length + content.programmes.length,
  };
  const allWarnings = [...warnings, ...crossCheckWarnings(content)].sort(compareProblems);
  return { problems: all, warnings: allWarnings, content: all.length === 0 ? content : undefined, counts };
}
