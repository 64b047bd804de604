import type { SiteModel } from '../model.ts';
import type { DataFormat, NationalDataFile } from '../routes.ts';
import { cohortRecords, cohortsCsv, cohortsJson, cohortsMeta } from './cohorts.ts';
import { exportMeta, type PageUrl } from './data-files.ts';
import { evaluationRecords, evaluationsCsv, evaluationsJson } from './evaluations.ts';
import { programmeRecords, programmesCsv, programmesJson } from './programmes.ts';
import { readRegisterLicence, registerCsv, registerJson, registerMeta, registerRecords } from './register.ts';

/**
 * The national downloads as the endpoints in src/pages/data/ serve them: one function makes each
 * file's text, so the data page's row counts and sizes are those of the bytes a reader downloads,
 * not of a second copy of the recipe.
 */

export interface NationalFile {
  /** The file's whole text, as served. */
  readonly body: string;
  /** Data rows (CSV) or records (JSON): the same number for both formats of a file. */
  readonly rows: number;
  readonly contentType: string;
}

export type NationalFileModel = Pick<SiteModel, 'national' | 'directory' | 'participants' | 'version'>;

const CONTENT_TYPES: Readonly<Record<DataFormat, string>> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** Records and their two renderings; the records are built once per call. */
function render<R>(records: readonly R[], format: DataFormat, csv: (records: readonly R[]) => string, json: (records: readonly R[]) => string): NationalFile {
  return { body: format === 'csv' ? csv(records) : json(records), rows: records.length, contentType: CONTENT_TYPES[format] };
}

export function nationalFile(model: NationalFileModel, file: NationalDataFile, format: DataFormat, pageUrl: PageUrl): NationalFile {
  switch (file) {
    case 'program':
      return render(programmeRecords(model.national.regions, pageUrl), format, (records) => programmesCsv(records, model.version), (records) => programmesJson(records, exportMeta(pageUrl, model.version)));
    case 'evaluasi':
      return render(evaluationRecords(model.national.regions, pageUrl), format, (records) => evaluationsCsv(records, model.version), (records) => evaluationsJson(records, exportMeta(pageUrl, model.version)));
    case 'wilayah':
      return render(registerRecords(model.directory, pageUrl), format, (records) => registerCsv(records, model.version), (records) => registerJson(records, registerMeta(pageUrl, model.version, readRegisterLicence())));
    case 'kohort':
      return render(cohortRecords(model, pageUrl), format, (records) => cohortsCsv(records, model.version), (records) => cohortsJson(records, cohortsMeta(pageUrl, model.version)));
  }
}
