import type { Translate } from '../../i18n/index.ts';
import { DEFAULT_LANG } from '../../i18n/lang.ts';
import { DIMENSIONS } from '../dimensions.ts';
import type { SiteModel } from '../model.ts';
import type { PageLocals } from '../page-locals.ts';
import { dataPagePath, directoryPath, homePath, searchIndexScriptPath, searchVocabularyPath } from '../routes.ts';
import { FUNDING_SOURCES, PROGRAMME_KINDS, PROGRAMME_STATUSES } from '../schema/programme.ts';
import { HORIZONS } from '../schema/region.ts';
import {
  SEARCH_FILTERS,
  SEARCH_PAGE_TYPES,
  participantSearchRecord,
  programmeSearchRecord,
  regionDimensionSearchRecord,
  regionSearchRecord,
  type SearchFilter,
  type SearchRecord,
} from '../search-record.ts';

/**
 * The search page (/cari/): its facets, computed from the same records the index is built from, so
 * the page shows every facet and value (with totals) before any search script runs; and what the
 * browser's search script is handed, so that script carries no dictionary of its own.
 */

export interface FacetValue {
  readonly value: string;
  readonly label: string;
  readonly total: number;
}

export interface Facet {
  readonly key: SearchFilter;
  readonly title: string;
  readonly values: readonly FacetValue[];
}

/** Names of id-valued filter values, by filter; other values (names, years) are shown as they are. */
export type ValueLabels = Readonly<Partial<Record<SearchFilter, Readonly<Record<string, string>>>>>;

/**
 * What the page hands the browser's search script as JSON (src/scripts/search.ts). Messages that
 * carry a count or the query hold `{count}` and `{query}`, which the script fills in.
 */
export interface SearchClientConfig {
  /** The search index's script, loaded on the first search. */
  readonly indexScript: string;
  /** Where the indexed (Indonesian) pages live: the index gives result addresses under it. */
  readonly indexedRoot: string;
  /** Where this page's language lives: results link to their page in the reader's language. */
  readonly pageRoot: string;
  /** The index's words (src/lib/search-vocabulary.ts), loaded when a search finds nothing. */
  readonly vocabulary: string;
  readonly labels: ValueLabels;
  /** `activeFilters` holds `{count}`: the number of values ticked, shown on the filters' control. */
  readonly messages: Readonly<Record<'results' | 'resultsFor' | 'oneResult' | 'oneResultFor' | 'none' | 'loading' | 'unavailable' | 'activeFilters', string>>;
}

/** Where a reader without JavaScript can go instead: the list of regions and the downloads. */
export interface NoScriptLinks {
  readonly directory: string;
  readonly data: string;
}

export interface SearchPage {
  readonly facets: readonly Facet[];
  readonly client: SearchClientConfig;
  readonly noScript: NoScriptLinks;
}

/** What the page data reads of the page's `Astro.locals`: its language, `t()` and links under the base path. */
type Locals = Pick<PageLocals, 'lang' | 't' | 'url'>;

function valueLabels({ lang, t }: Locals): ValueLabels {
  const named = <K extends string>(keys: readonly K[], name: (key: K) => string) => Object.fromEntries(keys.map((key) => [key, name(key)]));
  return {
    jenis: named(SEARCH_PAGE_TYPES, (type) => t(`search.pageType.${type}`)),
    dimensi: Object.fromEntries(DIMENSIONS.map((d) => [d.id, lang === 'id' ? d.nameId : d.nameEn])),
    elemen: Object.fromEntries(DIMENSIONS.flatMap((d) => d.elements.map((e) => [e.id, lang === 'id' ? e.nameId : e.nameEn]))),
    kategori: named(PROGRAMME_KINDS, (kind) => t(`labels.kind.${kind}`)),
    jangka: named(HORIZONS, (horizon) => t(`labels.horizon.${horizon}`)),
    status: named(PROGRAMME_STATUSES, (status) => t(`labels.status.${status}`)),
    dana: named(FUNDING_SOURCES, (source) => t(`labels.funding.${source}`)),
  };
}

/**
 * Every record the index holds, one per indexed page: the index holds no page without one, so the
 * totals of the `jenis` facet add up to the number of pages, and those of a search to its results.
 */
function allSearchRecords(model: SiteModel): SearchRecord[] {
  return [
    ...model.programmes.map(programmeSearchRecord),
    ...model.regions.map(regionSearchRecord),
    ...model.participants.map(participantSearchRecord),
    ...model.regions.flatMap((region) => region.dimensions.flatMap(({ dimension }) => regionDimensionSearchRecord(region, dimension) ?? [])),
  ];
}

function searchFacets(model: SiteModel, labels: ValueLabels, t: Translate): Facet[] {
  const records = allSearchRecords(model);
  return SEARCH_FILTERS.map((key) => {
    const totals = new Map<string, number>();
    for (const record of records) for (const value of record.filters[key] ?? []) totals.set(value, (totals.get(value) ?? 0) + 1);
    const values = [...totals].map(([value, total]) => ({ value, label: labels[key]?.[value] ?? value, total }));
    values.sort((a, b) => (key === 'tahun' ? a.value.localeCompare(b.value) : a.label.localeCompare(b.label, 'id')));
    return { key, title: t(`search.facet.${key}`), values };
  });
}

export function searchPage(model: SiteModel, locals: Locals): SearchPage {
  const { t, url } = locals;
  const labels = valueLabels(locals);
  return {
    facets: searchFacets(model, labels, t),
    client: {
      // One index, of the Indonesian pages, serves both languages.
      indexScript: url(searchIndexScriptPath(), DEFAULT_LANG),
      indexedRoot: url(homePath(), DEFAULT_LANG),
      pageRoot: url(homePath()),
      vocabulary: url(searchVocabularyPath(), DEFAULT_LANG),
      labels,
      messages: {
        results: t('search.results', '{count}'),
        resultsFor: t('search.resultsFor', '{count}', '{query}'),
        oneResult: t('search.oneResult', '{count}'),
        oneResultFor: t('search.oneResultFor', '{count}', '{query}'),
        none: t('search.none'),
        loading: t('search.loading'),
        unavailable: t('search.devNotice'),
        activeFilters: t('search.activeFilters', '{count}'),
      },
    },
    noScript: { directory: url(directoryPath()), data: url(dataPagePath()) },
  };
}
