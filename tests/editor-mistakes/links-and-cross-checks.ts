import { DIMENSION_LINES, PROGRAMME_LINES, REGION_LINES, text, withLine, type FixtureFiles } from '../helpers/content-fixture.ts';
import type { EditorMistake, ExpectedProblem } from './mistake.ts';

/**
 * Internal links, images and ProgramRef resolved by the check, and cross-file rules reported
 * beside schema errors in the same run. Each case is a fictional region of its own; its programme
 * is `layanan-daring` (tests/helpers/content-fixture.ts), whose body starts on line 11.
 */

const regionIndex = (slug: string): FixtureFiles => ({ [`${slug}/index.mdx`]: text(withLine(REGION_LINES, 'slug:', `slug: ${slug}`)) });

/** A region with the fixture programme, whose body gets `bodyLines` after an empty line (the first on line 13). */
function withProgramme(slug: string, bodyLines: readonly string[], lines: readonly string[] = PROGRAMME_LINES, extension = 'md'): FixtureFiles {
  return { ...regionIndex(slug), [`${slug}/program/layanan-daring.${extension}`]: text([...lines, '', ...bodyLines]) };
}

/** A region with the programme and one dimension page (`smart-economy.mdx`), whose body gets `bodyLines` from line 8. */
function withDimensionPage(slug: string, bodyLines: readonly string[]): FixtureFiles {
  return { ...withProgramme(slug, []), [`${slug}/dimensi/smart-economy.mdx`]: text([...DIMENSION_LINES, '', ...bodyLines]) };
}

const programmeFile = (slug: string, extension = 'md') => `content/${slug}/program/layanan-daring.${extension}`;
const dimensionFile = (slug: string) => `content/${slug}/dimensi/smart-economy.mdx`;
const inBody = (file: string, line: number, message: string, hint: string | undefined): ExpectedProblem => ({ file, line, field: '', message, hint });

const SECTION_HINT = 'Tautan ke bagian halaman memakai judul bagiannya: "## Latar Belakang" menjadi #latar-belakang.';
const DID_YOU_MEAN = (candidate: string) => `mungkin maksud Anda "${candidate}"?`;

export const MISTAKES: readonly EditorMistake[] = [
  {
    name: 'a link to a programme with a misspelt id',
    files: withProgramme('kota-tautan-program', ['Lihat juga [program ini](/kota-tautan-program/program/layanan-darin/).']),
    expected: [
      inBody(
        programmeFile('kota-tautan-program'),
        13,
        'Tautan "/kota-tautan-program/program/layanan-darin/": kota-tautan-program tidak punya program "layanan-darin".',
        DID_YOU_MEAN('layanan-daring'),
      ),
    ],
  },
  {
    name: 'a link to a programme the region does not have, nothing close',
    files: withProgramme('kota-tautan-program-lain', ['Lihat [taman kota](/kota-tautan-program-lain/program/taman-kota-hijau/).']),
    expected: [
      inBody(
        programmeFile('kota-tautan-program-lain'),
        13,
        'Tautan "/kota-tautan-program-lain/program/taman-kota-hijau/": kota-tautan-program-lain tidak punya program "taman-kota-hijau".',
        'Id program adalah nama berkasnya di content/kota-tautan-program-lain/program/.',
      ),
    ],
  },
  {
    name: 'a link to a region with a misspelt slug',
    files: withProgramme('kota-mercusuar', ['Program ini bagian dari [masterplan kabupaten](/kota-mercusuat/).']),
    expected: [
      inBody(programmeFile('kota-mercusuar'), 13, 'Tautan "/kota-mercusuat/": daerah "kota-mercusuat" tidak punya halaman di portal.', DID_YOU_MEAN('kota-mercusuar')),
    ],
  },
  {
    name: 'a link to a region the portal does not have',
    files: withProgramme('kota-tautan-daerah', ['Bandingkan dengan [Kabupaten Antah Berantah](/kabupaten-antah-berantah-raya/).']),
    expected: [
      inBody(
        programmeFile('kota-tautan-daerah'),
        13,
        'Tautan "/kabupaten-antah-berantah-raya/": daerah "kabupaten-antah-berantah-raya" tidak punya halaman di portal.',
        'Alamat halaman daerah adalah nama foldernya di content/, mis. /kota-contoh/.',
      ),
    ],
  },
  {
    name: 'a link to a section of the same page with a misspelt heading',
    files: withProgramme('kota-tautan-bagian', ['## Latar belakang', '', 'Baca dulu [latar belakangnya](#latar-belakng).']),
    expected: [inBody(programmeFile('kota-tautan-bagian'), 15, 'Tautan "#latar-belakng": bagian "#latar-belakng" tidak ada di halaman itu.', DID_YOU_MEAN('latar-belakang'))],
  },
  {
    name: 'a link to a section no heading makes',
    files: withProgramme('kota-tautan-bagian-lain', ['Lihat [jadwal pelaksanaan](#jadwal-pelaksanaan-tahunan).']),
    expected: [
      inBody(programmeFile('kota-tautan-bagian-lain'), 13, 'Tautan "#jadwal-pelaksanaan-tahunan": bagian "#jadwal-pelaksanaan-tahunan" tidak ada di halaman itu.', SECTION_HINT),
    ],
  },
  {
    name: 'a link to a section of another page with a typo',
    files: withDimensionPage('kota-tautan-seksi', ['<a href="/kota-tautan-seksi/program/layanan-daring/#ringkasn">Ringkasan program</a>']),
    expected: [
      inBody(
        dimensionFile('kota-tautan-seksi'),
        8,
        'Tautan "/kota-tautan-seksi/program/layanan-daring/#ringkasn": bagian "#ringkasn" tidak ada di halaman itu.',
        DID_YOU_MEAN('ringkasan'),
      ),
    ],
  },
  {
    name: 'a ProgramRef with a misspelt id',
    files: withDimensionPage('kota-tautan-ref', ['Program unggulan: <ProgramRef id="layanan-dairng" />.']),
    expected: [inBody(dimensionFile('kota-tautan-ref'), 8, '<ProgramRef id="layanan-dairng" />: kota-tautan-ref tidak punya program dengan id itu.', DID_YOU_MEAN('layanan-daring'))],
  },
  {
    name: 'a ProgramRef to a programme of another region',
    files: withDimensionPage('kota-tautan-ref-lain', ['Lihat <ProgramRef id="bus-kota-terintegrasi" />.']),
    expected: [
      inBody(
        dimensionFile('kota-tautan-ref-lain'),
        8,
        '<ProgramRef id="bus-kota-terintegrasi" />: kota-tautan-ref-lain tidak punya program dengan id itu.',
        'Id program adalah nama berkasnya di content/kota-tautan-ref-lain/program/.',
      ),
    ],
  },
  {
    name: 'an image that is not in public/',
    files: withProgramme('kota-gambar-hilang', ['![Peta layanan](/gambar/peta-layanan-daring.png)']),
    expected: [
      inBody(
        programmeFile('kota-gambar-hilang'),
        13,
        'Gambar "/gambar/peta-layanan-daring.png" tidak ada di public/.',
        'Simpan gambarnya sebagai public/gambar/peta-layanan-daring.png, atau periksa ejaan dan huruf besar-kecil alamatnya.',
      ),
    ],
  },
  {
    name: 'an image written relative to the content file',
    files: withProgramme('kota-gambar-relatif', ['![Alur layanan](gambar/alur.png)']),
    expected: [
      inBody(
        programmeFile('kota-gambar-relatif'),
        13,
        'Alamat gambar "gambar/alur.png" relatif: gambar selalu dicari di public/, bukan di samping berkas ini.',
        'Tulis "/gambar/alur.png" untuk berkas public/gambar/alur.png.',
      ),
    ],
  },
  {
    name: 'an image through a reference whose file is missing',
    files: withProgramme('kota-gambar-rujukan', ['![Denah kantor][denah]', '', '[denah]: /gambar/denah-kantor.png']),
    expected: [
      inBody(
        programmeFile('kota-gambar-rujukan'),
        15,
        'Gambar "/gambar/denah-kantor.png" tidak ada di public/.',
        'Simpan gambarnya sebagai public/gambar/denah-kantor.png, atau periksa ejaan dan huruf besar-kecil alamatnya.',
      ),
    ],
  },
  {
    name: 'a link to a dimension that does not exist',
    files: withProgramme('kota-tautan-dimensi', ['Bagian dari [dimensi mobilitas](/kota-tautan-dimensi/dimensi/smart-mobility/).']),
    expected: [
      inBody(
        programmeFile('kota-tautan-dimensi'),
        13,
        'Tautan "/kota-tautan-dimensi/dimensi/smart-mobility/": "smart-mobility" bukan salah satu dari enam dimensi.',
        DID_YOU_MEAN('smart-living'),
      ),
    ],
  },
  {
    name: 'a link to a page without its closing slash',
    files: withDimensionPage('kota-tautan-garis', ['Lihat [program layanan](/kota-tautan-garis/program/layanan-daring).']),
    expected: [
      inBody(
        dimensionFile('kota-tautan-garis'),
        8,
        'Tautan "/kota-tautan-garis/program/layanan-daring" harus diakhiri garis miring (/).',
        'Tulis "/kota-tautan-garis/program/layanan-daring/".',
      ),
    ],
  },
  {
    name: 'a link to a portal page with a typo',
    files: withProgramme('kota-tautan-halaman', ['Baca [tentang portal](/tentnag/).']),
    expected: [inBody(programmeFile('kota-tautan-halaman'), 13, 'Tautan "/tentnag/" menuju halaman yang tidak ada di portal.', DID_YOU_MEAN('tentang'))],
  },
  {
    name: 'a relative link to a programme with a typo',
    files: withProgramme('kota-tautan-relatif', ['Lihat [program sebelumnya](../layanan-darin/).']),
    expected: [
      inBody(
        programmeFile('kota-tautan-relatif'),
        13,
        'Tautan "../layanan-darin/ (= /kota-tautan-relatif/program/layanan-darin/)": kota-tautan-relatif tidak punya program "layanan-darin".',
        DID_YOU_MEAN('layanan-daring'),
      ),
    ],
  },
  {
    name: 'a link to a document that is not in public/',
    files: withProgramme('kota-tautan-dokumen', ['Unduh [dokumen masterplan](/dokumen/masterplan-2022.pdf).']),
    expected: [
      inBody(
        programmeFile('kota-tautan-dokumen'),
        13,
        'Tautan "/dokumen/masterplan-2022.pdf": berkas public/dokumen/masterplan-2022.pdf tidak ada.',
        'Periksa ejaan alamatnya. public/ hanya menyimpan gambar; dokumen seperti PDF ditautkan dari situs resminya.',
      ),
    ],
  },
  {
    name: 'a progress date in the future beside a misspelt dimension',
    files: withProgramme(
      'kota-lintas-berkas',
      [],
      withLine(withLine(PROGRAMME_LINES, 'dimension:', 'dimension: smart-mobility'), 'progress:', ['progress:', '  - date: 2027-01-10', '    status: planned']),
    ),
    expected: [
      {
        file: programmeFile('kota-lintas-berkas'),
        line: 4,
        field: 'dimension',
        message: 'Dimensi "smart-mobility" tidak dikenal. Pilihan: smart-governance, smart-branding, smart-economy, smart-living, smart-society, smart-environment.',
        hint: DID_YOU_MEAN('smart-living'),
      },
      {
        file: programmeFile('kota-lintas-berkas'),
        line: 11,
        field: 'progress[1].date',
        message: 'Tanggal pembaruan 2027-01-10 ada di masa depan (hari ini 2026-11-23).',
        hint: undefined,
      },
    ],
  },
  {
    name: 'an id that differs from the file name beside a misspelt kind and a broken link',
    files: withProgramme(
      'kota-lintas-berkas-dua',
      ['Lihat [program lain](/kota-lintas-berkas-dua/program/layanan-luring/).'],
      withLine(withLine(PROGRAMME_LINES, 'id:', 'id: layanan-online'), 'kind:', 'kind: prioritas'),
    ),
    expected: [
      {
        file: programmeFile('kota-lintas-berkas-dua'),
        line: 2,
        field: 'id',
        message: 'id "layanan-online" tidak sama dengan nama berkas "layanan-daring".',
        hint: 'id dipakai di alamat halaman: ubah nama berkas, bukan id program yang sudah terbit.',
      },
      {
        file: programmeFile('kota-lintas-berkas-dua'),
        line: 6,
        field: 'kind',
        message: 'Nilai "prioritas" tidak dikenal. Pilihan: quick-win, priority, other.',
        hint: DID_YOU_MEAN('priority'),
      },
      inBody(
        programmeFile('kota-lintas-berkas-dua'),
        13,
        'Tautan "/kota-lintas-berkas-dua/program/layanan-luring/": kota-lintas-berkas-dua tidak punya program "layanan-luring".',
        DID_YOU_MEAN('layanan-daring'),
      ),
    ],
  },
];
