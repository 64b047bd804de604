import { translator } from '../../i18n/index.ts';
import { dataPagePath, demoDataFolder, homePath, schemaPath } from '../routes.ts';
import type { DatasetSchemaName, SchemaName } from './json-schema.ts';

/**
 * What every JSON download says about itself. The downloads' addresses are built in
 * src/lib/routes.ts (`dataFilePath`, `demoDataPath`, `regionDataPath`, `schemaPath`); the endpoint
 * files in src/pages/data/ produce exactly those paths (the build tests check that they exist).
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

export function datasetMeta(pageUrl: PageUrl, schema: DatasetSchemaName, licence: { readonly id: string; readonly url: string; readonly note: string }): DatasetMeta {
  const { portal, portal_url, documentation } = exportMeta(pageUrl);
  return { portal, portal_url, documentation, licence: licence.id, licence_url: licence.url, licence_note: licence.note, schema: pageUrl(schemaPath(schema)) };
}
