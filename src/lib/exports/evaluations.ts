import type { RegionModel } from '../model.ts';
import { regionPath } from '../routes.ts';
import { EVALUATION_COLUMN_NAMES } from './columns.ts';
import { toCsv } from './csv.ts';
import type { ExportMeta, PageUrl } from './data-files.ts';
import { canonicalJson } from './json.ts';

/**
 * One record per published evaluation result, shared by evaluations.csv and evaluations.json,
 * each carrying the source that reports it (a row without its source would be a claim nobody can
 * check). Field names are the CSV column names, documented in columns.ts. Unknown values are
 * `null` in JSON and empty in CSV.
 */
export interface EvaluationRecord {
  readonly region_slug: string;
  readonly region_name: string;
  readonly province: string;
  readonly region_code: string | null;
  readonly fictional: boolean;
  readonly year: number;
  readonly stage: string | null;
  readonly score: number | null;
  readonly predicate: string | null;
  readonly award: string | null;
  readonly evaluator: string | null;
  readonly note: string | null;
  /** The region lists `evaluations` in `inferred`. */
  readonly inferred: boolean;
  readonly source_title: string;
  readonly source_outlet: string | null;
  readonly source_date: string | null;
  readonly source_url: string | null;
  readonly source_page: number | null;
  readonly region_url: string;
}

export type EvaluationColumn = keyof EvaluationRecord;

/** The anchor of the evaluations section on the region page. */
export const EVALUATIONS_ANCHOR = 'evaluasi';

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every evaluation of the given regions (the national download passes `model.national.regions`,
 * the demo download `model.fictionalRegions`): by region slug in code-unit order, then by year,
 * then in the order the content lists them, so the order never depends on names or locale.
 */
export function evaluationRecords(regions: readonly RegionModel[], pageUrl: PageUrl): EvaluationRecord[] {
  return [...regions]
    .sort((a, b) => byCodeUnit(a.slug, b.slug))
    .flatMap((region) => {
      const { data } = region;
      const regionUrl = `${pageUrl(regionPath(region.slug))}#${EVALUATIONS_ANCHOR}`;
      return data.evaluations
        .map((evaluation, position) => ({ evaluation, position }))
        .sort((a, b) => a.evaluation.year - b.evaluation.year || a.position - b.position)
        .map(({ evaluation }): EvaluationRecord => {
          // The schema refuses a source number beyond the list, so the source always exists.
          const source = data.sources[evaluation.source - 1]!;
          return {
            region_slug: region.slug,
            region_name: data.name,
            province: data.province,
            region_code: data.code ?? null,
            fictional: data.fictional,
            year: evaluation.year,
            stage: evaluation.stage ?? null,
            score: evaluation.score ?? null,
            predicate: evaluation.predicate ?? null,
            award: evaluation.award ?? null,
            evaluator: evaluation.evaluator ?? null,
            note: evaluation.note ?? null,
            inferred: data.inferred.includes('evaluations'),
            source_title: source.title,
            source_outlet: source.outlet ?? null,
            source_date: source.date ?? null,
            source_url: source.url ?? null,
            source_page: source.page ?? null,
            region_url: regionUrl,
          };
        });
    });
}

const optional = (value: string | number | null): string => (value === null ? '' : String(value));

/** The CSV cells of one record, by column. */
function evaluationCells(record: EvaluationRecord): Record<EvaluationColumn, string> {
  return {
    region_slug: record.region_slug,
    region_name: record.region_name,
    province: record.province,
    region_code: optional(record.region_code),
    fictional: String(record.fictional),
    year: String(record.year),
    stage: optional(record.stage),
    score: optional(record.score),
    predicate: optional(record.predicate),
    award: optional(record.award),
    evaluator: optional(record.evaluator),
    note: optional(record.note),
    inferred: String(record.inferred),
    source_title: record.source_title,
    source_outlet: optional(record.source_outlet),
    source_date: optional(record.source_date),
    source_url: optional(record.source_url),
    source_page: optional(record.source_page),
    region_url: record.region_url,
  };
}

export function evaluationsCsv(records: readonly EvaluationRecord[]): string {
  return toCsv(
    EVALUATION_COLUMN_NAMES,
    records.map((record) => {
      const cells = evaluationCells(record);
      return EVALUATION_COLUMN_NAMES.map((column) => cells[column]);
    }),
  );
}

export function evaluationsJson(records: readonly EvaluationRecord[], meta: ExportMeta): string {
  return canonicalJson({ generated: meta, evaluations: records });
}
