import { formatNumber, formatYears } from '../../i18n/format.ts';
import { translator, type Lang, type Translate } from '../../i18n/index.ts';
import { evaluationResultText, evaluationSourceLink, latestEvaluations, type EvaluationSourceLink } from '../compare.ts';
import { nameIn } from '../diagrams/words.ts';
import { DIMENSIONS, type SmartDimension } from '../dimensions.ts';
import type { RegionModel, SiteModel } from '../model.ts';
import { nationalDimensionPath } from '../routes.ts';
import { PROGRAMME_STATUSES } from '../schema/programme.ts';
import { bodyName, legalBasisText } from '../governance.ts';

/**
 * Everything the compare page (`/bandingkan/`) shows: a matrix of programme and quick-win counts
 * per real region and dimension with national totals, and the key facts of every region side by
 * side. The fictional showcase is never in the matrix or its totals; in the side-by-side table it
 * comes last, for the page to hide until a reader chooses it.
 */

export interface DimensionColumn {
  readonly dimension: SmartDimension;
  readonly name: string;
  /** The dimension's national page, language-neutral. */
  readonly path: string;
}

export interface MatrixRow {
  readonly region: RegionModel;
  /** "5 (2 quick win)" per dimension, in the order of `ComparePage.dimensions`. */
  readonly counts: readonly { readonly dimension: SmartDimension; readonly text: string }[];
  readonly total: string;
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
 * means the fact is not known yet (the page says so); a count of 0 is a known 0. The evaluation
 * row is drawn apart: each result links to its source.
 */
export type FactRow =
  | { readonly kind: 'text'; readonly label: string; readonly values: readonly (string | undefined)[] }
  | { readonly kind: 'evaluations'; readonly label: string; readonly values: readonly (EvaluationCell | undefined)[] };

export interface ComparePage {
  readonly dimensions: readonly DimensionColumn[];
  /** Real regions only, in the national order. */
  readonly matrix: readonly MatrixRow[];
  /** The matrix footer over all real regions: per dimension, then overall. */
  readonly totals: { readonly dimensions: readonly string[]; readonly all: string };
  /** Columns of the side-by-side table: real regions first, then the fictional showcase. */
  readonly regions: readonly RegionModel[];
  readonly facts: readonly FactRow[];
  /** Whether the page must say what the fictional regions in its choices are. */
  readonly hasFictional: boolean;
}

export function comparePage(model: SiteModel, lang: Lang): ComparePage {
  const t = translator(lang);
  const countOf = (programmes: readonly { readonly isQuickWin: boolean }[]) => t('compare.count', programmes.length, programmes.filter((p) => p.isQuickWin).length);
  const number = (count: number) => formatNumber(count, lang);
  const regions = [...model.national.regions, ...model.fictionalRegions];
  const row = (label: string, value: (region: RegionModel) => string | undefined): FactRow => ({ kind: 'text', label, values: regions.map(value) });
  return {
    dimensions: DIMENSIONS.map((dimension) => ({ dimension, name: nameIn(dimension, lang), path: nationalDimensionPath(dimension.id) })),
    matrix: model.national.regions.map((region) => ({
      region,
      counts: region.dimensions.map(({ dimension, programmes }) => ({ dimension, text: countOf(programmes) })),
      total: countOf(region.programmes),
    })),
    totals: {
      dimensions: DIMENSIONS.map((dimension) => countOf(model.national.programmes.filter((p) => p.dimension.id === dimension.id))),
      all: countOf(model.national.programmes),
    },
    regions,
    facts: [
      row(t('common.province'), (region) => region.data.province),
      row(t('common.period'), (region) => region.data.period && formatYears(region.data.period)),
      row(t('compare.bodies'), (region) => (region.data.bodies.length > 0 ? region.data.bodies.map((body) => bodyName(body, t)).join(', ') : undefined)),
      row(t('compare.legal'), (region) => region.data.legalBasis && legalBasisText(region.data.legalBasis, t)),
      { kind: 'evaluations', label: t('compare.latestEvaluation'), values: regions.map((region) => evaluationCell(region, t)) },
      row(t('common.quickWins'), (region) => number(region.quickWins.length)),
      row(t('compare.programmesTotal'), (region) => number(region.programmes.length)),
      ...PROGRAMME_STATUSES.map((status) => row(t('compare.programmesWithStatus', t(`labels.status.${status}`)), (region) => number(region.statusCounts[status]))),
    ],
    hasFictional: model.fictionalRegions.length > 0,
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
