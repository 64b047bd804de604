import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/lib/content/entries.ts';
import { dimensionById, type SmartDimension } from '../../src/lib/dimensions.ts';
import { indexHistory, parseGitLog } from '../../src/lib/history/log.ts';
import { buildModel, type SiteModel } from '../../src/lib/model.ts';
import { regionDimensionPage } from '../../src/lib/page-data/region-dimension.ts';
import { dimensionPageSchema, type DimensionPage } from '../../src/lib/schema/dimension-page.ts';
import { programmeSchema, type Programme } from '../../src/lib/schema/programme.ts';
import { regionSchema, type Region } from '../../src/lib/schema/region.ts';
import { gitLogOutput } from '../helpers/git-log.ts';
import { historyOnly } from '../helpers/history-lists.ts';

const SLUG = 'kota-uji';
const PAGE_FILE = `content/${SLUG}/dimensi/smart-governance.md`;

const regionEntry: Entry<Region> = {
  kind: 'region',
  region: SLUG,
  name: 'index',
  entryId: `${SLUG}/index`,
  file: `content/${SLUG}/index.md`,
  data: regionSchema.parse({ slug: SLUG, name: 'Kota Uji', type: 'kota', province: 'Jawa Tengah', sources: [{ title: 'Sumber uji' }] }),
};

const pageEntry: Entry<DimensionPage> = {
  kind: 'dimensionPage',
  region: SLUG,
  name: 'smart-governance',
  entryId: `${SLUG}/dimensi/smart-governance`,
  file: PAGE_FILE,
  data: dimensionPageSchema.parse({ dimension: 'smart-governance', goals: ['Layanan cepat'] }),
};

function programmeEntry(name: string, fields: Record<string, unknown>): Entry<Programme> {
  const id = name.toLowerCase().replace(/ /g, '-');
  const entryId = `${SLUG}/program/${id}`;
  return { kind: 'programme', region: SLUG, name: id, entryId, file: `content/${entryId}.md`, data: programmeSchema.parse({ id, name, dimension: 'smart-governance', kind: 'priority', ...fields }) };
}

/** Kota Uji with a governance page (committed once) and governance programmes of every kind of element. */
function model(): SiteModel {
  const log = gitLogOutput([{ hash: 'c'.repeat(40), date: '2026-02-01T10:00:00+07:00', subject: 'Tulis narasi tata kelola', changes: [['A', PAGE_FILE]] }]);
  return buildModel(
    {
      regions: [regionEntry],
      dimensionPages: [pageEntry],
      programmes: [
        programmeEntry('Pusat Data', { element: 'lainnya', elementLabel: 'Infrastruktur TIK' }),
        programmeEntry('Arsip Digital', { element: 'lainnya', elementLabel: 'Kearsipan' }),
        programmeEntry('Belum Jelas', {}),
        programmeEntry('E-Kelurahan', { element: 'pelayanan-publik', kind: 'quick-win' }),
        programmeEntry('Mal Pelayanan', { element: 'pelayanan-publik' }),
        programmeEntry('Sekolah Sehat', { dimension: 'smart-living', element: 'kesehatan' }),
      ],
    },
    historyOnly(indexHistory(parseGitLog(log), 'complete')),
  );
}

const dimension = (id: string): SmartDimension => dimensionById(id)!;

describe('regionDimensionPage', () => {
  it('groups the dimension’s programmes by element: the three elements even when empty, then each `lainnya` label, then those not known yet', () => {
    const site = model();
    const region = site.regions[0]!;
    const groups = (lang: 'id' | 'en') => regionDimensionPage(site, region, dimension('smart-governance'), lang).elements.map((group) => [group.kind, group.name, group.programmes.map((p) => p.data.name)]);
    expect(groups('id')).toEqual([
      ['framework', 'Pelayanan publik', ['E-Kelurahan', 'Mal Pelayanan']],
      ['framework', 'Manajemen birokrasi yang efisien', []],
      ['framework', 'Efisiensi kebijakan publik', []],
      ['other', 'Kearsipan', ['Arsip Digital']],
      ['other', 'Infrastruktur TIK', ['Pusat Data']],
      ['unknown', 'Belum diketahui', ['Belum Jelas']],
    ]);
    expect(groups('en').map(([, name]) => name)).toEqual(['Public services', 'Efficient bureaucracy', 'Efficient public policy', 'Kearsipan', 'Infrastruktur TIK', 'Not known yet']);
  });

  it('lists only the dimension’s programmes and names the page in the reader’s language', () => {
    const site = model();
    const region = site.regions[0]!;
    const id = regionDimensionPage(site, region, dimension('smart-governance'), 'id');
    expect(id.programmes).toHaveLength(5);
    expect(id.name).toBe('Tata Kelola');
    expect(id.path).toBe('/kota-uji/dimensi/smart-governance/');
    expect(id.title).toBe('Tata Kelola — Kota Uji');
    expect(id.breadcrumbs).toEqual([{ label: 'Kota Uji', path: '/kota-uji/' }, { label: 'Tata Kelola' }]);
    expect(id.nationalPath).toBe('/dimensi/smart-governance/');
    expect(id.summary).toBe('Pemerintahan yang melayani warga dengan cepat, terbuka, dan efisien.');
    expect(id.description).toBe('Tata Kelola (smart-governance) di Kota Uji: 5 program.');
    expect(id.tree.caption).toBe('Tata Kelola → elemen dan program — Kota Uji');
    const en = regionDimensionPage(site, region, dimension('smart-governance'), 'en');
    expect(en.name).toBe('Governance');
    expect(en.tree.caption).toBe('Governance → elements and programmes — Kota Uji');
    expect(en.description).toBe('Governance (smart-governance) in Kota Uji: 5 programmes.');
  });

  it('draws the tree diagram from the same groups', () => {
    const site = model();
    const { tree, elements } = regionDimensionPage(site, site.regions[0]!, dimension('smart-governance'), 'id');
    expect(tree.code).toMatch(/^flowchart LR\n/);
    for (const group of elements) expect(tree.code).toContain(group.name);
  });

  it('gives the search index a record for the Indonesian page only', () => {
    const site = model();
    const region = site.regions[0]!;
    expect(regionDimensionPage(site, region, dimension('smart-governance'), 'id').searchRecord).toBeDefined();
    expect(regionDimensionPage(site, region, dimension('smart-governance'), 'en').searchRecord).toBeUndefined();
  });

  it('has the written page and its history where the region wrote one, and neither where it did not', () => {
    const site = model();
    const region = site.regions[0]!;
    const written = regionDimensionPage(site, region, dimension('smart-governance'), 'id');
    expect(written.page?.data.goals).toEqual(['Layanan cepat']);
    expect(written.history?.last?.commit.subject).toBe('Tulis narasi tata kelola');
    const unwritten = regionDimensionPage(site, region, dimension('smart-living'), 'id');
    expect(unwritten.page).toBeUndefined();
    expect(unwritten.history).toBeUndefined();
    expect(unwritten.programmes.map((p) => p.data.name)).toEqual(['Sekolah Sehat']);
  });
});
