import type { Problem } from './problem.ts';

/** Rules that keep code out of content bodies (MDX is code). Implemented by the safe-content work. */
export function checkContentBody(_file: string, _body: string, _firstBodyLine: number): Problem[] {
  return [];
}
