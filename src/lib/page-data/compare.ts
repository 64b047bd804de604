import { formatNumber, formatRupiah, formatYears } from '../../i18n/format.ts';
import { translator, type Lang, type Translate } from '../../i18n/index.ts';
import { budgetTotal, evaluationResultText, evaluationSourceLink, latestEvaluations, type EvaluationSourceLink } from '../compare.ts';
import { nameIn } from '../diagrams/words.ts';
import { DIMENSIONS, type SmartDimension } from '../dimensions.ts';
import type { ProgrammeModel, RegionModel, SiteModel } from '../model.ts';
import { nationalDimensionPath, searchPath } from '../routes.ts';
import { PROGRAMME_STATUSES } from '../schema/programme.ts';
import { bodyName, legalBasisText } from '../governance.ts';
import type { SearchFilter } from '../search-record.ts';

const collator = new Intl.Collator('id');

/**
 * Everything the compare page (`/bandingkan/`) shows: a matrix of programme and quick-win counts
 * per real region and dimension with national totals, a chart of programmes per region, and the
 * key facts of every region side by side, budgets included. Every count links to the search that
 * lists its programmes. A region whose programmes are not recorded yet is "belum tercatat", never
 * 0. The fictional showcase is never in the matrix, the chart or the totals; in the side-by-side
 * table it comes last, for the page to hide until a reader chooses it.
 */

export interface DimensionColumn {
  readonly dimension: SmartDimension;
  readonly name: string;
  /** The dimension's national page, language-neutral. */
  readonly path: string;
}

/**
 * A count of programmes as the page shows it: "5" with "2 quick win" beside it, and the search that
 * lists them. The search path is undefined for 0: there is nothing to list.
 */
export interface CountCell {
  readonly count: number;
  /** "5". */
  readonly number: string;
  /** "2 quick win"; undefined when none is a quick win. */
  readonly quickWins: string | undefined;
  /** The whole cell in words, "5 (2 quick win)": what a screen reader reads and a test compares. */
  readonly text: string;
  /** The search page with the filters that list these programmes (src/lib/routes.ts `searchPath`). */
  readonly search: string | undefined;
}

/**
 * A real region's row. A region whose content lists no programme has not had its programmes
 * recorded yet: its row says "belum tercatat", never 0, and it adds nothing to the totals.
 */
export type MatrixRow =
  | {
      readonly region: RegionModel;
      readonly recorded: true;
      /** One cell per dimension, in the order of `ComparePage.dimensions`. */
      readonly counts: readonly { readonly dimension: SmartDimension; readonly cell: CountCell }[];
      readonly total: CountCell;
    }
  | { readonly region: RegionModel; readonly recorded: false };

/** One bar of the chart of programmes per region; `width` is the bar's share of the longest, 0–100. */
export interface ChartBar {
  readonly region: RegionModel;
  readonly count: number;
  readonly number: string;
  readonly width: number;
}

/** A region's recorded budget, in words: the sum, then what it stands on. */
export interface BudgetCell {
  /** "Rp 12.500.000.000". */
  readonly amount: string;
  /** "nominal, 4 pos pendanaan dengan jumlah (APBD, CSR), tahun anggaran 2024–2026, di 3 dari 30 program". */
  readonly basis: string;
}

/** One result of a region's latest evaluation year, with where to check it. */
export interface EvaluationLine {
  readonly text: string;
  readonly sourceTitle: string;
  readonly sourceOutlet: string | undefined;
  readonly link: EvaluationSourceLink;
}

export interface EvaluationCell {
  readonly year: number;
  readonly lines: readonly EvaluationLine[];
}

/**
 * A row of the side-by-side table, one value per region in `ComparePage.regions`. `undefined`
 * means the fact is not known yet (the page says so); a count or budget row is undefined for a
 * region whose programmes (or amounts) are not recorded, while a recorded zero is a count of 0.
 * The evaluation row is drawn apart: each result links to its source.
 */
export type FactRow =
  | { readonly kind: 'text'; readonly label: string; readonly values: readonly (string | undefined)[] }
  | { readonly kind: 'count'; readonly label: string; readonly values: readonly (CountCell | undefined)[] }
  | { readonly kind: 'budget'; readonly label: string; readonly values: readonly (BudgetCell | undefined)[] }
  | { readonly kind: 'evaluations'; readonly label: string; readonly values: readonly (EvaluationCell | undefined)[] };

export interface ComparePage {
  readonly dimensions: readonly DimensionColumn[];
  /** Real regions only, in the national order. */
  readonly matrix: readonly MatrixRow[];
  /**
   * The matrix footer over the real regions whose programmes are recorded: per dimension, then
   * overall, and how many regions that is and how many are not recorded yet.
   */
  readonly totals: {
    readonly dimensions: readonly string[];
    readonly all: string;
    /** "Semua daerah nyata yang tercatat (26)". */
    readonly label: string;
    /** "41 daerah nyata lain belum tercatat …"; undefined when every real region is recorded. */
    readonly unrecordedNote: string | undefined;
  };
  /** Programmes per recorded real region, most first: the chart, whose table twin is the matrix. */
  readonly chart: readonly ChartBar[];
  /** Columns of the side-by-side table: real regions first, then the fictional showcase. */
  readonly regions: readonly RegionModel[];
  readonly facts: readonly FactRow[];
  /** Whether the page must say what the fictional regions in its choices are. */
  readonly hasFictional: boolean;
}

/** The search filters (src/lib/search-record.ts) that list some of a region's programmes. */
type ProgrammeFilters = Readonly<Partial<Record<SearchFilter, readonly string[]>>>;

export function comparePage(model: SiteModel, lang: Lang): ComparePage {
  const t = translator(lang);
  const number = (count: number) => formatNumber(count, lang);
  /** `quickWinsToo: false` for a count of quick wins, which would otherwise say so twice. */
  const cellOf = (programmes: readonly ProgrammeModel[], filters: ProgrammeFilters, quickWinsToo = true): CountCell => {
    const quickWins = quickWinsToo ? programmes.filter((p) => p.isQuickWin).length : 0;
    return {
      count: programmes.length,
      number: number(programmes.length),
      quickWins: quickWins === 0 ? undefined : t('compare.quickWinCount', quickWins),
      text: t('compare.count', programmes.length, quickWins),
      search: programmes.length === 0 ? undefined : searchPath({ jenis: ['program'], ...filters }),
    };
  };
  const recorded = (region: RegionModel) => region.programmes.length > 0;
  const ofRegion = (region: RegionModel, filters: ProgrammeFilters = {}): ProgrammeFilters => ({ daerah: [region.data.name], ...filters });
  const regions = [...model.national.regions, ...model.fictionalRegions];
  const recordedRegions = model.national.regions.filter(recorded);
  const unrecorded = model.national.regions.length - recordedRegions.length;
  const row = (label: string, value: (region: RegionModel) => string | undefined): FactRow => ({ kind: 'text', label, values: regions.map(value) });
  const countRow = (label: string, programmes: (region: RegionModel) => readonly ProgrammeModel[], filters: ProgrammeFilters = {}): FactRow => ({
    kind: 'count',
    label,
    values: regions.map((region) => (recorded(region) ? cellOf(programmes(region), ofRegion(region, filters), filters.kategori === undefined) : undefined)),
  });
  const most = Math.max(0, ...recordedRegions.map((region) => region.programmes.length));
  return {
    dimensions: DIMENSIONS.map((dimension) => ({ dimension, name: nameIn(dimension, lang), path: nationalDimensionPath(dimension.id) })),
    matrix: model.national.regions.map((region): MatrixRow =>
      recorded(region)
        ? {
            region,
            recorded: true,
            counts: region.dimensions.map(({ dimension, programmes }) => ({ dimension, cell: cellOf(programmes, ofRegion(region, { dimensi: [dimension.id] })) })),
            total: cellOf(region.programmes, ofRegion(region)),
          }
        : { region, recorded: false },
    ),
    totals: {
      // Only recorded regions have programmes, so the national list is already their sum.
      dimensions: DIMENSIONS.map((dimension) => cellOf(model.national.programmes.filter((p) => p.dimension.id === dimension.id), {}).text),
      all: cellOf(model.national.programmes, {}).text,
      label: t('compare.allRegions', recordedRegions.length),
      unrecordedNote: unrecorded === 0 ? undefined : t('compare.unrecordedNote', unrecorded),
    },
    chart: [...recordedRegions]
      .sort((a, b) => b.programmes.length - a.programmes.length || collator.compare(a.data.name, b.data.name))
      .map((region) => ({
        region,
        count: region.programmes.length,
        number: number(region.programmes.length),
        // One decimal is finer than a pixel at any width the page is read at.
        width: Math.round((region.programmes.length / most) * 1000) / 10,
      })),
    regions,
    facts: [
      row(t('common.province'), (region) => region.data.province),
      row(t('common.period'), (region) => region.data.period && formatYears(region.data.period)),
      row(t('compare.bodies'), (region) => (region.data.bodies.length > 0 ? region.data.bodies.map((body) => bodyName(body, t)).join(', ') : undefined)),
      row(t('compare.legal'), (region) => region.data.legalBasis && legalBasisText(region.data.legalBasis, t)),
      { kind: 'evaluations', label: t('compare.latestEvaluation'), values: regions.map((region) => evaluationCell(region, t)) },
      countRow(t('common.quickWins'), (region) => region.quickWins, { kategori: ['quick-win'] }),
      countRow(t('compare.programmesTotal'), (region) => region.programmes),
      ...PROGRAMME_STATUSES.map((status) =>
        countRow(t('compare.programmesWithStatus', t(`labels.status.${status}`)), (region) => region.programmes.filter((p) => p.data.status === status), { status: [status] }),
      ),
      { kind: 'budget', label: t('compare.budget'), values: regions.map((region) => budgetCell(region, lang, t)) },
    ],
    hasFictional: model.fictionalRegions.length > 0,
  };
}

/** The sum of the amounts the region's programmes state, and its basis; undefined when none states one. */
function budgetCell(region: RegionModel, lang: Lang, t: Translate): BudgetCell | undefined {
  const budget = budgetTotal(region.programmes.map((programme) => programme.data));
  if (!budget) return undefined;
  return {
    amount: formatRupiah(budget.amount, lang),
    basis: t('compare.budgetBasis', {
      entries: budget.entries,
      sources: budget.sources.map((source) => t(`labels.funding.${source}`)).join(', '),
      years: budget.years && formatYears(budget.years),
      undated: budget.undatedEntries,
      programmes: budget.programmesWithAmount,
      of: budget.programmes,
    }),
  };
}

/** The region's latest published results; undefined when it has none: no result is not a score of 0. */
function evaluationCell(region: RegionModel, t: Translate): EvaluationCell | undefined {
  const latest = latestEvaluations(region.data);
  if (!latest) return undefined;
  return {
    year: latest.year,
    lines: latest.results.map((result) => ({
      text: evaluationResultText(result.evaluation, t),
      sourceTitle: result.source.title,
      sourceOutlet: result.source.outlet,
      link: evaluationSourceLink(region, result),
    })),
  };
}
