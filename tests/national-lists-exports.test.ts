import { describe, expect, it } from 'vitest';
import { parseCohorts } from '../src/lib/cohorts.ts';
import type { Entry } from '../src/lib/content/entries.ts';
import { cohortSourcesCell, parseCohortSourcesCell, parseListCell } from '../src/lib/exports/cells.ts';
import { COHORT_COLUMN_NAMES, cohortRecords, cohortsCsv, cohortsFileSchema, cohortsJson, cohortsMeta } from '../src/lib/exports/cohorts.ts';
import { BOM } from '../src/lib/exports/csv.ts';
import type { PageUrl } from '../src/lib/exports/data-files.ts';
import { DATASET_SCHEMA_NAMES, datasetJsonSchemas } from '../src/lib/exports/json-schema.ts';
import {
  REGISTER_COLUMN_NAMES,
  readRegisterLicence,
  registerCsv,
  registerFileSchema,
  registerJson,
  registerMeta,
  registerRecords,
} from '../src/lib/exports/register.ts';
import { buildModel, type SiteModel } from '../src/lib/model.ts';
import { parseRegister } from '../src/lib/register/register.ts';
import { schemaPath } from '../src/lib/routes.ts';
import type { CohortSource } from '../src/lib/schema/cohort.ts';
import { programmeSchema, type Programme } from '../src/lib/schema/programme.ts';
import { regionSchema, type Region } from '../src/lib/schema/region.ts';

/**
 * register.csv/json and cohorts.csv/json built from a small hand-made register, cohort file and
 * content set, so every row can be written out in full.
 */

const REGISTER = parseRegister(
  [
    '64\tKalimantan Timur',
    '64.02\tKabupaten Kutai Kartanegara',
    '64.71\tKota Balikpapan',
    '64.74\tKota Bontang',
    '75\tGorontalo',
    '75.01\tKabupaten Boalemo',
    '94\tPapua Tengah',
    '94.04\tKabupaten Mimika',
  ].join('\n'),
);

const COHORTS = parseCohorts(
  [
    'sources:',
    '  - id: L17a',
    '    title: "Daftar 25 kota/kabupaten, tahap 1; Mei | 2017"',
    '    outlet: RTIK Kediri',
    '    url: "https://rtikkediri.or.id/daftar?tahun=2017&p=50%25"',
    '    date: "2017-05-09"',
    '  - id: kukar-2021',
    '    title: "=Kukar salah satu dari 48 daerah"',
    '    outlet: Medium Indonesia',
    '    url: "https://mediumindonesia.example/kukar"',
    '  - id: L18a',
    '    title: Daftar 50 daerah 2018',
    '    outlet: National Geographic Indonesia',
    '    url: "https://nationalgeographic.grid.id/read/2018"',
    'claims:',
    '  - code: "64.02"',
    '    year: 2017',
    '    sources: [L17a]',
    '    mouDate: "2017-05-22"',
    '  - code: "64.02"',
    '    year: 2021',
    '    sources: [kukar-2021]',
    '    note: "Ditetapkan lagi, salah satu dari 48 daerah"',
    '  - code: "64.74"',
    '    year: 2018',
    '    sources: [L18a, L17a]',
    '  - code: "94.04"',
    '    year: 2017',
    '    sources: [L17a]',
    '    note: "Saat bergabung kodenya 91.09 (Papua)"',
  ].join('\n'),
  REGISTER,
);

function regionEntry(input: Record<string, unknown>): Entry<Region> {
  const data = regionSchema.parse(input);
  return { kind: 'region', region: data.slug, name: 'index', entryId: `${data.slug}/index`, file: `content/${data.slug}/index.md`, data };
}

function programmeEntry(region: string, id: string): Entry<Programme> {
  const data = programmeSchema.parse({ id, name: `Program ${id}`, dimension: 'smart-living', element: 'kesehatan', kind: 'priority' });
  return { kind: 'programme', region, name: id, entryId: `${region}/program/${id}`, file: `content/${region}/program/${id}.md`, data };
}

const real = (slug: string, name: string, code: string) =>
  regionEntry({ slug, name, code, type: 'kota', province: 'Kalimantan Timur', sources: [{ title: 'Sumber uji' }] });

/**
 * Bontang has a folder and a programme, Balikpapan a folder only, Kutai Kartanegara and Mimika
 * cohort claims only. The fictional showcase borrows Boalemo's code and has a programme: if it
 * leaked into a national file, Boalemo and Gorontalo would no longer read `none`.
 */
const MODEL: SiteModel = buildModel(
  {
    regions: [
      real('kota-bontang', 'Kota Bontang', '64.74'),
      real('kota-balikpapan', 'Kota Balikpapan', '64.71'),
      regionEntry({ slug: 'kota-contoh', name: 'Kota Contoh', code: '75.01', type: 'kota', province: 'Gorontalo', fictional: true }),
    ],
    dimensionPages: [],
    programmes: [programmeEntry('kota-bontang', 'layanan'), programmeEntry('kota-contoh', 'bus')],
  },
  { register: REGISTER, cohorts: COHORTS },
);

const pageUrl: PageUrl = (path) => `https://portal.example${path}`;

/** The data version the CSV files are written at: every row ends with it. */
const VERSION = { hash: 'e62222e'.padEnd(40, '0'), shortHash: 'e62222e', date: '2026-11-30T06:43:29+00:00', day: '2026-11-30' };
const VERSION_CELL = '2026-11-30 e62222e';

/** Undoes the formula guard, as the data page tells readers to. */
const unguard = (cell: string): string => (cell.startsWith("'") ? cell.slice(1) : cell);

describe('the fixture', () => {
  it('is valid national data', () => {
    expect(COHORTS.problems).toEqual([]);
  });
});

describe('register.csv and register.json', () => {
  const records = registerRecords(MODEL.directory, pageUrl);

  it('has one row per province and kabupaten/kota, by code, each with its status and page', () => {
    expect(records).toEqual([
      {
        code: '64',
        name: 'Kalimantan Timur',
        type: 'provinsi',
        province_code: '64',
        province_name: 'Kalimantan Timur',
        slug: 'kalimantan-timur',
        status: 'programmes',
        cohort_years: [],
        url: 'https://portal.example/daerah/provinsi/kalimantan-timur/',
      },
      {
        code: '64.02',
        name: 'Kabupaten Kutai Kartanegara',
        type: 'kabupaten',
        province_code: '64',
        province_name: 'Kalimantan Timur',
        slug: 'kabupaten-kutai-kartanegara',
        status: 'participant',
        cohort_years: [2017, 2021],
        url: 'https://portal.example/kabupaten-kutai-kartanegara/',
      },
      {
        code: '64.71',
        name: 'Kota Balikpapan',
        type: 'kota',
        province_code: '64',
        province_name: 'Kalimantan Timur',
        slug: 'kota-balikpapan',
        status: 'facts',
        cohort_years: [],
        url: 'https://portal.example/kota-balikpapan/',
      },
      {
        code: '64.74',
        name: 'Kota Bontang',
        type: 'kota',
        province_code: '64',
        province_name: 'Kalimantan Timur',
        slug: 'kota-bontang',
        status: 'programmes',
        cohort_years: [2018],
        url: 'https://portal.example/kota-bontang/',
      },
      {
        code: '75',
        name: 'Gorontalo',
        type: 'provinsi',
        province_code: '75',
        province_name: 'Gorontalo',
        slug: 'gorontalo',
        status: 'none',
        cohort_years: [],
        url: 'https://portal.example/daerah/provinsi/gorontalo/',
      },
      {
        code: '75.01',
        name: 'Kabupaten Boalemo',
        type: 'kabupaten',
        province_code: '75',
        province_name: 'Gorontalo',
        slug: 'kabupaten-boalemo',
        status: 'none',
        cohort_years: [],
        url: null,
      },
      {
        code: '94',
        name: 'Papua Tengah',
        type: 'provinsi',
        province_code: '94',
        province_name: 'Papua Tengah',
        slug: 'papua-tengah',
        status: 'participant',
        cohort_years: [],
        url: 'https://portal.example/daerah/provinsi/papua-tengah/',
      },
      {
        code: '94.04',
        name: 'Kabupaten Mimika',
        type: 'kabupaten',
        province_code: '94',
        province_name: 'Papua Tengah',
        slug: 'kabupaten-mimika',
        status: 'participant',
        cohort_years: [2017],
        url: 'https://portal.example/kabupaten-mimika/',
      },
    ]);
  });

  it('writes the same rows as CSV, in dictionary order, unknown cells empty, each ending with the data version', () => {
    const csv = registerCsv(records, VERSION);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      [...REGISTER_COLUMN_NAMES, 'versi_data'].join(','),
      `64,Kalimantan Timur,provinsi,64,Kalimantan Timur,kalimantan-timur,programmes,,https://portal.example/daerah/provinsi/kalimantan-timur/,${VERSION_CELL}`,
      `64.02,Kabupaten Kutai Kartanegara,kabupaten,64,Kalimantan Timur,kabupaten-kutai-kartanegara,participant,2017 ; 2021,https://portal.example/kabupaten-kutai-kartanegara/,${VERSION_CELL}`,
      `64.71,Kota Balikpapan,kota,64,Kalimantan Timur,kota-balikpapan,facts,,https://portal.example/kota-balikpapan/,${VERSION_CELL}`,
      `64.74,Kota Bontang,kota,64,Kalimantan Timur,kota-bontang,programmes,2018,https://portal.example/kota-bontang/,${VERSION_CELL}`,
      `75,Gorontalo,provinsi,75,Gorontalo,gorontalo,none,,https://portal.example/daerah/provinsi/gorontalo/,${VERSION_CELL}`,
      `75.01,Kabupaten Boalemo,kabupaten,75,Gorontalo,kabupaten-boalemo,none,,,${VERSION_CELL}`,
      `94,Papua Tengah,provinsi,94,Papua Tengah,papua-tengah,participant,,https://portal.example/daerah/provinsi/papua-tengah/,${VERSION_CELL}`,
      `94.04,Kabupaten Mimika,kabupaten,94,Papua Tengah,kabupaten-mimika,participant,2017,https://portal.example/kabupaten-mimika/,${VERSION_CELL}`,
      '',
    ]);
    expect(REGISTER_COLUMN_NAMES).toEqual(['code', 'name', 'type', 'province_code', 'province_name', 'slug', 'status', 'cohort_years', 'url']);
  });

  it('answers "which provinces have no participating region?" with one filter', () => {
    expect(records.filter((r) => r.type === 'provinsi' && r.status === 'none').map((r) => r.name)).toEqual(['Gorontalo']);
  });

  it('states the source and carries the MIT notice in its metadata, and matches its own schema', () => {
    const notice = readRegisterLicence();
    const json = registerJson(records, registerMeta(pageUrl, MODEL.version, notice));
    const parsed = registerFileSchema.parse(JSON.parse(json));
    expect(parsed.register).toEqual(records);
    expect(parsed.generated).toMatchObject({
      licence: 'MIT AND CC-BY-4.0',
      licence_url: 'https://portal.example/data/#sumber-daftar-wilayah',
      schema: pageUrl(schemaPath('register')),
      data_source: {
        legal_basis: 'Kepmendagri No. 300.2.2-2138 Tahun 2025',
        repository: 'https://github.com/cahyadsn/wilayah',
        commit: 'b7ad440a1322e7be3189a16a8cac35f7d4c3d7f7',
        licence: 'MIT',
      },
    });
    expect(parsed.generated.data_source.licence_notice).toBe(notice);
    expect(notice).toContain('Copyright (c) 2017-2025 Cahya DSN');
    expect(parsed.generated).not.toHaveProperty('schemas');
  });
});

describe('cohorts.csv and cohorts.json', () => {
  const records = cohortRecords(MODEL, pageUrl);
  const [l17a, kukar, l18a] = COHORTS.sources as [CohortSource, CohortSource, CohortSource];

  it('has one row per claim, by code then year, each with its sources in full', () => {
    expect(records).toEqual([
      {
        region_code: '64.02',
        region_name: 'Kabupaten Kutai Kartanegara',
        province: 'Kalimantan Timur',
        region_slug: 'kabupaten-kutai-kartanegara',
        year: 2017,
        mou_date: '2017-05-22',
        note: null,
        sources_disagree: false,
        sources: [l17a],
        region_url: 'https://portal.example/kabupaten-kutai-kartanegara/',
      },
      {
        region_code: '64.02',
        region_name: 'Kabupaten Kutai Kartanegara',
        province: 'Kalimantan Timur',
        region_slug: 'kabupaten-kutai-kartanegara',
        year: 2021,
        mou_date: null,
        note: 'Ditetapkan lagi, salah satu dari 48 daerah',
        sources_disagree: false,
        sources: [kukar],
        region_url: 'https://portal.example/kabupaten-kutai-kartanegara/',
      },
      {
        region_code: '64.74',
        region_name: 'Kota Bontang',
        province: 'Kalimantan Timur',
        region_slug: 'kota-bontang',
        year: 2018,
        mou_date: null,
        note: null,
        sources_disagree: false,
        sources: [l18a, l17a],
        region_url: 'https://portal.example/kota-bontang/',
      },
      {
        region_code: '94.04',
        region_name: 'Kabupaten Mimika',
        province: 'Papua Tengah',
        region_slug: 'kabupaten-mimika',
        year: 2017,
        mou_date: null,
        note: 'Saat bergabung kodenya 91.09 (Papua)',
        sources_disagree: false,
        sources: [l17a],
        region_url: 'https://portal.example/kabupaten-mimika/',
      },
    ]);
    expect(l17a).toEqual({
      id: 'L17a',
      title: 'Daftar 25 kota/kabupaten, tahap 1; Mei | 2017',
      outlet: 'RTIK Kediri',
      url: 'https://rtikkediri.or.id/daftar?tahun=2017&p=50%25',
      date: '2017-05-09',
    });
  });

  it('writes the same rows as CSV, sources as id|title|outlet|url|date records, formulas guarded', () => {
    const csv = cohortsCsv(records, VERSION);
    const l17aCell = 'L17a|Daftar 25 kota/kabupaten, tahap 1%3B Mei %7C 2017|RTIK Kediri|https://rtikkediri.or.id/daftar?tahun=2017&p=50%2525|2017-05-09';
    expect(csv.slice(1).split('\r\n')).toEqual([
      [...COHORT_COLUMN_NAMES, 'versi_data'].join(','),
      `64.02,Kabupaten Kutai Kartanegara,Kalimantan Timur,kabupaten-kutai-kartanegara,2017,2017-05-22,,false,"${l17aCell}",https://portal.example/kabupaten-kutai-kartanegara/,${VERSION_CELL}`,
      `64.02,Kabupaten Kutai Kartanegara,Kalimantan Timur,kabupaten-kutai-kartanegara,2021,,"Ditetapkan lagi, salah satu dari 48 daerah",false,kukar-2021|=Kukar salah satu dari 48 daerah|Medium Indonesia|https://mediumindonesia.example/kukar|,https://portal.example/kabupaten-kutai-kartanegara/,${VERSION_CELL}`,
      `64.74,Kota Bontang,Kalimantan Timur,kota-bontang,2018,,,false,"L18a|Daftar 50 daerah 2018|National Geographic Indonesia|https://nationalgeographic.grid.id/read/2018| ; ${l17aCell}",https://portal.example/kota-bontang/,${VERSION_CELL}`,
      `94.04,Kabupaten Mimika,Papua Tengah,kabupaten-mimika,2017,,Saat bergabung kodenya 91.09 (Papua),false,"${l17aCell}",https://portal.example/kabupaten-mimika/,${VERSION_CELL}`,
      '',
    ]);
  });

  it('reads back: every sources cell parses to the claim’s sources', () => {
    expect(parseCohortSourcesCell(cohortSourcesCell([l18a, l17a]))).toStrictEqual([l18a, l17a]);
    expect(parseCohortSourcesCell(cohortSourcesCell([kukar]))).toStrictEqual([kukar]);
    expect(() => parseCohortSourcesCell('L17a|Judul|Media|https://x.example')).toThrow(/4 fields, expected 5/);
    expect(() => parseCohortSourcesCell('L17a||Media|https://x.example|')).toThrow(/id, title, outlet and url are required/);
  });

  it('guards a cell that starts like a formula', () => {
    const formula = { ...records[3]!, region_name: '=HYPERLINK("https://x.example")', note: '-1+1' };
    const [, row] = cohortsCsv([formula], VERSION).slice(1).split('\r\n');
    expect(row).toContain(`,"'=HYPERLINK(""https://x.example"")",`);
    expect(row).toContain(",'-1+1,");
    expect(unguard("'-1+1")).toBe('-1+1');
  });

  it('answers "which regions joined in 2018?" and joins to the register by code', () => {
    const register = registerRecords(MODEL.directory, pageUrl);
    const joined2018 = records.filter((r) => r.year === 2018).map((r) => register.find((row) => row.code === r.region_code)!);
    expect(joined2018.map((row) => [row.name, row.status])).toEqual([['Kota Bontang', 'programmes']]);
    expect(parseListCell('2017 ; 2021')).toEqual(['2017', '2021']);
  });

  it('matches its own schema, with the portal’s licence', () => {
    const parsed = cohortsFileSchema.parse(JSON.parse(cohortsJson(records, cohortsMeta(pageUrl, MODEL.version))));
    expect(parsed.claims).toEqual(records);
    expect(parsed.generated).toMatchObject({ licence: 'CC-BY-4.0', schema: pageUrl(schemaPath('cohorts')) });
  });
});

describe('the fictional showcase', () => {
  it('is in neither national list, even with a register code and a programme', () => {
    const files = [
      registerCsv(registerRecords(MODEL.directory, pageUrl), MODEL.version),
      registerJson(registerRecords(MODEL.directory, pageUrl), registerMeta(pageUrl, MODEL.version, 'MIT License')),
      cohortsCsv(cohortRecords(MODEL, pageUrl), MODEL.version),
      cohortsJson(cohortRecords(MODEL, pageUrl), cohortsMeta(pageUrl, MODEL.version)),
    ];
    for (const file of files) {
      expect(file).not.toContain('kota-contoh');
      expect(file).not.toContain('Kota Contoh');
    }
  });
});

describe('JSON Schemas of the national lists', () => {
  it('describe register.json and cohorts.json with their record fields', () => {
    const schemas = datasetJsonSchemas();
    expect(Object.keys(schemas)).toEqual([...DATASET_SCHEMA_NAMES]);
    type Node = { $schema?: string; title?: string; properties: Record<string, { items?: { properties: Record<string, unknown>; required: string[] } }> };
    const register = schemas.register as Node;
    expect(register).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'wilayah.json' });
    expect(Object.keys(register.properties.register!.items!.properties)).toEqual(REGISTER_COLUMN_NAMES);
    const cohorts = schemas.cohorts as Node;
    expect(Object.keys(cohorts.properties.claims!.items!.properties)).toEqual(COHORT_COLUMN_NAMES);
    expect(cohorts.properties.claims!.items!.required).toEqual(COHORT_COLUMN_NAMES);
  });
});
