import { formatDate } from '../../i18n/format.ts';
import { translator, type Lang } from '../../i18n/index.ts';
import type { RegionModel } from '../model.ts';
import type { Region } from '../schema/region.ts';
import { mermaidText } from '../escape.ts';

type Milestone = Region['milestones'][number];

/**
 * The masterplan's dated events as a Mermaid timeline, one period per year, events in date order
 * as "day month · kind · title (place)". Undefined when the region records no milestones.
 */
export function milestonesTimeline(region: RegionModel, lang: Lang): string | undefined {
  if (region.data.milestones.length === 0) return undefined;
  // Dates are YYYY-MM or YYYY-MM-DD, so text order is date order; the sort is stable for ties.
  const milestones = [...region.data.milestones].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const byYear = new Map<string, Milestone[]>();
  for (const milestone of milestones) {
    const year = milestone.date.slice(0, 4);
    byYear.set(year, [...(byYear.get(year) ?? []), milestone]);
  }

  const lines = ['timeline'];
  for (const [year, events] of byYear) {
    // Uncut: Mermaid wraps an event's text in its box, and a cut label hides what the reader came for.
    const [first, ...rest] = events.map((milestone) => mermaidText(eventText(milestone, year, lang), 'timeline-event', Infinity));
    lines.push(`  ${year} : ${first}`);
    // Further events of the same year continue the period on their own lines.
    for (const event of rest) lines.push(`       : ${event}`);
  }
  return lines.join('\n') + '\n';
}

function eventText(milestone: Milestone, year: string, lang: Lang): string {
  // The year is the period's label, so the event shows only day and month.
  const dayAndMonth = formatDate(milestone.date, lang).replace(` ${year}`, '');
  const kind = milestone.kind === 'lainnya' ? [] : [translator(lang)(`labels.milestone.${milestone.kind}`)];
  const place = milestone.place ? ` (${milestone.place})` : '';
  return [dayAndMonth, ...kind, `${milestone.title}${place}`].join(' · ');
}
