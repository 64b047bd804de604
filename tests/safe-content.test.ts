import { describe, expect, it } from 'vitest';
import { checkContentBody } from '../src/lib/content/safety/check-body.ts';

const MDX = 'content/kota-contoh/index.mdx';
const MD = 'content/kota-contoh/program/e-warga.md';

/** Body problems as `line: English message`, with the body starting on line 10 of its file. */
function check(body: string, file = MDX) {
  return checkContentBody(file, body, 10);
}

function only(body: string, file = MDX) {
  const problems = check(body, file);
  expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(1);
  return problems[0]!;
}

const COMPONENTS = '<Callout>, <Figure>, <ProgramRef>';

describe('code is rejected with its exact message and line', () => {
  it('import and export lines', () => {
    const problems = check('Teks pembuka.\n\nimport Peta from "../peta.astro"\n\nexport const x = 1\n');
    expect(problems.map((p) => p.line)).toEqual([12, 14]);
    expect(problems[0]).toEqual({
      file: MDX,
      line: 12,
      field: '',
      message: {
        id: 'Baris "import …" tidak diizinkan: isi halaman tidak boleh memuat kode.',
        en: '"import …" lines are not allowed: page content must not contain code.',
      },
      hint: {
        id: `Komponen ${COMPONENTS} sudah tersedia tanpa import. Jika ini kalimat biasa, jangan awali baris dengan kata ini.`,
        en: `The components ${COMPONENTS} are available without an import. If this is ordinary text, do not start the line with this word.`,
      },
    });
    expect(problems[1]?.message.en).toBe('"export …" lines are not allowed: page content must not contain code.');
  });

  it('an export line that is not even valid JavaScript, refused once at its own line', () => {
    // The check parses to the tree without compiling: the compiler would also have complained,
    // at no line, about JavaScript the guard refuses anyway.
    for (const code of ['export const x =', 'export const a = 1; export const a = 2;']) {
      expect(only(`Teks pembuka.\n\n${code}\n`)).toMatchObject({
        line: 12,
        message: { en: '"export …" lines are not allowed: page content must not contain code.' },
      });
    }
  });

  it('JavaScript expressions in braces', () => {
    expect(only('Anggaran:\n\n{1 + 1} miliar')).toEqual({
      file: MDX,
      line: 12,
      field: '',
      message: {
        id: 'Kurung kurawal { } tidak diizinkan: di MDX isinya dijalankan sebagai kode JavaScript.',
        en: 'Curly braces { } are not allowed: in MDX their content runs as JavaScript code.',
      },
      hint: { id: 'Untuk menulis kurung kurawal sebagai teks biasa, tulis \\{ dan \\}.', en: 'To write a curly brace as plain text, write \\{ and \\}.' },
    });
    expect(only('Komentar {/* catatan */} pun kode.').line).toBe(10);
  });

  it('components that the portal does not provide, naming the allowed ones', () => {
    expect(only('<Peta kota="x" />')).toMatchObject({
      line: 10,
      message: {
        id: `Komponen <Peta> tidak tersedia. Yang tersedia: ${COMPONENTS}.`,
        en: `Component <Peta> is not available. Available: ${COMPONENTS}.`,
      },
    });
    expect(only('<Calout type="info">x</Calout>').hint).toEqual({ id: 'mungkin maksud Anda <Callout>?', en: 'did you mean <Callout>?' });
    expect(only('<__proto__ />').message.en).toBe(`Component <__proto__> is not available. Available: ${COMPONENTS}.`);
  });

  it('component attributes must be plain strings, known and complete', () => {
    expect(only('<Callout type={jenis}>x</Callout>').message).toEqual({
      id: 'Nilai atribut type harus teks biasa di dalam tanda kutip, mis. type="…".',
      en: 'The value of type must be plain text in quotes, e.g. type="…".',
    });
    expect(only('<Callout type="info" {...props}>x</Callout>').message.en).toBe('The value of {…} must be plain text in quotes, e.g. {…}="…".');
    expect(only('<Callout type="bahaya">x</Callout>').message).toEqual({
      id: 'Jenis Callout "bahaya" tidak dikenal. Pilihan: info, warning, note.',
      en: 'Unknown Callout type "bahaya". Choose one of: info, warning, note.',
    });
    expect(only('<Callout>x</Callout>').message).toEqual({ id: '<Callout> memerlukan atribut type="…".', en: '<Callout> needs the attribute type="…".' });
    expect(only('<Figure src="/gambar/peta.png" alt="Peta" judul="x" />').message).toEqual({
      id: 'Atribut "judul" tidak dikenal untuk <Figure>. Yang dikenal: src, alt, caption.',
      en: 'Unknown attribute "judul" for <Figure>. Known: src, alt, caption.',
    });
    expect(only('<Figure src="/gambar/peta.png" />').message.en).toBe('<Figure> needs the attribute alt="…".');
    expect(only('<Figure src="https://contoh.go.id/peta.png" alt="Peta" />').message.en).toBe(
      'Images must be files on the portal, not "https://contoh.go.id/peta.png".',
    );
    expect(only('<ProgramRef id="kota-lain/e-warga" />').message).toEqual({
      id: '"kota-lain/e-warga" bukan id program yang valid.',
      en: '"kota-lain/e-warga" is not a valid programme id.',
    });
  });

  it('components in .md files, with a hint to use .mdx', () => {
    expect(only('Lihat <ProgramRef id="e-warga" />.', MD)).toEqual({
      file: MD,
      line: 10,
      field: '',
      message: { id: 'Komponen <ProgramRef> hanya bisa dipakai di berkas .mdx.', en: 'Component <ProgramRef> only works in .mdx files.' },
      hint: {
        id: 'Ganti akhiran nama berkas dari .md menjadi .mdx (nama lainnya tetap), atau hapus komponennya.',
        en: 'Change the file name ending from .md to .mdx (keep the rest of the name), or remove the component.',
      },
    });
  });

  it.each(['script', 'iframe', 'style', 'object', 'embed', 'form', 'link', 'meta', 'base'])('the <%s> tag', (tag) => {
    for (const file of [MDX, MD]) {
      expect(only(`Paragraf.\n\n<${tag} src="https://contoh.go.id/x"></${tag}>`, file)).toMatchObject({
        line: 12,
        message: {
          id: `Tag HTML <${tag}> dilarang: tag ini bisa menjalankan kode, memuat halaman lain, atau mengubah tampilan portal.`,
          en: `The HTML tag <${tag}> is forbidden: it can run code, load other pages or change how the portal looks.`,
        },
      });
    }
    // Browsers do not care about case.
    expect(only(`<${tag.toUpperCase()}>x</${tag.toUpperCase()}>`, MD).message.en).toContain(`<${tag}> is forbidden`);
  });

  it('event-handler and style attributes', () => {
    expect(only('<img src="/gambar/foto.jpg" alt="x"\n  onerror="alert(1)">', MD)).toMatchObject({
      line: 11,
      message: {
        id: 'Atribut onerror tidak diizinkan: atribut on… menjalankan kode JavaScript.',
        en: 'The attribute onerror is not allowed: on… attributes run JavaScript code.',
      },
    });
    expect(only('<div onClick="x()">a</div>').message.en).toBe('The attribute onClick is not allowed: on… attributes run JavaScript code.');
    expect(only('<span style="color:red">a</span>').message).toEqual({
      id: 'Atribut style tidak diizinkan: tampilan diatur oleh portal agar seragam dan mudah dibaca.',
      en: 'The style attribute is not allowed: the portal sets the look so that pages stay consistent and readable.',
    });
    expect(only('<Callout type="info" style="x">a</Callout>').message.en).toContain('The style attribute is not allowed');
  });

  it.each([
    ['a Markdown link', '[klik](javascript:alert(1))', 'javascript:alert(1)', 'javascript'],
    ['a Markdown image', '![peta](data:image/png;base64,AAAA)', 'data:image/png;base64,AAAA', 'data'],
    ['a link definition', '[situs]: vbscript:msgbox(1)\n\n[klik][situs]', 'vbscript:msgbox(1)', 'vbscript'],
    ['a definition inside a quote', '> [situs]: javascript:alert(1)', 'javascript:alert(1)', 'javascript'],
    ['an href', '<a href="javascript:alert(1)">klik</a>', 'javascript:alert(1)', 'javascript'],
    ['an img src', '<img src="data:image/svg+xml,x" alt="">', 'data:image/svg+xml,x', 'data'],
    ['a Figure src', '<Figure src="javascript:alert(1)" alt="x" />', 'javascript:alert(1)', 'javascript'],
    ['an encoded scheme', '[klik](jav&#x61;script&colon;alert(1))', 'javascript:alert(1)', 'javascript'],
    ['an escaped colon', '[klik](javascript\\:alert(1))', 'javascript:alert(1)', 'javascript'],
    ['an upper-case scheme', '<a href=" JAVASCRIPT:alert(1)">klik</a>', 'JAVASCRIPT:alert(1)', 'javascript'],
  ])('script URLs in %s', (_, body, url, scheme) => {
    expect(only(body, body.includes('Figure') ? MDX : MD)).toMatchObject({
      line: 10,
      message: {
        id: `Alamat "${url}" tidak diizinkan: alamat berawalan ${scheme}: bisa menjalankan kode atau menyisipkan isi tersembunyi.`,
        en: `The address "${url}" is not allowed: ${scheme}: addresses can run code or embed hidden content.`,
      },
      hint: { id: 'Pakai alamat web https://… atau alamat berkas di portal.', en: 'Use a https://… web address or the address of a file on the portal.' },
    });
  });

  it('script URLs in autolinks of .md files', () => {
    expect(only('Lihat <javascript:alert(1)>.', MD).message.en).toBe(
      'The address "javascript:alert(1)" is not allowed: javascript: addresses can run code or embed hidden content.',
    );
  });

  it('other URL schemes and plain-http images', () => {
    expect(only('[berkas](file:///C:/data.xlsx)', MD).message.en).toBe(
      'The address "file:///C:/data.xlsx" uses file:, which is not allowed. Allowed: https://, http://, mailto:, tel:, or an address on the portal.',
    );
    expect(only('![peta](https://contoh.go.id/peta.png)', MD)).toMatchObject({
      message: { id: 'Gambar harus berupa berkas di portal, bukan "https://contoh.go.id/peta.png".' },
      hint: { id: 'Portal tidak memuat apa pun dari situs lain. Simpan gambar di folder public/ lalu tulis alamatnya, mis. /gambar/foto.jpg.' },
    });
  });

  it('HTML outside the safe subset', () => {
    expect(only('<video src="https://contoh.go.id/v.mp4"></video>', MD)).toMatchObject({
      message: { id: 'Tag HTML <video> tidak termasuk yang diizinkan.', en: 'The HTML tag <video> is not among the allowed ones.' },
    });
    expect(only('<svg></svg>').message.en).toBe('The HTML tag <svg> is not among the allowed ones.');
    expect(only('<div class="peringatan">x</div>', MD).message).toEqual({
      id: 'Atribut class tidak diizinkan pada <div>.',
      en: 'The attribute class is not allowed on <div>.',
    });
    expect(only('<b title="a"title="b">x</b>', MD).message.en).toBe('The tag <b> is not written correctly, so a browser could read it differently from this check.');
    expect(only('<!DOCTYPE html>', MD).message.en).toBe('Special HTML such as <!…>, <?…?> or <![CDATA[…]]> is not allowed.');
    expect(only('Catatan <!-- a --!> b -->', MD).message.en).toBe('This HTML comment contains --!> or a backtick, so a browser could read it differently.');
  });

  it('MDX-only mistakes that would break the build', () => {
    expect(only('Teks <!-- catatan --> lagi.').message.en).toBe('HTML comments <!-- --> do not work in .mdx files.');
    expect(only('Lihat <https://contoh.go.id>.').message).toEqual({
      id: 'Tautan <https://contoh.go.id> tidak bisa dipakai di berkas .mdx.',
      en: 'The link <https://contoh.go.id> does not work in .mdx files.',
    });
  });

  it('a backtick inside a tag or link address', () => {
    expect(only('<abbr title="`x`">SPBE</abbr>').message.en).toBe(
      'A code mark (` or a ```/~~~ line) sits inside an HTML tag or link address, so it is unclear what is code.',
    );
    expect(only('[situs](https://contoh.go.id "judul `x`")', MD).line).toBe(10);
  });
});

describe('what the portal allows passes', () => {
  it.each([
    '<Callout type="info">Catatan **penting**.</Callout>',
    '<Callout type="warning">\n\nData 2023 belum final.\n\n</Callout>',
    '<Callout type="note">x</Callout>',
    '<Figure src="/gambar/peta-jalan.png" alt="Peta jalan" caption="Peta jalan 2022–2026" />',
    '<Figure\n  src="/gambar/foto.jpg"\n  alt="Peluncuran aplikasi"\n/>',
    'Program terkait: <ProgramRef id="e-kelurahan" />.',
  ])('component %#', (body) => {
    expect(check(body)).toEqual([]);
  });

  it('every allowed tag, in .md and .mdx', () => {
    const body = [
      '<p>Paragraf<br/>baris <strong>kuat</strong> <em>miring</em> <b>b</b> <i>i</i> <u>u</u> x<sup>2</sup> H<sub>2</sub>O',
      '<abbr title="Sistem Pemerintahan Berbasis Elektronik">SPBE</abbr> <code>kode</code> <kbd>Ctrl</kbd> <mark>tanda</mark> <small>kecil</small> <span lang="en">word</span></p>',
      '<ul><li>satu</li></ul><ol start="2" reversed><li value="2">dua</li></ol>',
      '<table><caption>Anggaran</caption><colgroup><col span="2"></colgroup><thead><tr><th scope="col">Tahun</th></tr></thead>',
      '<tbody><tr><td colspan="2" align="right">2024</td></tr></tbody><tfoot><tr><td>Total</td></tr></tfoot></table>',
      '<a href="https://contoh.go.id" target="_blank" rel="noopener" title="Situs">situs</a> <a href="/kota-contoh/">relatif</a> <a href="#visi">visi</a>',
      '<a href="mailto:diskominfo@contoh.go.id">surel</a> <a href="tel:+62542123">telepon</a>',
      '<img src="/gambar/foto.jpg" alt="Foto" width="300" height="200" loading="lazy"> <img src="/gambar/foto.jpg" alt="">',
      '<details open><summary>Rincian</summary><div dir="ltr">isi</div></details>',
      '<blockquote>kutipan</blockquote><pre>teks</pre>',
    ].join('\n');
    expect(check(body, MD)).toEqual([]);
    // JSX closes void elements itself: `<col />`, `<img />`.
    const asJsx = body
      .replace('reversed', 'reversed=""')
      .replace('<details open>', '<details>')
      .replace('<col span="2">', '<col span="2" />')
      .replace(/(<img [^>]*?)>/g, '$1 />');
    expect(check(asJsx, MDX)).toEqual([]);
  });

  it('ordinary Markdown', () => {
    const body = [
      '## Visi',
      '',
      'Terwujudnya **kota cerdas** yang _nyaman_. Nilai 5 < 10 dan 10 > 5; harga \\{estimasi\\}.',
      '',
      '- [Situs resmi](https://contoh.go.id) dan [dokumen](../dokumen.pdf "Buku II")',
      '- ![Logo](/gambar/logo.png) · www.contoh.go.id · <diskominfo@contoh.go.id>',
      '',
      '| Tahun | Target |',
      '|---|---|',
      '| 2024 | 80% |',
      '',
      '[^1]: Catatan kaki.',
    ].join('\n');
    expect(check(body, MD)).toEqual([]);
  });

  it('code blocks and inline code may show anything', () => {
    const body = [
      'Contoh kode `<script>alert(1)</script>` dan `{x}` dan ``a ` <iframe>``:',
      '',
      '```html',
      '<script src="x.js"></script>',
      'import x from "y"',
      '{ "a": 1 }',
      '```',
      '',
      '~~~',
      '<iframe src="javascript:alert(1)"></iframe>',
      '```',
      '~~~',
      '',
      '````md',
      '```',
      '<style>p{}</style>',
      '```',
      '````',
    ].join('\n');
    expect(check(body, MDX)).toEqual([]);
    expect(check(body, MD)).toEqual([]);
  });

  it('an unclosed code block runs to the end', () => {
    expect(check('Teks.\n\n```\n<script>x</script>\n')).toEqual([]);
  });
});

describe('text that could be read two ways is refused, never skipped', () => {
  it('an indented or nested code fence is not trusted, with a hint about code blocks', () => {
    const problem = only('- langkah:\n\n  ```\n  <script>x</script>\n  ```', MD);
    expect(problem.line).toBe(13);
    expect(problem.hint?.en).toContain('Put ``` at the very start of a line');
  });

  it('a fence inside an HTML block of a .md file', () => {
    expect(only('<div>\n```\n<script>alert(1)</script>\n```\n</div>', MD).line).toBe(12);
  });

  it('inline code inside an HTML block of a .md file', () => {
    expect(only('<div>\n`<img src=/x.png onerror=alert(1)>`\n</div>', MD).message.en).toContain('onerror');
  });

  it('inline code in a table cell with a pipe', () => {
    expect(only('| a |\n|---|\n| `<img src=/x.png onerror=alert(1)>|` |', MD).message.en).toContain('onerror');
  });

  it('inline code right after a bare URL', () => {
    expect(only('Lihat https://contoh.go.id/` <img src=/x.png onerror=alert(1)> `', MD).message.en).toContain('onerror');
  });

  it('a backslash right after a bare URL is not an escape', () => {
    expect(only('www.contoh.go.id/\\<javascript:alert(1)>', MD).message.en).toContain('javascript:');
  });

  it('backticks that do not pair on one line', () => {
    expect(only('a `b\n<span>c` <img src=/x.png onerror=alert(1)> `d`', MD).message.en).toContain('onerror');
  });

  it('an empty comment <!--> ends at once, as in browsers', () => {
    expect(only('<!--> <img src=/x.png onerror=alert(1)> -->', MD).message.en).toContain('onerror');
  });

  it('a comment that the next lines may cut short', () => {
    expect(only('Teks <!--\n<script>alert(1)</script> -->', MD).line).toBe(11);
  });

  it('a tag over several lines', () => {
    expect(only('<img\nsrc=/x.png\nonerror=alert(1)>', MD).line).toBe(12);
  });

  it('a tag with a blank line in it is not one tag', () => {
    const problems = check('<b title="\n\n<img src=/x.png onerror=alert(1)>\n\n">', MD);
    expect(problems.map((p) => [p.line, p.message.en.slice(0, 31)])).toEqual([
      [10, 'The tag <b> is not written corr'],
      [12, 'The attribute onerror is not al'],
    ]);
  });

  it('a tag left open at the end of an HTML block', () => {
    expect(only('<div>\n<b title="x" onerror=alert(1)\n\n" a', MD).message.en).toBe(
      'The tag <b> is not written correctly, so a browser could read it differently from this check.',
    );
  });
});
