import { formatYears } from '../i18n/format.ts';
import { translator } from '../i18n/index.ts';
import type { SmartDimension } from './dimensions.ts';
import type { GlossaryTerm } from './glossary.ts';
import { FirstUses } from './glossary-marker.ts';
import type { ParticipantModel, ProgrammeModel, RegionModel } from './model.ts';
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
  /**
   * Words the page is found by that its indexed text does not hold as separate fields: a
   * programme's facts (element, agency, partners…), which the page shows in a definition list
   * whose values Pagefind would run together ("Quick winLingkunganTata kelola…"). Each becomes a
   * block of its own in the index, so excerpts read "Tata kelola sampah dan limbah. Dinas …".
   */
  readonly keywords?: readonly string[];
  /**
   * English words for the page's topic: the English names of its dimension and element and of the
   * glossary terms its own text uses. The index is Indonesian; these let a search from the English
   * page ("waste") find Indonesian content ("sampah"). Not the funding sources: the search page
   * filters by them in either language, and their English explanations ("The regional government's
   * annual budget") made "regional" or "government" match most programmes, while they were a
   * third of the English words in a national index (docs/performance.md).
   */
  readonly englishKeywords?: readonly string[];
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

const id = translator('id');
const en = translator('en');

/**
 * The English name a glossary entry gives its term: its English text up to the first colon or
 * full stop ("Technical guidance: training by …" → "Technical guidance"), which is where the
 * entries name the thing before they explain it.
 */
const englishNameOf = (term: GlossaryTerm): string => term.en.split(/[:.]/)[0]!.trim();

/** English names of the glossary terms used anywhere in `texts`, in the order first used. */
function glossaryInEnglish(texts: readonly string[]): string[] {
  const marker = new FirstUses('');
  return texts.flatMap((text) => marker.split(text).flatMap((segment) => (segment.term ? [englishNameOf(segment.term)] : [])));
}

/** Distinct non-empty entries, first occurrence first. */
const distinct = (values: readonly (string | undefined)[]): string[] => [...new Set(values.filter((value): value is string => Boolean(value)))];

export function programmeSearchRecord(programme: ProgrammeModel): SearchRecord {
  const { data } = programme;
  // What the content says about the programme (the kind's name is the portal's, English beside it).
  const written = [
    programme.element?.nameId,
    data.opd,
    data.partners.join(', '),
    data.tags.join(', '),
    ...data.rpjmdGoals,
  ];
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
    keywords: distinct([programme.regionName, id(`labels.kind.${data.kind}`), ...written]),
    englishKeywords: distinct([
      programme.dimension.nameEn,
      programme.element?.nameEn,
      en(`labels.kind.${data.kind}`),
      ...glossaryInEnglish([data.name, ...distinct(written)]),
    ]),
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

/**
 * A region's page for one dimension, when it has content of its own: the region's narrative for
 * the dimension or programmes in it. Without either the page repeats what every region's page for
 * the dimension says, and it stays out of the index (undefined): such pages crowded programmes
 * out of the results.
 */
export function regionDimensionSearchRecord(region: RegionModel, dimension: SmartDimension): SearchRecord | undefined {
  const inRegion = region.dimensions.find((entry) => entry.dimension.id === dimension.id);
  if (!inRegion?.page && !inRegion?.programmes.length) return undefined;
  return {
    filters: { jenis: pageType('dimensi'), daerah: [region.data.name], provinsi: [region.data.province], dimensi: [dimension.id] },
    meta: { title: `${dimension.nameId} — ${region.data.name}`, daerah: region.data.name, dimensi: dimension.id },
    englishKeywords: [dimension.nameEn],
  };
}
