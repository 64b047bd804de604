import { translator, type Lang, type Text } from '../../i18n/index.ts';
import type { DataVersion } from '../history/log.ts';
import type { ProgrammeModel, RegionModel } from '../model.ts';
import {
  PROGRAMME_ROWS,
  type CodeNames,
  type Column,
  type ColumnDescription,
  type PlainValue,
  type ProgrammeColumn,
  type ProgrammeFacts,
  type ProgrammeRecord,
} from '../schema/programme-fields.ts';
import { listCell } from './cells.ts';
import { bothLanguages, columnNames, type ColumnDoc } from './column-doc.ts';
import { downloadCsv, type ExportMeta, type PageUrl } from './data-files.ts';
import { canonicalJson } from './json.ts';

/**
 * programmes.csv and programmes.json: one record per programme, with the columns the programme
 * field table declares (src/lib/schema/programme-fields.ts), in its order. The JSON carries each
 * record as is, the CSV flattens each value into a cell (src/lib/exports/cells.ts), and the data
 * page documents the columns from the same table. Unknown values are `null` in JSON and empty in CSV.
 */

export type { ProgrammeColumn, ProgrammeRecord };

/** Every column of the table in file order, with the field it reads (undefined for a derived column). */
const COLUMNS: readonly { readonly name: ProgrammeColumn; readonly field: string | undefined; readonly column: Column<unknown> }[] = Object.entries(
  PROGRAMME_ROWS,
).flatMap(([rowName, row]) =>
  Object.entries(row.columns).map(([name, column]) => ({
    // The table's column names are exactly ProgrammeRecord's keys: both come from it.
    name: name as ProgrammeColumn,
    field: row.kind === 'field' ? rowName : undefined,
    column,
  })),
);

const CODE_NAMES: Readonly<Record<Lang, CodeNames>> = {
  id: codeNames('id'),
  en: codeNames('en'),
};

function codeNames(lang: Lang): CodeNames {
  const t = translator(lang);
  return {
    status: (code) => t(`labels.status.${code}`),
    kind: (code) => t(`labels.kind.${code}`),
    horizon: (code) => t(`labels.horizon.${code}`),
    funding: (code) => t(`labels.funding.${code}`),
    indicator: (code) => t(`labels.indicator.${code}`),
  };
}

function describe(description: ColumnDescription): Text {
  return typeof description === 'function' ? bothLanguages((lang) => description(lang, CODE_NAMES[lang])) : description;
}

/**
 * The data dictionary of programmes.csv (and of the records in programmes.json): every column in
 * file order with its meaning in Indonesian and English, as the field table states it. The CSV
 * header is taken from the same table, so the file and its documentation cannot drift.
 */
export const PROGRAMME_COLUMNS: Readonly<Record<ProgrammeColumn, ColumnDoc>> = Object.fromEntries(
  COLUMNS.map(({ name, column }) => [name, { type: column.type, description: describe(column.description) }]),
) as Record<ProgrammeColumn, ColumnDoc>;

export const PROGRAMME_COLUMN_NAMES = columnNames(PROGRAMME_COLUMNS);

function factsOf(region: RegionModel, programme: ProgrammeModel, pageUrl: PageUrl): ProgrammeFacts {
  return {
    key: programme.key,
    url: pageUrl(programme.path),
    elementName: programme.element?.nameId,
    region: { slug: region.slug, name: region.data.name, province: region.data.province, code: region.data.code, fictional: region.data.fictional },
  };
}

function programmeRecord(region: RegionModel, programme: ProgrammeModel, pageUrl: PageUrl): ProgrammeRecord {
  const facts = factsOf(region, programme, pageUrl);
  const data: Readonly<Record<string, unknown>> = programme.data;
  const values = COLUMNS.map(({ name, field, column }) => {
    const value = field === undefined ? undefined : data[field];
    return [name, column.type === 'records' ? value : column.value(value, facts)] as const;
  });
  // One value per column of the table, read as the table says: the record its type describes.
  return Object.fromEntries(values) as unknown as ProgrammeRecord;
}

/** Orders by `key` in code-unit order: independent of names, locale and the machine. */
export const byKey = (a: { readonly key: string }, b: { readonly key: string }): number => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * Every programme of the given regions (the national download passes `model.national.regions`,
 * the demo download `model.fictionalRegions`), sorted by key so that the order never depends on names.
 */
export function programmeRecords(regions: readonly RegionModel[], pageUrl: PageUrl): ProgrammeRecord[] {
  return regions
    .flatMap((region) => region.programmes.map((programme) => programmeRecord(region, programme, pageUrl)))
    .sort(byKey);
}

/** A plain value's cell: empty when unknown, a list cell for a list. */
function plainCell(value: PlainValue): string {
  if (value === null) return '';
  if (typeof value === 'object') return listCell(value);
  return String(value);
}

export function programmesCsv(records: readonly ProgrammeRecord[], version: DataVersion | undefined): string {
  return downloadCsv(
    PROGRAMME_COLUMN_NAMES,
    records.map((record) =>
      // A value column's `value` returns a PlainValue (the table's types say so), which is what the record holds.
      COLUMNS.map(({ name, column }) => (column.type === 'records' ? column.cell(record[name]) : plainCell(record[name] as PlainValue))),
    ),
    version,
  );
}

export function programmesJson(records: readonly ProgrammeRecord[], meta: ExportMeta): string {
  return canonicalJson({ generated: meta, programmes: records });
}
