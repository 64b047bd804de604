import { formatYears } from '../i18n/format.ts';
import type { ParticipantModel, ProgrammeModel, RegionModel } from './model.ts';
import type { SmartDimension } from './dimensions.ts';
import type { YearSpan } from './schema/common.ts';

/**
 * What the search index knows about a page beyond its text: filters (facets, which the search page
 * also sorts by) and the metadata shown in results. Enumerations are stored as ids (stable, translated in the UI);
 * names (regions, OPD) as written.
 */

export interface SearchRecord {
  readonly filters: Readonly<Record<string, readonly string[]>>;
  readonly meta: Readonly<Record<string, string>>;
  /** Other names the page is found by, indexed as (hidden) text: see `searchAliases`. */
  readonly alsoKnownAs?: readonly string[];
}

/**
 * Names a region is also found by: its address read as words, where it spells out what the official
 * name abbreviates ("Kabupaten Kep. Siau Tagulandang Biaro" is found as "Kepulauan Siau …"). Pagefind
 * already finds a name by its own words, with or without "Kota"/"Kabupaten", so most regions need none.
 */
function searchAliases(name: string, slug: string): string[] {
  const nameWords = new Set(name.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  const slugWords = slug.split('-');
  return slugWords.every((word) => nameWords.has(word)) ? [] : [slugWords.join(' ')];
}

/** Filter keys, in the order the search page shows them. They also appear in search URLs. */
export const SEARCH_FILTERS = ['jenis', 'daerah', 'provinsi', 'dimensi', 'elemen', 'kategori', 'jangka', 'status', 'opd', 'dana', 'tahun'] as const;
export type SearchFilter = (typeof SEARCH_FILTERS)[number];

/** Values of the `jenis` filter: which kind of page a result is. */
export const SEARCH_PAGE_TYPES = ['program', 'daerah', 'dimensi'] as const;
export type SearchPageType = (typeof SEARCH_PAGE_TYPES)[number];
const pageType = (type: SearchPageType): SearchPageType[] => [type];

/** Years as results show them; a page without known years shows none. */
const years = (span: YearSpan | undefined): string => (span ? formatYears(span) : '');

export function programmeSearchRecord(programme: ProgrammeModel): SearchRecord {
  const { data } = programme;
  const filters: Record<SearchFilter, string[]> = {
    jenis: pageType('program'),
    daerah: [programme.regionName],
    provinsi: [programme.province],
    dimensi: [programme.dimension.id],
    elemen: programme.element ? [programme.element.id === 'lainnya' ? programme.element.nameId : programme.element.id] : [],
    kategori: [data.kind],
    jangka: data.horizon ? [data.horizon] : [],
    status: [data.status],
    opd: data.opd ? [data.opd] : [],
    dana: [...new Set(data.funding.map((fund) => fund.source))],
    tahun: data.startYear === undefined ? [] : [String(data.startYear)],
  };
  return {
    filters,
    meta: {
      daerah: programme.regionName,
      dimensi: programme.dimension.id,
      status: data.status,
      tahun: years(programme.span),
    },
  };
}

export function regionSearchRecord(region: RegionModel): SearchRecord {
  return {
    filters: { jenis: pageType('daerah'), daerah: [region.data.name], provinsi: [region.data.province] },
    meta: { daerah: region.data.name, tahun: years(region.roadmapSpan) },
    alsoKnownAs: searchAliases(region.data.name, region.slug),
  };
}

/** A participating region known only from the cohort lists: found by name and province like any region. */
export function participantSearchRecord(participant: ParticipantModel): SearchRecord {
  const { name, province } = participant.region;
  return { filters: { jenis: pageType('daerah'), daerah: [name], provinsi: [province.name] }, meta: { daerah: name } };
}

export function regionDimensionSearchRecord(region: RegionModel, dimension: SmartDimension): SearchRecord {
  return {
    filters: { jenis: pageType('dimensi'), daerah: [region.data.name], provinsi: [region.data.province], dimensi: [dimension.id] },
    meta: { title: `${dimension.nameId} — ${region.data.name}`, daerah: region.data.name, dimensi: dimension.id },
  };
}
