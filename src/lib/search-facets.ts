import { DIMENSIONS } from './dimensions.ts';
import type { SiteModel } from './model.ts';
import { FUNDING_LABELS, HORIZON_LABELS, KIND_LABELS, STATUS_LABELS, type Lang, type Text } from '../i18n/ui.ts';
import { SEARCH_FILTERS, participantSearchRecord, programmeSearchRecord, regionDimensionSearchRecord, regionSearchRecord, type SearchFilter, type SearchRecord } from './search-record.ts';

/**
 * The facets of the search page, computed from the same records the index is built from, so the
 * page shows every facet and value (with totals) before any search script runs.
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

const FACET_TITLES: Readonly<Record<SearchFilter, Text>> = {
  jenis: { id: 'Jenis halaman', en: 'Page type' },
  daerah: { id: 'Daerah', en: 'Region' },
  provinsi: { id: 'Provinsi', en: 'Province' },
  dimensi: { id: 'Dimensi', en: 'Dimension' },
  elemen: { id: 'Elemen', en: 'Element' },
  kategori: { id: 'Jenis program', en: 'Programme kind' },
  jangka: { id: 'Jangka waktu', en: 'Horizon' },
  status: { id: 'Status', en: 'Status' },
  opd: { id: 'OPD pelaksana', en: 'Lead agency (OPD)' },
  dana: { id: 'Sumber dana', en: 'Funding source' },
  tahun: { id: 'Tahun mulai', en: 'Start year' },
};

const PAGE_TYPES: Readonly<Record<string, Text>> = {
  program: { id: 'Program', en: 'Programme' },
  daerah: { id: 'Daerah', en: 'Region' },
  dimensi: { id: 'Dimensi di daerah', en: 'Dimension in a region' },
};

/** Labels for id-valued filters; other values (names, years) are shown as they are. */
export function valueLabels(lang: Lang): Readonly<Partial<Record<SearchFilter, Readonly<Record<string, string>>>>> {
  const pick = (labels: Readonly<Record<string, Text>>) => Object.fromEntries(Object.entries(labels).map(([key, text]) => [key, text[lang]]));
  return {
    jenis: pick(PAGE_TYPES),
    dimensi: Object.fromEntries(DIMENSIONS.map((d) => [d.id, lang === 'id' ? d.nameId : d.nameEn])),
    elemen: Object.fromEntries(DIMENSIONS.flatMap((d) => d.elements.map((e) => [e.id, lang === 'id' ? e.nameId : e.nameEn]))),
    kategori: pick(KIND_LABELS),
    jangka: pick(HORIZON_LABELS),
    status: pick(STATUS_LABELS),
    dana: pick(FUNDING_LABELS),
  };
}

/** Every record the index holds, one per Indonesian page that carries search metadata. */
function allSearchRecords(model: SiteModel): SearchRecord[] {
  return [
    ...model.programmes.map(programmeSearchRecord),
    ...model.regions.map(regionSearchRecord),
    ...model.participants.map(participantSearchRecord),
    ...model.regions.flatMap((region) => region.dimensions.map(({ dimension }) => regionDimensionSearchRecord(region, dimension))),
  ];
}

export function searchFacets(model: SiteModel, lang: Lang): Facet[] {
  const records = allSearchRecords(model);
  const labels = valueLabels(lang);
  return SEARCH_FILTERS.map((key) => {
    const totals = new Map<string, number>();
    for (const record of records) for (const value of record.filters[key] ?? []) totals.set(value, (totals.get(value) ?? 0) + 1);
    const values = [...totals].map(([value, total]) => ({ value, label: labels[key]?.[value] ?? value, total }));
    values.sort((a, b) => (key === 'tahun' ? a.value.localeCompare(b.value) : a.label.localeCompare(b.label, 'id')));
    return { key, title: FACET_TITLES[key][lang], values };
  });
}
