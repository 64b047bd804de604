import { z } from 'astro/zod';
import type { CohortRecord, SiteModel } from '../model.ts';
import { regionPath } from '../routes.ts';
import { cohortSourceSchema } from '../schema/cohort.ts';
import { cohortSourcesCell } from './cells.ts';
import { COHORT_COLUMN_NAMES } from './columns.ts';
import { toCsv } from './csv.ts';
import { datasetMeta, LICENCE, type DatasetMeta, type PageUrl } from './data-files.ts';
import { canonicalJson } from './json.ts';
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

/** The whole of cohorts.json; its JSON Schema is published as /data/schemas/cohorts.schema.json. */
export const cohortsFileSchema = z
  .strictObject({
    generated: z.looseObject({}),
    claims: z.array(cohortClaimRecordSchema),
  })
  .meta({ title: 'cohorts.json', description: 'Cohort claims of Gerakan Menuju (100) Smart City, each with its sources; columns documented on the data page (/data/).' });

export function cohortsMeta(pageUrl: PageUrl): DatasetMeta {
  return datasetMeta(pageUrl, 'cohorts', {
    id: LICENCE.id,
    url: LICENCE.url,
    note: `${LICENCE.short}. Every claim lists the pages that state it (sources); those pages belong to their publishers. Region codes and names: see register.json for their source and licence.`,
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

export function cohortsCsv(records: readonly CohortClaimRecord[]): string {
  return toCsv(
    COHORT_COLUMN_NAMES,
    records.map((record) => {
      const cells = cohortCells(record);
      return COHORT_COLUMN_NAMES.map((column) => cells[column]);
    }),
  );
}

export function cohortsJson(records: readonly CohortClaimRecord[], meta: DatasetMeta): string {
  return canonicalJson({ generated: meta, claims: records });
}
