import { describe, expect, it } from 'vitest';
import type { CohortSource } from '../../src/lib/cohorts.ts';
import type { Entry } from '../../src/lib/content/entries.ts';
import { indexHistory, parseGitLog } from '../../src/lib/history/log.ts';
import { buildModel, type SiteModel } from '../../src/lib/model.ts';
import { PROGRAMME_FILTERS, regionHoldings, regionPage } from '../../src/lib/page-data/region.ts';
import { readFileSync } from 'node:fs';
import { parseRegister } from '../../src/lib/register/register.ts';
import { programmeSchema, type Programme } from '../../src/lib/schema/programme.ts';
import { regionSchema, type Region } from '../../src/lib/schema/region.ts';
import { gitLogOutput } from '../helpers/git-log.ts';

const SLUG = 'kota-uji';
const FILE = `content/${SLUG}/index.md`;
const SOURCES: Record<string, CohortSource> = {
  L18: { id: 'L18', title: 'Daftar 2018', outlet: 'Kominfo', url: 'https://contoh.id/2018' },
  L19: { id: 'L19', title: 'Daftar 2019', outlet: 'Kominfo', url: 'https://contoh.id/2019' },
};

function regionEntry(fields: Record<string, unknown>): Entry<Region> {
  const data = regionSchema.parse({ slug: SLUG, name: 'Kota Uji', type: 'kota', province: 'Jawa Tengah', code: '33.71', sources: [{ title: 'Sumber uji' }, { title: 'Sumber dua' }], ...fields });
  return { kind: 'region', region: SLUG, name: 'index', entryId: `${SLUG}/index`, file: FILE, data };
}

function programmeEntry(fields: Record<string, unknown> & { id: string }): Entry<Programme> {
  const entryId = `${SLUG}/program/${fields.id}`;
  return { kind: 'programme', region: SLUG, name: fields.id, entryId, file: `content/${entryId}.md`, data: programmeSchema.parse({ dimension: 'smart-governance', kind: 'priority', ...fields }) };
}

/** Kota Uji with horizons, programmes across them, two bodies, a legal basis, evaluations out of order and two disagreeing cohort claims. */
function model(regionFields: Record<string, unknown> = {}, programmes: readonly (Record<string, unknown> & { id: string })[] = []): SiteModel {
  const log = gitLogOutput([{ hash: 'a'.repeat(40), date: '2026-03-12T09:15:00+07:00', subject: 'Tambah Kota Uji', changes: [['A', FILE]] }]);
  return buildModel(
    { regions: [regionEntry(regionFields)], dimensionPages: [], programmes: programmes.map(programmeEntry) },
    {
      register: parseRegister(['33\tJawa Tengah', '33.71\tKota Uji'].join('\n')),
      cohorts: {
        claimsByCode: () => new Map([['33.71', [{ code: '33.71', year: 2019, sources: ['L19'] }, { code: '33.71', year: 2018, sources: ['L18'] }]]]),
        sourceById: (id) => SOURCES[id],
      },
      history: indexHistory(parseGitLog(log), 'complete'),
    },
  );
}

const FULL_REGION = {
  period: { start: 2024, end: 2030 },
  horizons: { short: { start: 2024, end: 2025 }, medium: { start: 2026, end: 2027 }, long: { start: 2028, end: 2030 } },
  editions: [{ period: { start: 2018, end: 2023 }, title: 'Masterplan pertama' }, { period: { start: 2016, end: 2016 } }],
  rpjmd: { period: { start: 2021, end: 2026 }, note: 'Misi kedua RPJMD' },
  vision: 'Kota Uji yang melayani',
  missions: ['Layanan cepat'],
  legalBasis: { kind: 'perwal', number: 12, year: 2023, title: 'Masterplan Smart City Kota Uji' },
  bodies: [
    { kind: 'forum', members: ['Universitas Uji'] },
    { kind: 'dewan', name: 'Dewan Kota Cerdas', chair: 'Wali Kota', members: ['Bappeda'] },
  ],
  milestones: [{ date: '2023-11-02', kind: 'adopsi', title: 'Penetapan Perwal' }],
  documents: [{ book: 'Buku II', title: 'Masterplan Smart City Kota Uji' }],
  evaluations: [
    { year: 2023, score: 3.5, source: 1 },
    { year: 2021, predicate: 'Baik', source: 2 },
    { year: 2023, award: 'Terbaik', source: 2 },
  ],
};

const PROGRAMMES = [
  { id: 'cepat', name: 'E-Kelurahan', kind: 'quick-win', startYear: 2024 },
  { id: 'lintas', name: 'Satu Data', startYear: 2025, endYear: 2027 },
  { id: 'akhir', name: 'Bank Sampah', dimension: 'smart-environment', startYear: 2029, endYear: 2030 },
  { id: 'tanpa-tahun', name: 'Pusat Data' },
];

describe('regionPage', () => {
  const site = model(FULL_REGION, PROGRAMMES);
  const region = site.regionBySlug(SLUG)!;
  const page = regionPage(site, region, 'id');

  it('counts the programmes on each horizon, a programme spanning two horizons in both', () => {
    expect(page.horizons.map(({ label, years, programmeCount }) => ({ label, years, programmeCount }))).toEqual([
      { label: 'Jangka pendek', years: '2024–2025', programmeCount: 2 },
      { label: 'Jangka menengah', years: '2026–2027', programmeCount: 1 },
      { label: 'Jangka panjang', years: '2028–2030', programmeCount: 1 },
    ]);
    expect(regionPage(site, region, 'en').horizons.map((h) => h.label)).toEqual(['Short term', 'Medium term', 'Long term']);
  });

  it('groups the programmes by dimension in framework order, quick wins first, each line with its filter values', () => {
    expect(page.programmeGroups.map((group) => [group.name, group.id, group.programmes.map(({ programme, filters }) => [programme.data.name, filters]), group.filters])).toEqual([
      [
        'Tata Kelola',
        'program-smart-governance',
        [
          ['E-Kelurahan', 'planned quick-win'],
          ['Satu Data', 'planned'],
          ['Pusat Data', 'planned'],
        ],
        'planned quick-win',
      ],
      ['Lingkungan', 'program-smart-environment', [['Bank Sampah', 'planned']], 'planned'],
    ]);
  });

  it('offers to filter by quick win and by each status that occurs, with counts, and not when every option shows the same list', () => {
    expect(page.filterOptions).toEqual([
      { filter: 'quick-win', label: 'Quick win', count: 1 },
      { filter: 'planned', label: 'Direncanakan', count: 4 },
    ]);
    const mixed = model(FULL_REGION, [{ id: 'a', name: 'A', status: 'running' }, { id: 'b', name: 'B', status: 'done' }, { id: 'c', name: 'C', status: 'running' }]);
    expect(regionPage(mixed, mixed.regionBySlug(SLUG)!, 'en').filterOptions.map(({ label, count }) => [label, count])).toEqual([
      ['Running', 2],
      ['Done', 1],
    ]);
    const uniform = model(FULL_REGION, [{ id: 'a', name: 'A', status: 'running' }, { id: 'b', name: 'B', status: 'running' }]);
    expect(regionPage(uniform, uniform.regionBySlug(SLUG)!, 'id').filterOptions).toEqual([]);
  });

  it('hides a programme for every filter value in CSS, so the filter works without JavaScript', () => {
    const css = readFileSync('src/components/RegionProgrammes.astro', 'utf8');
    for (const filter of PROGRAMME_FILTERS) {
      expect(css).toContain(`.region-programmes:has(input[value='${filter}']:checked) [data-filter]:not([data-filter~='${filter}'])`);
    }
  });

  it('gives six dimensions in framework order, each with its count, linking its page and group only when they hold something', () => {
    expect(page.dimensions).toHaveLength(6);
    expect(page.dimensions[0]).toMatchObject({ name: 'Tata Kelola', path: '/kota-uji/dimensi/smart-governance/', programmeCount: 3, groupId: 'program-smart-governance' });
    expect(page.dimensions.find((card) => card.dimension.id === 'smart-environment')).toMatchObject({ programmeCount: 1 });
    expect(page.dimensions.find((card) => card.dimension.id === 'smart-economy')).toMatchObject({ path: undefined, programmeCount: 0, groupId: undefined });
    expect(regionPage(site, region, 'en').dimensions[0]!.name).toBe('Governance');
    expect(page.roadmapPath).toBe('/kota-uji/peta-jalan/');
  });

  it('draws every section of a full region and lists them as the page’s contents', () => {
    expect(page.notKnown).toEqual([]);
    expect(page.contents.map((entry) => entry.id)).toEqual(['profil', 'ringkasan', 'visi', 'peta-jalan', 'dimensi', 'program', 'kelembagaan', 'dokumen', 'tonggak', 'evaluasi', 'sumber', 'riwayat-perubahan', 'kutip']);
    expect(page.contents.find((entry) => entry.id === 'program')?.label).toBe('Program (4)');
    expect(regionPage(site, region, 'en').contents[0]).toEqual({ id: 'profil', label: 'Profile' });
  });

  it('writes the RPJMD, the earlier editions and the legal basis as the profile shows them', () => {
    expect(page.rpjmd).toBe('RPJMD 2021–2026: Misi kedua RPJMD');
    expect(page.editions).toBe('2018–2023 (Masterplan pertama); 2016');
    expect(page.legalBasis).toEqual({ kind: 'Perwal', reference: ' No. 12 (2023)', title: 'Masterplan Smart City Kota Uji' });
    const pending = model({ legalBasis: { kind: 'belum', title: 'Belum ditetapkan; Perda direncanakan setelah bimtek' } });
    expect(regionPage(pending, pending.regionBySlug(SLUG)!, 'id').legalBasis).toEqual({ kind: 'Belum ditetapkan', reference: '', title: 'Perda direncanakan setelah bimtek' });
    expect(regionPage(site, region, 'en').legalBasis?.kind).toBe('Perwal (mayoral regulation)');
    expect(page.typeLabel).toBe('Kota');
    expect(page.description).toBe('Masterplan Smart City Kota Uji, Jawa Tengah: 4 program.');
  });

  it('names each body by its decree, else by its kind, in the order the file lists them', () => {
    expect(page.bodies.map((card) => card.name)).toEqual(['Forum Smart City', 'Dewan Kota Cerdas']);
    expect(page.bodiesChart).toContain('Dewan Kota Cerdas');
    expect(page.milestonesTimeline?.years.flatMap(({ events }) => events.map(({ title }) => title))).toContain('Penetapan Perwal');
  });

  it('orders evaluations oldest first, keeping the file order within a year', () => {
    expect(page.evaluations.map((e) => [e.year, e.score ?? e.predicate ?? e.award])).toEqual([
      [2021, 'Baik'],
      [2023, 3.5],
      [2023, 'Terbaik'],
    ]);
  });

  it('lists the cohort claims by year, each linking to its cohort in the directory', () => {
    expect(page.cohort.sourcesDisagree).toBe(true);
    expect(page.cohort.claims.map((claim) => [claim.year, claim.cohortPath, claim.sources.map((s) => s.id)])).toEqual([
      [2018, '/daerah/kohort/2018/', ['L18']],
      [2019, '/daerah/kohort/2019/', ['L19']],
    ]);
  });

  it('reads the history of the region file', () => {
    expect(page.history.last?.commit.subject).toBe('Tambah Kota Uji');
  });

  it('collapses what a sparse region lacks into one list of what is not known, each section id landing on its line', () => {
    const bare = model();
    const barePage = regionPage(bare, bare.regionBySlug(SLUG)!, 'id');
    expect(barePage).toMatchObject({ horizons: [], programmeGroups: [], filterOptions: [], editions: undefined, rpjmd: undefined, legalBasis: undefined, bodies: [], bodiesChart: undefined, milestonesTimeline: undefined, evaluations: [] });
    expect([...barePage.sections]).toEqual(['profil', 'ringkasan', 'belum-diketahui', 'sumber', 'riwayat-perubahan', 'kutip']);
    expect(barePage.notKnown).toEqual([
      { fact: 'period', anchors: [] },
      { fact: 'rpjmd', anchors: [] },
      { fact: 'vision', anchors: ['visi'] },
      { fact: 'missions', anchors: [] },
      { fact: 'horizons', anchors: ['peta-jalan'] },
      { fact: 'programmes', anchors: ['program', 'dimensi'] },
      { fact: 'quickWins', anchors: ['quick-win'] },
      { fact: 'bodies', anchors: [] },
      { fact: 'legalBasis', anchors: ['dokumen'] },
      { fact: 'documents', anchors: [] },
      { fact: 'milestones', anchors: [] },
      { fact: 'evaluations', anchors: [] },
    ]);
    expect(barePage.contributePath).toBe('/tentang/#kontribusi');
    // Six short sections read at a glance: no contents list.
    expect(barePage.contents).toEqual([]);
  });

  it('links neither an empty roadmap nor an empty dimension page', () => {
    const bare = model();
    const barePage = regionPage(bare, bare.regionBySlug(SLUG)!, 'id');
    expect(barePage.roadmapPath).toBeUndefined();
    expect(barePage.dimensions.every((card) => card.path === undefined && card.groupId === undefined && card.programmeCount === 0)).toBe(true);
    // Programmes without horizons still fill the roadmap page.
    const noHorizons = model({}, [{ id: 'satu', name: 'Satu' }]);
    const noHorizonsPage = regionPage(noHorizons, noHorizons.regionBySlug(SLUG)!, 'id');
    expect(noHorizonsPage.roadmapPath).toBe('/kota-uji/peta-jalan/');
    expect(noHorizonsPage.notKnown.find((item) => item.fact === 'horizons')).toEqual({ fact: 'horizons', anchors: [] });
    expect(noHorizonsPage.notKnown.find((item) => item.fact === 'quickWins')).toEqual({ fact: 'quickWins', anchors: ['quick-win'] });
  });

  it('keeps a section with half its facts and lists the other half as not known', () => {
    const visionOnly = model({ vision: 'Kota Uji yang cerdas' });
    const visionPage = regionPage(visionOnly, visionOnly.regionBySlug(SLUG)!, 'id');
    expect(visionPage.sections.has('visi')).toBe(true);
    expect(visionPage.notKnown.filter((item) => ['vision', 'missions'].includes(item.fact))).toEqual([{ fact: 'missions', anchors: [] }]);
  });

  it('ranks what a region holds: programmes, else masterplan facts, else only a summary', () => {
    expect(regionHoldings(region)).toBe('programmes');
    const facts = model({ period: { start: 2024, end: 2030 } });
    expect(regionHoldings(facts.regionBySlug(SLUG)!)).toBe('facts');
    // The code and the cohort come from the register and the cohort lists, not the masterplan.
    expect(regionHoldings(model().regionBySlug(SLUG)!)).toBe('summary');
  });
});
