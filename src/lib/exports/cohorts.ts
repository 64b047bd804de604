import { z } from 'astro/zod';
import type { DataVersion } from '../history/log.ts';
import type { CohortRecord, SiteModel } from '../model.ts';
import { dataFileName, dataPagePath, regionPath } from '../routes.ts';
import { cohortSourceSchema } from '../schema/cohort.ts';
import { COHORT_SOURCE_FIELDS, FIELD_SEPARATOR, cohortSourcesCell } from './cells.ts';
import { bothLanguages, columnNames, type ColumnDoc } from './column-doc.ts';
import { datasetMeta, downloadCsv, LICENCE, type DatasetMeta, type PageUrl } from './data-files.ts';
import { canonicalJson } from './json.ts';
import { PROGRAMME_COLUMNS } from './programmes.ts';
import { byCodeUnit } from './register.ts';

/**
 * cohorts.csv and cohorts.json: one row per cohort claim of data/kohort.yaml ("region X joined
 * the cohort of year Y"), each with the sources that state it. Where sources give a region more
 * than one year, each claim is its own row and both carry sources_disagree: the files show the
 * disagreement as the pages do and resolve nothing. Claims are keyed by register code, so the
 * fictional showcase is never in these files.
 */

const cohortClaimRecordSchema = z.strictObject({
  region_code: z.string().regex(/^\d{2}\.\d{2}$/),
  region_name: z.string().min(1),
  province: z.string().min(1),
  region_slug: z.string().min(1),
  year: z.number().int(),
  mou_date: z.string().nullable(),
  note: z.string().nullable(),
  sources_disagree: z.boolean(),
  sources: z.array(cohortSourceSchema).min(1),
  region_url: z.url(),
});

export type CohortClaimRecord = z.infer<typeof cohortClaimRecordSchema>;
export type CohortColumn = keyof CohortClaimRecord;

/**
 * The data dictionary of cohorts.csv (and of the records in cohorts.json): one row per cohort
 * claim, each with the sources that state it.
 */
export const COHORT_COLUMNS = {
  region_code: {
    type: 'text',
    description: {
      id: `Kode wilayah Kemendagri (NN.NN); gabungkan dengan code di ${dataFileName('wilayah', 'csv')}. Baris diurutkan menurut kode, lalu tahun.`,
      en: `Kemendagri region code (NN.NN); join it with code in ${dataFileName('wilayah', 'csv')}. Rows are sorted by code, then year.`,
    },
  },
  region_name: { type: 'text', description: { id: 'Nama resmi daerah menurut daftar wilayah Kemendagri.', en: 'Official name of the region in the Kemendagri register.' } },
  province: PROGRAMME_COLUMNS.province,
  region_slug: PROGRAMME_COLUMNS.region_slug,
  year: { type: 'integer', description: { id: 'Tahun angkatan (kohort) menurut sumber klaim ini.', en: 'Cohort year according to this claim’s sources.' } },
  mou_date: {
    type: 'date',
    description: {
      id: 'Tanggal penandatanganan nota kesepahaman (MoU) angkatan itu, hanya bila sumber menyebutnya; kosong bila tidak.',
      en: 'Day the cohort’s memorandum of understanding (MoU) was signed, only where a source states it; empty otherwise.',
    },
  },
  note: {
    type: 'text',
    description: { id: 'Catatan penyunting, mis. daftar lain yang tidak memuat daerah ini; kosong bila tidak ada.', en: 'Editor’s note (in Indonesian), e.g. another list that leaves the region out; empty when none.' },
  },
  sources_disagree: {
    type: 'boolean',
    description: {
      id: 'true bila sumber menyebut lebih dari satu tahun angkatan untuk daerah ini: setiap tahun menjadi baris sendiri dengan sumbernya, dan portal tidak memilih salah satunya.',
      en: 'true when sources give this region more than one cohort year: each year is a row of its own with its sources, and the portal does not pick one.',
    },
  },
  sources: {
    type: 'records',
    description: bothLanguages((lang) =>
      lang === 'id'
        ? `Sumber yang menyatakan klaim ini, satu rekaman per sumber, dengan kolom ${COHORT_SOURCE_FIELDS.join(FIELD_SEPARATOR)}: id sumber di data/kohort.yaml, judul (atau uraian halaman), media, alamat web, tanggal terbit (kosong bila tidak diketahui).`
        : `The sources that state this claim, one record each, with the fields ${COHORT_SOURCE_FIELDS.join(FIELD_SEPARATOR)}: source id in data/kohort.yaml, title (or a description of the page), outlet, web address, publication date (empty when not known).`,
    ),
  },
  region_url: { type: 'url', description: { id: 'Alamat lengkap halaman daerah di portal ini.', en: 'Full address of the region’s page on this portal.' } },
} as const satisfies Record<CohortColumn, ColumnDoc>;

/** Column names of cohorts.csv in file order. */
export const COHORT_COLUMN_NAMES = columnNames(COHORT_COLUMNS);

/** The whole of cohorts.json; its JSON Schema is published at `schemaPath('cohorts')` (src/lib/routes.ts). */
export const cohortsFileSchema = z
  .strictObject({
    generated: z.looseObject({}),
    claims: z.array(cohortClaimRecordSchema),
  })
  .meta({
    title: dataFileName('kohort', 'json'),
    description: `Cohort claims of Gerakan Menuju (100) Smart City, each with its sources; columns documented on the data page (${dataPagePath()}).`,
  });

export function cohortsMeta(pageUrl: PageUrl, version: DataVersion | undefined): DatasetMeta {
  return datasetMeta(pageUrl, version, 'cohorts', {
    id: LICENCE.id,
    url: LICENCE.url,
    note: `${LICENCE.short}. Every claim lists the pages that state it (sources); those pages belong to their publishers. Region codes and names: see ${dataFileName('wilayah', 'json')} for their source and licence.`,
  });
}

/**
 * Every claim of every real region, by region code then year. The model keeps a region's claims
 * on its content region or, without a folder, on its participant page; the directory gives each
 * region's official name, province and page.
 */
export function cohortRecords(model: Pick<SiteModel, 'directory' | 'national' | 'participants'>, pageUrl: PageUrl): CohortClaimRecord[] {
  const cohortByCode = new Map<string, CohortRecord>([
    ...model.participants.map((participant): [string, CohortRecord] => [participant.region.code, participant.cohort]),
    ...model.national.regions.flatMap((region): [string, CohortRecord][] => (region.data.code ? [[region.data.code, region.cohort]] : [])),
  ]);
  return [...model.directory.entries]
    .sort((a, b) => byCodeUnit(a.region.code, b.region.code))
    .flatMap(({ region, pageSlug }) => {
      const cohort = cohortByCode.get(region.code);
      if (!cohort || pageSlug === undefined) return [];
      return cohort.claims.map(
        (claim): CohortClaimRecord => ({
          region_code: region.code,
          region_name: region.name,
          province: region.province.name,
          region_slug: pageSlug,
          year: claim.year,
          mou_date: claim.mouDate ?? null,
          note: claim.note ?? null,
          sources_disagree: cohort.sourcesDisagree,
          sources: [...claim.sources],
          region_url: pageUrl(regionPath(pageSlug)),
        }),
      );
    });
}

/** The CSV cells of one record, by column. */
function cohortCells(record: CohortClaimRecord): Record<CohortColumn, string> {
  return {
    region_code: record.region_code,
    region_name: record.region_name,
    province: record.province,
    region_slug: record.region_slug,
    year: String(record.year),
    mou_date: record.mou_date ?? '',
    note: record.note ?? '',
    sources_disagree: String(record.sources_disagree),
    sources: cohortSourcesCell(record.sources),
    region_url: record.region_url,
  };
}

export function cohortsCsv(records: readonly CohortClaimRecord[], version: DataVersion | undefined): string {
  return downloadCsv(
    COHORT_COLUMN_NAMES,
    records.map((record) => {
      const cells = cohortCells(record);
      return COHORT_COLUMN_NAMES.map((column) => cells[column]);
    }),
    version,
  );
}

export function cohortsJson(records: readonly CohortClaimRecord[], meta: DatasetMeta): string {
  return canonicalJson({ generated: meta, claims: records });
}
