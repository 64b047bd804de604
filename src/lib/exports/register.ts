import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { DIRECTORY_STATUSES, directoryPathOf, type Directory, type DirectoryStatus } from '../directory.ts';
import { regionPath } from '../routes.ts';
import { REGISTER_COLUMN_NAMES } from './columns.ts';
import { toCsv } from './csv.ts';
import { DATA_PAGE_PATH, datasetMeta, type DatasetMeta, type PageUrl } from './data-files.ts';
import { listCell } from './cells.ts';
import { canonicalJson } from './json.ts';

/**
 * register.csv and register.json: every province and kabupaten/kota of the national register
 * (data/wilayah/) with how far the portal's record of it goes, the directory's status. Provinces
 * are rows too, so that "which provinces have no participating region?" is one filter on the
 * status column. The fictional showcase is not in the register, so it is never in these files.
 */

const REGISTER_ROW_TYPES = ['provinsi', 'kabupaten', 'kota'] as const;

const registerRecordSchema = z.strictObject({
  code: z.string().regex(/^\d{2}(?:\.\d{2})?$/),
  name: z.string().min(1),
  type: z.enum(REGISTER_ROW_TYPES),
  province_code: z.string().regex(/^\d{2}$/),
  province_name: z.string().min(1),
  slug: z.string().min(1),
  status: z.enum(DIRECTORY_STATUSES),
  cohort_years: z.array(z.number().int()),
  url: z.url().nullable(),
});

export type RegisterRecord = z.infer<typeof registerRecordSchema>;
export type RegisterColumn = keyof RegisterRecord;

/** Where the register's codes and names come from, as every copy of them must say. */
export const REGISTER_SOURCE = {
  legal_basis: 'Kepmendagri No. 300.2.2-2138 Tahun 2025',
  repository: 'https://github.com/cahyadsn/wilayah',
  file: 'db/wilayah.sql',
  commit: 'b7ad440a1322e7be3189a16a8cac35f7d4c3d7f7',
  url: 'https://github.com/cahyadsn/wilayah/blob/b7ad440a1322e7be3189a16a8cac35f7d4c3d7f7/db/wilayah.sql',
  licence: 'MIT',
} as const;

/** The MIT notice of cahyadsn/wilayah, which goes with every copy of the codes and names. */
const REGISTER_LICENCE_FILE = 'data/wilayah/LICENSE';

export function readRegisterLicence(root: string = process.cwd()): string {
  return readFileSync(path.resolve(root, REGISTER_LICENCE_FILE), 'utf8');
}

const registerSourceSchema = z.strictObject({
  legal_basis: z.literal(REGISTER_SOURCE.legal_basis),
  repository: z.url(),
  file: z.string(),
  commit: z.string().regex(/^[0-9a-f]{40}$/),
  url: z.url(),
  licence: z.literal(REGISTER_SOURCE.licence),
  licence_notice: z.string().min(1),
});

export interface RegisterMeta extends DatasetMeta {
  readonly data_source: z.infer<typeof registerSourceSchema>;
}

/** The whole of register.json; its JSON Schema is published as /data/schemas/register.schema.json. */
export const registerFileSchema = z
  .strictObject({
    generated: z.looseObject({ data_source: registerSourceSchema }),
    register: z.array(registerRecordSchema),
  })
  .meta({ title: 'register.json', description: 'Provinces and kabupaten/kota of Indonesia with their status on the portal; columns documented on the data page (/data/).' });

const LICENCE_NOTE =
  'code, name, type, province_code and province_name come from cahyadsn/wilayah under the MIT licence: its notice (data_source.licence_notice) goes with every copy. The portal’s own columns (slug, status, cohort_years, url) are CC BY 4.0.';

/** The data page's section on the register's source and licences. */
export const REGISTER_SOURCE_ANCHOR = 'sumber-daftar-wilayah';

export function registerMeta(pageUrl: PageUrl, licenceNotice: string): RegisterMeta {
  return {
    ...datasetMeta(pageUrl, 'register', { id: 'MIT AND CC-BY-4.0', url: `${pageUrl(DATA_PAGE_PATH)}#${REGISTER_SOURCE_ANCHOR}`, note: LICENCE_NOTE }),
    data_source: { ...REGISTER_SOURCE, licence_notice: licenceNotice },
  };
}

/** Code-unit order of two codes (`11` < `11.01` < `12`): independent of locale and machine. */
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The furthest status any region of the group reached, so `none` means no region of it takes part. */
function furthestStatus(statuses: readonly DirectoryStatus[]): DirectoryStatus {
  return DIRECTORY_STATUSES[Math.max(0, ...statuses.map((status) => DIRECTORY_STATUSES.indexOf(status)))]!;
}

/**
 * One row per province and per kabupaten/kota, sorted by code in code-unit order, so each
 * province comes right before its regions (`11`, `11.01`, …, `12`).
 */
export function registerRecords(directory: Directory, pageUrl: PageUrl): RegisterRecord[] {
  return directory.provinces
    .flatMap(({ province, entries }): RegisterRecord[] => [
      {
        code: province.code,
        name: province.name,
        type: 'provinsi',
        province_code: province.code,
        province_name: province.name,
        slug: province.slug,
        status: furthestStatus(entries.map((entry) => entry.status)),
        cohort_years: [],
        url: pageUrl(directoryPathOf({ by: 'province', province })),
      },
      ...entries.map(({ region, status, cohortYears, pageSlug }): RegisterRecord => ({
        code: region.code,
        name: region.name,
        type: region.type,
        province_code: province.code,
        province_name: province.name,
        slug: region.slug,
        status,
        cohort_years: [...cohortYears],
        url: pageSlug === undefined ? null : pageUrl(regionPath(pageSlug)),
      })),
    ])
    .sort((a, b) => byCodeUnit(a.code, b.code));
}

/** The CSV cells of one record, by column. */
function registerCells(record: RegisterRecord): Record<RegisterColumn, string> {
  return {
    code: record.code,
    name: record.name,
    type: record.type,
    province_code: record.province_code,
    province_name: record.province_name,
    slug: record.slug,
    status: record.status,
    cohort_years: listCell(record.cohort_years.map(String)),
    url: record.url ?? '',
  };
}

export function registerCsv(records: readonly RegisterRecord[]): string {
  return toCsv(
    REGISTER_COLUMN_NAMES,
    records.map((record) => {
      const cells = registerCells(record);
      return REGISTER_COLUMN_NAMES.map((column) => cells[column]);
    }),
  );
}

export function registerJson(records: readonly RegisterRecord[], meta: RegisterMeta): string {
  return canonicalJson({ generated: meta, register: records });
}
