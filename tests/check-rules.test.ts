import { describe, expect, it } from 'vitest';
import { formatProblem } from '../src/lib/content/problem.ts';
import { DIMENSION_LINES, PROGRAMME_LINES, REGION_LINES, checkFixture, text, validRegion, withLine, type FixtureFiles } from './helpers/content-fixture.ts';
import { modelOf } from './helpers/model.ts';

/** What an author sees for each problem: where, which field, the Indonesian message, the hint. */
async function problemsFor(files: FixtureFiles) {
  const { problems } = await checkFixture(files);
  return problems.map((p) => ({ file: p.file, line: p.line, field: p.field, message: p.message.id, hint: p.hint?.id }));
}

/** The warnings an author sees: shown by the check, which still passes. */
async function warningsFor(files: FixtureFiles) {
  const { warnings } = await checkFixture(files);
  return warnings.map((w) => ({ file: w.file, line: w.line, field: w.field, message: w.message.id, hint: w.hint?.id }));
}

const programme = (lines: readonly string[], name = 'layanan-daring') => ({ ...validRegion(), [`kota-uji/program/${name}.md`]: text(lines) });

describe('valid content', () => {
  it('passes and builds a model with derived facts', async () => {
    const result = await checkFixture({
      ...programme(PROGRAMME_LINES),
      'kota-uji/dimensi/smart-economy.mdx': text(DIMENSION_LINES),
    });
    expect(result.problems).toEqual([]);
    const region = modelOf(result)?.regionBySlug('kota-uji');
    expect(region?.programmes.map((p) => p.key)).toEqual(['kota-uji/layanan-daring']);
    expect(region?.roadmapSpan).toEqual({ start: 2022, end: 2031 });
    expect(region?.dimensions.find((d) => d.dimension.id === 'smart-governance')?.programmes).toHaveLength(1);
    expect(region?.dimensions.find((d) => d.dimension.id === 'smart-economy')?.page?.data.goals).toEqual(['Ekonomi tumbuh']);
  });
});

describe('programme schema rules', () => {
  it('suggests smart-living for the unknown dimension smart-mobility', async () => {
    expect(await problemsFor(programme(withLine(PROGRAMME_LINES, 'dimension:', 'dimension: smart-mobility')))).toEqual([
      {
        file: 'content/kota-uji/program/layanan-daring.md',
        line: 4,
        field: 'dimension',
        message:
          'Dimensi "smart-mobility" tidak dikenal. Pilihan: smart-governance, smart-branding, smart-economy, smart-living, smart-society, smart-environment.',
        hint: 'mungkin maksud Anda "smart-living"?',
      },
    ]);
  });

  it('names the dimension an element belongs to', async () => {
    expect(await problemsFor(programme(withLine(PROGRAMME_LINES, 'element:', 'element: kesehatan')))).toEqual([
      {
        file: 'content/kota-uji/program/layanan-daring.md',
        line: 5,
        field: 'element',
        message: 'Elemen "kesehatan" milik dimensi smart-living, bukan smart-governance.',
        hint: 'Ganti dimension menjadi smart-living, atau pilih elemen dari smart-governance.',
      },
    ]);
  });

  it('lists the elements of the dimension for an unknown element', async () => {
    const [problem] = await problemsFor(programme(withLine(PROGRAMME_LINES, 'element:', 'element: e-gov')));
    expect(problem?.message).toBe('Elemen "e-gov" tidak dikenal untuk dimensi smart-governance.');
    expect(problem?.hint).toBe('Pilihan: pelayanan-publik, manajemen-birokrasi, efisiensi-kebijakan-publik, atau lainnya dengan elementLabel.');
  });

  it('requires a label for element lainnya', async () => {
    expect(await problemsFor(programme(withLine(PROGRAMME_LINES, 'element:', 'element: lainnya')))).toEqual([
      {
        file: 'content/kota-uji/program/layanan-daring.md',
        line: 2,
        field: 'elementLabel',
        message: 'Elemen "lainnya" memerlukan elementLabel (nama elemennya).',
        hint: undefined,
      },
    ]);
  });

  it('reports a missing required field', async () => {
    const lines = PROGRAMME_LINES.filter((line) => !line.startsWith('name:'));
    expect(await problemsFor(programme(lines))).toEqual([
      { file: 'content/kota-uji/program/layanan-daring.md', line: 2, field: 'name', message: 'Kolom wajib "name" belum diisi.', hint: undefined },
    ]);
  });

  it('suggests the English field for an Indonesian one', async () => {
    const [problem] = await problemsFor(programme(withLine(PROGRAMME_LINES, 'opd', 'mitra: [Bappeda]')));
    expect(problem).toMatchObject({ line: 10, field: 'mitra', message: 'Kolom "mitra" tidak dikenal.', hint: 'mungkin maksud Anda "partners"?' });
  });

  it('rejects an end year before the start year', async () => {
    expect(await problemsFor(programme(withLine(PROGRAMME_LINES, 'endYear:', 'endYear: 2023')))).toContainEqual({
      file: 'content/kota-uji/program/layanan-daring.md',
      line: 9,
      field: 'endYear',
      message: 'Tahun akhir 2023 lebih awal dari tahun mulai 2024.',
      hint: undefined,
    });
  });

  it('rejects a funding source outside the list, with a suggestion', async () => {
    const [problem] = await problemsFor(programme(withLine(PROGRAMME_LINES, 'funding', ['funding:', '  - source: apdb', '    amount: 1000000'])));
    expect(problem).toMatchObject({
      line: 11,
      field: 'funding[1].source',
      message: 'Nilai "apdb" tidak dikenal. Pilihan: apbd, apbn, kpbu, csr, swasta, lainnya.',
      hint: 'mungkin maksud Anda "apbd"?',
    });
  });

  it('rejects a percentage over 100 and a non-https evidence link', async () => {
    const progress = ['status: running', 'progress:', '  - date: "2025-01-10"', '    status: running', '    percent: 120', '    evidence: ftp://contoh/berkas'];
    const problems = await problemsFor(programme(withLine(PROGRAMME_LINES, 'status', progress)));
    expect(problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [14, 'progress[1].percent', 'Maksimal 100.'],
      [15, 'progress[1].evidence', 'Harus alamat web lengkap yang diawali https://'],
    ]);
  });

  it('rejects a date that does not exist instead of rolling it over', async () => {
    const progress = ['status: running', 'progress:', '  - date: 2024-02-30', '    status: running'];
    expect(await problemsFor(programme(withLine(PROGRAMME_LINES, 'status', progress)))).toEqual([
      {
        file: 'content/kota-uji/program/layanan-daring.md',
        line: 12,
        field: 'progress[1].date',
        message: 'Tanggal "2024-02-30" tidak ada di kalender.',
        hint: 'Periksa hari dan bulannya (mis. Februari hanya 28 atau 29 hari).',
      },
    ]);
  });

  it('requires the status to match the latest progress update', async () => {
    const progress = ['status: done', 'progress:', '  - date: "2025-01-10"', '    status: running'];
    const [problem] = await problemsFor(programme(withLine(PROGRAMME_LINES, 'status', progress)));
    expect(problem).toMatchObject({ field: 'status', message: 'Status "done" berbeda dengan pembaruan terakhir ("running").' });
  });

  it('rejects an id that is not a slug', async () => {
    const [problem] = await problemsFor(programme(withLine(PROGRAMME_LINES, 'id:', 'id: Layanan Daring')));
    expect(problem).toMatchObject({ line: 2, field: 'id', message: 'Hanya huruf kecil, angka, dan tanda hubung (-), tanpa spasi.' });
  });
});

describe('region schema rules', () => {
  const region = (lines: readonly string[]) => ({ 'kota-uji/index.mdx': text(lines) });

  it('reports a gap between horizons', async () => {
    expect(await problemsFor(region(withLine(REGION_LINES, '    start: 2024', '    start: 2025')))).toEqual([
      {
        file: 'content/kota-uji/index.mdx',
        line: 15,
        field: 'horizons.medium.start',
        message: 'Ada celah tahun 2024–2024 antara jangka pendek dan jangka menengah.',
        hint: undefined,
      },
    ]);
  });

  it('reports overlapping horizons', async () => {
    const [problem] = await problemsFor(region(withLine(REGION_LINES, '    start: 2028', '    start: 2027')));
    expect(problem).toMatchObject({ field: 'horizons.long.start', message: 'Jangka panjang mulai 2027, tumpang tindih dengan jangka menengah.' });
  });

  it('requires horizons to end with the period', async () => {
    const [problem] = await problemsFor(region(withLine(REGION_LINES, '  end: 2031', '  end: 2030')));
    expect(problem).toMatchObject({ field: 'horizons.long.end', message: 'Jangka panjang berakhir 2031, padahal periode masterplan berakhir 2030.' });
  });

  it('requires a source for a real region, and reports its missing code in the same run', async () => {
    const problems = await problemsFor(region(withLine(REGION_LINES, 'fictional:', 'fictional: false')));
    expect(problems.map(({ field, message }) => ({ field, message }))).toEqual([
      { field: 'code', message: 'Daerah nyata wajib mengisi code, kode wilayah Kemendagri (NN.NN).' },
      { field: 'sources', message: 'Daerah nyata wajib mencantumkan minimal satu sumber.' },
    ]);
  });

  it('asks to quote a region code written as a number', async () => {
    const [problem] = await problemsFor(region(withLine(REGION_LINES, 'province:', ['province: Provinsi Uji', 'code: 64.71'])));
    expect(problem).toMatchObject({ line: 7, field: 'code', message: 'Harus berupa teks, bukan angka.', hint: 'Beri tanda kutip: "64.71"' });
  });

  it('requires the slug to carry the region type', async () => {
    const files = { 'kota-uji/index.mdx': text(withLine(REGION_LINES, 'type:', 'type: kabupaten')) };
    const [problem] = await problemsFor(files);
    expect(problem).toMatchObject({ field: 'slug', message: 'Slug "kota-uji" harus diawali "kabupaten-" sesuai jenis daerah.' });
  });

  it('rejects a multi-day event that ends before it starts', async () => {
    const milestones = ['province: Provinsi Uji', 'milestones:', '  - date: "2023-07-06"', '    endDate: "2023-07-05"', '    kind: bimtek', '    title: Bimtek'];
    const [problem] = await problemsFor(region(withLine(REGION_LINES, 'province:', milestones)));
    expect(problem).toMatchObject({ line: 9, field: 'milestones[1].endDate', message: 'Tanggal selesai 2023-07-05 lebih awal dari tanggal mulai 2023-07-06.' });
  });

  it('rejects a legal basis of "belum" that has a year', async () => {
    const [problem] = await problemsFor(region(withLine(REGION_LINES, 'province:', ['province: Provinsi Uji', 'legalBasis:', '  kind: belum', '  year: 2020'])));
    expect(problem).toMatchObject({ field: 'legalBasis.kind', message: 'Dasar hukum "belum" tidak boleh memiliki nomor atau tahun.' });
  });
});

describe('cross-checks', () => {
  it('requires the folder name to equal the slug', async () => {
    const files = { 'kota-lain/index.mdx': text(REGION_LINES) };
    expect(await problemsFor(files)).toEqual([
      { file: 'content/kota-lain/index.mdx', line: 3, field: 'slug', message: 'Slug "kota-uji" tidak sama dengan nama folder "kota-lain".', hint: undefined },
    ]);
  });

  it('requires the file name to equal the programme id', async () => {
    const [problem] = await problemsFor(programme(PROGRAMME_LINES, 'layanan-online'));
    expect(problem).toMatchObject({
      file: 'content/kota-uji/program/layanan-online.md',
      line: 2,
      field: 'id',
      message: 'id "layanan-daring" tidak sama dengan nama berkas "layanan-online".',
    });
  });

  it('rejects two files for one programme (.md and .mdx) and reads only the first', async () => {
    const files = { ...programme(PROGRAMME_LINES), 'kota-uji/program/layanan-daring.mdx': text(PROGRAMME_LINES) };
    const problems = await problemsFor(files);
    expect(problems).toEqual([
      {
        file: 'content/kota-uji/program/layanan-daring.mdx',
        field: '',
        message: 'Berkas ini dan content/kota-uji/program/layanan-daring.md mengisi halaman yang sama.',
        hint: 'Simpan satu saja: .md, atau .mdx bila teksnya memakai komponen.',
      },
    ]);
  });

  it('rejects a region written both as index.md and index.mdx', async () => {
    const files = { ...programme(PROGRAMME_LINES), 'kota-uji/index.md': text(REGION_LINES) };
    expect(await problemsFor(files)).toEqual([
      {
        file: 'content/kota-uji/index.mdx',
        field: '',
        message: 'Berkas ini dan content/kota-uji/index.md mengisi halaman yang sama.',
        hint: 'Simpan satu saja: .md, atau .mdx bila teksnya memakai komponen.',
      },
    ]);
  });

  it('rejects two programme files with the same id', async () => {
    const files = { ...programme(PROGRAMME_LINES), 'kota-uji/program/layanan-kedua.md': text(withLine(PROGRAMME_LINES, 'id:', 'id: layanan-daring')) };
    const problems = await problemsFor(files);
    expect(problems).toContainEqual({
      file: 'content/kota-uji/program/layanan-kedua.md',
      line: 2,
      field: 'id',
      message: 'id "layanan-daring" sudah dipakai oleh content/kota-uji/program/layanan-daring.md.',
      hint: undefined,
    });
  });

  it('warns, without blocking, about programme years outside the masterplan period', async () => {
    const files = programme(withLine(PROGRAMME_LINES, 'endYear:', 'endYear: 2033'));
    expect(await problemsFor(files)).toEqual([]);
    const [warning] = await warningsFor(files);
    expect(warning).toMatchObject({ line: 9, field: 'endYear', message: 'Tahun 2033 di luar periode masterplan 2022–2031.' });
  });

  it('warns, without blocking, about programme years off the horizon they claim', async () => {
    const files = programme(withLine(PROGRAMME_LINES, 'startYear:', 'startYear: 2023'));
    expect(await problemsFor(files)).toEqual([]);
    const [warning] = await warningsFor(files);
    expect(warning).toMatchObject({ line: 8, field: 'startYear', message: 'Program mulai 2023, di luar jangka menengah (2024–2027).' });
  });

  it('lets a programme run on past the horizon it starts in', async () => {
    expect(await problemsFor(programme(withLine(PROGRAMME_LINES, 'endYear:', 'endYear: 2029')))).toEqual([]);
  });

  it('warns, without blocking, about a quick win off the short horizon', async () => {
    const files = programme(withLine(PROGRAMME_LINES, 'kind:', 'kind: quick-win'));
    expect(await problemsFor(files)).toEqual([]);
    const [warning] = await warningsFor(files);
    expect(warning).toMatchObject({
      line: 7,
      field: 'horizon',
      message: 'Quick win harus berada di jangka pendek, bukan jangka menengah.',
      hint: 'Ubah horizon menjadi short, atau kind menjadi priority; bila sumber memang menyebut keduanya, biarkan.',
    });
  });

  it('rejects a ProgramRef to a programme the region does not have, suggesting the closest id', async () => {
    const files = {
      ...programme(PROGRAMME_LINES),
      'kota-uji/dimensi/smart-economy.mdx': text([...DIMENSION_LINES, '', 'Lihat <ProgramRef id="layanan-daring" /> dan', '<ProgramRef id="layanan-luring" />.']),
    };
    expect(await problemsFor(files)).toEqual([
      {
        file: 'content/kota-uji/dimensi/smart-economy.mdx',
        line: 9,
        field: '',
        message: '<ProgramRef id="layanan-luring" />: kota-uji tidak punya program dengan id itu.',
        hint: 'mungkin maksud Anda "layanan-daring"?',
      },
    ]);
  });

  it('limits the number and size of mermaid diagrams an author writes', async () => {
    const diagram = ['```mermaid', 'flowchart LR', '  A --> B', '```', ''];
    const long = ['~~~mermaid', `flowchart LR\n${'  A --> B\n'.repeat(600)}`, '~~~'];
    const body = [...Array.from({ length: 6 }, () => diagram).flat(), ...long];
    const problems = await problemsFor({ 'kota-uji/index.mdx': text([...REGION_LINES, '', ...body]) });
    expect(problems).toEqual([
      {
        file: 'content/kota-uji/index.mdx',
        line: 48,
        field: '',
        message: 'Terlalu banyak diagram mermaid: paling banyak 5 per berkas.',
        hint: 'Pecah isinya ke halaman dimensi lain, atau gabungkan diagram.',
      },
      {
        file: 'content/kota-uji/index.mdx',
        line: 53,
        field: '',
        message: 'Diagram mermaid terlalu panjang (6013 karakter, paling banyak 5000).',
        hint: 'Diagram sebesar itu sulit dibaca di ponsel; pecah menjadi beberapa diagram.',
      },
    ]);
  });

  it('allows dimension pages only for the six dimensions', async () => {
    const files = { ...validRegion(), 'kota-uji/dimensi/smart-mobility.mdx': text(DIMENSION_LINES) };
    expect(await problemsFor(files)).toEqual([
      {
        file: 'content/kota-uji/dimensi/smart-mobility.mdx',
        line: 2,
        field: '',
        message: '"smart-mobility" bukan salah satu dari enam dimensi.',
        hint: 'mungkin maksud Anda "smart-living"?',
      },
    ]);
  });

  it('requires the dimension page file name to match its dimension', async () => {
    const files = { ...validRegion(), 'kota-uji/dimensi/smart-living.mdx': text(DIMENSION_LINES) };
    const [problem] = await problemsFor(files);
    expect(problem).toMatchObject({ field: 'dimension', message: 'Berkas smart-living.mdx berisi dimensi "smart-economy".', hint: 'Namai berkasnya smart-economy.mdx.' });
  });

  it('rejects progress in the future and out of order', async () => {
    const progress = [
      'status: running',
      'progress:',
      '  - date: "2025-03-01"',
      '    status: running',
      '  - date: "2025-01-01"',
      '    status: running',
      '  - date: "2027-01-01"',
      '    status: running',
    ];
    const problems = await problemsFor(programme(withLine(PROGRAMME_LINES, 'status', progress)));
    expect(problems.map((p) => [p.line, p.field, p.message])).toEqual([
      [14, 'progress[2].date', 'Pembaruan 2025-01-01 lebih awal dari pembaruan sebelumnya (2025-03-01).'],
      [16, 'progress[3].date', 'Tanggal pembaruan 2027-01-01 ada di masa depan (hari ini 2026-11-23).'],
    ]);
  });
});

describe('broken files never crash the check', () => {
  it('reports an empty file', async () => {
    expect(await problemsFor({ ...validRegion(), 'kota-uji/program/kosong.md': '' })).toEqual([
      { file: 'content/kota-uji/program/kosong.md', line: undefined, field: '', message: 'Berkas kosong.', hint: 'Salin templat dengan npm run new, lalu isi.' },
    ]);
  });

  it('reports broken YAML with its line and the fix', async () => {
    expect(await problemsFor(programme(withLine(PROGRAMME_LINES, 'name:', 'name: "Layanan Daring')))).toEqual([
      {
        file: 'content/kota-uji/program/layanan-daring.md',
        line: 3,
        field: '',
        message: 'Tanda kutip " yang dibuka di baris ini tidak ditutup.',
        hint: 'Tutup di akhir nilainya: name: "Layanan Daring"',
      },
    ]);
  });

  it('reports bytes that are not UTF-8', async () => {
    const latin1 = Buffer.from(text(withLine(PROGRAMME_LINES, 'name:', 'name: Layanan Daring Caf\u00e9')), 'latin1');
    expect(await problemsFor({ ...validRegion(), 'kota-uji/program/layanan-daring.md': latin1 })).toEqual([
      {
        file: 'content/kota-uji/program/layanan-daring.md',
        line: undefined,
        field: '',
        message: 'Berkas bukan teks UTF-8 (mungkin disimpan dari Word atau sebagai ANSI).',
        hint: 'Simpan ulang sebagai "UTF-8" di editor teks.',
      },
    ]);
  });

  it('reports a file without frontmatter', async () => {
    const [problem] = await problemsFor({ ...validRegion(), 'kota-uji/program/catatan.md': 'Hanya teks.\n' });
    expect(problem).toMatchObject({ line: 1, message: 'Bagian data (frontmatter) di antara dua baris --- tidak ditemukan.' });
  });

  it('reports a region folder without index.md', async () => {
    expect(await problemsFor({ 'kota-tanpa-indeks/program/layanan-daring.md': text(PROGRAMME_LINES) })).toEqual([
      {
        file: 'content/kota-tanpa-indeks/',
        line: undefined,
        field: '',
        message: 'Folder daerah "kota-tanpa-indeks" tidak memiliki index.md.',
        hint: 'Buat dengan: npm run new -- kota-tanpa-indeks',
      },
    ]);
  });

  it('reports a stray file in a region folder', async () => {
    const [problem] = await problemsFor({ ...validRegion(), 'kota-uji/catatan.md': text(PROGRAMME_LINES) });
    expect(problem).toMatchObject({ file: 'content/kota-uji/catatan.md', message: 'Berkas ini tidak berada di tempat yang dikenal.' });
  });

  it('reports every problem of every file in one run, sorted by file and line', async () => {
    const result = await checkFixture({
      ...validRegion(),
      'kota-uji/program/a.md': text(withLine(withLine(PROGRAMME_LINES, 'id:', 'id: a'), 'dimension:', 'dimension: smart-people')),
      'kota-uji/program/b.md': text(withLine(withLine(PROGRAMME_LINES, 'id:', 'id: b'), 'kind:', 'kind: cepat')),
      'kota-uji/program/c.md': '',
    });
    expect(result.content).toBeUndefined();
    expect(result.problems.map((p) => `${p.file}:${p.line ?? ''} ${p.field}`)).toEqual([
      'content/kota-uji/program/a.md:4 dimension',
      'content/kota-uji/program/b.md:6 kind',
      'content/kota-uji/program/c.md: ',
    ]);
    expect(formatProblem(result.problems[0]!)).toBe(
      [
        'content/kota-uji/program/a.md:4 › dimension',
        '  ✗ Dimensi "smart-people" tidak dikenal. Pilihan: smart-governance, smart-branding, smart-economy, smart-living, smart-society, smart-environment.',
        '    Unknown dimension "smart-people". Choose one of: smart-governance, smart-branding, smart-economy, smart-living, smart-society, smart-environment.',
        '    Petunjuk: mungkin maksud Anda "smart-society"?',
        '    Hint: did you mean "smart-society"?',
      ].join('\n'),
    );
  });
});
