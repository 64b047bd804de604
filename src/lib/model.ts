import { hasDisagreement, type CohortClaim, type Cohorts, type CohortSource } from './cohorts.ts';
import { DIMENSIONS, OTHER_ELEMENT, type SmartDimension } from './dimensions.ts';
import { buildDirectory, type Directory, type PublishedRegion } from './directory.ts';
import { historyOfFile, indexHistory, type ContentHistory, type DataVersion, type FileHistory } from './history/log.ts';
import type { Register, RegisteredRegion } from './register/register.ts';
import { isPossiblyStale, statusAsOf, type StatusAsOf } from './progress.ts';
import { programmePath, regionPath } from './routes.ts';
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
  /** The programme's page, language-neutral (src/lib/routes.ts). */
  readonly path: string;
  readonly entryId: string;
  readonly file: string;
  readonly regionSlug: string;
  readonly regionName: string;
  readonly province: string;
  readonly fictional: boolean;
  readonly data: Programme;
  readonly dimension: SmartDimension;
  /** Undefined when no source says which element: pages show "Belum diketahui", never a guess. */
  readonly element: ElementRef | undefined;
  /** Start and end year when both are known (a one-year programme when only one is). */
  readonly span: YearSpan | undefined;
  readonly isQuickWin: boolean;
  /** When the status was last stated (src/lib/progress.ts); undefined when nothing in the content is dated. */
  readonly progressAsOf: StatusAsOf | undefined;
  /** The status was stated more than a year before the content's date: pages say it may have changed. */
  readonly stale: boolean;
  /** Share of the work done (0–100) in the latest progress update, when that update gives one. */
  readonly percentDone: number | undefined;
}

export interface DimensionInRegion {
  readonly dimension: SmartDimension;
  /** The region's own page for this dimension, if it wrote one. */
  readonly page: Entry<DimensionPage> | undefined;
  readonly programmes: readonly ProgrammeModel[];
}

export interface StatusCounts extends Readonly<Record<ProgrammeStatus, number>> {}

/** One sourced statement "this region joined the cohort of `year`" (data/kohort.yaml), its sources looked up. */
export interface CohortClaimModel {
  readonly year: number;
  readonly mouDate: string | undefined;
  readonly note: string | undefined;
  readonly sources: readonly CohortSource[];
}

/** What the cohort lists say of one region. */
export interface CohortRecord {
  /** By year, ascending; empty when no list names the region. */
  readonly claims: readonly CohortClaimModel[];
  /** The claims give more than one year: pages show every claim with its sources and prefer none. */
  readonly sourcesDisagree: boolean;
}

/**
 * A participating region without a content folder: its page says what the register and the cohort
 * sources say, and nothing more. It keeps its address (`/<slug>/`) when it gains a folder.
 */
export interface ParticipantModel {
  readonly slug: string;
  /** The participant's page, language-neutral (src/lib/routes.ts). */
  readonly path: string;
  readonly region: RegisteredRegion;
  readonly cohort: CohortRecord;
}

export interface RegionModel {
  readonly slug: string;
  /** The region's page, language-neutral (src/lib/routes.ts). */
  readonly path: string;
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
  /** The cohort claims for the region's Kemendagri code. */
  readonly cohort: CohortRecord;
}

export interface ProvinceGroup {
  readonly name: string;
  readonly regions: readonly RegionModel[];
}

export interface SiteModel {
  readonly regions: readonly RegionModel[];
  readonly provinces: readonly ProvinceGroup[];
  readonly programmes: readonly ProgrammeModel[];
  /**
   * What national figures count: the real regions and their programmes. A `fictional: true`
   * region is a showcase; it keeps its pages (marked) and its own download, but no national
   * total, feed, default comparison or national download includes it.
   */
  readonly national: {
    readonly regions: readonly RegionModel[];
    readonly programmes: readonly ProgrammeModel[];
    readonly provinces: readonly ProvinceGroup[];
  };
  /** The fictional showcase regions, for their own download and pages. */
  readonly fictionalRegions: readonly RegionModel[];
  /** Register entries with a cohort claim but no content folder, in register order: a page each. */
  readonly participants: readonly ParticipantModel[];
  /** All kabupaten/kota of the register with their status (fictional regions are not in it). */
  readonly directory: Directory;
  regionBySlug(slug: string): RegionModel | undefined;
  /** The commits that changed a content file (`region.file`, `programme.file`), read from git once per build. */
  historyOf(file: string): FileHistory;
  /** The whole content history, for what spans files: the change feeds, which also list deleted files. */
  readonly history: ContentHistory;
  /**
   * The version of the data this build publishes: the newest commit that changed content/ or
   * data/, read from git once per build. Every page's footer, every download and every citation
   * names it. Undefined when this checkout has no git history.
   */
  readonly version: DataVersion | undefined;
}

/** The national lists beside the content (data/): the register of kabupaten/kota and the cohort claims. */
export interface NationalLists {
  readonly register: Pick<Register, 'provinces' | 'regions'>;
  readonly cohorts: Pick<Cohorts, 'claimsByCode' | 'sourceById'>;
  /** The content's git history (src/lib/history/git.ts); without it every page says history is unavailable. */
  readonly history?: ContentHistory;
}

/** For models of content alone (the check, tests of content features): no register, no cohorts. */
const NO_NATIONAL_LISTS: NationalLists = {
  register: { provinces: [], regions: [] },
  cohorts: { claimsByCode: () => new Map(), sourceById: () => undefined },
};

const collator = new Intl.Collator('id');

function elementOf(dimension: SmartDimension, programme: Programme): ElementRef | undefined {
  if (programme.element === undefined) return undefined;
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

function cohortRecordOf(claims: readonly CohortClaim[], cohorts: NationalLists['cohorts']): CohortRecord {
  return {
    claims: [...claims]
      .sort((a, b) => a.year - b.year)
      .map((claim) => ({
        year: claim.year,
        mouDate: claim.mouDate,
        note: claim.note,
        // The cohort check guarantees every id is listed; a missing one is a bug, not data.
        sources: claim.sources.map((id) => cohorts.sourceById(id) ?? missingSource(id)),
      })),
    sourcesDisagree: hasDisagreement(claims),
  };
}

function missingSource(id: string): never {
  throw new Error(`Cohort source ${id} is cited but not listed in data/kohort.yaml`);
}

/** `regions` grouped by province, provinces and regions in name order. */
function byProvince(regions: readonly RegionModel[]): ProvinceGroup[] {
  const names = [...new Set(regions.map((r) => r.data.province))].sort(collator.compare);
  return names.map((name) => ({ name, regions: regions.filter((r) => r.data.province === name) }));
}

/** Builds the model from content and national data that passed the schemas and the cross-checks. */
export function buildModel(content: ContentSet, lists: NationalLists = NO_NATIONAL_LISTS): SiteModel {
  const claimsByCode = lists.cohorts.claimsByCode();
  const history = lists.history ?? indexHistory([], 'unavailable');
  // Statuses are judged stale against the data version's day, never the clock: the same content
  // builds the same pages on any day.
  const contentDate = history.version?.day;
  const cohortOf = (code: string | undefined): CohortRecord => cohortRecordOf(code === undefined ? [] : (claimsByCode.get(code) ?? []), lists.cohorts);
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
          const asOf = statusAsOf(programmeEntry.data);
          return {
            key: `${entry.region}/${programmeEntry.data.id}`,
            path: programmePath(entry.region, programmeEntry.data.id),
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
            progressAsOf: asOf,
            stale: isPossiblyStale(programmeEntry.data.status, asOf, contentDate),
            percentDone: programmeEntry.data.progress.at(-1)?.percent,
          };
        })
        .sort(compareProgrammes);
      const pages = content.dimensionPages.filter((page) => page.region === entry.region);
      const horizons = region.horizons
        ? (['short', 'medium', 'long'] as const).map((horizon) => ({ horizon, span: region.horizons![horizon] }))
        : [];
      return {
        slug: entry.region,
        path: regionPath(entry.region),
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
        cohort: cohortOf(region.code),
      };
    })
    .sort((a, b) => collator.compare(a.data.name, b.data.name));

  const bySlug = new Map(regions.map((r) => [r.slug, r]));
  const realRegions = regions.filter((r) => !r.data.fictional);
  const published = new Map<string, PublishedRegion>(
    realRegions.flatMap((r) => (r.data.code ? [[r.data.code, { slug: r.slug, programmeCount: r.programmes.length }]] : [])),
  );
  const participants = lists.register.regions
    .filter((registered) => claimsByCode.has(registered.code) && !published.has(registered.code))
    .map((registered): ParticipantModel => ({ slug: registered.slug, path: regionPath(registered.slug), region: registered, cohort: cohortOf(registered.code) }));
  return {
    regions,
    provinces: byProvince(regions),
    programmes: regions.flatMap((r) => r.programmes),
    national: { regions: realRegions, programmes: realRegions.flatMap((r) => r.programmes), provinces: byProvince(realRegions) },
    fictionalRegions: regions.filter((r) => r.data.fictional),
    participants,
    directory: buildDirectory({ register: lists.register, claimsByCode, published }),
    regionBySlug: (slug) => bySlug.get(slug),
    historyOf: (file) => historyOfFile(history, file),
    history,
    version: history.version,
  };
}
