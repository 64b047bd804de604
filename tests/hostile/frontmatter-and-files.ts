import { PROGRAMME_LINES, REGION_LINES, text, withLine, type Fixture } from '../helpers/content-fixture.ts';

/**
 * Hostile frontmatter and hostile bytes: what two readers could read differently (the check and
 * Astro), text that would reach a page, an attribute, a diagram, a feed or a download, and sizes
 * that would swamp the build. `guard` names the build-time layer that must stop each case on its
 * own: the file guard of Astro's loader (src/lib/content/files.ts) or the schemas Astro validates
 * with (src/lib/schema/).
 */

export interface HostileFile {
  readonly name: string;
  /** The project: a valid fictional region plus the hostile part. */
  readonly fixture: Fixture;
  /** The file (or folder) every refusal must name, from the project root. */
  readonly names: string;
  readonly guard: 'files' | 'schema';
}

const REGION = 'kota-uji/index.md';
const PROGRAMME = 'kota-uji/program/layanan-daring.md';
const VALID_REGION = { [REGION]: text(REGION_LINES) };

/** One hostile file in an otherwise valid region. */
const inRegion = (name: string, file: string, source: string, guard: HostileFile['guard']): HostileFile => ({
  name,
  fixture: { content: { ...VALID_REGION, [file]: source } },
  names: `content/${file}`,
  guard,
});

const region = (name: string, prefix: string, replacement: string | readonly string[], guard: HostileFile['guard'] = 'schema'): HostileFile =>
  inRegion(name, REGION, text(withLine(REGION_LINES, prefix, replacement)), guard);

const programme = (name: string, prefix: string, replacement: string | readonly string[], guard: HostileFile['guard'] = 'schema'): HostileFile =>
  inRegion(name, PROGRAMME, text(withLine(PROGRAMME_LINES, prefix, replacement)), guard);

/** A programme whose body is `body`, for byte-level cases. */
const programmeBody = (name: string, body: string): HostileFile => inRegion(name, PROGRAMME, `${text(PROGRAMME_LINES.slice(0, -1))}${body}`, 'files');

/** A project with extra entries in content/, public/ or beside them. */
const project = (name: string, names: string, extra: Omit<Fixture, 'content'> & { readonly content?: Fixture['content'] }): HostileFile => ({
  name,
  fixture: { ...extra, content: { ...VALID_REGION, [PROGRAMME]: text(PROGRAMME_LINES), ...extra.content } },
  names,
  guard: 'files',
});

export const HOSTILE_FILES: readonly HostileFile[] = [
  // Bytes that two readers could split differently.
  programmeBody('lone CR before raw HTML', 'Teks.\r<script>alert(1)</script>\n'),
  programmeBody('lone CR before an MDX-looking import', 'Teks.\rimport fs from "node:fs"\n'),
  inRegion('U+2028 inside a YAML comment', PROGRAMME, text(withLine(PROGRAMME_LINES, 'kind:', 'kind: priority # catatan\u2028---\n<script>alert(1)</script>')), 'files'),
  programmeBody('U+2029 in the body', 'Paragraf\u2029<style>main{display:none}</style>\n'),
  programmeBody('NUL in the body', 'Teks\u0000<b>x</b>\n'),
  programmeBody('BEL in the body', 'Teks\u0007\n'),
  programmeBody('escape sequence for the terminal', 'Teks \u001b[2J\u001b[31mGAGAL\u001b[0m\n'),
  programmeBody('C1 control', 'Teks \u0085 lagi\n'),
  programmeBody('right-to-left override in the body', 'Program \u202Egnp.exe\n'),
  programmeBody('invisible directional isolate', 'Program \u2066x\u2069\n'),
  programmeBody('a BOM in the middle of the file', 'Teks \uFEFF lagi\n'),
  programmeBody('a file over 512 KB', `${'Teks panjang. '.repeat(40_000)}\n`),
  region('lone CR in a region name', 'name:', 'name: Kota Uji\rfictional: false', 'files'),
  // Files that must not be read at all.
  project('a region folder that is a link', 'content/kota-tautan', {
    content: { 'kota-tautan': { linkTo: '../luar/kota-tautan' } },
    outside: { 'luar/kota-tautan/index.md': text(REGION_LINES), 'luar/kota-tautan/program/rahasia.md': text(PROGRAMME_LINES) },
  }),
  project('a programme that is a link out of the repository', 'content/kota-uji/program/rahasia.md', {
    content: { 'kota-uji/program/rahasia.md': { linkTo: '../../../luar/rahasia.md' } },
    outside: { 'luar/rahasia.md': text(PROGRAMME_LINES) },
  }),
  project('a hidden programme', 'content/kota-uji/program/.rahasia.md', { content: { 'kota-uji/program/.rahasia.md': text(PROGRAMME_LINES) } }),
  project('a hidden folder', 'content/kota-uji/.git', { content: { 'kota-uji/.git/config': '[core]\n' } }),
  project('a hidden SVG with a script', 'content/kota-uji/.x.svg', { content: { 'kota-uji/.x.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' } }),
  project('an SVG beside the content', 'content/kota-uji/peta.svg', { content: { 'kota-uji/peta.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' } }),
  project('a script in public/', 'public/x.js', { public: { 'x.js': 'alert(document.cookie)' } }),
  project('a page in public/', 'public/promo.html', { public: { 'promo.html': '<script>alert(1)</script>' } }),
  project('an SVG with a script in public/', 'public/gambar/peta.svg', {
    public: { 'gambar/peta.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>' },
  }),
  project('an SVG with an event handler in public/', 'public/logo.svg', {
    public: { 'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1" onload="alert(1)"/></svg>' },
  }),
  project('an SVG with a foreign object in public/', 'public/logo.svg', {
    public: { 'logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject></svg>' },
  }),
  project('a page renamed to an image in public/', 'public/gambar/foto.png', { public: { 'gambar/foto.png': '<html><script>alert(1)</script></html>' } }),
  // Frontmatter text that reaches pages, attributes, diagrams, feeds and downloads.
  region('NUL escaped in a quoted name', 'name:', 'name: "Kota Uji\\0"'),
  region('BEL escaped in a province', 'province:', 'province: "Provinsi\\a Uji"'),
  region('right-to-left override escaped in a name', 'name:', 'name: "Kota \\u202EijU"'),
  region('line separator escaped in a name', 'name:', 'name: "Kota\\u2028Uji"'),
  region('a name of 10,000 characters', 'name:', `name: Kota ${'Uji'.repeat(3_333)}`),
  region('a name of 201 characters', 'name:', `name: Kota ${'u'.repeat(196)}`),
  programme('a programme name with an escape sequence', 'name:', 'name: "Layanan \\e[2J"'),
  programme('a programme name with a line break', 'name:', 'name: "Layanan\\nDaring"'),
  programme('a javascript: evidence link', 'endYear:', ['endYear: 2026', 'progress:', '  - date: "2024-01-01"', '    status: ongoing', '    evidence: "javascript:alert(1)"']),
  programme('a data: evidence link', 'endYear:', ['endYear: 2026', 'progress:', '  - date: "2024-01-01"', '    status: ongoing', '    evidence: "data:text/html,<script>alert(1)</script>"']),
  region('a source with a javascript: address', 'province:', ['province: Provinsi Uji', 'sources:', '  - title: Berita', '    url: "javascript:alert(1)"']),
  region('a source address with a tab in the scheme', 'province:', ['province: Provinsi Uji', 'sources:', '  - title: Berita', '    url: "java\\tscript:alert(1)"']),
  region('a source title with a NUL', 'province:', ['province: Provinsi Uji', 'sources:', '  - title: "Berita\\0"', '    url: "https://contoh.go.id/"']),
  region('fifty-one sources', 'province:', ['province: Provinsi Uji', 'sources:', ...Array.from({ length: 51 }, (_, n) => `  - title: Sumber ${n}`)]),
  programme('twenty-one tags', 'kind:', ['kind: priority', 'tags:', ...Array.from({ length: 21 }, (_, n) => `  - tag-${n}`)]),
  programme('an unknown field that a page might echo', 'kind:', ['kind: priority', 'script: "<script>alert(1)</script>"']),
];
