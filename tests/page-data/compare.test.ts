import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/lib/content/entries.ts';
import { formatRupiah } from '../../src/i18n/format.ts';
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

/** Each matrix row as a reader sees it: the region, then a cell per dimension, then the total, or that nothing is recorded. */
const matrixRows = (page: ComparePage) =>
  page.matrix.map((row) => [row.region.data.name, ...(row.recorded ? [...row.counts.map(({ cell }) => cell.text), row.total.text] : ['belum tercatat'])]);
const fact = (page: ComparePage, label: string): FactRow => page.facts.find((row) => row.label === label)!;
const values = (page: ComparePage, label: string) => fact(page, label).values;
/** A row's values as the page shows them: texts, counts as their words, budgets as amount and basis. */
const shown = (page: ComparePage, label: string) =>
  values(page, label).map((value) => (value === undefined || typeof value === 'string' ? value : 'text' in value ? value.text : 'amount' in value ? `${value.amount} — ${value.basis}` : value));

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
      // No programme list yet is unknown, not a row of zeros.
      ['Kota Beta', 'belum tercatat'],
    ]);
    expect(page.matrix.every((row) => !row.recorded || row.counts.map((count) => count.dimension.id).join() === DIMENSIONS.map((d) => d.id).join())).toBe(true);
  });

  it('links every count above zero to the search for those programmes, with the search page’s filter names', () => {
    const alfa = page.matrix.find((row) => row.region.slug === 'kota-alfa')!;
    if (!alfa.recorded) throw new Error('Kota Alfa has programmes');
    const governance = alfa.counts[0]!.cell;
    expect(governance.search).toBe('/cari/?jenis=program&daerah=Kota+Alfa&dimensi=smart-governance');
    expect(alfa.total.search).toBe('/cari/?jenis=program&daerah=Kota+Alfa');
    // Nothing to list behind a recorded zero.
    expect(alfa.counts[1]!.cell).toMatchObject({ count: 0, number: '0', search: undefined });
    expect([governance.number, governance.quickWins]).toEqual(['3', '2 quick win']);
  });

  it('totals every dimension and the whole over the real regions only, leaving the fictional showcase out', () => {
    expect(page.matrix.map((row) => row.region.slug)).not.toContain('kota-contoh');
    expect(page.totals).toEqual({
      dimensions: ['4 (2 quick win)', '0', '1 (1 quick win)', '1 (1 quick win)', '0', '1'],
      all: '7 (4 quick win)',
      label: 'Semua daerah nyata yang tercatat (2)',
      unrecordedNote: '1 daerah nyata lainnya belum tercatat: konten portal belum memuat daftar programnya. Barisnya bertanda “belum tercatat”, bukan 0, dan tidak ikut dijumlahkan.',
    });
  });

  it('leaves the fictional showcase out of the totals even when it is the only region with programmes', () => {
    const alone = comparePage(buildModel({ regions: [regionEntry('kota-contoh', { name: 'Kota Contoh', fictional: true })], dimensionPages: [], programmes: [programmeEntry('kota-contoh', { id: 'c1', ...GOVERNANCE })] }), 'id');
    expect(alone.matrix).toEqual([]);
    expect(alone.chart).toEqual([]);
    expect([alone.totals.all, alone.totals.label, alone.totals.unrecordedNote]).toEqual(['0', 'Semua daerah nyata yang tercatat (0)', undefined]);
  });

  it('charts the recorded real regions, most programmes first, each bar its share of the longest', () => {
    expect(page.chart.map((bar) => [bar.region.slug, bar.number, bar.width])).toEqual([
      ['kota-alfa', '5', 100],
      ['kabupaten-gamma', '2', 40],
    ]);
  });

  it('says "quick wins" in English when there is more than one', () => {
    const english = comparePage(sampleModel(), 'en');
    expect(matrixRows(english)[1]).toEqual(['Kota Alfa', '3 (2 quick wins)', '0', '0', '1 (1 quick win)', '0', '1', '5 (3 quick wins)']);
    expect(matrixRows(english)[2]).toEqual(['Kota Beta', 'belum tercatat']);
    expect([english.totals.all, english.totals.label]).toEqual(['7 (4 quick wins)', 'All real regions recorded (2)']);
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
      'Anggaran tercatat',
    ]);
    expect(page.facts.every((row) => row.values.length === page.regions.length)).toBe(true);
  });

  it('leaves an unknown fact empty for the page to say so, where a recorded count of zero is shown as 0', () => {
    expect(values(page, 'Provinsi')).toEqual(['Provinsi Lain', 'Provinsi Uji', 'Provinsi Uji', 'Provinsi Uji']);
    expect(values(page, 'Periode masterplan')).toEqual([undefined, '2024–2030', undefined, undefined]);
    expect(values(page, 'Kelembagaan')).toEqual([undefined, 'Dewan Kota Cerdas, Forum Smart City', undefined, undefined]);
    expect(values(page, 'Dasar hukum')).toEqual(['Belum ditetapkan', 'Perwal No. 12 (2023)', undefined, undefined]);
    // Kota Beta lists no programme: its counts are not recorded, not 0.
    expect(shown(page, 'Quick win')).toEqual(['1', '3', undefined, '2']);
    expect(shown(page, 'Jumlah program')).toEqual(['2 (1 quick win)', '5 (3 quick win)', undefined, '2 (2 quick win)']);
    expect(shown(page, 'Program berstatus “Direncanakan”')).toEqual(['1 (1 quick win)', '1', undefined, '2 (2 quick win)']);
    expect(shown(page, 'Program berstatus “Berjalan”')).toEqual(['0', '2 (2 quick win)', undefined, '0']);
    expect(shown(page, 'Program berstatus “Selesai”')).toEqual(['1', '1 (1 quick win)', undefined, '0']);
    expect(shown(page, 'Program berstatus “Dihentikan”')).toEqual(['0', '1', undefined, '0']);
  });

  it('links each count to the search for the region’s programmes of that kind or status', () => {
    const searches = (label: string) => fact(page, label).values.map((value) => (value && typeof value === 'object' && 'search' in value ? value.search : undefined));
    expect(searches('Quick win')[1]).toBe('/cari/?jenis=program&daerah=Kota+Alfa&kategori=quick-win');
    expect(searches('Program berstatus “Berjalan”')).toEqual([undefined, '/cari/?jenis=program&daerah=Kota+Alfa&status=running', undefined, undefined]);
  });

  it('sums each region’s stated budget amounts and says what the sum stands on, and never calls an unknown budget 0', () => {
    const funded = buildModel({
      regions: [regionEntry('kota-alfa', { name: 'Kota Alfa' }), regionEntry('kota-beta', { name: 'Kota Beta' })],
      dimensionPages: [],
      programmes: [
        programmeEntry('kota-alfa', {
          id: 'a1',
          ...GOVERNANCE,
          funding: [
            { source: 'apbd', amount: 2_000_000_000, year: 2024 },
            { source: 'csr', amount: 500_000_000 },
          ],
        }),
        programmeEntry('kota-alfa', { id: 'a2', ...LIVING, funding: [{ source: 'apbn', amount: 1_000_000_000, year: 2026 }, { source: 'apbd' }] }),
        programmeEntry('kota-alfa', { id: 'a3', ...LIVING }),
        // A funding entry without an amount is no budget on record.
        programmeEntry('kota-beta', { id: 'b1', ...GOVERNANCE, funding: [{ source: 'apbd', year: 2025 }] }),
      ],
    });
    expect(shown(comparePage(funded, 'id'), 'Anggaran tercatat')).toEqual([
      `${formatRupiah(3_500_000_000, 'id')} — rupiah nominal, jumlah 3 pos pendanaan yang menyebut angka (APBD, APBN, CSR), tahun anggaran 2024–2026; 1 pos tanpa tahun, di 2 dari 3 program`,
      undefined,
    ]);
    expect(shown(comparePage(funded, 'en'), 'Recorded budget')[0]).toBe(
      `${formatRupiah(3_500_000_000, 'en')} — nominal rupiah, sum of 3 funding entries stating an amount (APBD (regional budget), APBN (national budget), CSR (corporate social responsibility)), budget years 2024–2026; 1 without a year, in 2 of 3 programmes`,
    );
    expect(values(page, 'Anggaran tercatat')).toEqual([undefined, undefined, undefined, undefined]);
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
      'Recorded budget',
    ]);
    expect(values(english, 'Legal basis')).toEqual(['Not yet legalised', 'Perwal (mayoral regulation) No. 12 (2023)', undefined, undefined]);
    expect(values(english, 'Bodies')[1]).toBe('Dewan Kota Cerdas, Smart City Forum');
  });
});
