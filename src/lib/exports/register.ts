import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { translator, type Lang } from '../../i18n/index.ts';
import { DIRECTORY_STATUSES, directoryPathOf, type Directory, type DirectoryStatus } from '../directory.ts';
import type { DataVersion } from '../history/log.ts';
import { dataFileName, dataPagePath, directoryPath, regionPath } from '../routes.ts';
import { bothLanguages, columnNames, type ColumnDoc } from './column-doc.ts';
import { datasetMeta, downloadCsv, type DatasetMeta, type PageUrl } from './data-files.ts';
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

/** `none (Belum tercatat: Belum ada catatan …), …`: each status with its label and meaning. */
function statusCodes(lang: Lang): string {
  const t = translator(lang);
  return DIRECTORY_STATUSES.map((status) => `${status} (${t(`labels.directoryStatus.${status}`)}: ${t(`labels.directoryStatusDescription.${status}`)})`).join(', ');
}

/**
 * The data dictionary of register.csv (and of the records in register.json), like
 * PROGRAMME_COLUMNS: one row per province and per kabupaten/kota of the national register.
 */
export const REGISTER_COLUMNS = {
  code: {
    type: 'text',
    description: {
      id: 'Kode wilayah Kemendagri: dua angka untuk provinsi (mis. 64), NN.NN untuk kabupaten/kota (mis. 64.71; 01–69 kabupaten, 71–99 kota). Kunci untuk menggabungkan berkas ini dengan region_code di berkas lain. Baris diurutkan menurut kode, jadi setiap provinsi tepat sebelum kabupaten/kotanya.',
      en: 'Kemendagri region code: two digits for a province (e.g. 64), NN.NN for a kabupaten/kota (e.g. 64.71; 01–69 kabupaten, 71–99 kota). The key to join this file with region_code in the other files. Rows are sorted by code, so each province comes right before its kabupaten/kota.',
    },
  },
  name: {
    type: 'text',
    description: { id: 'Nama resmi menurut Kepmendagri (mis. Kota Balikpapan, Kalimantan Timur).', en: 'Official name according to the Kepmendagri (e.g. Kota Balikpapan, Kalimantan Timur).' },
  },
  type: {
    type: 'code',
    description: {
      id: 'Jenis wilayah: provinsi (Provinsi), kabupaten (Kabupaten), kota (Kota).',
      en: 'Kind of region: provinsi (province), kabupaten (regency), kota (city).',
    },
  },
  province_code: { type: 'text', description: { id: 'Kode provinsi (dua angka); pada baris provinsi sama dengan code.', en: 'Province code (two digits); on a province row the same as code.' } },
  province_name: { type: 'text', description: { id: 'Nama provinsi; pada baris provinsi sama dengan name.', en: 'Province name; on a province row the same as name.' } },
  slug: {
    type: 'text',
    description: {
      id: `Nama di alamat portal: untuk kabupaten/kota, slug halaman daerahnya dan nama foldernya di content/ (mis. kota-balikpapan); untuk provinsi, slug halaman provinsinya di direktori ${directoryPath()}.`,
      en: `Name in the portal’s addresses: for a kabupaten/kota, the slug of its region page and of its folder in content/ (e.g. kota-balikpapan); for a province, the slug of its page in the ${directoryPath()} directory.`,
    },
  },
  status: {
    type: 'code',
    description: bothLanguages((lang) =>
      lang === 'id'
        ? `Keikutsertaan dalam Gerakan Menuju Smart City menurut catatan portal: ${statusCodes(lang)}. Pada baris provinsi: status terjauh yang dicapai salah satu kabupaten/kotanya, jadi none berarti tidak ada kabupaten/kota di provinsi itu yang tercatat ikut.`
        : `Participation in Gerakan Menuju Smart City as the portal records it: ${statusCodes(lang)}. On a province row: the furthest status any of its kabupaten/kota reached, so none means no kabupaten/kota of that province is on record as taking part.`,
    ),
  },
  cohort_years: {
    type: 'list',
    description: {
      id: `Tahun angkatan Gerakan Menuju Smart City yang disebut sumber, urut naik; lebih dari satu bila sumber berbeda pendapat (rincian dan sumbernya di ${dataFileName('kohort', 'csv')}). Kosong bila tidak ada, dan pada baris provinsi.`,
      en: `Gerakan Menuju Smart City cohort years that sources give, ascending; more than one when sources disagree (details and sources in ${dataFileName('kohort', 'csv')}). Empty when there is none, and on province rows.`,
    },
  },
  url: {
    type: 'url',
    description: {
      id: 'Alamat lengkap di portal ini: halaman daerah untuk kabupaten/kota yang punya halaman (status selain none), halaman provinsi di direktori untuk provinsi. Kosong bila daerah itu belum punya halaman.',
      en: 'Full address on this portal: the region page for a kabupaten/kota that has one (any status but none), the province’s directory page for a province. Empty when the region has no page yet.',
    },
  },
} as const satisfies Record<RegisterColumn, ColumnDoc>;

/** Column names of register.csv in file order. */
export const REGISTER_COLUMN_NAMES = columnNames(REGISTER_COLUMNS);

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

/** The whole of register.json; its JSON Schema is published at `schemaPath('register')` (src/lib/routes.ts). */
export const registerFileSchema = z
  .strictObject({
    generated: z.looseObject({ data_source: registerSourceSchema }),
    register: z.array(registerRecordSchema),
  })
  .meta({
    title: dataFileName('wilayah', 'json'),
    description: `Provinces and kabupaten/kota of Indonesia with their status on the portal; columns documented on the data page (${dataPagePath()}).`,
  });

const LICENCE_NOTE =
  'code, name, type, province_code and province_name come from cahyadsn/wilayah under the MIT licence: its notice (data_source.licence_notice) goes with every copy. The portal’s own columns (slug, status, cohort_years, url) are CC BY 4.0.';

/** The data page's section on the register's source and licences. */
export const REGISTER_SOURCE_ANCHOR = 'sumber-daftar-wilayah';

export function registerMeta(pageUrl: PageUrl, version: DataVersion | undefined, licenceNotice: string): RegisterMeta {
  return {
    ...datasetMeta(pageUrl, version, 'register', { id: 'MIT AND CC-BY-4.0', url: `${pageUrl(dataPagePath())}#${REGISTER_SOURCE_ANCHOR}`, note: LICENCE_NOTE }),
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

export function registerCsv(records: readonly RegisterRecord[], version: DataVersion | undefined): string {
  return downloadCsv(
    REGISTER_COLUMN_NAMES,
    records.map((record) => {
      const cells = registerCells(record);
      return REGISTER_COLUMN_NAMES.map((column) => cells[column]);
    }),
    version,
  );
}

export function registerJson(records: readonly RegisterRecord[], meta: RegisterMeta): string {
  return canonicalJson({ generated: meta, register: records });
}
