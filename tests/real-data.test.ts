import { describe, expect, it } from 'vitest';
import type { Entry } from '../src/lib/content/entries.ts';
import { placeholdersOf, templatePlaceholders } from '../src/lib/content/placeholders.ts';
import { formatWarning, formatWarningSummary } from '../src/lib/content/problem.ts';
import { elementGroups } from '../src/lib/element-groups.ts';
import { EVALUATION_COLUMN_NAMES } from '../src/lib/exports/columns.ts';
import { BOM } from '../src/lib/exports/csv.ts';
import { evaluationRecords, evaluationsCsv } from '../src/lib/exports/evaluations.ts';
import { programmeRecords, programmesCsv } from '../src/lib/exports/programmes.ts';
import { buildModel, type SiteModel } from '../src/lib/model.ts';
import { programmeSearchRecord } from '../src/lib/search-record.ts';
import { programmeSchema, type Programme } from '../src/lib/schema/programme.ts';
import { regionSchema, type Region } from '../src/lib/schema/region.ts';
import { similarProgrammes } from '../src/lib/similar.ts';
import { REGION_LINES, checkFixture, text, withLine, type FixtureFiles } from './helpers/content-fixture.ts';
import { modelOf } from './helpers/model.ts';

/**
 * Real data must fit the model: what real sources say (a quick win older than its masterplan, a
 * programme known by name and year, an undated article, evaluation results) is accepted with the
 * right flags; template leftovers on a real region are refused; the fictional showcase stays out
 * of every national figure.
 */

/** A real region of the register (Kota Balikpapan, 64.71), valid as it is; a scenario changes lines. */
const REAL_REGION_LINES = [
  '---',
  'slug: kota-balikpapan',
  'name: Kota Balikpapan',
  'type: kota',
  'province: Kalimantan Timur',
  'code: "64.71"',
  'period:',
  '  start: 2022',
  '  end: 2031',
  'sources:',
  '  - title: Berita uji',
  '    outlet: Media Uji',
  '    date: "2024-01-02"',
  '---',
  'Ringkasan dari sumber.',
];

const realRegion = (lines: readonly string[] = REAL_REGION_LINES): FixtureFiles => ({ 'kota-balikpapan/index.md': text(lines) });

/** A programme of the real region, with its own dated source. */
const REAL_PROGRAMME_LINES = [
  '---',
  'id: aplikasi-warga',
  'name: Aplikasi Warga',
  'dimension: smart-governance',
  'element: pelayanan-publik',
  'kind: quick-win',
  'horizon: short',
  'startYear: 2022',
  'sources:',
  '  - title: Berita program',
  '    date: "2024-01-03"',
  '---',
  'Deskripsi dari sumber.',
];

const realProgramme = (lines: readonly string[]): FixtureFiles => ({ ...realRegion(), 'kota-balikpapan/program/aplikasi-warga.md': text(lines) });

const seen = (findings: readonly { file: string; line?: number; field: string; message: { id: string }; hint?: { id: string } }[]) =>
  findings.map((f) => ({ file: f.file, line: f.line, field: f.field, message: f.message.id, hint: f.hint?.id }));

describe('real data the check accepts, with a warning where worth a look', () => {
  it('accepts the real fixture region and programme as they are', async () => {
    const result = await checkFixture(realProgramme(REAL_PROGRAMME_LINES));
    expect(seen(result.problems)).toEqual([]);
    expect(seen(result.warnings)).toEqual([]);
  });

  it('publishes a quick win that started before the masterplan period, with a warning', async () => {
    const result = await checkFixture(realProgramme(withLine(REAL_PROGRAMME_LINES, 'startYear:', 'startYear: 2019')));
    expect(seen(result.problems)).toEqual([]);
    expect(seen(result.warnings)).toEqual([
      {
        file: 'content/kota-balikpapan/program/aplikasi-warga.md',
        line: 8,
        field: 'startYear',
        message: 'Tahun 2019 di luar periode masterplan 2022–2031.',
        hint: 'Bisa benar (mis. quick win yang dimulai sebelum masterplan disahkan). Pastikan tahunnya sesuai sumber.',
      },
    ]);
    expect(modelOf(result)?.regionBySlug('kota-balikpapan')?.quickWins.map((p) => p.span)).toEqual([{ start: 2019, end: 2019 }]);
  });

  it('prints warnings with ⚠ and says they do not block publishing', async () => {
    const { warnings } = await checkFixture(realProgramme(withLine(REAL_PROGRAMME_LINES, 'startYear:', 'startYear: 2019')));
    expect(formatWarning(warnings[0]!).split('\n').slice(0, 2)).toEqual([
      'content/kota-balikpapan/program/aplikasi-warga.md:8 › startYear',
      '  ⚠ Tahun 2019 di luar periode masterplan 2022–2031.',
    ]);
    expect(formatWarningSummary(1)).toBe(
      '⚠ 1 peringatan: periksa, tetapi tidak menghalangi penerbitan.\n  1 warning(s): worth a look, but they do not block publishing.',
    );
    expect(formatWarningSummary(0)).toBe('');
  });

  it('publishes a programme known only by name and year, its element and horizon "not known yet"', async () => {
    const lines = REAL_PROGRAMME_LINES.filter((line) => !line.startsWith('element:') && !line.startsWith('horizon:'));
    const result = await checkFixture(realProgramme(withLine(lines, 'kind:', 'kind: other')));
    expect(seen(result.problems)).toEqual([]);
    const programme = modelOf(result)!.programmes[0]!;
    expect(programme.element).toBeUndefined();
    expect(programme.data.horizon).toBeUndefined();
    // In one group of its own on the dimension page and its tree, never in one of the three elements.
    const groups = elementGroups(programme.dimension, [programme]);
    expect(groups.map((group) => [group.nameId, group.programmes.length])).toEqual([
      ['Pelayanan publik', 0],
      ['Manajemen birokrasi yang efisien', 0],
      ['Efisiensi kebijakan publik', 0],
      ['Belum diketahui', 1],
    ]);
    expect(groups.at(-1)).toMatchObject({ nameEn: 'Not known yet', kind: 'unknown' });
    // No search facet, and empty cells in the download.
    expect(programmeSearchRecord(programme).filters.elemen).toEqual([]);
    const [record] = programmeRecords(modelOf(result)!.national.regions, (urlPath) => `https://portal.example${urlPath}`);
    expect(record).toMatchObject({ element: null, element_label: null, horizon: null });
  });

  it('warns once per real file about its undated sources, naming them', async () => {
    const lines = withLine(REAL_REGION_LINES, 'sources:', ['sources:', '  - title: Berita tanpa tanggal', '  - title: Berita bertanggal', '    date: "2024-02"', '  - title: Dokumen tanpa tanggal']);
    const result = await checkFixture(realRegion(lines.filter((line) => line !== '  - title: Berita uji' && line !== '    outlet: Media Uji' && line !== '    date: "2024-01-02"')));
    expect(seen(result.problems)).toEqual([]);
    expect(seen(result.warnings)).toEqual([
      {
        file: 'content/kota-balikpapan/index.md',
        line: 11,
        field: 'sources[1]',
        message: 'Sumber nomor 1, 3 tidak bertanggal.',
        hint: 'Isi date bila tanggal terbitnya diketahui (YYYY-MM-DD, atau YYYY-MM). Bila memang tidak ada, biarkan: pembaca melihat sumbernya tanpa tanggal.',
      },
    ]);
  });

  it('does not ask a fictional region for dated sources', async () => {
    const fictional = withLine(REGION_LINES, 'horizons:', ['sources:', '  - title: Sumber karangan', 'horizons:']);
    const result = await checkFixture({ 'kota-uji/index.mdx': text(fictional) });
    expect(seen(result.problems)).toEqual([]);
    expect(result.warnings).toEqual([]);
  });
});

describe('evaluations', () => {
  const withEvaluations = (evaluationLines: readonly string[]) => realRegion(withLine(REAL_REGION_LINES, 'sources:', ['evaluations:', ...evaluationLines, 'sources:']));

  it('accepts a result with its source and keeps it on the region', async () => {
    const result = await checkFixture(
      withEvaluations(['  - year: 2023', '    stage: Tahap II', '    score: 3.71', '    predicate: baik', '    evaluator: Kementerian Kominfo', '    source: 1']),
    );
    expect(seen(result.problems)).toEqual([]);
    expect(modelOf(result)?.regionBySlug('kota-balikpapan')?.data.evaluations).toEqual([
      { year: 2023, stage: 'Tahap II', score: 3.71, predicate: 'baik', evaluator: 'Kementerian Kominfo', source: 1 },
    ]);
  });

  it('refuses a source number the file does not have', async () => {
    const result = await checkFixture(withEvaluations(['  - year: 2023', '    score: 2.5', '    source: 2']));
    expect(seen(result.problems)).toEqual([
      {
        file: 'content/kota-balikpapan/index.md',
        line: 13,
        field: 'evaluations[1].source',
        message: 'Sumber nomor 2 tidak ada; hanya ada 1 sumber.',
        hint: undefined,
      },
    ]);
  });

  it('refuses an evaluation without a result, and says where a date-only evaluation goes', async () => {
    const result = await checkFixture(withEvaluations(['  - year: 2022', '    evaluator: Kementerian Kominfo', '    source: 1']));
    expect(seen(result.problems)).toEqual([
      {
        file: 'content/kota-balikpapan/index.md',
        line: 11,
        field: 'evaluations[1]',
        message: 'Hasil evaluasi belum diisi: tulis score, predicate, award, atau note.',
        hint: 'Jika sumber hanya menyebut tanggal evaluasinya, catat sebagai milestones dengan kind: evaluasi.',
      },
    ]);
  });

  it('requires the source, as every fact of a real region has one', async () => {
    const result = await checkFixture(withEvaluations(['  - year: 2023', '    score: 2.5']));
    expect(seen(result.problems)).toMatchObject([{ field: 'evaluations[1].source', message: 'Kolom wajib "source" belum diisi.' }]);
  });
});

describe('inferred: the editor’s reading, named by field', () => {
  it('accepts the fields of the file', async () => {
    const region = withLine(REAL_REGION_LINES, 'sources:', ['inferred:', '  - period', 'sources:']);
    const programme = withLine(REAL_PROGRAMME_LINES, 'sources:', ['inferred: [dimension, element, horizon]', 'sources:']);
    const result = await checkFixture({ ...realRegion(region), 'kota-balikpapan/program/aplikasi-warga.md': text(programme) });
    expect(seen(result.problems)).toEqual([]);
    expect(modelOf(result)?.programmes[0]?.data.inferred).toEqual(['dimension', 'element', 'horizon']);
  });

  it('refuses a field the file does not have, with the likely one', async () => {
    const result = await checkFixture(realRegion(withLine(REAL_REGION_LINES, 'sources:', ['inferred:', '  - horizon', 'sources:'])));
    expect(seen(result.problems)).toEqual([
      {
        file: 'content/kota-balikpapan/index.md',
        line: 11,
        field: 'inferred[1]',
        message: 'inferred menyebut kolom "horizon", yang tidak ada di berkas ini.',
        hint: 'mungkin maksud Anda "horizons"?',
      },
    ]);
  });

  it('lists the fields when nothing is close', async () => {
    const result = await checkFixture(realProgramme(withLine(REAL_PROGRAMME_LINES, 'sources:', ['inferred: [anggaran]', 'sources:'])));
    const [problem] = seen(result.problems);
    expect(problem?.message).toBe('inferred menyebut kolom "anggaran", yang tidak ada di berkas ini.');
    expect(problem?.hint).toMatch(/^Pilihan: id, name, dimension, element, elementLabel, kind, horizon, .*, sources\.$/);
  });
});

describe('template text on a real region', () => {
  const INDEX_BODY = [
    'Tulis di sini ringkasan masterplan Smart City daerah ini dengan bahasa sehari-hari: apa tujuannya, siapa yang menyusunnya, dan apa yang sudah berjalan.',
    '',
    'Teks ini berasal dari templat. Ganti dengan isi yang sebenarnya sebelum mengubah `fictional` menjadi false.',
  ];

  it('refuses the template’s page text, at its line, even when rewrapped', async () => {
    const rewrapped = INDEX_BODY[0]!.replace(' apa tujuannya,', '\napa tujuannya,');
    const result = await checkFixture(realRegion([...REAL_REGION_LINES.slice(0, -1), 'Paragraf sendiri.', '', rewrapped]));
    expect(seen(result.problems)).toEqual([
      {
        file: 'content/kota-balikpapan/index.md',
        line: 17,
        field: '',
        message: `Teks contoh dari templat masih ada: "${INDEX_BODY[0]}".`,
        hint: 'Ganti dengan isi yang sebenarnya menurut sumber, atau hapus baris itu. Daerah nyata tidak boleh terbit dengan teks templat.',
      },
    ]);
  });

  it('refuses an instruction left in a field, and an example address', async () => {
    const lines = withLine(
      withLine(REAL_REGION_LINES, 'period:', ['vision: "Tulis visi Smart City di sini"', 'period:']),
      '    date: "2024-01-02"',
      ['    date: "2024-01-02"', '    url: https://contoh.go.id/berita'],
    );
    const result = await checkFixture(realRegion(lines));
    expect(seen(result.problems).map(({ line, field, message }) => ({ line, field, message }))).toEqual([
      { line: 7, field: 'vision', message: 'Teks contoh dari templat masih ada: "Tulis visi Smart City di sini".' },
      { line: 15, field: 'sources[1].url', message: 'Teks contoh dari templat masih ada: "https://contoh.go.id/…".' },
    ]);
  });

  it('refuses template text in a programme and a dimension page of a real region', async () => {
    const result = await checkFixture({
      ...realProgramme([...REAL_PROGRAMME_LINES.slice(0, -1), 'Tulis di sini penjelasan program dengan bahasa sehari-hari: masalah apa yang diselesaikan, siapa yang dilayani, dan apa yang sudah berjalan.']),
      'kota-balikpapan/dimensi/smart-economy.md': text(['---', 'dimension: smart-economy', 'goals:', '  - "Tulis tujuan pertama di sini"', '---', 'Narasi.']),
    });
    expect(seen(result.problems).map(({ file, field }) => [file, field])).toEqual([
      ['content/kota-balikpapan/dimensi/smart-economy.md', 'goals[1]'],
      ['content/kota-balikpapan/program/aplikasi-warga.md', ''],
    ]);
  });

  it('lets a fictional region keep it: it is a demo', async () => {
    const fictional = [...REGION_LINES.slice(0, -1), ...INDEX_BODY];
    const result = await checkFixture({ 'kota-uji/index.mdx': text(withLine(fictional, 'period:', ['vision: "Tulis visi Smart City di sini"', 'period:'])) });
    expect(seen(result.problems)).toEqual([]);
  });
});

describe('the placeholder list comes from the templates themselves', () => {
  const TEMPLATE = [
    '---',
    '# Catatan dengan "kutipan" dan https://panduan.example/ tidak dihitung.',
    'name: {{name}}   # diisi npm run new',
    '# members:',
    '#   - "Bappeda"   # contoh nyata, bukan teks pengganti',
    '#   - "Tulis anggota lain di sini"',
    '# decree: "SK {{head}} Nomor …"',
    '# url: https://contoh.example/{{slug}}.pdf',
    '---',
    '',
    'Tulis di sini apa yang dilakukan {{name}}.',
    '{{onlyFilled}}',
  ].join('\n');

  it('takes every body line, every instruction or gap among the quoted examples, and every example host', () => {
    expect(placeholdersOf('uji.md', TEMPLATE).map(({ origin, text: shown }) => [origin, shown])).toEqual([
      ['scripts/templates/uji.md:6', 'Tulis anggota lain di sini'],
      ['scripts/templates/uji.md:7', 'SK … Nomor …'],
      ['scripts/templates/uji.md:8', 'https://contoh.example/…'],
      ['scripts/templates/uji.md:11', 'Tulis di sini apa yang dilakukan ….'],
    ]);
  });

  it('matches the text as npm run new fills it in, and nothing a real source would say', () => {
    const placeholders = placeholdersOf('uji.md', TEMPLATE);
    const found = (value: string) => placeholders.find((placeholder) => placeholder.pattern.test(value))?.text;
    expect(found('SK Wali Kota Nomor …')).toBe('SK … Nomor …');
    expect(found('Tulis di sini apa yang dilakukan Kota\nBalikpapan.')).toBe('Tulis di sini apa yang dilakukan ….');
    expect(found('Lihat http://CONTOH.example/buku.pdf')).toBe('https://contoh.example/…');
    for (const real of ['Bappeda', 'SK Wali Kota Nomor 188.45/2019', 'https://contoh.example.org/', 'Tulis ulang']) expect(found(real), real).toBeUndefined();
  });

  it('reads the project’s templates, each placeholder once', () => {
    const texts = templatePlaceholders().map((placeholder) => placeholder.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts).toEqual(
      expect.arrayContaining([
        'Tulis visi Smart City di sini',
        'Tulis di sini penjelasan program dengan bahasa sehari-hari: masalah apa yang diselesaikan, siapa yang dilayani, dan apa yang sudah berjalan.',
        'Tulis di sini rencana daerah untuk dimensi …: …',
        'https://contoh.go.id/…',
      ]),
    );
  });
});

/** Two regions, one real and one fictional, each with a programme and an evaluation, parsed by the real schemas. */
function nationalModel(): SiteModel {
  const region = (slug: string, name: string, fictional: boolean, inferred: string[] = []): Entry<Region> => ({
    kind: 'region',
    region: slug,
    name: 'index',
    entryId: `${slug}/index`,
    file: `content/${slug}/index.md`,
    data: regionSchema.parse({
      slug,
      name,
      type: 'kota',
      province: fictional ? 'Provinsi Contoh' : 'Kalimantan Timur',
      fictional,
      inferred,
      evaluations: [
        { year: 2023, score: 3.71, predicate: 'baik', source: 2, note: 'Peringkat 3' },
        { year: 2021, award: 'Smart Living; "terbaik"', source: 1 },
      ],
      sources: [{ title: 'Sumber satu', date: '2021-12-01', url: 'https://media.example/satu' }, { title: 'Sumber dua', outlet: 'Media Dua' }],
    }),
  });
  const programme = (slug: string, id: string, fields: Partial<Programme>): Entry<Programme> => ({
    kind: 'programme',
    region: slug,
    name: id,
    entryId: `${slug}/program/${id}`,
    file: `content/${slug}/program/${id}.md`,
    data: programmeSchema.parse({ id, name: id, kind: 'priority', dimension: 'smart-living', element: 'transportasi', tags: ['bus'], ...fields }),
  });
  return buildModel({
    regions: [region('kota-balikpapan', 'Kota Balikpapan', false, ['evaluations']), region('kota-contoh', 'Kota Contoh', true)],
    dimensionPages: [],
    programmes: [programme('kota-balikpapan', 'bus-kota', { inferred: ['element'] }), programme('kota-contoh', 'bus-contoh', {})],
  });
}

describe('the fictional showcase stays out of national figures', () => {
  const model = nationalModel();
  const pageUrl = (urlPath: string) => `https://portal.example${urlPath}`;

  it('counts only real regions and their programmes nationally, and keeps the showcase apart', () => {
    expect(model.regions.map((r) => r.slug)).toEqual(['kota-balikpapan', 'kota-contoh']);
    expect(model.national.regions.map((r) => r.slug)).toEqual(['kota-balikpapan']);
    expect(model.national.programmes.map((p) => p.key)).toEqual(['kota-balikpapan/bus-kota']);
    expect(model.national.provinces.map((p) => p.name)).toEqual(['Kalimantan Timur']);
    expect(model.fictionalRegions.map((r) => r.slug)).toEqual(['kota-contoh']);
  });

  it('leaves the showcase out of the national downloads and puts it in its own', () => {
    expect(programmeRecords(model.national.regions, pageUrl).map((r) => [r.key, r.fictional])).toEqual([['kota-balikpapan/bus-kota', false]]);
    expect(programmeRecords(model.fictionalRegions, pageUrl).map((r) => [r.key, r.fictional])).toEqual([['kota-contoh/bus-contoh', true]]);
    expect(evaluationRecords(model.national.regions, pageUrl).every((r) => !r.fictional)).toBe(true);
    expect(evaluationRecords(model.fictionalRegions, pageUrl).map((r) => r.region_slug)).toEqual(['kota-contoh', 'kota-contoh']);
  });

  it('suggests no fictional programme as similar to a real one', () => {
    const real = model.national.programmes[0]!;
    expect(similarProgrammes(real, model)).toEqual([]);
  });
});

describe('evaluations download', () => {
  const model = nationalModel();
  const records = evaluationRecords(model.national.regions, (urlPath) => `https://portal.example${urlPath}`);

  it('has one row per result, oldest first, each with its own source and the editor’s-reading flag', () => {
    expect(records).toEqual([
      {
        region_slug: 'kota-balikpapan',
        region_name: 'Kota Balikpapan',
        province: 'Kalimantan Timur',
        region_code: null,
        fictional: false,
        year: 2021,
        stage: null,
        score: null,
        predicate: null,
        award: 'Smart Living; "terbaik"',
        evaluator: null,
        note: null,
        inferred: true,
        source_title: 'Sumber satu',
        source_outlet: null,
        source_date: '2021-12-01',
        source_url: 'https://media.example/satu',
        source_page: null,
        region_url: 'https://portal.example/kota-balikpapan/#evaluasi',
      },
      expect.objectContaining({ year: 2023, score: 3.71, predicate: 'baik', note: 'Peringkat 3', source_title: 'Sumber dua', source_outlet: 'Media Dua', source_date: null }),
    ]);
  });

  it('writes the documented columns, in order, one line per result', () => {
    const lines = evaluationsCsv(records, undefined).split('\r\n');
    expect(lines[0]).toBe(`${BOM}${EVALUATION_COLUMN_NAMES.join(',')},versi_data`);
    // Built without git history, the data version's cell (the last) is empty.
    expect(lines[1]).toBe(
      'kota-balikpapan,Kota Balikpapan,Kalimantan Timur,,false,2021,,,,"Smart Living; ""terbaik""",,,true,Sumber satu,,2021-12-01,https://media.example/satu,,https://portal.example/kota-balikpapan/#evaluasi,',
    );
    expect(lines[2]).toMatch(/^kota-balikpapan,Kota Balikpapan,Kalimantan Timur,,false,2023,,3\.71,baik,,,Peringkat 3,true,Sumber dua,Media Dua,,,,/);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
  });

  it('carries which programme fields are the editor’s reading', () => {
    const csv = programmesCsv(programmeRecords(model.national.regions, (urlPath) => `https://portal.example${urlPath}`), undefined);
    const [header, row] = csv.split('\r\n');
    // The last of the table's columns, before the data version every CSV ends with.
    expect(header!.split(',').at(-2)).toBe('inferred_fields');
    expect(row!.split(',').at(-2)).toBe('element');
  });
});
