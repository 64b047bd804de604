import type { Translate } from '../i18n/index.ts';
import type { RegionModel } from './model.ts';
import type { Source } from './schema/common.ts';
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
