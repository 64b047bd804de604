import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import type { CohortClaim } from '../../src/lib/cohorts.ts';
import type { Entry } from '../../src/lib/content/entries.ts';
import { buildModel, type SiteModel } from '../../src/lib/model.ts';
import { searchPage, type Facet } from '../../src/lib/page-data/search.ts';
import { pageLocals } from '../../src/lib/page-locals.ts';
import { parseRegister } from '../../src/lib/register/register.ts';
import { programmeSchema, type Programme } from '../../src/lib/schema/programme.ts';
import { regionSchema, type Region } from '../../src/lib/schema/region.ts';
import { programmeSearchRecord, regionDimensionSearchRecord, regionSearchRecord } from '../../src/lib/search-record.ts';

/** The portal served under a base path, to see that every address the page hands out carries it. */
const ADDRESS = { base: '/portal/', site: new URL('https://smartcity.example.go.id') };

const regionEntry = (slug: string, fields: Partial<z.input<typeof regionSchema>>): Entry<Region> => ({
  kind: 'region',
  region: slug,
  name: 'index',
  entryId: `${slug}/index`,
  file: `content/${slug}/index.md`,
  data: regionSchema.parse({ slug, type: 'kota', sources: [{ title: 'Sumber uji' }], ...fields }),
});

const programmeEntry = (region: string, fields: z.input<typeof programmeSchema>): Entry<Programme> => ({
  kind: 'programme',
  region,
  name: fields.id,
  entryId: `${region}/program/${fields.id}`,
  file: `content/${region}/program/${fields.id}.md`,
  data: programmeSchema.parse(fields),
});

/** Two regions with programmes, and one region known only from a cohort list. */
function sampleModel(): SiteModel {
  const register = parseRegister(['64\tKalimantan Timur', '64.74\tKota Bontang', '64.72\tKota Samarinda', '33\tJawa Tengah', '33.02\tKabupaten Banyumas'].join('\n'));
  const claims: CohortClaim[] = [{ code: '33.02', year: 2018, sources: ['L18a'] }];
  return buildModel(
    {
      regions: [
        regionEntry('kota-samarinda', { name: 'Kota Samarinda', province: 'Kalimantan Timur', code: '64.72', period: { start: 2022, end: 2031 } }),
        regionEntry('kota-bontang', { name: 'Kota Bontang', province: 'Kalimantan Timur', code: '64.74' }),
      ],
      dimensionPages: [],
      programmes: [
        programmeEntry('kota-samarinda', { id: 'e-sakip', name: 'E-SAKIP', dimension: 'smart-governance', kind: 'priority', status: 'running', startYear: 2023, endYear: 2025, funding: [{ source: 'apbd' }, { source: 'apbd' }] }),
        programmeEntry('kota-samarinda', { id: 'bank-sampah', name: 'Bank Sampah', dimension: 'smart-environment', kind: 'quick-win', startYear: 2022 }),
        programmeEntry('kota-bontang', { id: 'e-kelurahan', name: 'E-Kelurahan', dimension: 'smart-governance', kind: 'priority', status: 'done', startYear: 2022, endYear: 2022, opd: 'Diskominfo' }),
      ],
    },
    {
      register,
      cohorts: {
        claimsByCode: () => new Map([['33.02', claims]]),
        sourceById: (id) => ({ id, title: 'Daftar 50 daerah 2018', outlet: 'Media Uji', url: 'https://contoh.id/2018' }),
      },
    },
  );
}

const facet = (facets: readonly Facet[], key: string): Facet => facets.find((f) => f.key === key)!;
const shown = (f: Facet) => f.values.map(({ label, total }) => `${label} (${total})`);

describe('the search page', () => {
  const model = sampleModel();
  const indonesian = searchPage(model, pageLocals('id', ADDRESS));
  const english = searchPage(model, pageLocals('en', ADDRESS));

  it('offers every filter, in the order of the search URLs, titled in the reader’s language', () => {
    expect(indonesian.facets.map((f) => f.title)).toEqual([
      'Jenis halaman', 'Daerah', 'Provinsi', 'Dimensi', 'Elemen', 'Jenis program', 'Jangka waktu', 'Status', 'OPD pelaksana', 'Sumber dana', 'Tahun mulai',
    ]);
    expect(english.facets.map((f) => f.key)).toEqual(indonesian.facets.map((f) => f.key));
    expect(facet(english.facets, 'opd').title).toBe('Lead agency (OPD)');
  });

  it('counts the pages the index holds per value: programmes, regions (cohort-only ones too) and the dimension pages with programmes', () => {
    // Samarinda has programmes in two dimensions, Bontang in one: their other dimension pages say
    // only what every region's page says, and the index leaves them out.
    expect(shown(facet(indonesian.facets, 'jenis'))).toEqual(['Daerah (3)', 'Dimensi di daerah (3)', 'Program (3)']);
    expect(shown(facet(indonesian.facets, 'provinsi'))).toEqual(['Jawa Tengah (1)', 'Kalimantan Timur (8)']);
    // A region's page, its dimension pages with programmes and its programmes.
    expect(shown(facet(indonesian.facets, 'daerah'))).toEqual(['Kabupaten Banyumas (1)', 'Kota Bontang (3)', 'Kota Samarinda (5)']);
    // A programme funded twice from one source counts once.
    expect(shown(facet(indonesian.facets, 'dana'))).toEqual(['APBD (1)']);
    expect(shown(facet(indonesian.facets, 'opd'))).toEqual(['Diskominfo (1)']);
  });

  it('names coded values in the reader’s language and sorts by that name, years by year', () => {
    expect(shown(facet(indonesian.facets, 'status'))).toEqual(['Berjalan (1)', 'Direncanakan (1)', 'Selesai (1)']);
    expect(shown(facet(english.facets, 'status'))).toEqual(['Done (1)', 'Planned (1)', 'Running (1)']);
    expect(facet(english.facets, 'status').values.map((v) => v.value)).toEqual(['done', 'planned', 'running']);
    expect(shown(facet(english.facets, 'kategori'))).toEqual(['Priority programme (2)', 'Quick win (1)']);
    expect(shown(facet(english.facets, 'dimensi'))).toEqual(['Environment (2)', 'Governance (4)']);
    expect(shown(facet(indonesian.facets, 'tahun'))).toEqual(['2022 (2)', '2023 (1)']);
  });

  it('hands the search script the index under the base path, and results link to pages in the reader’s language', () => {
    expect(indonesian.client).toMatchObject({ indexScript: '/portal/pagefind/pagefind.js', indexedRoot: '/portal/', pageRoot: '/portal/' });
    // One Indonesian index serves both languages.
    expect(english.client).toMatchObject({ indexScript: '/portal/pagefind/pagefind.js', indexedRoot: '/portal/', pageRoot: '/portal/en/' });
    // The word list for "did you mean" lies beside the one index.
    expect(english.client.vocabulary).toBe('/portal/pagefind/kosakata.json');
  });

  it('sends readers without JavaScript to the list of regions and the downloads, in their language', () => {
    expect(indonesian.noScript).toEqual({ directory: '/portal/daerah/', data: '/portal/data/' });
    expect(english.noScript).toEqual({ directory: '/portal/en/daerah/', data: '/portal/en/data/' });
  });

  it('hands the search script its messages with the places for the count and the query, and the names of coded values', () => {
    expect(indonesian.client.messages).toMatchObject({ results: '{count} hasil', resultsFor: '{count} hasil untuk “{query}”', loading: 'Mencari…' });
    expect(english.client.messages.resultsFor).toBe('{count} results for “{query}”');
    expect(english.client.labels.status).toEqual({ planned: 'Planned', running: 'Running', done: 'Done', stopped: 'Stopped' });
    expect(indonesian.client.labels.jenis).toEqual({ program: 'Program', daerah: 'Daerah', dimensi: 'Dimensi di daerah' });
    expect(english.client.messages.activeFilters).toBe('{count} active');
  });
});

describe('search records', () => {
  const model = sampleModel();
  const programme = (key: string) => model.programmes.find((p) => p.key === key)!;

  it('show a programme’s years as a span, or one year when it starts and ends in the same year', () => {
    expect(programmeSearchRecord(programme('kota-samarinda/e-sakip')).meta.tahun).toBe('2023–2025');
    expect(programmeSearchRecord(programme('kota-bontang/e-kelurahan')).meta.tahun).toBe('2022');
  });

  it('give a programme’s facts to the index one field at a time, and English names of its topic', () => {
    const bontang = programmeSearchRecord(programme('kota-bontang/e-kelurahan'));
    expect(bontang.keywords).toEqual(['Kota Bontang', 'Program prioritas', 'Diskominfo']);
    // Dimension, kind, and the glossary's English name for a term the programme uses (Diskominfo).
    expect(bontang.englishKeywords).toEqual(['Governance', 'Priority programme', 'The regional communication and informatics office, which usually coordinates the Smart City work']);
    // Funded from the APBD, which the search page filters by: no English explanation of it.
    const samarinda = programmeSearchRecord(programme('kota-samarinda/e-sakip'));
    expect(samarinda.englishKeywords).toEqual(['Governance', 'Priority programme']);
  });

  it('leave a region’s dimension page out when the region wrote nothing for it and has no programmes in it', () => {
    const samarinda = model.regionBySlug('kota-samarinda')!;
    const dimension = (id: string) => samarinda.dimensions.find((entry) => entry.dimension.id === id)!.dimension;
    expect(regionDimensionSearchRecord(samarinda, dimension('smart-economy'))).toBeUndefined();
    expect(regionDimensionSearchRecord(samarinda, dimension('smart-environment'))).toMatchObject({
      meta: { title: 'Lingkungan — Kota Samarinda' },
      englishKeywords: ['Environment'],
    });
  });

  it('show a region’s masterplan period, and no years where none is known', () => {
    expect(regionSearchRecord(model.regionBySlug('kota-samarinda')!).meta.tahun).toBe('2022–2031');
    const withoutYears = buildModel({ regions: [regionEntry('kota-bontang', { name: 'Kota Bontang', province: 'Kalimantan Timur' })], dimensionPages: [], programmes: [] });
    expect(regionSearchRecord(withoutYears.regions[0]!).meta.tahun).toBe('');
  });
});
