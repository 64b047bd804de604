import { describe, expect, it } from 'vitest';
import type { Entry } from '../src/lib/content/entries.ts';
import { COLUMN_TYPE_LABELS } from '../src/lib/exports/column-doc.ts';
import { exportMeta, type PageUrl } from '../src/lib/exports/data-files.ts';
import { jsonSchemas } from '../src/lib/exports/json-schema.ts';
import { PROGRAMME_COLUMNS, PROGRAMME_COLUMN_NAMES, programmeRecords, programmesCsv, programmesJson } from '../src/lib/exports/programmes.ts';
import { buildModel } from '../src/lib/model.ts';
import { programmePath } from '../src/lib/routes.ts';
import { PROGRAMME_ROWS, PROGRAMME_SECTIONS } from '../src/lib/schema/programme-fields.ts';
import { programmeSchema, type Programme } from '../src/lib/schema/programme.ts';
import { regionSchema } from '../src/lib/schema/region.ts';
import { SEARCH_FILTERS, programmeSearchRecord } from '../src/lib/search-record.ts';

/**
 * The programme field table (src/lib/schema/programme-fields.ts) is the one list of a programme's
 * fields: the schema, the downloads' columns, their data dictionary and the search filters must
 * all agree with it, so that adding a field there is enough to publish it everywhere.
 */

const rows = Object.entries(PROGRAMME_ROWS);
const fieldRows = rows.flatMap(([name, row]) => (row.kind === 'field' ? [[name, row] as const] : []));
const tableColumns = rows.flatMap(([, row]) => Object.keys(row.columns));

interface JsonSchemaNode {
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
}

describe('the field table', () => {
  it('has a row for every field of the programme schema, in the schema’s order, and no other field', () => {
    expect(fieldRows.map(([name]) => name)).toEqual(Object.keys(programmeSchema.shape));
  });

  it('keeps apart only the columns that are no field: the key, the region’s columns and the page address', () => {
    const derived = rows.filter(([, row]) => row.kind === 'derived').flatMap(([, row]) => Object.keys(row.columns));
    expect(derived).toEqual(['key', 'region_slug', 'region_name', 'province', 'region_code', 'fictional', 'url']);
  });

  it('names and describes every field in Indonesian and English', () => {
    for (const [name, row] of fieldRows) {
      for (const text of [row.label, row.description]) {
        expect(text.id.trim(), name).not.toBe('');
        expect(text.en.trim(), name).not.toBe('');
      }
      expect(row.description.id, name).not.toBe(row.description.en);
    }
  });

  it('is where the published JSON Schema and editors take each field’s description from', () => {
    const properties = (jsonSchemas().programme as JsonSchemaNode).properties ?? {};
    for (const [name, row] of fieldRows) expect(properties[name]?.description, name).toBe(`${row.description.id} — ${row.description.en}`);
  });

  it('places every field on the programme page, and every section but the description shows a field', () => {
    const shown = new Set(fieldRows.map(([, row]) => row.section));
    expect(PROGRAMME_SECTIONS.filter((section) => section !== 'deskripsi' && !shown.has(section))).toEqual([]);
  });
});

describe('the downloads’ columns', () => {
  it('are the table’s columns in its order, each named once', () => {
    expect(PROGRAMME_COLUMN_NAMES).toEqual(tableColumns);
    expect(new Set(tableColumns).size).toBe(tableColumns.length);
  });

  it('keep the published columns in their order: a reader may go by position, so a new column is added, never moved', () => {
    const published = [
      'key', 'region_slug', 'region_name', 'province', 'region_code', 'fictional', 'programme_id', 'name', 'dimension', 'element',
      'element_label', 'kind', 'horizon', 'start_year', 'end_year', 'status', 'latest_progress_date', 'latest_percent', 'opd',
      'partners', 'tags', 'funding_sources', 'funding_total_idr', 'funding_detail', 'indicator_count', 'indicators', 'rpjmd_goals',
      'url', 'source_titles', 'inferred_fields',
    ];
    expect(tableColumns.filter((column) => published.includes(column))).toEqual(published);
  });

  it('are each documented in the data dictionary, with a type and a meaning in both languages', () => {
    expect(Object.keys(PROGRAMME_COLUMNS)).toEqual(tableColumns);
    for (const [name, doc] of Object.entries(PROGRAMME_COLUMNS)) {
      expect(COLUMN_TYPE_LABELS[doc.type], name).toBeDefined();
      expect(doc.description.id.length, name).toBeGreaterThan(5);
      expect(doc.description.en.length, name).toBeGreaterThan(5);
    }
  });

  it('list the codes with their names from the interface text', () => {
    expect(PROGRAMME_COLUMNS.status.description.id).toContain('planned (Direncanakan), running (Berjalan), done (Selesai), stopped (Dihentikan)');
    expect(PROGRAMME_COLUMNS.kind.description.en).toContain('quick-win (Quick win), priority (Priority programme), other (Other programme)');
    expect(PROGRAMME_COLUMNS.funding_sources.description.en).toContain('kpbu (KPBU (public–private partnership))');
    expect(PROGRAMME_COLUMNS.indicators.description.id).toContain('output (Keluaran (output))');
  });
});

describe('a programme in the downloads', () => {
  const region = regionSchema.parse({
    slug: 'kota-bontang',
    name: 'Kota Bontang',
    code: '64.74',
    type: 'kota',
    province: 'Kalimantan Timur',
    sources: [{ title: 'Sumber uji' }],
  });
  const programme = (input: Record<string, unknown>): Entry<Programme> => {
    const data = programmeSchema.parse(input);
    return { kind: 'programme', region: region.slug, name: data.id, entryId: `${region.slug}/program/${data.id}`, file: `content/${region.slug}/program/${data.id}.md`, data };
  };
  const everyField = programme({
    id: 'bus-listrik',
    name: 'Bus Listrik',
    dimension: 'smart-living',
    element: 'lainnya',
    elementLabel: 'Transportasi bersih',
    tags: ['bus', 'listrik'],
    kind: 'quick-win',
    horizon: 'short',
    startYear: 2024,
    endYear: 2026,
    opd: 'Dinas Perhubungan',
    partners: ['PT Bus; Tbk', 'Kampus'],
    funding: [{ source: 'apbd', amount: 1000, year: 2024 }, { source: 'csr' }, { source: 'apbd', amount: 500 }],
    indicators: [{ level: 'output', name: 'Koridor', baseline: 0, target: 4, unit: 'koridor', year: 2026 }],
    status: 'running',
    progress: [
      { date: '2024-05-01', status: 'running', percent: 20 },
      { date: '2025-01-02', status: 'running' },
    ],
    rpjmdGoals: ['Transportasi publik'],
    inferred: ['horizon'],
    sources: [{ title: 'Masterplan' }],
  });
  const fewFields = programme({ id: 'aplikasi', name: 'Aplikasi', dimension: 'smart-governance', kind: 'priority' });
  const model = buildModel({ regions: [{ kind: 'region', region: region.slug, name: 'index', entryId: `${region.slug}/index`, file: `content/${region.slug}/index.md`, data: region }], dimensionPages: [], programmes: [everyField, fewFields] });
  const pageUrl: PageUrl = (path) => `https://portal.example${path}`;
  const records = programmeRecords(model.national.regions, pageUrl);

  /** The CSV's rows as column → cell, checked against the header's width. */
  function csvRows(csv: string): Record<string, string>[] {
    const [header = '', ...lines] = csv.replace(/^\uFEFF/, '').split('\r\n').slice(0, -1);
    const columns = header.split(',');
    // The table's columns, then the data version every CSV download ends with.
    expect(columns).toEqual([...tableColumns, 'versi_data']);
    // The fixture's texts hold no comma, quote or line break: every cell is written bare.
    return lines.map((line) => {
      const cells = line.split(',');
      expect(cells).toHaveLength(columns.length);
      return Object.fromEntries(columns.map((column, index) => [column, cells[index] ?? '']));
    });
  }

  it('carries a value for every column, read from the field the table says', () => {
    expect(records.map((record) => record.key)).toEqual(['kota-bontang/aplikasi', 'kota-bontang/bus-listrik']);
    for (const record of records) expect(Object.keys(record)).toEqual(tableColumns);
    expect(records[1]).toMatchObject({
      key: 'kota-bontang/bus-listrik',
      region_slug: 'kota-bontang',
      region_name: 'Kota Bontang',
      province: 'Kalimantan Timur',
      region_code: '64.74',
      fictional: false,
      programme_id: 'bus-listrik',
      name: 'Bus Listrik',
      dimension: 'smart-living',
      element: 'lainnya',
      element_label: 'Transportasi bersih',
      kind: 'quick-win',
      horizon: 'short',
      start_year: 2024,
      end_year: 2026,
      status: 'running',
      latest_progress_date: '2025-01-02',
      // The latest update states no share: an older one does not stand in for it.
      latest_percent: null,
      opd: 'Dinas Perhubungan',
      partners: ['PT Bus; Tbk', 'Kampus'],
      tags: ['bus', 'listrik'],
      funding_sources: ['apbd', 'csr'],
      funding_total_idr: 1500,
      funding_detail: everyField.data.funding,
      indicator_count: 1,
      indicators: everyField.data.indicators,
      rpjmd_goals: ['Transportasi publik'],
      url: pageUrl(programmePath('kota-bontang', 'bus-listrik')),
      source_titles: ['Masterplan'],
      inferred_fields: ['horizon'],
    });
  });

  it('writes each value to its CSV cell: unknown ones empty, lists and records in the cell formats', () => {
    const [few, every] = csvRows(programmesCsv(records, undefined));
    expect(every).toMatchObject({
      region_code: '64.74',
      fictional: 'false',
      element_label: 'Transportasi bersih',
      start_year: '2024',
      latest_percent: '',
      partners: 'PT Bus%3B Tbk ; Kampus',
      funding_sources: 'apbd ; csr',
      funding_total_idr: '1500',
      funding_detail: 'apbd|2024|1000| ; csr||| ; apbd||500|',
      indicator_count: '1',
      indicators: 'output|Koridor|0|4|koridor|2026',
      inferred_fields: 'horizon',
    });
    expect(few).toMatchObject({
      element: '',
      element_label: '',
      horizon: '',
      start_year: '',
      status: 'planned',
      latest_progress_date: '',
      opd: '',
      partners: '',
      funding_total_idr: '',
      funding_detail: '',
      indicator_count: '0',
      url: pageUrl(programmePath('kota-bontang', 'aplikasi')),
    });
  });

  it('has the table’s columns as the keys of each JSON record', () => {
    const json = JSON.parse(programmesJson(records, exportMeta(pageUrl, undefined))) as { programmes: Record<string, unknown>[] };
    for (const record of json.programmes) expect(Object.keys(record).sort()).toEqual([...tableColumns].sort());
  });
});

describe('search', () => {
  const filterFields = fieldRows.flatMap(([name, row]) => (typeof row.search === 'object' ? [[name, row.search.filter] as const] : []));

  it('filters by the fields the table marks as filters, under keys the search page knows', () => {
    const data = programmeSchema.parse({ id: 'x', name: 'X', dimension: 'smart-living', kind: 'priority' });
    const model = buildModel({
      regions: [
        {
          kind: 'region',
          region: 'kota-uji',
          name: 'index',
          entryId: 'kota-uji/index',
          file: 'content/kota-uji/index.md',
          data: regionSchema.parse({ slug: 'kota-uji', name: 'Kota Uji', type: 'kota', province: 'Provinsi Uji', fictional: true }),
        },
      ],
      dimensionPages: [],
      programmes: [{ kind: 'programme', region: 'kota-uji', name: 'x', entryId: 'kota-uji/program/x', file: 'content/kota-uji/program/x.md', data }],
    });
    const filters = Object.keys(programmeSearchRecord(model.programmes[0]!).filters);
    // The page type, the region and its province are filters of every page, not fields of a programme.
    const programmeFilters = filters.filter((key) => !['jenis', 'daerah', 'provinsi'].includes(key));
    expect([...new Set(filterFields.map(([, filter]) => filter))].sort()).toEqual(programmeFilters.sort());
    for (const [name, filter] of filterFields) expect(SEARCH_FILTERS, name).toContain(filter);
  });
});
