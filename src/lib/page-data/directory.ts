import { formatNumber } from '../../i18n/format.ts';
import { translator, type Lang, type Translate } from '../../i18n/index.ts';
import {
  DIRECTORY_STATUSES,
  countStatuses,
  directoryPathOf,
  sameFilter,
  selectDirectory,
  type DirectoryEntry,
  type DirectoryFilter,
  type DirectoryStatus,
} from '../directory.ts';
import type { SiteModel } from '../model.ts';
import { directoryProvinceAnchor, regionPath } from '../routes.ts';

/**
 * What a page of the national directory shows (`/daerah/` and its filter pages): the national
 * counts, each a link to the filter page it counts, and the selected regions by province.
 */

/** A filter link with the count beside it; `current` marks the page's own filter. */
export interface FilterLink {
  readonly path: string;
  readonly current: boolean;
  readonly count: number;
}

export interface ListedRegion {
  readonly name: string;
  readonly code: string;
  readonly status: DirectoryStatus;
  /** The region's page; undefined when it has none (no participation on record). */
  readonly path: string | undefined;
  /** "2018, 2019"; undefined when no cohort list names the region. */
  readonly cohortYears: string | undefined;
  readonly sourcesDisagree: boolean;
}

export interface ListedProvince {
  readonly name: string;
  /** The id of its heading; undefined on a province's own page, which lists it without one. */
  readonly anchor: string | undefined;
  /** The province's filter page. */
  readonly path: string;
  /** Those with programmes first, then with facts, participants, and none; by name within each. */
  readonly regions: readonly ListedRegion[];
}

export interface DirectoryPage {
  /** The unfiltered `/daerah/`: it has the introduction and its heading is the page's title. */
  readonly isAll: boolean;
  readonly path: string;
  /** The `<title>`: the filter's heading, then the directory's name. */
  readonly title: string;
  /** The selection's heading: "Semua daerah", "Daerah di Bali", "Peserta angkatan 2018", "Status: Peserta". */
  readonly heading: string;
  readonly intro: string;
  readonly breadcrumbs: readonly { readonly label: string; readonly path?: string }[];
  readonly all: FilterLink;
  readonly statuses: readonly (FilterLink & { readonly status: DirectoryStatus })[];
  readonly cohorts: readonly (FilterLink & { readonly year: number })[];
  /** Regions whose sources give more than one cohort year: they count in each. */
  readonly disagreements: number;
  /** Each province with its regions that have a record (`count`) out of all its regions. */
  readonly provinces: readonly (FilterLink & { readonly name: string; readonly regionCount: number })[];
  /** The province a province page shows, named beside the folded province list. */
  readonly shownProvince: string | undefined;
  readonly provincesWithoutParticipants: readonly { readonly name: string; readonly path: string }[];
  readonly selectedCount: number;
  /** The status a status page selects, for its description. */
  readonly selectedStatus: DirectoryStatus | undefined;
  /** On a province page, "Peserta: 3 · Program: 1": its statuses that occur, with their counts. */
  readonly statusSummary: string | undefined;
  readonly groups: readonly ListedProvince[];
}

/**
 * Within a province, the regions whose pages hold the most come first: programmes, then masterplan
 * facts, then participants, then regions without a record (the reverse of DIRECTORY_STATUSES, which
 * runs from nothing to programmes). The directory gives them by name; the stable sort keeps that
 * order within each status.
 */
function ranked(entries: readonly DirectoryEntry[]): DirectoryEntry[] {
  const rank = (entry: DirectoryEntry) => -DIRECTORY_STATUSES.indexOf(entry.status);
  return [...entries].sort((a, b) => rank(a) - rank(b));
}

function listed(entry: DirectoryEntry): ListedRegion {
  return {
    name: entry.region.name,
    code: entry.region.code,
    status: entry.status,
    path: entry.pageSlug === undefined ? undefined : regionPath(entry.pageSlug),
    cohortYears: entry.cohortYears.length > 0 ? entry.cohortYears.join(', ') : undefined,
    sourcesDisagree: entry.sourcesDisagree,
  };
}

export function directoryPage(model: SiteModel, filter: DirectoryFilter, lang: Lang): DirectoryPage {
  const t = translator(lang);
  const { directory } = model;
  const link = (candidate: DirectoryFilter, count: number): FilterLink => ({ path: directoryPathOf(candidate), current: sameFilter(candidate, filter), count });
  const groups = selectDirectory(directory, filter);
  const selected = groups.flatMap((group) => group.entries);
  const title = t('directory.title');
  const heading = headingOf(filter, t);
  const selectedStatuses = countStatuses(selected);
  return {
    isAll: filter.by === 'all',
    path: directoryPathOf(filter),
    title: filter.by === 'all' ? title : `${heading} — ${title}`,
    heading,
    intro: t('directory.intro', directory.entries.length),
    breadcrumbs: filter.by === 'all' ? [{ label: t('common.regions') }] : [{ label: t('common.regions'), path: directoryPathOf({ by: 'all' }) }, { label: heading }],
    all: link({ by: 'all' }, directory.entries.length),
    statuses: DIRECTORY_STATUSES.map((status) => ({ status, ...link({ by: 'status', status }, directory.statusCounts[status]) })),
    cohorts: directory.cohorts.map(({ year, regions }) => ({ year, ...link({ by: 'cohort', year }, regions) })),
    disagreements: directory.disagreements,
    provinces: directory.provinces.map(({ province, entries }) => ({
      name: province.name,
      regionCount: entries.length,
      ...link({ by: 'province', province }, entries.filter((entry) => entry.status !== 'none').length),
    })),
    shownProvince: filter.by === 'province' ? filter.province.name : undefined,
    provincesWithoutParticipants: directory.provincesWithoutParticipants.map((province) => ({ name: province.name, path: directoryPathOf({ by: 'province', province }) })),
    selectedCount: selected.length,
    selectedStatus: filter.by === 'status' ? filter.status : undefined,
    statusSummary:
      filter.by === 'province'
        ? DIRECTORY_STATUSES.filter((status) => selectedStatuses[status] > 0)
            .map((status) => `${t(`labels.directoryStatus.${status}`)}: ${formatNumber(selectedStatuses[status], lang)}`)
            .join(' · ')
        : undefined,
    groups: groups.map(({ province, entries }) => ({
      name: province.name,
      anchor: filter.by === 'province' ? undefined : directoryProvinceAnchor(province.slug),
      path: directoryPathOf({ by: 'province', province }),
      regions: ranked(entries).map(listed),
    })),
  };
}

function headingOf(filter: DirectoryFilter, t: Translate): string {
  switch (filter.by) {
    case 'all':
      return t('directory.all');
    case 'province':
      return t('directory.inProvince', filter.province.name);
    case 'cohort':
      return t('directory.inCohort', filter.year);
    case 'status':
      return t('directory.withStatus', t(`labels.directoryStatus.${filter.status}`));
  }
}
