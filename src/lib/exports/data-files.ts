import { translator } from '../../i18n/index.ts';
import type { DataVersion } from '../history/log.ts';
import { dataPagePath, demoDataFolder, homePath, schemaPath } from '../routes.ts';
import type { ColumnDoc } from './column-doc.ts';
import { toCsv } from './csv.ts';
import type { DatasetSchemaName, SchemaName } from './json-schema.ts';

/**
 * What every download says about itself: JSON files in their `generated` block, CSV files in a last
 * column. The downloads' addresses are built in src/lib/routes.ts (`dataFilePath`, `demoDataPath`,
 * `regionDataPath`, `schemaPath`); the endpoint files in src/pages/data/ produce exactly those paths
 * (the build tests check that they exist).
 */

/** Absolute URL of a language-neutral site path, e.g. `https://…/kota-contoh/` for `/kota-contoh/`. */
export type PageUrl = (path: string) => string;

/**
 * The fictional showcase regions' rows, in files of their own: the national files never hold
 * made-up data, so no total computed from them can count it. Each is also its file's name.
 */
export const DEMO_DATASETS = ['program', 'evaluasi'] as const;
export type DemoDataset = (typeof DEMO_DATASETS)[number];

export const LICENCE = {
  /** SPDX identifier. */
  id: 'CC-BY-4.0',
  short: 'CC BY 4.0',
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/**
 * The data version in a download: the newest commit that changed the portal's data (content/ or
 * data/), by its calendar day (Jakarta) and id. A commit that changes only code leaves it as it
 * was, so a reader can tell whether two downloads hold the same data. Null when the build had no
 * git history.
 */
export interface DataVersionRecord {
  /** `YYYY-MM-DD`: no time of day, so no file looks like it carries its build time. */
  readonly date: string;
  /** The full commit id, to fetch exactly this data from the repository. */
  readonly commit: string;
  /** Its first seven characters, as the portal's pages and data page show it. */
  readonly short: string;
}

export function dataVersionRecord(version: DataVersion | undefined): DataVersionRecord | null {
  return version ? { date: version.day, commit: version.hash, short: version.shortHash } : null;
}

/**
 * The last column of every CSV download. A CSV has no place for metadata but its cells, and a row
 * pasted into a story's spreadsheet keeps its provenance only if it carries it itself; the file
 * name stays the same from version to version, so links to the file never break.
 */
export const DATA_VERSION_COLUMN = 'versi_data';

/** The data version as one CSV cell: `2026-11-30 e62222e` (day, then short commit), empty when unknown. */
export function dataVersionCell(version: Pick<DataVersion, 'day' | 'shortHash'> | undefined): string {
  return version ? `${version.day} ${version.shortHash}` : '';
}

const EXAMPLE_CELL = dataVersionCell({ day: '2026-11-30', shortHash: 'e62222e' });

export const DATA_VERSION_COLUMN_DOC: ColumnDoc = {
  type: 'text',
  description: {
    id: `Versi data berkas ini, sama di setiap baris: tanggal perubahan data terakhir dan kode pendeknya, mis. ${EXAMPLE_CELL}. Sebutkan saat mengutip; setiap versi tercantum di bagian Riwayat versi data di halaman ini. Kosong bila portal dibuat tanpa riwayat perubahannya. Hanya di CSV: berkas JSON menyebutnya sekali, di generated.data_version.`,
    en: `The data version of this file, the same on every row: the day of the last data change and its short code, e.g. ${EXAMPLE_CELL}. Name it when you cite; every version is listed under Data versions on this page. Empty when the portal was built without its change history. CSV only: JSON files state it once, in generated.data_version.`,
  },
};

/** A CSV download's header: the file's own columns, then the data version. */
export const csvHeader = <Column extends string>(columns: readonly Column[]): (Column | typeof DATA_VERSION_COLUMN)[] => [...columns, DATA_VERSION_COLUMN];

/** A whole CSV download (src/lib/exports/csv.ts), every row ending with the data version's cell. */
export function downloadCsv(columns: readonly string[], rows: readonly (readonly string[])[], version: DataVersion | undefined): string {
  const cell = dataVersionCell(version);
  return toCsv(csvHeader(columns), rows.map((row) => [...row, cell]));
}

/** The `generated` block of every JSON download. No build time: identical content, identical bytes. */
export interface ExportMeta {
  /** Which data this is (see `DataVersionRecord`). */
  readonly data_version: DataVersionRecord | null;
  readonly portal: string;
  readonly portal_url: string;
  /** The data page: what each file and column means, the licence, how to cite. */
  readonly documentation: string;
  readonly licence: string;
  readonly licence_url: string;
  readonly licence_note: string;
  /** JSON Schemas of the content files whose data the download carries. */
  readonly schemas: Readonly<Record<SchemaName, string>>;
}

export function exportMeta(pageUrl: PageUrl, version: DataVersion | undefined): ExportMeta {
  return {
    data_version: dataVersionRecord(version),
    portal: translator('en')('common.siteName'),
    portal_url: pageUrl(homePath()),
    documentation: pageUrl(dataPagePath()),
    licence: LICENCE.id,
    licence_url: LICENCE.url,
    licence_note: `${LICENCE.short} unless a region’s own content states another licence. Rows and regions with fictional=true are made-up demonstration data; the national files hold none, the files under ${demoDataFolder()} only those.`,
    schemas: {
      region: pageUrl(schemaPath('region')),
      'dimension-page': pageUrl(schemaPath('dimension-page')),
      programme: pageUrl(schemaPath('programme')),
    },
  };
}

/**
 * The `generated` block of a download of the national lists (register, cohorts): their records are
 * not content files, so instead of the content schemas it names the file's own JSON Schema, and it
 * states the file's own licence.
 */
export interface DatasetMeta extends Omit<ExportMeta, 'schemas'> {
  readonly schema: string;
}

export function datasetMeta(
  pageUrl: PageUrl,
  version: DataVersion | undefined,
  schema: DatasetSchemaName,
  licence: { readonly id: string; readonly url: string; readonly note: string },
): DatasetMeta {
  const { data_version, portal, portal_url, documentation } = exportMeta(pageUrl, version);
  return { data_version, portal, portal_url, documentation, licence: licence.id, licence_url: licence.url, licence_note: licence.note, schema: pageUrl(schemaPath(schema)) };
}
