import { describe, expect, it } from 'vitest';
import type { CohortClaim, CohortSource } from '../src/lib/cohorts.ts';
import type { Entry } from '../src/lib/content/entries.ts';
import {
  buildDirectory,
  directoryFilters,
  directoryPathOf,
  selectDirectory,
  type Directory,
  type DirectoryEntry,
  type PublishedRegion,
} from '../src/lib/directory.ts';
import { buildModel } from '../src/lib/model.ts';
import { parseRegister } from '../src/lib/register/register.ts';
import { regionSchema, type Region } from '../src/lib/schema/region.ts';

/** Three provinces in register order; the rows are out of alphabetical order on purpose. */
const REGISTER = parseRegister(
  [
    '33\tJawa Tengah',
    '33.02\tKabupaten Banyumas',
    '33.08\tKabupaten Magelang',
    '33.72\tKota Surakarta',
    '33.71\tKota Magelang',
    '51\tBali',
    '51.08\tKabupaten Buleleng',
    '51.71\tKota Denpasar',
    '94\tPapua Tengah',
    '94.01\tKabupaten Nabire',
  ].join('\n'),
);

const claim = (code: string, year: number, sources: string[] = ['L18a']): CohortClaim => ({ code, year, sources });

function directoryOf(claims: readonly CohortClaim[], published: Record<string, PublishedRegion> = {}): Directory {
  const claimsByCode = new Map<string, CohortClaim[]>();
  for (const c of claims) claimsByCode.set(c.code, [...(claimsByCode.get(c.code) ?? []), c]);
  return buildDirectory({ register: REGISTER, claimsByCode, published: new Map(Object.entries(published)) });
}

const entry = (directory: Directory, code: string): DirectoryEntry => directory.entries.find((e) => e.region.code === code)!;
const names = (entries: readonly DirectoryEntry[]): string[] => entries.map((e) => e.region.name);

describe('the national directory', () => {
  const directory = directoryOf(
    [claim('33.02', 2018), claim('33.02', 2019, ['L19a']), claim('33.72', 2018), claim('51.71', 2018), claim('33.71', 2019, ['L19a'])],
    {
      '51.71': { slug: 'kota-denpasar', programmeCount: 3 },
      '51.08': { slug: 'kabupaten-buleleng', programmeCount: 0 },
      '33.72': { slug: 'kota-surakarta', programmeCount: 0 },
    },
  );

  it('gives each register entry the furthest status its record reaches', () => {
    expect(entry(directory, '51.71')).toMatchObject({ status: 'programmes', pageSlug: 'kota-denpasar' });
    // A content folder is a published record whether or not a cohort list names the region.
    expect(entry(directory, '33.72')).toMatchObject({ status: 'facts', pageSlug: 'kota-surakarta' });
    expect(entry(directory, '51.08')).toMatchObject({ status: 'facts', pageSlug: 'kabupaten-buleleng', cohortYears: [] });
    expect(entry(directory, '33.71')).toMatchObject({ status: 'participant', pageSlug: 'kota-magelang', cohortYears: [2019] });
    expect(entry(directory, '33.08')).toMatchObject({ status: 'none', pageSlug: undefined, cohortYears: [] });
  });

  it('lists every register entry once, provinces in register order, regions by name, kabupaten before kota', () => {
    expect(directory.entries).toHaveLength(REGISTER.regions.length);
    expect(directory.provinces.map((group) => group.province.name)).toEqual(['Jawa Tengah', 'Bali', 'Papua Tengah']);
    expect(names(directory.provinces[0]!.entries)).toEqual(['Kabupaten Banyumas', 'Kabupaten Magelang', 'Kota Magelang', 'Kota Surakarta']);
    expect(names(directory.entries)).toEqual([...names(directory.provinces[0]!.entries), 'Kabupaten Buleleng', 'Kota Denpasar', 'Kabupaten Nabire']);
  });

  it('counts the regions of each status, and the regions of each cohort year', () => {
    expect(directory.statusCounts).toEqual({ none: 2, participant: 2, facts: 2, programmes: 1 });
    // Banyumas is claimed for 2018 and for 2019: it counts in both years.
    expect(directory.cohorts).toEqual([
      { year: 2018, regions: 3 },
      { year: 2019, regions: 2 },
    ]);
  });

  it('flags a region whose sources give different cohort years, and keeps every year', () => {
    expect(entry(directory, '33.02')).toMatchObject({ status: 'participant', cohortYears: [2018, 2019], sourcesDisagree: true });
    expect(entry(directory, '33.72').sourcesDisagree).toBe(false);
    expect(directory.disagreements).toBe(1);
  });

  it('names the provinces where no region has any participation on record', () => {
    expect(directory.provincesWithoutParticipants.map((province) => province.name)).toEqual(['Papua Tengah']);
    // Bali counts through Buleleng's content folder alone once Denpasar is gone.
    const onlyFolder = directoryOf([], { '51.08': { slug: 'kabupaten-buleleng', programmeCount: 0 } });
    expect(onlyFolder.provincesWithoutParticipants.map((province) => province.name)).toEqual(['Jawa Tengah', 'Papua Tengah']);
  });

  it('selects by province, cohort year and status, leaving out provinces with nothing selected', () => {
    const bali = directory.provinces[1]!.province;
    expect(selectDirectory(directory, { by: 'province', province: bali }).map((group) => names(group.entries))).toEqual([['Kabupaten Buleleng', 'Kota Denpasar']]);
    expect(selectDirectory(directory, { by: 'cohort', year: 2019 }).map((group) => names(group.entries))).toEqual([['Kabupaten Banyumas', 'Kota Magelang']]);
    expect(selectDirectory(directory, { by: 'status', status: 'none' }).map((group) => [group.province.name, ...names(group.entries)])).toEqual([
      ['Jawa Tengah', 'Kabupaten Magelang'],
      ['Papua Tengah', 'Kabupaten Nabire'],
    ]);
    expect(selectDirectory(directory, { by: 'all' }).flatMap((group) => group.entries)).toHaveLength(REGISTER.regions.length);
  });

  it('has a filter page for every province, every cohort year with claims and every status, each at its own path', () => {
    const paths = directoryFilters(directory).map(directoryPathOf);
    expect(paths).toEqual([
      '/daerah/provinsi/jawa-tengah/',
      '/daerah/provinsi/bali/',
      '/daerah/provinsi/papua-tengah/',
      '/daerah/kohort/2018/',
      '/daerah/kohort/2019/',
      '/daerah/status/belum-tercatat/',
      '/daerah/status/peserta/',
      '/daerah/status/fakta/',
      '/daerah/status/program/',
    ]);
    expect(directoryPathOf({ by: 'all' })).toBe('/daerah/');
  });
});

describe('the model of a site with the register and the cohort lists', () => {
  const SOURCES: Record<string, CohortSource> = {
    L18a: { id: 'L18a', title: 'Daftar 50 daerah 2018', outlet: 'National Geographic Indonesia', url: 'https://contoh.id/2018' },
    L19a: { id: 'L19a', title: 'Daftar 25 daerah 2019', outlet: 'TIMES Indonesia', url: 'https://contoh.id/2019' },
  };
  const regionEntry = (slug: string, fields: Record<string, unknown>): Entry<Region> => ({
    kind: 'region',
    region: slug,
    name: 'index',
    entryId: `${slug}/index`,
    file: `content/${slug}/index.md`,
    data: regionSchema.parse({ slug, type: 'kota', sources: [{ title: 'Sumber uji' }], ...fields }),
  });
  // File order puts Banyumas's 2019 claim first: pages list claims by year.
  const claims = [claim('33.02', 2019, ['L19a']), claim('33.02', 2018, ['L18a']), claim('51.71', 2018, ['L18a']), claim('33.71', 2019, ['L19a'])];
  const model = buildModel(
    {
      regions: [
        regionEntry('kota-denpasar', { name: 'Kota Denpasar', province: 'Bali', code: '51.71' }),
        regionEntry('kota-contoh', { name: 'Kota Contoh', province: 'Provinsi Contoh', code: '99.71', fictional: true }),
      ],
      dimensionPages: [],
      programmes: [],
    },
    {
      register: REGISTER,
      cohorts: {
        claimsByCode: () => new Map(['33.02', '51.71', '33.71'].map((code) => [code, claims.filter((c) => c.code === code)])),
        sourceById: (id) => SOURCES[id],
      },
    },
  );

  it('gives a page to each register entry with a cohort claim and no content folder, its claims by year with their sources', () => {
    expect(model.participants.map((participant) => participant.slug)).toEqual(['kabupaten-banyumas', 'kota-magelang']);
    expect(model.participants[0]!.cohort).toEqual({
      claims: [
        { year: 2018, mouDate: undefined, note: undefined, sources: [SOURCES.L18a] },
        { year: 2019, mouDate: undefined, note: undefined, sources: [SOURCES.L19a] },
      ],
      sourcesDisagree: true,
    });
    expect(model.participants[1]!.region.province.name).toBe('Jawa Tengah');
  });

  it('gives a content region its claims, and keeps the fictional region out of the directory', () => {
    expect(model.regionBySlug('kota-denpasar')!.cohort).toEqual({ claims: [{ year: 2018, mouDate: undefined, note: undefined, sources: [SOURCES.L18a] }], sourcesDisagree: false });
    expect(model.regionBySlug('kota-contoh')!.cohort.claims).toEqual([]);
    expect(model.directory.entries).toHaveLength(REGISTER.regions.length);
    expect(model.directory.entries.find((entry) => entry.region.code === '51.71')).toMatchObject({ status: 'facts', pageSlug: 'kota-denpasar' });
    expect(model.directory.statusCounts).toEqual({ none: 4, participant: 2, facts: 1, programmes: 0 });
  });
});
