import { hasDisagreement, type CohortClaim } from './cohorts.ts';
import { directoryFilterPath, directoryPath, type DirectoryFilterSegments } from './routes.ts';
import type { Province, Register, RegisteredRegion } from './register/register.ts';

/**
 * The national directory: every kabupaten/kota of the register with what the portal knows of its
 * part in Gerakan Menuju Smart City, the counts at the top of /daerah/ and the selections its
 * filter pages show. Pure: the model builds it from the register, the cohort claims and the real
 * content regions.
 */

/**
 * How far a region's record goes, from nothing to programmes: `none` (no participation on record),
 * `participant` (a cohort claim, no content folder), `facts` (a content folder with masterplan
 * facts), `programmes` (a content folder with at least one programme).
 */
export const DIRECTORY_STATUSES = ['none', 'participant', 'facts', 'programmes'] as const;
export type DirectoryStatus = (typeof DIRECTORY_STATUSES)[number];

/** The status's segment in `/daerah/status/<segment>/`: Indonesian, like the portal's other paths. */
const STATUS_SLUGS: Readonly<Record<DirectoryStatus, string>> = {
  none: 'belum-tercatat',
  participant: 'peserta',
  facts: 'fakta',
  programmes: 'program',
};

/** What the directory needs of a real region's content folder. */
export interface PublishedRegion {
  readonly slug: string;
  readonly programmeCount: number;
}

export interface DirectoryInput {
  readonly register: Pick<Register, 'provinces' | 'regions'>;
  /** Cohort claims by Kemendagri code. */
  readonly claimsByCode: ReadonlyMap<string, readonly CohortClaim[]>;
  /** Real (not fictional) content regions by Kemendagri code. */
  readonly published: ReadonlyMap<string, PublishedRegion>;
}

export interface DirectoryEntry {
  readonly region: RegisteredRegion;
  readonly status: DirectoryStatus;
  /** Every cohort year a source gives, ascending; more than one when sources disagree. */
  readonly cohortYears: readonly number[];
  readonly sourcesDisagree: boolean;
  /** Slug of the region's page on the portal; undefined when there is none (status `none`). */
  readonly pageSlug: string | undefined;
}

export interface DirectoryGroup {
  readonly province: Province;
  readonly entries: readonly DirectoryEntry[];
}

export interface CohortCount {
  readonly year: number;
  /** Regions with a claim for this year (a region whose sources disagree counts in each year). */
  readonly regions: number;
}

export interface Directory {
  /** Every register entry, grouped as `provinces` shows them. */
  readonly entries: readonly DirectoryEntry[];
  /** Every province in register order, its regions by name (kabupaten before kota of the same name). */
  readonly provinces: readonly DirectoryGroup[];
  readonly statusCounts: Readonly<Record<DirectoryStatus, number>>;
  /** Cohort years with at least one claim, ascending. */
  readonly cohorts: readonly CohortCount[];
  /** Regions whose sources give more than one cohort year. */
  readonly disagreements: number;
  /** Provinces where no region has any participation on record. */
  readonly provincesWithoutParticipants: readonly Province[];
}

/** A selection of the directory, one static page each: all, one province, one cohort year or one status. */
export type DirectoryFilter =
  | { readonly by: 'all' }
  | { readonly by: 'province'; readonly province: Province }
  | { readonly by: 'cohort'; readonly year: number }
  | { readonly by: 'status'; readonly status: DirectoryStatus };

/** A filter that narrows the directory: one page each under /daerah/. */
export type NarrowFilter = Exclude<DirectoryFilter, { by: 'all' }>;

const collator = new Intl.Collator('id');

function statusOf(claims: readonly CohortClaim[], published: PublishedRegion | undefined): DirectoryStatus {
  if (published) return published.programmeCount > 0 ? 'programmes' : 'facts';
  return claims.length > 0 ? 'participant' : 'none';
}

function entryOf(region: RegisteredRegion, input: DirectoryInput): DirectoryEntry {
  const claims = input.claimsByCode.get(region.code) ?? [];
  const published = input.published.get(region.code);
  const status = statusOf(claims, published);
  return {
    region,
    status,
    cohortYears: [...new Set(claims.map((claim) => claim.year))].sort((a, b) => a - b),
    sourcesDisagree: hasDisagreement(claims),
    pageSlug: published?.slug ?? (status === 'none' ? undefined : region.slug),
  };
}

const byName = (a: DirectoryEntry, b: DirectoryEntry): number =>
  collator.compare(a.region.shortName, b.region.shortName) || collator.compare(a.region.type, b.region.type);

export function countStatuses(entries: readonly DirectoryEntry[]): Record<DirectoryStatus, number> {
  const counts: Record<DirectoryStatus, number> = { none: 0, participant: 0, facts: 0, programmes: 0 };
  for (const entry of entries) counts[entry.status] += 1;
  return counts;
}

export function buildDirectory(input: DirectoryInput): Directory {
  const all = input.register.regions.map((region) => entryOf(region, input));
  const provinces = input.register.provinces.map((province) => ({
    province,
    entries: all.filter((entry) => entry.region.province.code === province.code).sort(byName),
  }));
  const perYear = new Map<number, number>();
  for (const entry of all) for (const year of entry.cohortYears) perYear.set(year, (perYear.get(year) ?? 0) + 1);
  return {
    entries: provinces.flatMap((group) => group.entries),
    provinces,
    statusCounts: countStatuses(all),
    cohorts: [...perYear].sort(([a], [b]) => a - b).map(([year, regions]) => ({ year, regions })),
    disagreements: all.filter((entry) => entry.sourcesDisagree).length,
    provincesWithoutParticipants: provinces.filter((group) => group.entries.every((entry) => entry.status === 'none')).map((group) => group.province),
  };
}

function matches(entry: DirectoryEntry, filter: DirectoryFilter): boolean {
  switch (filter.by) {
    case 'all':
      return true;
    case 'province':
      return entry.region.province.code === filter.province.code;
    case 'cohort':
      return entry.cohortYears.includes(filter.year);
    case 'status':
      return entry.status === filter.status;
  }
}

/** The provinces with at least one region in the selection, each with only those regions. */
export function selectDirectory(directory: Directory, filter: DirectoryFilter): DirectoryGroup[] {
  return directory.provinces
    .map((group) => ({ province: group.province, entries: group.entries.filter((entry) => matches(entry, filter)) }))
    .filter((group) => group.entries.length > 0);
}

/** Every filter page the directory has: each province, each cohort year with claims, each status. */
export function directoryFilters(directory: Directory): NarrowFilter[] {
  return [
    ...directory.provinces.map(({ province }): NarrowFilter => ({ by: 'province', province })),
    ...directory.cohorts.map(({ year }): NarrowFilter => ({ by: 'cohort', year })),
    ...DIRECTORY_STATUSES.map((status): NarrowFilter => ({ by: 'status', status })),
  ];
}

export function sameFilter(a: DirectoryFilter, b: DirectoryFilter): boolean {
  return directoryPathOf(a) === directoryPathOf(b);
}

/** The two segments of a filter page's path, `/daerah/<group>/<value>/`. */
export function filterSegments(filter: NarrowFilter): DirectoryFilterSegments {
  switch (filter.by) {
    case 'province':
      return { group: 'provinsi', value: filter.province.slug };
    case 'cohort':
      return { group: 'kohort', value: String(filter.year) };
    case 'status':
      return { group: 'status', value: STATUS_SLUGS[filter.status] };
  }
}

/** Language-neutral path of a directory page. */
export function directoryPathOf(filter: DirectoryFilter): string {
  return filter.by === 'all' ? directoryPath() : directoryFilterPath(filterSegments(filter));
}
