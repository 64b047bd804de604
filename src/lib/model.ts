import { DIMENSIONS, OTHER_ELEMENT, type SmartDimension } from './dimensions.ts';
import type { ContentSet, Entry } from './content/entries.ts';
import type { DimensionPage } from './schema/dimension-page.ts';
import type { Programme, ProgrammeStatus } from './schema/programme.ts';
import type { Horizon, Region } from './schema/region.ts';
import type { YearSpan } from './schema/common.ts';

/**
 * The typed model every page, diagram, search record and export reads. Built once from validated
 * content; derived facts (counts, spans, groupings) are computed here and nowhere else.
 */

export interface ElementRef {
  readonly id: string;
  readonly nameId: string;
  readonly nameEn: string;
}

export interface ProgrammeModel {
  /** `<region>/<id>`: unique across the portal, stable across renames of the title. */
  readonly key: string;
  readonly entryId: string;
  readonly file: string;
  readonly regionSlug: string;
  readonly regionName: string;
  readonly province: string;
  readonly fictional: boolean;
  readonly data: Programme;
  readonly dimension: SmartDimension;
  readonly element: ElementRef;
  /** Start and end year when both are known (a one-year programme when only one is). */
  readonly span: YearSpan | undefined;
  readonly isQuickWin: boolean;
}

export interface DimensionInRegion {
  readonly dimension: SmartDimension;
  /** The region's own page for this dimension, if it wrote one. */
  readonly page: Entry<DimensionPage> | undefined;
  readonly programmes: readonly ProgrammeModel[];
}

export interface StatusCounts extends Readonly<Record<ProgrammeStatus, number>> {}

export interface RegionModel {
  readonly slug: string;
  readonly entryId: string;
  readonly file: string;
  readonly data: Region;
  /** Programmes ordered quick wins first, then by start year and name. */
  readonly programmes: readonly ProgrammeModel[];
  readonly quickWins: readonly ProgrammeModel[];
  /** All six dimensions, in framework order, with this region's page and programmes. */
  readonly dimensions: readonly DimensionInRegion[];
  readonly statusCounts: StatusCounts;
  /** Years the roadmap covers: the masterplan period, else the span of programme years. */
  readonly roadmapSpan: YearSpan | undefined;
  /** Roadmap horizons, in order, when the plan states them. */
  readonly horizons: readonly { readonly horizon: Horizon; readonly span: YearSpan }[];
}

export interface ProvinceGroup {
  readonly name: string;
  readonly regions: readonly RegionModel[];
}

export interface SiteModel {
  readonly regions: readonly RegionModel[];
  readonly provinces: readonly ProvinceGroup[];
  readonly programmes: readonly ProgrammeModel[];
  regionBySlug(slug: string): RegionModel | undefined;
}

const collator = new Intl.Collator('id');

function elementOf(dimension: SmartDimension, programme: Programme): ElementRef {
  if (programme.element === OTHER_ELEMENT) {
    const label = programme.elementLabel ?? 'Lainnya';
    return { id: OTHER_ELEMENT, nameId: label, nameEn: label };
  }
  return dimension.elements.find((e) => e.id === programme.element) ?? { id: programme.element, nameId: programme.element, nameEn: programme.element };
}

function spanOf(programme: Programme): YearSpan | undefined {
  const start = programme.startYear ?? programme.endYear;
  const end = programme.endYear ?? programme.startYear;
  return start === undefined || end === undefined ? undefined : { start, end };
}

function compareProgrammes(a: ProgrammeModel, b: ProgrammeModel): number {
  return (
    Number(b.isQuickWin) - Number(a.isQuickWin) ||
    (a.span?.start ?? Infinity) - (b.span?.start ?? Infinity) ||
    collator.compare(a.data.name, b.data.name)
  );
}

function countStatuses(programmes: readonly ProgrammeModel[]): StatusCounts {
  const counts = { planned: 0, running: 0, done: 0, stopped: 0 };
  for (const programme of programmes) counts[programme.data.status] += 1;
  return counts;
}

function roadmapSpanOf(region: Region, programmes: readonly ProgrammeModel[]): YearSpan | undefined {
  if (region.period) return region.period;
  const spans = programmes.flatMap((p) => (p.span ? [p.span] : []));
  if (spans.length === 0) return undefined;
  return { start: Math.min(...spans.map((s) => s.start)), end: Math.max(...spans.map((s) => s.end)) };
}

/** Builds the model from content that passed the schemas and the cross-checks. */
export function buildModel(content: ContentSet): SiteModel {
  const programmesByRegion = new Map<string, Entry<Programme>[]>();
  for (const programme of content.programmes) {
    const list = programmesByRegion.get(programme.region) ?? [];
    list.push(programme);
    programmesByRegion.set(programme.region, list);
  }

  const regions = content.regions
    .map((entry): RegionModel => {
      const region = entry.data;
      const programmes = (programmesByRegion.get(entry.region) ?? [])
        .map((programmeEntry): ProgrammeModel => {
          const dimension = DIMENSIONS.find((d) => d.id === programmeEntry.data.dimension)!;
          return {
            key: `${entry.region}/${programmeEntry.data.id}`,
            entryId: programmeEntry.entryId,
            file: programmeEntry.file,
            regionSlug: entry.region,
            regionName: region.name,
            province: region.province,
            fictional: region.fictional,
            data: programmeEntry.data,
            dimension,
            element: elementOf(dimension, programmeEntry.data),
            span: spanOf(programmeEntry.data),
            isQuickWin: programmeEntry.data.kind === 'quick-win',
          };
        })
        .sort(compareProgrammes);
      const pages = content.dimensionPages.filter((page) => page.region === entry.region);
      const horizons = region.horizons
        ? (['short', 'medium', 'long'] as const).map((horizon) => ({ horizon, span: region.horizons![horizon] }))
        : [];
      return {
        slug: entry.region,
        entryId: entry.entryId,
        file: entry.file,
        data: region,
        programmes,
        quickWins: programmes.filter((p) => p.isQuickWin),
        dimensions: DIMENSIONS.map((dimension) => ({
          dimension,
          page: pages.find((page) => page.data.dimension === dimension.id),
          programmes: programmes.filter((p) => p.dimension.id === dimension.id),
        })),
        statusCounts: countStatuses(programmes),
        roadmapSpan: roadmapSpanOf(region, programmes),
        horizons,
      };
    })
    .sort((a, b) => collator.compare(a.data.name, b.data.name));

  const provinceNames = [...new Set(regions.map((r) => r.data.province))].sort(collator.compare);
  const bySlug = new Map(regions.map((r) => [r.slug, r]));
  return {
    regions,
    provinces: provinceNames.map((name) => ({ name, regions: regions.filter((r) => r.data.province === name) })),
    programmes: regions.flatMap((r) => r.programmes),
    regionBySlug: (slug) => bySlug.get(slug),
  };
}
