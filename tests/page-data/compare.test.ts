import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/lib/content/entries.ts';
import { DIMENSIONS } from '../../src/lib/dimensions.ts';
import { buildModel, type SiteModel } from '../../src/lib/model.ts';
import { comparePage, type ComparePage, type FactRow } from '../../src/lib/page-data/compare.ts';
import { nationalDimensionPath } from '../../src/lib/routes.ts';
import { programmeSchema, type Programme } from '../../src/lib/schema/programme.ts';
import { regionSchema, type Region } from '../../src/lib/schema/region.ts';

/** What the compare page shows, computed from a small model without building the site. */

function regionEntry(slug: string, fields: Record<string, unknown>): Entry<Region> {
  const data = regionSchema.parse({ slug, type: 'kota', province: 'Provinsi Uji', sources: [{ title: 'Sumber uji' }], ...fields });
  return { kind: 'region', region: slug, name: 'index', entryId: `${slug}/index`, file: `content/${slug}/index.md`, data };
}

function programmeEntry(region: string, fields: Record<string, unknown> & { id: string }): Entry<Programme> {
  const entryId = `${region}/program/${fields.id}`;
  return { kind: 'programme', region, name: fields.id, entryId, file: `content/${entryId}.md`, data: programmeSchema.parse({ name: fields.id, kind: 'priority', ...fields }) };
}

const GOVERNANCE = { dimension: 'smart-governance', element: 'pelayanan-publik' };
const ECONOMY = { dimension: 'smart-economy', element: 'ekosistem-industri' };
const LIVING = { dimension: 'smart-living', element: 'kesehatan' };
const ENVIRONMENT = { dimension: 'smart-environment', element: 'tata-kelola-sampah' };

/**
 * Three real regions — one with everything, one with a little, one with nothing published — and
 * the fictional showcase, whose quick wins must never reach the national totals.
 */
function sampleModel({ fictional = true } = {}): SiteModel {
  const regions = [
    regionEntry('kota-alfa', {
      name: 'Kota Alfa',
      period: { start: 2024, end: 2030 },
      legalBasis: { kind: 'perwal', number: '12', year: 2023, title: 'Masterplan Smart City Kota Alfa' },
      bodies: [
        { kind: 'dewan', name: 'Dewan Kota Cerdas', members: ['Bappeda'] },
        { kind: 'forum', members: ['Universitas Alfa'] },
      ],
      sources: [
        { title: 'Hasil Evaluasi 2023', outlet: 'Kementerian Kominfo', url: 'https://kominfo.example/2023' },
        { title: 'Buku Laporan Evaluasi', outlet: 'Diskominfo Alfa' },
      ],
      evaluations: [
        { year: 2022, score: 2.7, source: 1 },
        { year: 2023, stage: 'Tahap II', score: 3.71, predicate: 'Baik', source: 2 },
        { year: 2023, award: 'Kota terbaik', source: 1 },
      ],
    }),
    regionEntry('kota-beta', { name: 'Kota Beta' }),
    regionEntry('kabupaten-gamma', { name: 'Kabupaten Gamma', type: 'kabupaten', province: 'Provinsi Lain', legalBasis: { kind: 'belum' } }),
    ...(fictional ? [regionEntry('kota-contoh', { name: 'Kota Contoh', fictional: true })] : []),
  ];
  const programmes = [
    programmeEntry('kota-alfa', { id: 'a1', ...GOVERNANCE, kind: 'quick-win', status: 'running' }),
    programmeEntry('kota-alfa', { id: 'a2', ...GOVERNANCE }),
    programmeEntry('kota-alfa', { id: 'a3', ...GOVERNANCE, kind: 'quick-win', status: 'done' }),
    programmeEntry('kota-alfa', { id: 'a4', ...LIVING, kind: 'quick-win', status: 'running' }),
    programmeEntry('kota-alfa', { id: 'a5', ...ENVIRONMENT, status: 'stopped' }),
    programmeEntry('kabupaten-gamma', { id: 'g1', ...GOVERNANCE, status: 'done' }),
    programmeEntry('kabupaten-gamma', { id: 'g2', ...ECONOMY, kind: 'quick-win' }),
    ...(fictional
      ? [programmeEntry('kota-contoh', { id: 'c1', ...GOVERNANCE, kind: 'quick-win' }), programmeEntry('kota-contoh', { id: 'c2', ...ECONOMY, kind: 'quick-win' })]
      : []),
  ];
  return buildModel({ regions, dimensionPages: [], programmes });
}

/** Each matrix row as a reader sees it: the region, then a cell per dimension, then the total. */
const matrixRows = (page: ComparePage) => page.matrix.map((row) => [row.region.data.name, ...row.counts.map((count) => count.text), row.total]);
const fact = (page: ComparePage, label: string): FactRow => page.facts.find((row) => row.label === label)!;
const values = (page: ComparePage, label: string) => fact(page, label).values;

describe('the compare matrix', () => {
  const page = comparePage(sampleModel(), 'id');

  it('has a column per dimension, in the national order, each leading to the dimension’s national page', () => {
    expect(page.dimensions.map((column) => [column.name, column.path])).toEqual(DIMENSIONS.map((dimension) => [dimension.nameId, nationalDimensionPath(dimension.id)]));
    expect(comparePage(sampleModel(), 'en').dimensions.map((column) => column.name)).toEqual(DIMENSIONS.map((dimension) => dimension.nameEn));
  });

  it('counts programmes per real region and dimension, with its quick wins in brackets only where there are any', () => {
    // Columns: governance, branding, economy, living, society, environment, total.
    expect(matrixRows(page)).toEqual([
      ['Kabupaten Gamma', '1', '0', '1 (1 quick win)', '0', '0', '0', '2 (1 quick win)'],
      ['Kota Alfa', '3 (2 quick win)', '0', '0', '1 (1 quick win)', '0', '1', '5 (3 quick win)'],
      // Nothing published is a known zero, not a gap.
      ['Kota Beta', '0', '0', '0', '0', '0', '0', '0'],
    ]);
    expect(page.matrix.every((row) => row.counts.map((count) => count.dimension.id).join() === DIMENSIONS.map((d) => d.id).join())).toBe(true);
  });

  it('totals every dimension and the whole over the real regions only, leaving the fictional showcase out', () => {
    expect(page.matrix.map((row) => row.region.slug)).not.toContain('kota-contoh');
    expect(page.totals).toEqual({ dimensions: ['4 (2 quick win)', '0', '1 (1 quick win)', '1 (1 quick win)', '0', '1'], all: '7 (4 quick win)' });
  });

  it('says "quick wins" in English when there is more than one', () => {
    const english = comparePage(sampleModel(), 'en');
    expect(matrixRows(english)[1]).toEqual(['Kota Alfa', '3 (2 quick wins)', '0', '0', '1 (1 quick win)', '0', '1', '5 (3 quick wins)']);
    expect(english.totals.all).toBe('7 (4 quick wins)');
  });
});

describe('the side-by-side table', () => {
  const page = comparePage(sampleModel(), 'id');

  it('has a column per region, real regions first and the fictional showcase last', () => {
    expect(page.regions.map((region) => region.slug)).toEqual(['kabupaten-gamma', 'kota-alfa', 'kota-beta', 'kota-contoh']);
    expect(page.hasFictional).toBe(true);
    expect(comparePage(sampleModel({ fictional: false }), 'id').hasFictional).toBe(false);
  });

  it('lists the facts a journalist compares, in order, one value per region', () => {
    expect(page.facts.map((row) => row.label)).toEqual([
      'Provinsi',
      'Periode masterplan',
      'Kelembagaan',
      'Dasar hukum',
      'Hasil evaluasi terakhir',
      'Quick win',
      'Jumlah program',
      'Program berstatus “Direncanakan”',
      'Program berstatus “Berjalan”',
      'Program berstatus “Selesai”',
      'Program berstatus “Dihentikan”',
    ]);
    expect(page.facts.every((row) => row.values.length === page.regions.length)).toBe(true);
  });

  it('leaves an unknown fact empty for the page to say so, where a count of zero is shown as 0', () => {
    expect(values(page, 'Provinsi')).toEqual(['Provinsi Lain', 'Provinsi Uji', 'Provinsi Uji', 'Provinsi Uji']);
    expect(values(page, 'Periode masterplan')).toEqual([undefined, '2024–2030', undefined, undefined]);
    expect(values(page, 'Kelembagaan')).toEqual([undefined, 'Dewan Kota Cerdas, Forum Smart City', undefined, undefined]);
    expect(values(page, 'Dasar hukum')).toEqual(['Belum ditetapkan', 'Perwal No. 12 (2023)', undefined, undefined]);
    expect(values(page, 'Quick win')).toEqual(['1', '3', '0', '2']);
    expect(values(page, 'Jumlah program')).toEqual(['2', '5', '0', '2']);
    expect(values(page, 'Program berstatus “Direncanakan”')).toEqual(['1', '1', '0', '2']);
    expect(values(page, 'Program berstatus “Berjalan”')).toEqual(['0', '2', '0', '0']);
    expect(values(page, 'Program berstatus “Selesai”')).toEqual(['1', '1', '0', '0']);
    expect(values(page, 'Program berstatus “Dihentikan”')).toEqual(['0', '1', '0', '0']);
  });

  it('shows each region’s latest evaluation year with every result of it and where to check it, and nothing for a region with none', () => {
    const evaluations = fact(page, 'Hasil evaluasi terakhir');
    expect(evaluations.kind).toBe('evaluations');
    expect(evaluations.values).toEqual([
      undefined,
      {
        year: 2023,
        lines: [
          { text: 'Tahap II · nilai 3,71 (Baik)', sourceTitle: 'Buku Laporan Evaluasi', sourceOutlet: 'Diskominfo Alfa', link: { outside: false, path: '/kota-alfa/#sumber-2' } },
          { text: 'penghargaan: Kota terbaik', sourceTitle: 'Hasil Evaluasi 2023', sourceOutlet: 'Kementerian Kominfo', link: { outside: true, url: 'https://kominfo.example/2023' } },
        ],
      },
      undefined,
      undefined,
    ]);
  });

  it('is in English on the English page, regulation names and body kinds included', () => {
    const english = comparePage(sampleModel(), 'en');
    expect(english.facts.map((row) => row.label)).toEqual([
      'Province',
      'Masterplan period',
      'Bodies',
      'Legal basis',
      'Latest evaluation result',
      'Quick wins',
      'Programmes',
      'Programmes with status “Planned”',
      'Programmes with status “Running”',
      'Programmes with status “Done”',
      'Programmes with status “Stopped”',
    ]);
    expect(values(english, 'Legal basis')).toEqual(['Not yet legalised', 'Perwal (mayoral regulation) No. 12 (2023)', undefined, undefined]);
    expect(values(english, 'Bodies')[1]).toBe('Dewan Kota Cerdas, Smart City Forum');
  });
});
