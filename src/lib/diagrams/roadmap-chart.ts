import { formatDate, formatYears } from '../../i18n/format.ts';
import { translator, type Lang } from '../../i18n/index.ts';
import type { ProgrammeModel, RegionModel } from '../model.ts';
import type { YearSpan } from '../schema/common.ts';
import { PROGRAMME_STATUSES, type ProgrammeStatus } from '../schema/programme-parts.ts';
import { QUICK_WIN_MARK, nameIn } from './words.ts';

/**
 * The region's roadmap as a chart drawn at build time in HTML and non-scaling SVG (the page's
 * RoadmapChart component), not as a Mermaid picture: a Gantt picture scaled to a 360 px phone has
 * 10 px text and hides most years behind a sideways scroll. Here every row is the programme's name
 * in page text (it wraps, never cut) above or beside a track of the whole plan's years, with the
 * bar placed by percentages, so the chart fits any width without scrolling.
 *
 * Positions are percentages of the track, from 1 January of the first year shown to 31 December
 * of the last. Programmes without years are left out; the table beside the chart lists them.
 */
export interface RoadmapChart {
  /** The years on the axis: the plan's period, widened to every horizon and programme. */
  readonly span: YearSpan;
  readonly ticks: readonly RoadmapTick[];
  /** Build day, where it falls inside the span; undefined otherwise (nothing to mark). */
  readonly today: { readonly label: string; readonly offset: number } | undefined;
  /** The horizons first (when the plan states them), then one group per dimension in framework order. */
  readonly groups: readonly RoadmapGroup[];
  /** The statuses some bar has, in the schema's order: the legend explains only what is drawn. */
  readonly statuses: readonly { readonly status: ProgrammeStatus; readonly label: string }[];
  readonly hasQuickWins: boolean;
}

export interface RoadmapTick {
  readonly year: number;
  /** Start of the year on the track, in percent. */
  readonly offset: number;
  /** Centre of the year, where its label goes, in percent. */
  readonly centre: number;
  /**
   * Labelled on a narrow screen too. Four digits at 13 px need about 32 px; a phone's track is
   * about 320 px wide, so beyond eight years only every other (or every fifth) year is named.
   */
  readonly labelledNarrow: boolean;
}

export interface RoadmapGroup {
  readonly name: string;
  readonly bars: readonly RoadmapBar[];
}

export interface RoadmapBar {
  /** As written, with the quick-win star in front. */
  readonly name: string;
  /** "2024–2027", and the status in words where the bar is a programme: colour is never the only signal. */
  readonly detail: string;
  readonly kind: 'horizon' | 'programme';
  readonly status: ProgrammeStatus | undefined;
  readonly quickWin: boolean;
  readonly offset: number;
  readonly width: number;
}

/** Year labels a phone's track has room for (see `labelledNarrow`). */
const NARROW_LABELS = 8;

export function roadmapChart(region: RegionModel, lang: Lang, today: string | undefined): RoadmapChart | undefined {
  const t = translator(lang);
  const dimensions = region.dimensions
    .map(({ dimension, programmes }) => ({ name: nameIn(dimension, lang), programmes: programmes.filter(hasSpan) }))
    .filter((group) => group.programmes.length > 0);
  if (dimensions.length === 0) return undefined;

  const spans = [
    ...(region.roadmapSpan ? [region.roadmapSpan] : []),
    ...region.horizons.map(({ span }) => span),
    ...dimensions.flatMap((group) => group.programmes.map((programme) => programme.span)),
  ];
  const span = { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
  const years = span.end - span.start + 1;
  const at = (year: number) => round(((year - span.start) / years) * 100);
  const step = years <= NARROW_LABELS ? 1 : years <= NARROW_LABELS * 2 ? 2 : 5;

  const horizons: RoadmapGroup[] =
    region.horizons.length === 0
      ? []
      : [
          {
            name: t('roadmap.chart.horizons'),
            bars: region.horizons.map(({ horizon, span: horizonSpan }) => ({
              name: t(`labels.horizon.${horizon}`),
              detail: formatYears(horizonSpan),
              kind: 'horizon' as const,
              status: undefined,
              quickWin: false,
              offset: at(horizonSpan.start),
              width: round(at(horizonSpan.end + 1) - at(horizonSpan.start)),
            })),
          },
        ];
  const groups = [
    ...horizons,
    ...dimensions.map(({ name, programmes }) => ({
      name,
      bars: programmes.map((programme) => ({
        name: `${programme.isQuickWin ? QUICK_WIN_MARK : ''}${programme.data.name}`,
        detail: `${formatYears(programme.span)} · ${t(`labels.status.${programme.data.status}`)}`,
        kind: 'programme' as const,
        status: programme.data.status,
        quickWin: programme.isQuickWin,
        offset: at(programme.span.start),
        width: round(at(programme.span.end + 1) - at(programme.span.start)),
      })),
    })),
  ];
  const drawn = new Set(dimensions.flatMap((group) => group.programmes.map((programme) => programme.data.status)));
  return {
    span,
    ticks: Array.from({ length: years }, (_, index) => ({
      year: span.start + index,
      offset: at(span.start + index),
      centre: round(at(span.start + index) + 50 / years),
      labelledNarrow: index % step === 0,
    })),
    today: today === undefined ? undefined : todayOn(today, span, lang),
    groups,
    statuses: PROGRAMME_STATUSES.filter((status) => drawn.has(status))
      .map((status) => ({ status, label: t(`labels.status.${status}`) })),
    hasQuickWins: dimensions.some((group) => group.programmes.some((programme) => programme.isQuickWin)),
  };
}

function hasSpan(programme: ProgrammeModel): programme is ProgrammeModel & { span: YearSpan } {
  return programme.span !== undefined;
}

/** Where `today` (YYYY-MM-DD) falls on the track: the year plus the share of it gone by. */
function todayOn(today: string, span: YearSpan, lang: Lang): RoadmapChart['today'] {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  if (year < span.start || year > span.end) return undefined;
  const start = Date.UTC(year, 0, 1);
  const share = (Date.UTC(year, month - 1, day) - start) / (Date.UTC(year + 1, 0, 1) - start);
  return { label: formatDate(today, lang), offset: round(((year - span.start + share) / (span.end - span.start + 1)) * 100) };
}

/** Two decimals are finer than a pixel on any screen, and keep the page's markup short. */
function round(percent: number): number {
  return Math.round(percent * 100) / 100;
}
