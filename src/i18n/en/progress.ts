import type { Translation } from '../translate.ts';
import type progress from '../id/progress.ts';

export default {
  asOf: (date: string) => `as of ${date}`,
  asOfUnknown: 'date unknown',
  stale: 'may have changed',
  heading: 'Current status',
  fromProgress: 'according to the latest progress update',
  fromSource: 'according to the newest source; no progress update yet',
  noDate: 'There is no progress update or dated source, so the date of this status is unknown.',
  staleExplained: (asOf: string, contentDate: string) =>
    `This status was last stated on ${asOf}, more than a year before the portal’s data date (${contentDate}). It may have changed since; newer sources can be sent to the editors.`,
  percentLabel: 'Work done',
  percent: (percent: string) => `${percent}% done`,
} satisfies Translation<typeof progress>;
