import { formatDate } from '../../i18n/format.ts';
import { translator, type Lang } from '../../i18n/index.ts';
import type { RegionModel } from '../model.ts';
import type { Region } from '../schema/region.ts';

type Milestone = Region['milestones'][number];

/**
 * The masterplan's dated events as a timeline drawn at build time in HTML (the page's
 * RegionMilestones component), not as a Mermaid picture: Mermaid's timeline is some 1,200 px wide
 * for a handful of years (690 px even drawn top to bottom), so on a phone it either scrolls
 * sideways or shrinks its text below 12 px. Here each year is a group of events in page text: the
 * years run across the screen where there is room and down it on a phone, text wraps and nothing
 * is cut. The timeline is also the text itself, so screen readers and search read it once.
 */
export interface MilestonesTimeline {
  /** In date order, one group per year that has events. */
  readonly years: readonly MilestoneYear[];
}

export interface MilestoneYear {
  readonly year: string;
  readonly events: readonly MilestoneEvent[];
}

export interface MilestoneEvent {
  /** As written (YYYY-MM or YYYY-MM-DD), for the machine-readable date. */
  readonly date: string;
  /** "14 Maret", "Juni", "14 Maret – 2 April": without the year, which heads the group. */
  readonly when: string;
  /** The kind in words; undefined for `lainnya`, which tells the reader nothing. */
  readonly kind: string | undefined;
  readonly planned: boolean;
  /** As written, in Indonesian. */
  readonly title: string;
  readonly place: string | undefined;
  /** Number of the region's source that reports the event. */
  readonly source: number | undefined;
}

/** Undefined when the region records no milestones. */
export function milestonesTimeline(region: RegionModel, lang: Lang): MilestonesTimeline | undefined {
  if (region.data.milestones.length === 0) return undefined;
  // Dates are YYYY-MM or YYYY-MM-DD, so text order is date order; the sort is stable for ties.
  const milestones = [...region.data.milestones].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const t = translator(lang);

  const years: { year: string; events: MilestoneEvent[] }[] = [];
  for (const milestone of milestones) {
    const year = milestone.date.slice(0, 4);
    const event: MilestoneEvent = {
      date: milestone.date,
      when: eventDates(milestone, year, lang),
      kind: milestone.kind === 'lainnya' ? undefined : t(`labels.milestone.${milestone.kind}`),
      planned: milestone.planned,
      title: milestone.title,
      place: milestone.place,
      source: milestone.source,
    };
    const last = years.at(-1);
    if (last?.year === year) last.events.push(event);
    else years.push({ year, events: [event] });
  }
  return { years };
}

/** Day and month of the event (and of its last day), the year only where it is not the group's. */
function eventDates(milestone: Milestone, year: string, lang: Lang): string {
  const withinYear = (date: string) => (date.startsWith(year) ? formatDate(date, lang).replace(` ${year}`, '') : formatDate(date, lang));
  return milestone.endDate ? `${withinYear(milestone.date)} – ${withinYear(milestone.endDate)}` : withinYear(milestone.date);
}
