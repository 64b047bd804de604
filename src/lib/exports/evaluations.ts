import type { DataVersion } from '../history/log.ts';
import type { RegionModel } from '../model.ts';
import { columnNames, type ColumnDoc } from './column-doc.ts';
import { downloadCsv, type ExportMeta, type PageUrl } from './data-files.ts';
import { canonicalJson } from './json.ts';
import { PROGRAMME_COLUMNS } from './programmes.ts';

/**
 * One record per published evaluation result, shared by evaluations.csv and evaluations.json,
 * each carrying the source that reports it (a row without its source would be a claim nobody can
 * check). Field names are the CSV column names, documented below (EVALUATION_COLUMNS). Unknown values are
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

/**
 * The data dictionary of evaluations.csv (and of the records in evaluations.json), like
 * PROGRAMME_COLUMNS: one row per published evaluation result, each with its source.
 */
export const EVALUATION_COLUMNS = {
  region_slug: PROGRAMME_COLUMNS.region_slug,
  region_name: PROGRAMME_COLUMNS.region_name,
  province: PROGRAMME_COLUMNS.province,
  region_code: PROGRAMME_COLUMNS.region_code,
  fictional: PROGRAMME_COLUMNS.fictional,
  year: { type: 'integer', description: { id: 'Tahun evaluasi, seperti ditulis sumber.', en: 'Year of the evaluation, as the source states it.' } },
  stage: { type: 'text', description: { id: 'Tahap evaluasi (mis. Tahap II); kosong bila sumber tidak menyebutnya.', en: 'Stage of the evaluation (e.g. Tahap II); empty when the source names none.' } },
  score: {
    type: 'number',
    description: {
      id: 'Nilai, seperti ditulis sumber, pada skala evaluasi yang bersangkutan (note menyebut skalanya bila sumber menyebutkannya). Kosong bila tidak disebut.',
      en: 'Score, as the source states it, on the scale of that evaluation (note gives the scale where the source does). Empty when not stated.',
    },
  },
  predicate: { type: 'text', description: { id: 'Predikat atau kategori nilai (mis. baik); kosong bila tidak disebut.', en: 'Rating or category of the score (e.g. baik, good); empty when not stated.' } },
  award: { type: 'text', description: { id: 'Penghargaan yang diterima; kosong bila tidak ada.', en: 'Award received; empty when none.' } },
  evaluator: { type: 'text', description: { id: 'Penilai atau pemberi penghargaan; kosong bila sumber tidak menyebutnya.', en: 'Who evaluated or gave the award; empty when the source does not say.' } },
  note: { type: 'text', description: { id: 'Keterangan lain dari sumber, mis. peringkat.', en: 'Other details from the source, e.g. the rank (in Indonesian).' } },
  inferred: {
    type: 'boolean',
    description: {
      id: 'true bila penyunting menandai hasil evaluasi daerah ini sebagai tafsirannya sendiri, bukan kata-kata sumber.',
      en: 'true when the editor marks this region’s evaluation results as their own reading, not the source’s words.',
    },
  },
  source_title: { type: 'text', description: { id: 'Judul sumber yang melaporkan hasil ini.', en: 'Title of the source that reports this result.' } },
  source_outlet: { type: 'text', description: { id: 'Media atau penerbit sumber.', en: 'Outlet or publisher of the source.' } },
  source_date: { type: 'date', description: { id: 'Tanggal terbit sumber; kosong bila sumber tidak bertanggal.', en: 'Publication date of the source; empty when it has none.' } },
  source_url: { type: 'url', description: { id: 'Alamat web sumber; kosong bila tidak daring.', en: 'Web address of the source; empty when it is not online.' } },
  source_page: { type: 'integer', description: { id: 'Halaman di dokumen sumber, untuk buku.', en: 'Page in the source document, for books.' } },
  region_url: { type: 'url', description: { id: 'Alamat bagian evaluasi di halaman daerah pada portal ini.', en: 'Address of the evaluations section of the region’s page on this portal.' } },
} as const satisfies Record<EvaluationColumn, ColumnDoc>;

/** Column names of evaluations.csv in file order. */
export const EVALUATION_COLUMN_NAMES = columnNames(EVALUATION_COLUMNS);

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
      const regionUrl = `${pageUrl(region.path)}#${EVALUATIONS_ANCHOR}`;
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

export function evaluationsCsv(records: readonly EvaluationRecord[], version: DataVersion | undefined): string {
  return downloadCsv(
    EVALUATION_COLUMN_NAMES,
    records.map((record) => {
      const cells = evaluationCells(record);
      return EVALUATION_COLUMN_NAMES.map((column) => cells[column]);
    }),
    version,
  );
}

export function evaluationsJson(records: readonly EvaluationRecord[], meta: ExportMeta): string {
  return canonicalJson({ generated: meta, evaluations: records });
}
