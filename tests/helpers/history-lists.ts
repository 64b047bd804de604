import type { ContentHistory } from '../../src/lib/history/log.ts';
import type { NationalLists } from '../../src/lib/model.ts';

/** National lists for a model of content and its git history alone: no register, no cohort claims. */
export const historyOnly = (history: ContentHistory): NationalLists => ({
  register: { provinces: [], regions: [] },
  cohorts: { claimsByCode: () => new Map(), sourceById: () => undefined },
  history,
});
