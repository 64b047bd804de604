import { describe, expect, it } from 'vitest';
import { directoryPage } from '../../src/lib/page-data/directory.ts';
import { nationalModel, REGISTER } from './national-model.ts';

const province = (slug: string) => REGISTER.provinces.find((candidate) => candidate.slug === slug)!;

describe('the directory page', () => {
  const model = nationalModel();
  const all = directoryPage(model, { by: 'all' }, 'id');

  it('introduces the whole register and titles the page with the directory’s name', () => {
    expect(all).toMatchObject({ isAll: true, path: '/daerah/', title: 'Direktori daerah', heading: 'Semua daerah', breadcrumbs: [{ label: 'Daerah' }] });
    expect(all.intro).toMatch(/^Semua 6 kabupaten dan kota di Indonesia/);
  });

  it('counts every status and every cohort year beside the link to its filter page, none of them current', () => {
    expect(all.all).toEqual({ path: '/daerah/', current: true, count: 6 });
    expect(all.statuses.map(({ status, path, count, current }) => [status, path, count, current])).toEqual([
      ['none', '/daerah/status/belum-tercatat/', 1, false],
      ['participant', '/daerah/status/peserta/', 1, false],
      ['facts', '/daerah/status/fakta/', 1, false],
      ['programmes', '/daerah/status/program/', 3, false],
    ]);
    // Banyumas's sources disagree: it counts in both years.
    expect(all.cohorts.map(({ year, count }) => [year, count])).toEqual([
      [2018, 2],
      [2019, 2],
    ]);
    expect(all.disagreements).toBe(1);
  });

  it('counts each province’s regions with a record out of all its regions, and names the provinces without any', () => {
    expect(all.provinces.map(({ name, count, regionCount, path }) => [name, count, regionCount, path])).toEqual([
      ['Jawa Tengah', 3, 3, '/daerah/provinsi/jawa-tengah/'],
      ['Bali', 2, 2, '/daerah/provinsi/bali/'],
      ['Papua Tengah', 0, 1, '/daerah/provinsi/papua-tengah/'],
    ]);
    expect(all.provincesWithoutParticipants).toEqual([{ name: 'Papua Tengah', path: '/daerah/provinsi/papua-tengah/' }]);
  });

  it('lists every region under its province heading, those with programmes first, linking the ones with a page, with their cohort years', () => {
    expect(all.selectedCount).toBe(6);
    expect(all.groups.map((group) => [group.name, group.anchor, group.regions.length])).toEqual([
      ['Jawa Tengah', 'provinsi-jawa-tengah', 3],
      ['Bali', 'provinsi-bali', 2],
      ['Papua Tengah', 'provinsi-papua-tengah', 1],
    ]);
    expect(all.groups[0]!.regions).toEqual([
      { name: 'Kabupaten Banyumas', code: '33.02', status: 'programmes', path: '/kabupaten-banyumas/', cohortYears: '2018, 2019', sourcesDisagree: true },
      { name: 'Kota Surakarta', code: '33.72', status: 'programmes', path: '/kota-surakarta/', cohortYears: undefined, sourcesDisagree: false },
      { name: 'Kota Magelang', code: '33.71', status: 'participant', path: '/kota-magelang/', cohortYears: '2019', sourcesDisagree: false },
    ]);
    expect(all.groups[2]!.regions[0]).toMatchObject({ name: 'Kabupaten Nabire', status: 'none', path: undefined });
    // Within a province, the regions holding the most come first: Denpasar's programmes before Buleleng's facts.
    expect(all.groups[1]!.regions.map((region) => [region.name, region.status])).toEqual([
      ['Kota Denpasar', 'programmes'],
      ['Kabupaten Buleleng', 'facts'],
    ]);
  });

  it('keeps the fictional showcase out of the directory', () => {
    expect(all.groups.flatMap((group) => group.regions.map((region) => region.name))).not.toContain('Kota Contoh');
  });
});

describe('the directory’s filter pages', () => {
  const model = nationalModel();

  it('shows one province without a heading per province, with a summary of its statuses', () => {
    const bali = directoryPage(model, { by: 'province', province: province('bali') }, 'id');
    expect(bali).toMatchObject({
      isAll: false,
      path: '/daerah/provinsi/bali/',
      title: 'Daerah di Bali — Direktori daerah',
      heading: 'Daerah di Bali',
      breadcrumbs: [{ label: 'Daerah', path: '/daerah/' }, { label: 'Daerah di Bali' }],
      shownProvince: 'Bali',
      selectedCount: 2,
      statusSummary: 'Fakta masterplan: 1 · Program: 1',
    });
    expect(bali.groups.map((group) => [group.name, group.anchor])).toEqual([['Bali', undefined]]);
    expect(bali.provinces.filter((link) => link.current).map((link) => link.name)).toEqual(['Bali']);
    expect(bali.all.current).toBe(false);
  });

  it('selects a cohort year, leaving out provinces with nothing in it', () => {
    const cohort = directoryPage(model, { by: 'cohort', year: 2019 }, 'en');
    expect(cohort).toMatchObject({ title: 'Cohort 2019 — Region directory', heading: 'Cohort 2019', selectedCount: 2, statusSummary: undefined });
    expect(cohort.groups.map((group) => group.name)).toEqual(['Jawa Tengah']);
    expect(cohort.cohorts.map(({ year, current }) => [year, current])).toEqual([
      [2018, false],
      [2019, true],
    ]);
  });

  it('selects a status and names it for the description', () => {
    const participants = directoryPage(model, { by: 'status', status: 'participant' }, 'id');
    expect(participants).toMatchObject({ heading: 'Status: Peserta', selectedStatus: 'participant', selectedCount: 1 });
    expect(participants.statuses.filter((link) => link.current).map((link) => link.status)).toEqual(['participant']);
    expect(directoryPage(model, { by: 'all' }, 'id').selectedStatus).toBeUndefined();
  });
});
