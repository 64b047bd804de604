import { BONTANG_LINES, PROGRAMME_LINES, REGION_LINES, text, withLine, type FixtureFiles } from '../helpers/content-fixture.ts';
import type { EditorMistake, ExpectedProblem } from './mistake.ts';

/**
 * How the check words an editor's slips: YAML syntax, dates, missing and misspelt fields,
 * dimensions and elements written in words, files in the wrong place or too big, and template
 * text left in a real region. Each case is a region of its own (`kota-salah-…`); the programme is
 * `layanan-daring` from tests/helpers/content-fixture.ts, with its frontmatter on lines 2–10.
 */

const regionLines = (slug: string): string[] => withLine(REGION_LINES, 'slug:', `slug: ${slug}`);
const regionIndex = (slug: string, lines: readonly string[] = regionLines(slug)): FixtureFiles => ({ [`${slug}/index.md`]: text(lines) });
/** A fictional region with the fixture programme, its lines as given. */
const withProgramme = (slug: string, lines: readonly string[]): FixtureFiles => ({ ...regionIndex(slug), [`${slug}/program/layanan-daring.md`]: text(lines) });
/** The fixture programme with `replacement` in place of the line starting with `prefix`. */
const programme = (prefix: string, replacement: string | readonly string[]): string[] => withLine(PROGRAMME_LINES, prefix, replacement);

const programmeFile = (slug: string) => `content/${slug}/program/layanan-daring.md`;
const indexFile = (slug: string) => `content/${slug}/index.md`;
const problem = (file: string, line: number | undefined, field: string, message: string, hint?: string): ExpectedProblem => ({ file, line, field, message, hint });

const DIMENSION_CHOICES = 'smart-governance, smart-branding, smart-economy, smart-living, smart-society, smart-environment';
const unknownDimension = (slug: string, written: string, meant: string): EditorMistake => ({
  name: `the dimension written in words: "${written}"`,
  files: withProgramme(slug, programme('dimension:', `dimension: ${written}`)),
  expected: [problem(programmeFile(slug), 4, 'dimension', `Dimensi "${written}" tidak dikenal. Pilihan: ${DIMENSION_CHOICES}.`, `mungkin maksud Anda "${meant}"?`)],
});

const dateCase = (slug: string, written: string, fixed: string): EditorMistake => ({
  name: `a progress date written ${written}`,
  files: withProgramme(slug, programme('startYear:', ['startYear: 2024', 'progress:', `  - date: ${written}`, '    status: planned'])),
  expected: [problem(programmeFile(slug), 10, 'progress[1].date', `Tanggal ditulis tahun-bulan-hari (YYYY-MM-DD): "${written}" menjadi ${fixed}.`, `Tulis: date: ${fixed}`)],
});

const YAML_FALLBACK_HINT =
  'Periksa baris ini dan baris di atasnya: tiap kolom ditulis nama: nilai (dengan spasi sesudah titik dua), awal baris memakai spasi (bukan tab), dan nilai yang memuat titik dua atau tanda kutip diapit tanda kutip.';
const INDENT_MESSAGE = 'Jumlah spasi di awal baris ini tidak sejajar dengan kolom lain di kelompoknya.';

export const MISTAKES: readonly EditorMistake[] = [
  // YAML syntax: the slip named, the fix written out, the parser's words only in English.
  {
    name: 'no space after the colon',
    files: regionIndex('kota-salah-spasi', withLine(regionLines('kota-salah-spasi'), 'province:', ['province: Provinsi Uji', 'cohort:2019'])),
    expected: [problem(indexFile('kota-salah-spasi'), 7, '', 'Sesudah titik dua pada kolom "cohort" harus ada spasi.', 'Tulis: cohort: 2019')],
  },
  {
    name: 'a colon inside an unquoted value',
    files: withProgramme('kota-salah-titik-dua', programme('name:', 'name: Program: Kota Pintar')),
    expected: [problem(programmeFile('kota-salah-titik-dua'), 3, '', 'Isi kolom "name" memuat titik dua (:), jadi harus diapit tanda kutip.', 'Tulis: name: "Program: Kota Pintar"')],
  },
  {
    name: 'a tab used for indentation',
    files: withProgramme('kota-salah-tab', programme('startYear:', ['startYear: 2024', 'partners:', '\t- Bappeda'])),
    expected: [
      problem(
        programmeFile('kota-salah-tab'),
        10,
        '',
        'Baris ini diawali tab; awal baris hanya boleh berisi spasi.',
        'Ganti tab di awal baris dengan spasi, dua spasi per tingkat (di VS Code: perintah "Convert Indentation to Spaces").',
      ),
    ],
  },
  {
    name: 'a province name without a Latin letter, which would give its page an empty address',
    files: regionIndex('kota-salah-provinsi', withLine(regionLines('kota-salah-provinsi'), 'province:', 'province: "—"')),
    expected: [
      problem(
        indexFile('kota-salah-provinsi'),
        6,
        'province',
        'Nama provinsi "—" tidak memuat huruf atau angka Latin, padahal nama itu menjadi alamat halaman provinsi.',
        'Tulis nama provinsi dengan huruf Latin, mis. Provinsi Contoh.',
      ),
    ],
  },
  {
    name: 'a double quote never closed',
    files: withProgramme('kota-salah-kutip', programme('name:', 'name: "Layanan Daring')),
    expected: [problem(programmeFile('kota-salah-kutip'), 3, '', 'Tanda kutip " yang dibuka di baris ini tidak ditutup.', 'Tutup di akhir nilainya: name: "Layanan Daring"')],
  },
  {
    name: 'a single quote never closed, in the region file',
    files: regionIndex('kota-salah-kutip-tunggal', withLine(regionLines('kota-salah-kutip-tunggal'), 'name:', "name: 'Kota Salah Kutip")),
    expected: [problem(indexFile('kota-salah-kutip-tunggal'), 4, '', "Tanda kutip ' yang dibuka di baris ini tidak ditutup.", "Tutup di akhir nilainya: name: 'Kota Salah Kutip'")],
  },
  {
    name: 'a field of a list item indented too deep',
    files: withProgramme('kota-salah-indentasi', programme('startYear:', ['startYear: 2024', 'funding:', '  - source: apbd', '      amount: 5000000'])),
    expected: [problem(programmeFile('kota-salah-indentasi'), 11, '', INDENT_MESSAGE, 'Awali baris dengan 4 spasi, sejajar dengan "source" di baris 10.')],
  },
  {
    name: 'a field of a group indented too little',
    files: regionIndex('kota-salah-indentasi-kurang', withLine(regionLines('kota-salah-indentasi-kurang'), '  end: 2031', ' end: 2031')),
    expected: [problem(indexFile('kota-salah-indentasi-kurang'), 9, '', INDENT_MESSAGE, 'Awali baris dengan 2 spasi, sejajar dengan "start" di baris 8.')],
  },
  {
    name: 'the same field written twice',
    files: withProgramme('kota-salah-ganda', programme('kind:', ['kind: priority', 'kind: quick-win'])),
    expected: [problem(programmeFile('kota-salah-ganda'), 7, '', 'Kolom "kind" ditulis dua kali; yang pertama di baris 6.', 'Hapus salah satunya, atau gabungkan isinya menjadi satu kolom.')],
  },
  {
    name: 'a field name without its colon',
    files: withProgramme('kota-salah-tanpa-titik-dua', programme('name:', 'name Layanan Daring')),
    expected: [problem(programmeFile('kota-salah-tanpa-titik-dua'), 3, '', 'Sesudah nama kolom "name" tidak ada titik dua (:).', 'Tulis: name: Layanan Daring')],
  },
  {
    name: 'other broken YAML gets the plain fallback',
    files: withProgramme('kota-salah-yaml-lain', programme('name:', 'name: [Layanan] Daring')),
    expected: [problem(programmeFile('kota-salah-yaml-lain'), 3, '', 'Penulisan data (YAML) di baris ini tidak bisa dibaca.', YAML_FALLBACK_HINT)],
  },

  // Dates: one message, with the date as it should be written.
  dateCase('kota-salah-tanggal-strip', '17-08-2024', '2024-08-17'),
  dateCase('kota-salah-tanggal-garis-miring', '17/08/2024', '2024-08-17'),
  dateCase('kota-salah-tanggal-tanpa-nol', '2024-8-17', '2024-08-17'),
  dateCase('kota-salah-tanggal-nama-bulan', '17 Agustus 2024', '2024-08-17'),
  {
    name: 'a source date in the region file written day first',
    files: regionIndex(
      'kota-salah-tanggal-sumber',
      withLine(regionLines('kota-salah-tanggal-sumber'), 'province:', ['province: Provinsi Uji', 'sources:', '  - title: Berita peluncuran', '    date: 05.03.2022']),
    ),
    expected: [problem(indexFile('kota-salah-tanggal-sumber'), 9, 'sources[1].date', 'Tanggal ditulis tahun-bulan-hari (YYYY-MM-DD): "05.03.2022" menjadi 2022-03-05.', 'Tulis: date: 2022-03-05')],
  },
  {
    name: 'a day that is not in the calendar',
    files: withProgramme('kota-salah-tanggal-kalender', programme('startYear:', ['startYear: 2024', 'progress:', '  - date: 2024-02-30', '    status: planned'])),
    expected: [
      problem(
        programmeFile('kota-salah-tanggal-kalender'),
        10,
        'progress[1].date',
        'Tanggal "2024-02-30" tidak ada di kalender.',
        'Periksa hari dan bulannya (mis. Februari hanya 28 atau 29 hari).',
      ),
    ],
  },

  // Missing and misspelt fields: one message, on the line where the field belongs.
  {
    name: 'a required field with a misspelt name',
    files: withProgramme('kota-salah-eja-kolom', programme('dimension:', 'dimensoin: smart-governance')),
    expected: [problem(programmeFile('kota-salah-eja-kolom'), 4, 'dimension', 'Kolom wajib "dimension" belum diisi.', 'Di baris ini tertulis "dimensoin": mungkin maksud Anda "dimension"?')],
  },
  {
    name: 'a required field written in Indonesian',
    files: withProgramme('kota-salah-kolom-indonesia', programme('name:', 'nama: Layanan Daring')),
    expected: [problem(programmeFile('kota-salah-kolom-indonesia'), 3, 'name', 'Kolom wajib "name" belum diisi.', 'Di baris ini tertulis "nama": mungkin maksud Anda "name"?')],
  },
  {
    name: 'a required field left out',
    files: withProgramme('kota-salah-tanpa-dimensi', programme('dimension:', [])),
    expected: [
      problem(
        programmeFile('kota-salah-tanpa-dimensi'),
        2,
        'dimension',
        'Kolom wajib "dimension" belum diisi.',
        `Tambahkan baris "dimension: …" dengan salah satu pilihan: ${DIMENSION_CHOICES}.`,
      ),
    ],
  },
  {
    name: 'a required field inside a list item left out',
    files: regionIndex(
      'kota-salah-evaluasi',
      withLine(regionLines('kota-salah-evaluasi'), 'province:', ['province: Provinsi Uji', 'evaluations:', '  - year: 2023', '    score: 3.5']),
    ),
    expected: [problem(indexFile('kota-salah-evaluasi'), 8, 'evaluations[1].source', 'Kolom wajib "source" belum diisi.')],
  },
  {
    name: 'a field with nothing after the colon',
    files: withProgramme('kota-salah-kosong', programme('name:', 'name:')),
    expected: [problem(programmeFile('kota-salah-kosong'), 3, 'name', 'Kolom "name" ada, tetapi isinya kosong.', 'Tulis isinya sesudah "name: ", atau hapus baris itu bila tidak ada datanya.')],
  },
  {
    name: 'an empty item in a list',
    files: withProgramme('kota-salah-butir-kosong', programme('startYear:', ['startYear: 2024', 'partners:', '  - Bappeda', '  -'])),
    expected: [problem(programmeFile('kota-salah-butir-kosong'), 11, 'partners[2]', 'Butir ke-2 daftar "partners" kosong.', 'Tulis isinya sesudah "- ", atau hapus baris itu.')],
  },
  {
    name: 'an optional field written in Indonesian',
    files: withProgramme('kota-salah-mitra', programme('startYear:', ['startYear: 2024', 'mitra:', '  - Bappeda'])),
    expected: [problem(programmeFile('kota-salah-mitra'), 9, 'mitra', 'Kolom "mitra" tidak dikenal.', 'mungkin maksud Anda "partners"?')],
  },

  // Dimensions and elements in words.
  unknownDimension('kota-salah-tata-kelola', 'tata kelola', 'smart-governance'),
  unknownDimension('kota-salah-tata-kelola-besar', 'Tata Kelola', 'smart-governance'),
  unknownDimension('kota-salah-ekonomi', 'ekonomi', 'smart-economy'),
  unknownDimension('kota-salah-lingkungan', 'Lingkungan', 'smart-environment'),
  unknownDimension('kota-salah-masyarakat', 'masyarakat', 'smart-society'),
  unknownDimension('kota-salah-kehidupan', 'kehidupan', 'smart-living'),
  unknownDimension('kota-salah-living', 'living', 'smart-living'),
  unknownDimension('kota-salah-branding', 'branding', 'smart-branding'),
  {
    name: 'an element written in words',
    files: withProgramme('kota-salah-elemen', programme('element:', 'element: Pelayanan publik')),
    expected: [
      problem(programmeFile('kota-salah-elemen'), 5, 'element', 'Elemen "Pelayanan publik" tidak dikenal untuk dimensi smart-governance.', 'mungkin maksud Anda "pelayanan-publik"?'),
    ],
  },
  {
    name: 'an element written by its English name',
    files: withProgramme('kota-salah-elemen-inggris', programme('element:', 'element: public services')),
    expected: [
      problem(programmeFile('kota-salah-elemen-inggris'), 5, 'element', 'Elemen "public services" tidak dikenal untuk dimensi smart-governance.', 'mungkin maksud Anda "pelayanan-publik"?'),
    ],
  },
  {
    name: 'the name of an element of another dimension',
    files: withProgramme('kota-salah-elemen-dimensi', programme('element:', 'element: Kesehatan')),
    expected: [
      problem(
        programmeFile('kota-salah-elemen-dimensi'),
        5,
        'element',
        'Elemen "Kesehatan" tidak dikenal untuk dimensi smart-governance.',
        '"Kesehatan" adalah elemen kesehatan dari dimensi smart-living: bila itu maksudnya, tulis dimension: smart-living dan element: kesehatan.',
      ),
    ],
  },

  // Files in the wrong place, or too big.
  {
    name: 'a Word document in the region folder',
    files: { ...regionIndex('kota-salah-word'), 'kota-salah-word/masterplan.docx': Buffer.from('PK\u0003\u0004') },
    expected: [
      problem(
        'content/kota-salah-word/masterplan.docx',
        undefined,
        '',
        'Dokumen "masterplan.docx" tidak boleh ada di content/: portal tidak menerbitkan berkas dokumen.',
        'Pindahkan ke luar folder content/. Dokumen sumber dicantumkan sebagai tautan di sources atau documents (url: https://…, alamat tempat dokumen itu terbit).',
      ),
    ],
  },
  {
    name: 'a spreadsheet among the programmes',
    files: { ...regionIndex('kota-salah-excel'), 'kota-salah-excel/program/anggaran.xlsx': Buffer.from('PK\u0003\u0004') },
    expected: [
      problem(
        'content/kota-salah-excel/program/anggaran.xlsx',
        undefined,
        '',
        'Dokumen "anggaran.xlsx" tidak boleh ada di content/: portal tidak menerbitkan berkas dokumen.',
        'Pindahkan ke luar folder content/. Dokumen sumber dicantumkan sebagai tautan di sources atau documents (url: https://…, alamat tempat dokumen itu terbit).',
      ),
    ],
  },
  {
    name: 'an image in the region folder',
    files: { ...regionIndex('kota-salah-gambar'), 'kota-salah-gambar/dimensi/peta.png': Buffer.from([0x89, 0x50, 0x4e, 0x47]) },
    expected: [
      problem(
        'content/kota-salah-gambar/dimensi/peta.png',
        undefined,
        '',
        'Gambar "peta.png" tidak boleh ada di content/: gambar disimpan di public/.',
        'Pindahkan ke public/gambar/kota-salah-gambar/peta.png, lalu tampilkan dengan alamat /gambar/kota-salah-gambar/peta.png.',
      ),
    ],
  },
  {
    name: 'a programme file far over the size limit',
    files: withProgramme('kota-salah-besar', [...PROGRAMME_LINES, 'x'.repeat(1.5 * 1024 * 1024 - 200)]),
    expected: [
      problem(
        programmeFile('kota-salah-besar'),
        undefined,
        '',
        'Ukuran berkas 1,5 MB; batas 512 KB.',
        'Berkas sebesar itu biasanya berisi gambar atau tabel yang ditempel. Pecah teksnya ke beberapa halaman, dan simpan gambar di public/.',
      ),
    ],
  },

  // Template text left in a real region.
  {
    name: 'the template vision left in a real region',
    files: { 'kota-bontang/index.md': text(withLine([...BONTANG_LINES, 'Ringkasan masterplan.'], 'code:', ['code: "64.74"', 'vision: "Tulis visi Smart City di sini"'])) },
    expected: [
      problem(
        'content/kota-bontang/index.md',
        8,
        'vision',
        'Teks contoh dari templat masih ada: "Tulis visi Smart City di sini".',
        'Ganti dengan isi yang sebenarnya menurut sumber, atau hapus baris itu. Daerah nyata tidak boleh terbit dengan teks templat.',
      ),
    ],
  },
];
