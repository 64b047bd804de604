import { UI } from '../../i18n/ui.ts';
import type { DatasetSchemaName, SchemaName } from './json-schema.ts';

/**
 * Where the downloads live and what every JSON download says about itself. The endpoint files
 * in src/pages/data/ produce exactly these paths (the build tests check that they exist).
 * Paths are site-relative without the base path, like src/lib/paths.ts; data files have no
 * English twin, since their content is the same in both languages.
 */

/** Absolute URL of a language-neutral site path, e.g. `https://…/kota-contoh/` for `/kota-contoh/`. */
export type PageUrl = (path: string) => string;

export const DATA_PAGE_PATH = '/data/';
export const PROGRAMMES_CSV_PATH = '/data/programmes.csv';
export const PROGRAMMES_JSON_PATH = '/data/programmes.json';
export const EVALUATIONS_CSV_PATH = '/data/evaluations.csv';
export const EVALUATIONS_JSON_PATH = '/data/evaluations.json';
/** The national lists beside the content (data/): the register of regions and the cohort claims. */
export const REGISTER_CSV_PATH = '/data/register.csv';
export const REGISTER_JSON_PATH = '/data/register.json';
export const COHORTS_CSV_PATH = '/data/cohorts.csv';
export const COHORTS_JSON_PATH = '/data/cohorts.json';

/**
 * The fictional showcase regions' rows, in files of their own: the national files above never
 * hold made-up data, so no total computed from them can count it.
 */
export const DEMO_DATASETS = ['programmes', 'evaluations'] as const;
export type DemoDataset = (typeof DEMO_DATASETS)[number];
export const demoDataPath = (dataset: DemoDataset, format: 'csv' | 'json'): string => `/data/demo/${dataset}.${format}`;
export const regionDataPath = (region: string): string => `/data/regions/${region}.json`;
export const schemaPath = (name: SchemaName | DatasetSchemaName): string => `/data/schemas/${name}.schema.json`;

export const LICENCE = {
  /** SPDX identifier. */
  id: 'CC-BY-4.0',
  short: 'CC BY 4.0',
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/** The `generated` block of every JSON download. No build time: identical content, identical bytes. */
export interface ExportMeta {
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

export function exportMeta(pageUrl: PageUrl): ExportMeta {
  return {
    portal: UI.siteName.en,
    portal_url: pageUrl('/'),
    documentation: pageUrl(DATA_PAGE_PATH),
    licence: LICENCE.id,
    licence_url: LICENCE.url,
    licence_note: `${LICENCE.short} unless a region’s own content states another licence. Rows and regions with fictional=true are made-up demonstration data; the national files hold none, the files under /data/demo/ only those.`,
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

export function datasetMeta(pageUrl: PageUrl, schema: DatasetSchemaName, licence: { readonly id: string; readonly url: string; readonly note: string }): DatasetMeta {
  const { portal, portal_url, documentation } = exportMeta(pageUrl);
  return { portal, portal_url, documentation, licence: licence.id, licence_url: licence.url, licence_note: licence.note, schema: pageUrl(schemaPath(schema)) };
}
