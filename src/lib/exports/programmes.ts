import type { DimensionId } from '../dimensions.ts';
import type { ProgrammeModel, RegionModel } from '../model.ts';
import { programmePath } from '../routes.ts';
import type { FundingSource, Programme, ProgrammeStatus } from '../schema/programme.ts';
import type { Horizon } from '../schema/region.ts';
import { fundingCell, indicatorsCell, listCell, type Funding, type Indicator } from './cells.ts';
import { PROGRAMME_COLUMN_NAMES } from './columns.ts';
import { toCsv } from './csv.ts';
import type { ExportMeta, PageUrl } from './data-files.ts';
import { canonicalJson } from './json.ts';

/**
 * One record per programme, shared by programmes.csv and programmes.json: the JSON carries it as
 * is, the CSV flattens each field into a cell (src/lib/exports/cells.ts). Field names are the CSV
 * column names; their meaning is documented once, in columns.ts, and shown on the data page.
 * Unknown values are `null` in JSON and empty in CSV.
 */
export interface ProgrammeRecord {
  readonly key: string;
  readonly region_slug: string;
  readonly region_name: string;
  readonly province: string;
  readonly region_code: string | null;
  readonly fictional: boolean;
  readonly programme_id: string;
  readonly name: string;
  readonly dimension: DimensionId;
  readonly element: string | null;
  readonly element_label: string | null;
  readonly kind: Programme['kind'];
  readonly horizon: Horizon | null;
  readonly start_year: number | null;
  readonly end_year: number | null;
  readonly status: ProgrammeStatus;
  readonly latest_progress_date: string | null;
  readonly latest_percent: number | null;
  readonly opd: string | null;
  readonly partners: readonly string[];
  readonly tags: readonly string[];
  readonly funding_sources: readonly FundingSource[];
  readonly funding_total_idr: number | null;
  readonly funding_detail: readonly Funding[];
  readonly indicator_count: number;
  readonly indicators: readonly Indicator[];
  readonly rpjmd_goals: readonly string[];
  readonly url: string;
  readonly source_titles: readonly string[];
  readonly inferred_fields: readonly string[];
}

export type ProgrammeColumn = keyof ProgrammeRecord;

function fundingTotal(funding: readonly Funding[]): number | null {
  const amounts = funding.flatMap((f) => (f.amount === undefined ? [] : [f.amount]));
  return amounts.length === 0 ? null : amounts.reduce((sum, amount) => sum + amount, 0);
}

function programmeRecord(region: RegionModel, programme: ProgrammeModel, pageUrl: PageUrl): ProgrammeRecord {
  const { data } = programme;
  const latest = data.progress.at(-1);
  return {
    key: programme.key,
    region_slug: region.slug,
    region_name: region.data.name,
    province: region.data.province,
    region_code: region.data.code ?? null,
    fictional: region.data.fictional,
    programme_id: data.id,
    name: data.name,
    dimension: programme.dimension.id,
    element: data.element ?? null,
    element_label: programme.element?.nameId ?? null,
    kind: data.kind,
    horizon: data.horizon ?? null,
    // The years as the content states them; the model's span fills a missing one, the export does not.
    start_year: data.startYear ?? null,
    end_year: data.endYear ?? null,
    status: data.status,
    latest_progress_date: latest?.date ?? null,
    // The share stated in the latest update only: an older percentage next to a newer date would mislead.
    latest_percent: latest?.percent ?? null,
    opd: data.opd ?? null,
    partners: data.partners,
    tags: data.tags,
    funding_sources: [...new Set(data.funding.map((f) => f.source))],
    funding_total_idr: fundingTotal(data.funding),
    funding_detail: data.funding,
    indicator_count: data.indicators.length,
    indicators: data.indicators,
    rpjmd_goals: data.rpjmdGoals,
    url: pageUrl(programmePath(region.slug, data.id)),
    source_titles: data.sources.map((s) => s.title),
    inferred_fields: data.inferred,
  };
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

const optional = (value: string | number | null): string => (value === null ? '' : String(value));

/** The CSV cells of one record, by column. */
function programmeCells(record: ProgrammeRecord): Record<ProgrammeColumn, string> {
  return {
    key: record.key,
    region_slug: record.region_slug,
    region_name: record.region_name,
    province: record.province,
    region_code: optional(record.region_code),
    fictional: String(record.fictional),
    programme_id: record.programme_id,
    name: record.name,
    dimension: record.dimension,
    element: optional(record.element),
    element_label: optional(record.element_label),
    kind: record.kind,
    horizon: optional(record.horizon),
    start_year: optional(record.start_year),
    end_year: optional(record.end_year),
    status: record.status,
    latest_progress_date: optional(record.latest_progress_date),
    latest_percent: optional(record.latest_percent),
    opd: optional(record.opd),
    partners: listCell(record.partners),
    tags: listCell(record.tags),
    funding_sources: listCell(record.funding_sources),
    funding_total_idr: optional(record.funding_total_idr),
    funding_detail: fundingCell(record.funding_detail),
    indicator_count: String(record.indicator_count),
    indicators: indicatorsCell(record.indicators),
    rpjmd_goals: listCell(record.rpjmd_goals),
    url: record.url,
    source_titles: listCell(record.source_titles),
    inferred_fields: listCell(record.inferred_fields),
  };
}

export function programmesCsv(records: readonly ProgrammeRecord[]): string {
  return toCsv(
    PROGRAMME_COLUMN_NAMES,
    records.map((record) => {
      const cells = programmeCells(record);
      return PROGRAMME_COLUMN_NAMES.map((column) => cells[column]);
    }),
  );
}

export function programmesJson(records: readonly ProgrammeRecord[], meta: ExportMeta): string {
  return canonicalJson({ generated: meta, programmes: records });
}
