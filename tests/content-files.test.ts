import { readFile, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  checkBytes,
  guardContentLoader,
  imageReferenceProblem,
  listContentFiles,
  normaliseText,
  type EntryType,
  type GuardableContext,
} from '../src/lib/content/files.ts';
import { loadContentFromDisk } from '../src/lib/content/load.ts';
import { PROGRAMME_LINES, TODAY, text, validRegion, withFixtureRoot, type Fixture, type FixtureFiles } from './helpers/content-fixture.ts';
import { loadWithGlob } from './helpers/guarded-glob.ts';
import { modelOf } from './helpers/model.ts';

/** What an author sees from `npm run check` for a fixture: where, the Indonesian message, the hint. */
async function problemsIn(fixture: Fixture) {
  const { problems } = await withFixtureRoot(fixture, (root) => loadContentFromDisk(root, TODAY));
  return problems.map((p) => ({ file: p.file, line: p.line, message: p.message.id, hint: p.hint?.id }));
}

const PROGRAMME = 'kota-uji/program/layanan-daring.md';
const withProgramme = (body: string | Buffer): FixtureFiles => ({ ...validRegion(), [PROGRAMME]: body });
/** The programme with extra body lines; the first of them is line 12. */
const programmeBody = (...lines: string[]) => text([...PROGRAMME_LINES, ...lines]);

const SYMLINK = {
  message: 'Ini tautan (symlink) ke tempat lain, bukan berkas atau folder biasa.',
  hint: 'Portal hanya membaca berkas dan folder biasa. Ganti tautan itu dengan salinan isinya, atau hapus.',
};

describe('every entry in content/ is accounted for', () => {
  it('refuses a linked file and never reads what it points to', async () => {
    const problems = await problemsIn({
      content: { ...validRegion(), [PROGRAMME]: { linkTo: '../../../luar/program.md' } },
      outside: { 'luar/program.md': '---\nname: "rusak\n---\n' },
    });
    expect(problems).toEqual([{ file: `content/${PROGRAMME}`, line: undefined, ...SYMLINK }]);
  });

  it('refuses a linked region folder without entering it', async () => {
    const problems = await problemsIn({
      content: { ...validRegion(), 'kota-tautan': { linkTo: '../luar/kota-tautan' } },
      outside: { 'luar/kota-tautan/program/rusak.md': '', 'luar/kota-tautan/catatan.pdf': 'x' },
    });
    expect(problems).toEqual([{ file: 'content/kota-tautan', line: undefined, ...SYMLINK }]);
  });

  it('refuses a content folder that is itself a link', async () => {
    const listing = await withFixtureRoot({ content: {}, outside: { 'asli/kota-uji/index.mdx': 'x' } }, async (root) => {
      await rm(path.join(root, 'content'), { recursive: true });
      await symlink('asli', path.join(root, 'content'));
      return listContentFiles(root);
    });
    expect(listing.entries).toEqual([]);
    expect(listing.problems).toEqual([{ file: 'content/', field: '', message: { id: SYMLINK.message, en: 'This is a link (symlink) to somewhere else, not an ordinary file or folder.' }, hint: expect.anything() }]);
  });

  it('refuses hidden files and folders, naming a folder once', async () => {
    const problems = await problemsIn({
      content: { ...validRegion(), 'kota-uji/.DS_Store': 'x', 'kota-uji/.draf/program/baru.md': 'x', '.gitkeep': '' },
    });
    const hidden = {
      line: undefined,
      message: 'Berkas atau folder tersembunyi (namanya diawali titik) tidak boleh ada di content/.',
      hint: 'Hapus, atau pindahkan ke luar content/. Berkas seperti .DS_Store dibuat otomatis oleh sistem operasi dan aman dihapus.',
    };
    expect(problems).toEqual([
      { file: 'content/.gitkeep', ...hidden },
      { file: 'content/kota-uji/.draf/', ...hidden },
      { file: 'content/kota-uji/.DS_Store', ...hidden },
    ]);
  });

  it('refuses documents and images dropped into content/, and says where they go', async () => {
    const problems = await problemsIn({
      content: { ...validRegion(), 'kota-uji/masterplan.pdf': 'x', 'kota-uji/program/rencana.docx': 'x', 'kota-uji/dimensi/peta.png': 'x' },
    });
    const hint = 'Pindahkan ke luar folder content/. Dokumen sumber dicantumkan sebagai tautan di sources atau documents (url: https://…, alamat tempat dokumen itu terbit).';
    const documentMessage = (name: string) => `Dokumen "${name}" tidak boleh ada di content/: portal tidak menerbitkan berkas dokumen.`;
    expect(problems).toEqual([
      {
        file: 'content/kota-uji/dimensi/peta.png',
        line: undefined,
        message: 'Gambar "peta.png" tidak boleh ada di content/: gambar disimpan di public/.',
        hint: 'Pindahkan ke public/gambar/kota-uji/peta.png, lalu tampilkan dengan alamat /gambar/kota-uji/peta.png.',
      },
      { file: 'content/kota-uji/masterplan.pdf', line: undefined, message: documentMessage('masterplan.pdf'), hint },
      { file: 'content/kota-uji/program/rencana.docx', line: undefined, message: documentMessage('rencana.docx'), hint },
    ]);
  });

  it('refuses a pipe or device in place of a file', async () => {
    const problems = await problemsIn({ content: { ...validRegion(), 'kota-uji/program/antrian.md': { pipe: true } } });
    expect(problems).toEqual([
      { file: 'content/kota-uji/program/antrian.md', line: undefined, message: 'Ini bukan berkas atau folder biasa (mis. pipa atau perangkat).', hint: 'Hapus dari content/.' },
    ]);
  });

  it('accepts a file of exactly 512 KB and refuses one byte more, giving the size found', async () => {
    const ofSize = (bytes: number) => {
      const head = programmeBody('');
      return `${head}${'a'.repeat(bytes - head.length - 1)}\n`;
    };
    expect(await problemsIn({ content: withProgramme(ofSize(512 * 1024)) })).toEqual([]);
    expect(await problemsIn({ content: withProgramme(ofSize(512 * 1024 + 1)) })).toEqual([
      {
        file: `content/${PROGRAMME}`,
        line: undefined,
        message: 'Ukuran berkas 513 KB; batas 512 KB.',
        hint: 'Berkas sebesar itu biasanya berisi gambar atau tabel yang ditempel. Pecah teksnya ke beberapa halaman, dan simpan gambar di public/.',
      },
    ]);
  });
});

describe('characters that two readers could read differently are refused with file, line and column', () => {
  const CONTROL_HINT = 'Biasanya terbawa saat menyalin dari PDF atau Word. Hapus karakter itu (ketik ulang bagian tersebut).';
  const BIDI_HINT = 'Hapus karakter itu; teks portal tidak memerlukannya. Biasanya terbawa saat menyalin teks.';
  const cases: [string, string, string, string][] = [
    ['a lone CR', 'Baris satu\rbaris dua', 'Ada tanda ganti baris CR tanpa LF di kolom 11; tiap program membacanya berbeda.', 'Simpan ulang berkas dengan akhir baris LF (di VS Code: klik "CR" di pojok kanan bawah, pilih LF).'],
    ['a line separator', 'Satu\u2028dua', 'Ada pemisah baris Unicode (U+2028) di kolom 5; tiap program membacanya berbeda.', 'Ganti dengan ganti baris biasa (Enter), atau hapus.'],
    ['a paragraph separator', 'Satu\u2029dua', 'Ada pemisah baris Unicode (U+2029) di kolom 5; tiap program membacanya berbeda.', 'Ganti dengan ganti baris biasa (Enter), atau hapus.'],
    ['NUL', 'Nol\u0000', 'Ada karakter kendali tak terlihat (U+0000) di kolom 4.', CONTROL_HINT],
    ['an escape sequence', 'Merah\u001b[31m', 'Ada karakter kendali tak terlihat (U+001B) di kolom 6.', CONTROL_HINT],
    ['a form feed', 'Halaman\u000cbaru', 'Ada karakter kendali tak terlihat (U+000C) di kolom 8.', CONTROL_HINT],
    ['DEL', 'Hapus\u007f', 'Ada karakter kendali tak terlihat (U+007F) di kolom 6.', CONTROL_HINT],
    ['a C1 next-line control', 'Baris\u0085baru', 'Ada karakter kendali tak terlihat (U+0085) di kolom 6.', CONTROL_HINT],
    ['a right-to-left override', 'Anggaran \u202E0001 Rp', 'Ada karakter pengatur arah teks (U+202E) di kolom 10: teks bisa tampil berbeda dari isinya.', BIDI_HINT],
    ['a left-to-right isolate', 'Nama \u2066x\u2069', 'Ada karakter pengatur arah teks (U+2066) di kolom 6: teks bisa tampil berbeda dari isinya.', BIDI_HINT],
    ['a right-to-left mark', 'Kota\u200F', 'Ada karakter pengatur arah teks (U+200F) di kolom 5: teks bisa tampil berbeda dari isinya.', BIDI_HINT],
    ['a BOM inside the text', 'Teks\uFEFFlanjutan', 'Ada tanda BOM (U+FEFF) di tengah berkas, kolom 5.', 'Biasanya akibat menggabungkan dua berkas. Hapus karakter itu.'],
    ['a replacement character', 'Caf\uFFFD', 'Ada karakter pengganti (U+FFFD, tampil sebagai �) di kolom 4: teks rusak saat disalin atau dikonversi.', 'Ketik ulang huruf yang rusak.'],
  ];
  it.each(cases)('%s', async (_, line, message, hint) => {
    expect(await problemsIn({ content: withProgramme(programmeBody(line)) })).toEqual([{ file: `content/${PROGRAMME}`, line: 12, message, hint }]);
  });

  it('checks the frontmatter too, and counts columns as editors do (an emoji takes two), not in bytes', async () => {
    const lines = PROGRAMME_LINES.map((line) => (line.startsWith('name:') ? 'name: 🏙️ Kota\u0000' : line));
    const [problem] = await problemsIn({ content: withProgramme(text(lines)) });
    expect(problem).toMatchObject({ line: 3, message: 'Ada karakter kendali tak terlihat (U+0000) di kolom 15.' });
  });

  it('reports one problem per line and sums up the rest of a file saved as UTF-16', async () => {
    const problems = await problemsIn({ content: withProgramme(Buffer.from(programmeBody(), 'utf16le')) });
    expect(problems.map((p) => p.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(problems[0]?.message).toBe('Ada karakter kendali tak terlihat (U+0000) di kolom 2.');
    expect(problems[10]).toEqual({
      file: `content/${PROGRAMME}`,
      line: 11,
      message: '2 baris lain juga memuat karakter terlarang.',
      hint: 'Berkas mungkin disimpan dengan pengodean yang salah (mis. UTF-16). Simpan ulang sebagai "UTF-8" di editor teks.',
    });
  });

  it('accepts tabs, CRLF line ends and a leading BOM, reading the same content as LF', async () => {
    const lf = programmeBody('Kolom\tkolom');
    const crlf = `\uFEFF${lf.replaceAll('\n', '\r\n')}`;
    const read = (body: string) =>
      withFixtureRoot({ content: withProgramme(body) }, (root) => loadContentFromDisk(root, TODAY)).then((result) => ({
        problems: result.problems,
        programme: modelOf(result)?.regionBySlug('kota-uji')?.programmes[0]?.data,
      }));
    const fromLf = await read(lf);
    expect(fromLf.problems).toEqual([]);
    expect(fromLf.programme?.name).toBe('Layanan Daring');
    expect(await read(crlf)).toEqual(fromLf);
  });

  it('still names the line of a problem in a CRLF file', async () => {
    const crlf = programmeBody('Baris', 'Nol\u0000').replaceAll('\n', '\r\n');
    expect(await problemsIn({ content: withProgramme(crlf) })).toMatchObject([{ line: 13, message: 'Ada karakter kendali tak terlihat (U+0000) di kolom 4.' }]);
  });

  it('normalises text the one way every reader uses', () => {
    expect(normaliseText('\uFEFF---\r\na: 1\r\n---\r\nTeks\r\n')).toBe('---\na: 1\n---\nTeks\n');
    expect(normaliseText('tanpa BOM\n')).toBe('tanpa BOM\n');
    expect(checkBytes('content/x.md', '\uFEFF---\r\nTeks\tkolom\r\n')).toEqual([]);
  });
});

const SVG_NS = 'xmlns="http://www.w3.org/2000/svg"';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);
const WEBP = Buffer.concat([Buffer.from('RIFF'), Buffer.alloc(4), Buffer.from('WEBPVP8 ')]);
/** An AVIF whose major brand is the generic `mif1`, naming `avif` among its compatible brands. */
const AVIF = Buffer.concat([Buffer.from([0, 0, 0, 28]), Buffer.from('ftypmif1'), Buffer.alloc(4), Buffer.from('mif1avifmiaf')]);
const ICO = Buffer.from([0, 0, 1, 0, 1, 0]);

describe('public/ holds only images', () => {
  const publicProblems = (files: FixtureFiles) => problemsIn({ content: validRegion(), public: files });

  it('accepts each image type that starts the way its type does, and the portal’s own icon', async () => {
    const favicon = await readFile('public/favicon.svg');
    const drawing = [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<!-- dibuat untuk uji -->',
      `<svg ${SVG_NS} xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 32 32">`,
      '  <title>Peta</title>',
      '  <defs><linearGradient id="g"><stop offset="0" stop-color="rgb(0, 87, 164)"/></linearGradient><path id="p" d="M0 0h4"/></defs>',
      '  <rect width="32" height="32" fill="url(#g)" style="stroke:#fff;stroke-width:calc(1 * 2)" transform="rotate(45 16 16)"/>',
      '  <use href="#p"/><use xlink:href="#p"/>',
      '  <text x="2" y="20">Kota &amp; Kabupaten</text>',
      '</svg>',
    ].join('\n');
    expect(
      await publicProblems({
        'favicon.svg': favicon,
        'gambar/peta.svg': drawing,
        'gambar/foto.png': PNG,
        'gambar/foto.jpg': JPEG,
        'gambar/FOTO.JPEG': JPEG,
        'gambar/foto.webp': WEBP,
        'gambar/foto.avif': AVIF,
        'ikon.ico': ICO,
      }),
    ).toEqual([]);
  });

  it('refuses scripts, pages and documents', async () => {
    const hint = 'Portal tidak memuat skrip, halaman atau dokumen dari public/. Hapus berkas ini; dokumen ditautkan dari situs resminya.';
    const refused = (name: string) => ({
      file: `public/${name}`,
      line: undefined,
      message: `Berkas "${name.split('/').pop()}" tidak boleh ada di public/: di sini hanya gambar .png, .jpg, .jpeg, .webp, .avif, .svg, .ico.`,
      hint,
    });
    // pagefind.yml too: Pagefind, run in the built site, would read it as its configuration.
    expect(
      await publicProblems({ 'x.js': 'alert(1)', 'halaman.html': '<script>', 'lib/modul.mjs': 'export {}', 'unduh/rencana.pdf': '%PDF', robots: 'x', 'pagefind.yml': 'exclude_selectors: ["main"]' }),
    ).toEqual([
      refused('halaman.html'),
      refused('lib/modul.mjs'),
      refused('pagefind.yml'),
      refused('robots'),
      refused('unduh/rencana.pdf'),
      refused('x.js'),
    ]);
  });

  it('refuses a page renamed to look like an image', async () => {
    expect(await publicProblems({ 'gambar/foto.jpg': '<html><script>alert(1)</script></html>', 'gambar/kosong.svg': '' })).toEqual([
      {
        file: 'public/gambar/foto.jpg',
        line: undefined,
        message: 'Isi berkas tidak cocok dengan namanya: ini bukan gambar .jpg.',
        hint: 'Simpan ulang gambarnya dari aplikasi gambar dengan jenis yang benar; mengganti nama berkas saja tidak cukup.',
      },
      expect.objectContaining({ file: 'public/gambar/kosong.svg', message: 'Isi berkas tidak cocok dengan namanya: ini bukan gambar .svg.' }),
    ]);
  });

  it('refuses hidden files and links, as in content/', async () => {
    expect(await publicProblems({ '.htaccess': 'x', 'gambar/tautan.png': { linkTo: '../../content/kota-uji/index.mdx' } })).toEqual([
      {
        file: 'public/.htaccess',
        line: undefined,
        message: 'Berkas atau folder tersembunyi (namanya diawali titik) tidak boleh ada di public/.',
        hint: 'Hapus, atau pindahkan ke luar public/. Berkas seperti .DS_Store dibuat otomatis oleh sistem operasi dan aman dihapus.',
      },
      { file: 'public/gambar/tautan.png', line: undefined, ...SYMLINK },
    ]);
  });

  const svg = (inside: string, attributes = '') => `<svg ${SVG_NS}${attributes}>${inside}</svg>`;
  const notDrawing: [string, string, string][] = [
    ['a script', svg('<script>alert(1)</script>'), '<script>'],
    ['an event handler', svg('<rect/>', ' onload="alert(1)"'), 'onload="alert(1)"'],
    ['HTML inside foreignObject', svg('<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>'), '<foreignObject>'],
    ['a link', svg('<a href="https://contoh.example/"><rect/></a>'), '<a>'],
    ['a style sheet', svg('<style>rect{fill:red}</style>'), '<style>'],
    ['an embedded image', svg('<image href="foto.png"/>'), '<image>'],
    ['an animation that rewrites an attribute', svg('<rect><set attributeName="fill" to="red"/></rect>'), '<set>'],
    ['a reference to another file', svg('<use href="https://contoh.example/x.svg#a"/>'), 'href="https://contoh.example/x.svg#a"'],
    ['a javascript: address behind an entity', `<svg ${SVG_NS} xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="&#x6A;avascript:alert(1)"/></svg>`, 'xlink:href="javascript:alert(1)"'],
    ['a paint from another file', svg('<rect fill="url(https://contoh.example/p.svg#g)"/>'), 'fill="url(https://contoh.example/p.svg#g)"'],
    ['a style that loads an image', svg('<rect style="mask-image:image-set(\'x.png\' 1x)"/>'), 'style="mask-image:image-set(\'x.png\' 1x)"'],
    ['a CSS escape', svg('<rect style="fill:u\\72 l(x.svg)"/>'), 'style="fill:u\\72 l(x.svg)"'],
    ['a base address', svg('<use href="#p"/>', ' xml:base="https://contoh.example/"'), 'xml:base="https://contoh.example/"'],
    ['a script under a namespace prefix', svg('<h:script xmlns:h="http://www.w3.org/1999/xhtml">alert(1)</h:script>'), '<h:script>'],
    ['an element moved to another namespace', svg('<g xmlns="http://www.w3.org/1999/xhtml"/>'), 'xmlns="http://www.w3.org/1999/xhtml"'],
    ['a document type with entities', `<!DOCTYPE svg [<!ENTITY x "y">]>${svg('<text>&x;</text>')}`, '<!DOCTYPE>'],
    ['a style sheet instruction', `<?xml-stylesheet href="gaya.css"?>${svg('<rect/>')}`, '<?xml-stylesheet?>'],
    ['another encoding', `<?xml version="1.0" encoding="ISO-8859-1"?>${svg('<rect/>')}`, 'encoding="ISO-8859-1"'],
    ['a CDATA section', svg('<text><![CDATA[a < b]]></text>'), '<![CDATA[…]]>'],
    ['an HTML page', '<html><body>x</body></html>', '<html>'],
  ];
  it.each(notDrawing)('refuses an SVG with %s', async (_, content, found) => {
    expect(await publicProblems({ 'gambar/peta.svg': content })).toEqual([
      {
        file: 'public/gambar/peta.svg',
        line: undefined,
        message: `Gambar SVG ini memuat ${found}; di public/ hanya boleh SVG yang berisi bentuk gambar saja.`,
        hint: 'Ekspor ulang sebagai SVG biasa ("Plain SVG") tanpa skrip, tautan, gaya atau gambar tertanam, atau simpan sebagai PNG.',
      },
    ]);
  });

  it('refuses an SVG that is not well-formed XML, with the line', async () => {
    expect(await publicProblems({ 'a.svg': `<svg ${SVG_NS}>\n<rect>\n</svg>`, 'b.svg': `${svg('')}${svg('')}`, 'c.svg': Buffer.from(svg('<text>Café</text>'), 'latin1') })).toEqual([
      {
        file: 'public/a.svg',
        line: 3,
        message: 'Gambar SVG ini tidak bisa dibaca sebagai XML: Unexpected close tag',
        hint: 'Ekspor ulang dari aplikasi gambar, atau simpan sebagai PNG.',
      },
      expect.objectContaining({ file: 'public/b.svg', message: 'Gambar SVG ini tidak bisa dibaca sebagai XML: More than one root element: <svg>' }),
      expect.objectContaining({ file: 'public/c.svg', message: 'Berkas bukan teks UTF-8 (mungkin disimpan dari Word atau sebagai ANSI).' }),
    ]);
  });
});

describe('an image address in content must name an image in public/', () => {
  const check = (reference: string) =>
    withFixtureRoot(
      {
        content: {},
        public: { 'gambar/foto.jpg': JPEG, 'gambar/animasi.gif': 'GIF89a', 'gambar/folder.png/isi.png': PNG, 'tautan': { linkTo: '../luar' } },
        outside: { 'luar/foto.jpg': JPEG },
      },
      async (root) => imageReferenceProblem(reference, path.join(root, 'public')),
    );

  it('accepts an image that is there', async () => {
    expect(await check('/gambar/foto.jpg')).toBeUndefined();
  });

  it('refuses an address that could lead anywhere else, and says how to write one', async () => {
    expect(await check('/gambar/../gambar/foto.jpg')).toEqual({
      rule: 'image-path-invalid',
      message: {
        id: 'Alamat gambar "/gambar/../gambar/foto.jpg" tidak bisa dipakai: tulis alamat berkas di public/ yang diawali satu /, mis. /gambar/foto.jpg.',
        en: 'The image address "/gambar/../gambar/foto.jpg" cannot be used: write the path of a file in public/ starting with one /, e.g. /gambar/foto.jpg.',
      },
      hint: {
        id: 'Nama folder dan berkas hanya boleh berisi huruf, angka, tanda hubung (-), garis bawah (_) dan titik; tanpa spasi, .., \\ atau //.',
        en: 'Folder and file names may hold only letters, digits, hyphens (-), underscores (_) and dots; no spaces, .., \\ or //.',
      },
    });
    const invalid = [
      '/..',
      '//contoh.example/foto.jpg',
      '\\gambar\\foto.jpg',
      '/gambar\\foto.jpg',
      '/gambar//foto.jpg',
      '/gambar/foto%2e.jpg',
      '/gambar/foto.jpg?v=1',
      '/gambar/foto.jpg#x',
      '/gambar/.tersembunyi.jpg',
      '/gambar/foto baru.jpg',
      'https://contoh.example/foto.jpg',
      '',
    ];
    for (const reference of invalid) expect((await check(reference))?.rule, reference).toBe('image-path-invalid');
  });

  it('refuses an address written relative to the content file, and gives the address from public/', async () => {
    for (const reference of ['gambar/foto.jpg', './gambar/foto.jpg', '../../../public/gambar/foto.jpg']) {
      const problem = await check(reference);
      expect(problem?.message.id, reference).toBe(`Alamat gambar "${reference}" relatif: gambar selalu dicari di public/, bukan di samping berkas ini.`);
      expect(problem?.hint?.id, reference).toBe('Tulis "/gambar/foto.jpg" untuk berkas public/gambar/foto.jpg.');
    }
    expect((await check('foto baru.jpg'))?.hint?.id).toBe('Simpan gambarnya di public/gambar/, lalu tulis alamatnya diawali /, mis. /gambar/foto.jpg.');
  });

  it('refuses a file that is not an image the pages may show', async () => {
    expect(await check('/gambar/animasi.gif')).toMatchObject({
      rule: 'image-type-not-allowed',
      message: { id: '"/gambar/animasi.gif" bukan jenis gambar yang bisa dipakai. Yang boleh: .png, .jpg, .jpeg, .webp, .avif, .svg.' },
    });
  });

  it('refuses an image that is not there, a folder, another case, or a file behind a link', async () => {
    expect(await check('/gambar/tidak-ada.png')).toEqual({
      rule: 'image-not-found',
      message: { id: 'Gambar "/gambar/tidak-ada.png" tidak ada di public/.', en: 'The image "/gambar/tidak-ada.png" is not in public/.' },
      hint: {
        id: 'Simpan gambarnya sebagai public/gambar/tidak-ada.png, atau periksa ejaan dan huruf besar-kecil alamatnya.',
        en: 'Save the image as public/gambar/tidak-ada.png, or check the spelling and capitals of the address.',
      },
    });
    for (const reference of ['/gambar/FOTO.jpg', '/gambar/folder.png', '/tautan/foto.jpg']) expect((await check(reference))?.rule, reference).toBe('image-not-found');
  });
});

describe('the build reads content only through the same rules', () => {
  it('hands glob() the normalised text of each file', async () => {
    const crlf = `\uFEFF${programmeBody().replaceAll('\n', '\r\n')}`;
    expect(await loadWithGlob({ content: withProgramme(crlf) })).toEqual({ texts: [programmeBody()] });
  });

  it('stops before reading anything when content/ holds a linked region folder', async () => {
    const result = await loadWithGlob({
      content: { ...withProgramme(programmeBody()), 'kota-tautan': { linkTo: '../luar/kota-tautan' } },
      outside: { 'luar/kota-tautan/program/rahasia.md': programmeBody() },
    });
    expect(result.texts).toEqual([]);
    expect(result.error).toBe(
      [
        'Berkas di content/ atau public/ tidak aman dibaca; build dihentikan. Jalankan `npm run check` untuk semua masalah.',
        'Files in content/ or public/ are not safe to read; the build stopped. Run `npm run check` for every problem.',
        '',
        'content/kota-tautan',
        `  ✗ ${SYMLINK.message}`,
        '    This is a link (symlink) to somewhere else, not an ordinary file or folder.',
        `    Petunjuk: ${SYMLINK.hint}`,
        '    Hint: The portal reads only ordinary files and folders. Replace the link with a copy of what it points to, or delete it.',
      ].join('\n'),
    );
  });

  it('stops on a forbidden character, a stray file or a script in public/', async () => {
    const bidi = await loadWithGlob({ content: withProgramme(programmeBody('Anggaran \u202E0001')) });
    expect(bidi.error).toContain(`content/${PROGRAMME}:12\n  ✗ Ada karakter pengatur arah teks (U+202E) di kolom 10: teks bisa tampil berbeda dari isinya.\n    A text-direction control character (U+202E) is at column 10`);
    const stray = await loadWithGlob({ content: { ...withProgramme(programmeBody()), 'kota-uji/catatan.docx': 'x' } });
    expect(stray.error).toContain('content/kota-uji/catatan.docx\n  ✗ Dokumen "catatan.docx" tidak boleh ada di content/: portal tidak menerbitkan berkas dokumen.');
    const script = await loadWithGlob({ content: withProgramme(programmeBody()), public: { 'x.js': 'alert(1)' } });
    expect(script.error).toContain('public/x.js\n  ✗ Berkas "x.js" tidak boleh ada di public/');
    expect([bidi.texts, stray.texts, script.texts]).toEqual([[], [], []]);
  });

  /** A loader that, like glob() in `astro dev`, reads a file that appeared (or changed) after the listing. */
  const readAfterListing = (change: (root: string) => Promise<void>) =>
    withFixtureRoot({ content: withProgramme(programmeBody()), outside: { 'luar.md': programmeBody() } }, async (root) => {
      const texts: string[] = [];
      const recorder: EntryType = { getEntryInfo: ({ contents }) => texts.push(contents) };
      const context: GuardableContext = {
        config: { publicDir: pathToFileURL(path.join(root, 'public/')) },
        logger: { error: () => undefined },
        entryTypes: new Map([['.md', recorder]]),
      };
      const loader = guardContentLoader<GuardableContext>(
        {
          name: 'uji',
          load: async ({ entryTypes }) => {
            await change(root);
            const file = path.join(root, 'content', PROGRAMME);
            await entryTypes?.get('.md')?.getEntryInfo({ fileUrl: pathToFileURL(file), contents: await readFile(file, 'utf8') });
          },
        },
        root,
      );
      return loader.load(context).then(
        () => ({ texts }),
        (error: Error) => ({ texts, error: error.message.split('\n').slice(3, 5) }),
      );
    });

  it('judges each file again as it is read: an edit with a forbidden character', async () => {
    const edited = await readAfterListing((root) => writeFile(path.join(root, 'content', PROGRAMME), programmeBody('Nol\u0000')));
    expect(edited).toEqual({ texts: [], error: [`content/${PROGRAMME}:12`, '  ✗ Ada karakter kendali tak terlihat (U+0000) di kolom 4.'] });
  });

  it('judges each file again as it is read: a file swapped for a link', async () => {
    const swapped = await readAfterListing(async (root) => {
      await rm(path.join(root, 'content', PROGRAMME));
      await symlink('../../../luar.md', path.join(root, 'content', PROGRAMME));
    });
    expect(swapped).toEqual({ texts: [], error: [`content/${PROGRAMME}`, `  ✗ ${SYMLINK.message}`] });
  });

  it('stops the load when a body fails to render, where glob() alone would log it and publish an empty page', async () => {
    const logged: string[] = [];
    const failure = await withFixtureRoot({ content: withProgramme(programmeBody()) }, (root) =>
      guardContentLoader<GuardableContext>(
        { name: 'uji', load: async ({ logger }) => logger.error('Error rendering kota-uji/program/x.md: Content rejected') },
        root,
      )
        .load({ config: { publicDir: pathToFileURL(path.join(root, 'public/')) }, logger: { error: (message) => logged.push(message) }, entryTypes: new Map() })
        .catch((error: Error) => error.message),
    );
    expect(failure).toBe('Error rendering kota-uji/program/x.md: Content rejected');
    expect(logged).toEqual(['Error rendering kota-uji/program/x.md: Content rejected']);
  });

  it('refuses to load at all when Astro stops passing the entry types it reads through', async () => {
    const refusal = await withFixtureRoot({ content: withProgramme(programmeBody()) }, (root) =>
      guardContentLoader<GuardableContext>({ name: 'uji', load: async () => undefined }, root)
        .load({ config: { publicDir: pathToFileURL(path.join(root, 'public/')) }, logger: { error: () => undefined } })
        .catch((error: Error) => error.message),
    );
    expect(refusal).toBe('Astro did not pass entryTypes to the content loader; the content guard cannot vouch for what it reads.');
  });
});
