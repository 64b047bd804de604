import type { Programme, ProgrammeStatus } from './schema/programme.ts';

/**
 * How current a programme's status is: the date it was last stated, and whether that is so long
 * before the content's own date that the status may have moved on. Pure, so the rule is tested
 * without a build; the model (src/lib/model.ts) applies it once per programme.
 */

/** The date a status was last stated, and from where: a progress update, else the newest dated source. */
export interface StatusAsOf {
  /** `YYYY-MM-DD` or `YYYY-MM`, as the content writes it. */
  readonly date: string;
  readonly from: 'progress' | 'source';
}

/**
 * The status holds as of its latest progress update (the schema keeps `status` equal to it); a
 * programme without updates has the status its sources gave, so the newest source date stands in.
 * Undefined when neither is dated: the page says so rather than guess.
 */
export function statusAsOf(programme: Pick<Programme, 'progress' | 'sources'>): StatusAsOf | undefined {
  const update = programme.progress.at(-1);
  if (update) return { date: update.date, from: 'progress' };
  const dates = programme.sources.flatMap((source) => (source.date === undefined ? [] : [source.date]));
  // `YYYY-MM-DD` and `YYYY-MM` sort as text in calendar order.
  const newest = dates.sort().at(-1);
  return newest === undefined ? undefined : { date: newest, from: 'source' };
}

/** A finished programme stays finished: its status cannot go out of date. */
const SETTLED: readonly ProgrammeStatus[] = ['done'];

/**
 * True when the status was stated more than a year before `contentDate` (the day of the data
 * version, never the clock, so that a build is the same whenever it runs). A month-only date counts from the month's last day, so a status is never called stale
 * early. Without a content date or a status date there is nothing to measure: not stale.
 */
export function isPossiblyStale(status: ProgrammeStatus, asOf: StatusAsOf | undefined, contentDate: string | undefined): boolean {
  if (SETTLED.includes(status) || asOf === undefined || contentDate === undefined) return false;
  // '31' sorts after every real day of the month, which is all the comparison below needs.
  const day = asOf.date.length === 7 ? `${asOf.date}-31` : asOf.date;
  const yearLater = `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`;
  return yearLater < contentDate.slice(0, 10);
}
