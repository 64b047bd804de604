import type { Translate } from '../i18n/index.ts';
import type { RegionModel } from './model.ts';
import type { Source, YearSpan } from './schema/common.ts';
import { FUNDING_SOURCES, type FundingSource, type Programme } from './schema/programme.ts';
import type { Evaluation, Region } from './schema/region.ts';

/**
 * What the compare page (/bandingkan/) says of a region's evaluations: the most recent year's
 * published results, each with the source that reports it. Pure, so the wording and the choice of
 * year are tested without building the page.
 */

export interface EvaluationResult {
  readonly evaluation: Evaluation;
  readonly source: Source;
  /** 1-based position of the source in the region's list, as on the region page (`#sumber-<n>`). */
  readonly sourceNumber: number;
}

export interface LatestEvaluations {
  readonly year: number;
  /** Every result of that year (a score and an award may share it), in content order. */
  readonly results: readonly EvaluationResult[];
}

/**
 * The results of the most recent year the region has any; undefined when it has none, which the
 * page shows as not known: no result on record is not a score of 0.
 */
export function latestEvaluations(region: Pick<Region, 'evaluations' | 'sources'>): LatestEvaluations | undefined {
  if (region.evaluations.length === 0) return undefined;
  const year = Math.max(...region.evaluations.map((evaluation) => evaluation.year));
  return {
    year,
    results: region.evaluations
      .filter((evaluation) => evaluation.year === year)
      // The schema refuses a source number beyond the list, so the source always exists.
      .map((evaluation) => ({ evaluation, source: region.sources[evaluation.source - 1]!, sourceNumber: evaluation.source })),
  };
}

/**
 * One result in a line, only what the source states: "Tahap II · nilai 3,71 (Baik) · Kementerian
 * Kominfo", "penghargaan: Kota terbaik Smart Living". The note stands in only when the source
 * gives no score, predicate or award (the schema requires one of the four).
 */
export function evaluationResultText(evaluation: Evaluation, t: Translate): string {
  const { stage, score, predicate, award, evaluator, note } = evaluation;
  const scoreText = score === undefined ? predicate : `${t('compare.score', score)}${predicate ? ` (${predicate})` : ''}`;
  const awardText = award && t('compare.award', award);
  const result = scoreText || awardText ? [scoreText, awardText].filter(Boolean).join(', ') : note;
  return [stage, result, evaluator].filter(Boolean).join(' · ');
}

/**
 * Where a reader checks a result: the source's own web address, else its entry in the source list
 * of the region's page (a book or a document that is not online).
 */
export type EvaluationSourceLink = { readonly outside: true; readonly url: string } | { readonly outside: false; readonly path: string };

export function evaluationSourceLink(region: Pick<RegionModel, 'path'>, result: EvaluationResult): EvaluationSourceLink {
  return result.source.url ? { outside: true, url: result.source.url } : { outside: false, path: `${region.path}#sumber-${result.sourceNumber}` };
}

/**
 * What the content records of a region's budget: the sum of the funding entries that state an
 * amount, and what that sum stands on. Only the programmes' `funding` fields count; nothing is
 * estimated, converted or adjusted for inflation (the sum is nominal rupiah of its budget years).
 */
export interface BudgetTotal {
  /** Rupiah, nominal. */
  readonly amount: number;
  /** Funding entries summed (those with an amount). */
  readonly entries: number;
  /** Budget years of the summed entries, when any states one. */
  readonly years: YearSpan | undefined;
  /** Summed entries that state no budget year. */
  readonly undatedEntries: number;
  /** Funding sources of the summed entries, in the schema's order. */
  readonly sources: readonly FundingSource[];
  /** Programmes with at least one amount, of `programmes` in all. */
  readonly programmesWithAmount: number;
  readonly programmes: number;
}

/**
 * The region's recorded budget; undefined when no funding entry states an amount, which the page
 * shows as not recorded: an unknown budget is not a budget of Rp 0.
 */
export function budgetTotal(programmes: readonly Pick<Programme, 'funding'>[]): BudgetTotal | undefined {
  const stated = programmes.map((programme) => programme.funding.filter((entry) => entry.amount !== undefined));
  const entries = stated.flat();
  if (entries.length === 0) return undefined;
  const years = entries.flatMap((entry) => (entry.year === undefined ? [] : [entry.year]));
  const sources = new Set(entries.map((entry) => entry.source));
  return {
    amount: entries.reduce((sum, entry) => sum + (entry.amount ?? 0), 0),
    entries: entries.length,
    years: years.length === 0 ? undefined : { start: Math.min(...years), end: Math.max(...years) },
    undatedEntries: entries.length - years.length,
    sources: FUNDING_SOURCES.filter((source) => sources.has(source)),
    programmesWithAmount: stated.filter((list) => list.length > 0).length,
    programmes: programmes.length,
  };
}
