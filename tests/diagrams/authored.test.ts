import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../src/lib/browser.ts';
import { describeRule } from '../../src/lib/content/messages.ts';
import { captionOf, diagramSource, findForbiddenConstructs, mermaidComplaint } from '../../src/lib/diagrams/authored.ts';
import { closeRenderer, renderDiagram, type RenderOptions, type RenderResult } from '../../src/lib/diagrams/render.ts';
import { authoredMermaid } from '../../src/lib/render/mermaid-plugin.ts';
import { bodyStyleHashes, cspHash } from '../../src/lib/security.ts';

const hasBrowser = process.env.MERMAID_CHROMIUM !== 'none' && findChromium() !== undefined;

/** What an author reads for each refused line of a block: the line within the block, the Indonesian message. */
function refusals(code: string) {
  return findForbiddenConstructs(code).map((finding) => ({ line: finding.line, message: describeRule(finding.rule, finding.values).message.id }));
}

const DIRECTIVE = 'Petunjuk pengaturan %%{…}%% tidak diizinkan di diagram.';
const FRONTMATTER = 'Blok pengaturan --- di awal diagram tidak diizinkan.';
const link = (keyword: string) => `Tautan dan aksi klik (${keyword}) tidak diizinkan di diagram.`;
const IMAGE = 'Gambar (img:) tidak diizinkan di dalam diagram.';
const html = (tag: string) => `Tag HTML ${tag} tidak diizinkan di diagram.`;
const style = (found: string) => `Gaya diagram hanya boleh berisi warna, garis dan ukuran; "${found}" tidak diizinkan.`;

describe('the rules for Mermaid an author writes', () => {
  it.each([
    ['an init directive', 'flowchart LR\n  %%{init: {"htmlLabels": true}}%%\n  A --> B', [{ line: 2, message: DIRECTIVE }]],
    ['a directive split over lines', 'flowchart LR\n  A --> B\n%%{\n  init: {"theme": "dark"}\n}%%', [{ line: 3, message: DIRECTIVE }]],
    ['a directive with a line break before its brace', '%%\n{init: {"securityLevel": "loose"}}%%\nflowchart LR\n  A --> B', [{ line: 1, message: DIRECTIVE }]],
    ['a directive with odd spacing, inside a label', 'flowchart LR\n  A["x %%   {wrap}%%"] --> B', [{ line: 2, message: DIRECTIVE }]],
    ['a settings block on top', '\n---\nconfig:\n  htmlLabels: true\n---\nflowchart LR\n  A --> B', [{ line: 2, message: FRONTMATTER }]],
    ['click … href', 'flowchart LR\n  A --> B\n  click A href "https://contoh.id" "Buka"', [{ line: 3, message: link('click') }]],
    ['click … call', 'flowchart LR\n  A --> B\n  click B call tampilkan()', [{ line: 3, message: link('click') }]],
    ['click after a semicolon', 'flowchart LR\n  A --> B; click A "https://contoh.id"', [{ line: 2, message: link('click') }]],
    ['a gantt task link', 'gantt\n  section Tahap 1\n  Kajian :a1, 2024-01-01, 30d\n  click a1 href "https://contoh.id"', [{ line: 4, message: link('click') }]],
    ['a sequence actor link', 'sequenceDiagram\n  link Warga: Portal @ https://contoh.id\n  Warga->>Dinas: Ajukan izin', [{ line: 2, message: link('link') }]],
    ['a sequence actor menu', 'sequenceDiagram\n  links Warga: {"Portal": "https://contoh.id"}', [{ line: 2, message: link('links') }]],
    ['a class callback', 'classDiagram\n  class Izin\n  callback Izin "tampilkan"', [{ line: 3, message: link('callback') }]],
    ['a C4 link', 'C4Context\n  Person(warga, "Warga", $link="https://contoh.id")', [{ line: 2, message: link('$link') }]],
    ['an image shape', 'flowchart LR\n  A@{ img: "https://contoh.id/logo.png", label: "Logo" }', [{ line: 2, message: IMAGE }]],
    ['a bold tag in a label', 'flowchart LR\n  A["<b>Warga</b>"] --> B', [{ line: 2, message: html('<b>') }]],
    ['an image tag with a handler', 'flowchart LR\n  A["x<img src=x onerror=alert(1)>"] --> B', [{ line: 2, message: html('<img src=x onerror=alert(1)>') }]],
    ['a tag spelled with Mermaid entities', 'flowchart LR\n  A["#60;script#62;x"] --> B', [{ line: 2, message: html('<script>') }]],
    ['a tag spelled with HTML references', 'flowchart LR\n  A["&lt;i&gt;miring"] --> B', [{ line: 2, message: html('<i>') }]],
    ['an HTML comment', 'flowchart LR\n  A["<!-- x -->"] --> B', [{ line: 2, message: html('<!-- x -->') }]],
    ['a line break with an attribute', 'flowchart LR\n  A["satu<br onclick=x>dua"] --> B', [{ line: 2, message: html('<br onclick=x>') }]],
    ['url() in a style', 'flowchart LR\n  A --> B\n  style A fill:url(https://contoh.id/p.png)', [{ line: 3, message: style('url(') }]],
    ['expression() in a link style', 'flowchart LR\n  A --> B\n  linkStyle 0 stroke:expression(alert(1))', [{ line: 3, message: style('expression(') }]],
    ['a brace in a class definition', 'flowchart LR\n  A --> B\n  classDef x fill:red}body{display:none', [{ line: 3, message: style('}') }]],
    ['a CSS escape', 'stateDiagram-v2\n  classDef x background:\\000075rl\\28 x\\29', [{ line: 2, message: style('\\') }]],
  ])('refuse %s, at its line', (_name, code, expected) => {
    expect(refusals(code)).toEqual(expected);
  });

  it('report every refused line of a block, in order', () => {
    const code = 'flowchart LR\n  %%{init: {}}%%\n  A["<u>x</u>"] --> B\n  click A href "https://contoh.id"';
    expect(refusals(code).map((refusal) => refusal.line)).toEqual([2, 3, 4]);
  });

  it('let ordinary diagrams through, with line breaks, annotations, comparisons, comments and colours', () => {
    const allowed = [
      'flowchart LR\n  %% catatan penulis\n  A["Warga<br>mengisi<br/>formulir<br />daring"] -->|lengkap| B\n  B <--> C\n  link --> D',
      'classDiagram\n  class Layanan {\n    <<interface>>\n    +ajukan()\n  }\n  Layanan <|-- Izin',
      'flowchart LR\n  A["a < b dan b > c"] --> B\n  style A fill:#e3eff1,stroke:rgb(63 111 120),stroke-width:2px,stroke-dasharray: 5 5\n  classDef penting fill:hsl(30 90% 90%),color:#1f2933',
      'sequenceDiagram\n  Warga->>+Dinas: Ajukan izin\n  Dinas-->>-Warga: Izin terbit',
      'stateDiagram-v2\n  state pilih <<choice>>\n  [*] --> pilih',
      'timeline\n  title Sejarah masterplan\n  2022 : Kajian #quot;awal#quot; #9829;',
    ];
    for (const code of allowed) expect(refusals(code)).toEqual([]);
  });
});

describe('an authored diagram’s text', () => {
  it('is the block trimmed, remembering on which line of the block it starts', () => {
    expect(diagramSource('\n\n  flowchart LR\n  A --> B\n\n')).toEqual({ text: 'flowchart LR\n  A --> B', firstLine: 3 });
    expect(diagramSource('pie\n  "a": 1')).toEqual({ text: 'pie\n  "a": 1', firstLine: 1 });
  });

  it('takes its caption from accTitle or title, else a number', () => {
    expect(captionOf('flowchart LR\n  accTitle: Alur izin\n  A --> B', 0)).toBe('Alur izin');
    expect(captionOf('timeline\n  title Sejarah masterplan', 0)).toBe('Sejarah masterplan');
    expect(captionOf('flowchart LR\n  A --> B', 1)).toBe('Diagram 2');
  });

  it('gets what Mermaid said on one line, at the line of the text Mermaid meant', () => {
    const rejected = (said: string) => new Error(`Diagram "diagram-penulis-1": Mermaid menolak sumbernya · Mermaid rejected its source: ${said}\n  1 | flowchart LR`);
    const source = 'flowchart LR\n  %% catatan\n\n  %% lagi\n  A --> B\n  B -->';
    // Mermaid counts lines without the comment lines (and the blank line its pattern takes along with the second).
    expect(mermaidComplaint(rejected("Parse error on line 3:\n...  A --> B  B -->\n--------------^\nExpecting 'NODE_STRING', got 'EOF'"), source)).toEqual({
      detail: "Parse error: Expecting 'NODE_STRING', got 'EOF'",
      line: 6,
    });
    expect(mermaidComplaint(rejected('Parsing failed: Lexer error on line 2, column 8: unexpected character'), 'pie\n  %% c\n  "a": x')).toEqual({
      detail: 'Parsing failed: Lexer error, column 8: unexpected character',
      line: 3,
    });
    expect(mermaidComplaint(rejected('Invalid date:2024-13-45'), 'gantt')).toEqual({ detail: 'Invalid date:2024-13-45', line: undefined });
    expect(mermaidComplaint(new Error('Diagram "d": Mermaid tidak selesai dalam 30 detik · did not finish within 30 s\nstack'), 'gantt')).toEqual({
      detail: 'Diagram "d": Mermaid tidak selesai dalam 30 detik · did not finish within 30 s',
      line: undefined,
    });
  });
});

const SVG = '<svg id="diagram-penulis-1" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" width="10" height="10" role="img" aria-label="Alur"><style>#diagram-penulis-1 > g{fill:#e3eff1}</style><g><text>a &lt; b</text></g></svg>';
const STYLE_HASH = cspHash('#diagram-penulis-1 > g{fill:#e3eff1}');
const drawn = (svg = SVG) => async (): Promise<RenderResult> => ({ kind: 'svg', svg, styleHashes: [STYLE_HASH] });

/** The document data Astro's Markdown processor starts a compile with. */
const astroData = (frontmatter: Record<string, unknown>) => ({ astro: { frontmatter, headings: [], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() } });

/** Compiles a body as Astro does, with the plugin and the processor's frontmatter to record hashes in. */
async function compile(body: string, render: (text: string, options: RenderOptions) => Promise<RenderResult>, fileURL?: URL) {
  const frontmatter: Record<string, unknown> = {};
  const { html } = await markdownToHtml(body, { hastPlugins: [authoredMermaid(render)], data: astroData(frontmatter), ...(fileURL ? { fileURL } : {}) });
  return { html, styleHashes: bodyStyleHashes(frontmatter) };
}

describe('the Markdown processor', () => {
  it('turns a ```mermaid block into a captioned figure with the text folded below, and records its style hash', async () => {
    const { html, styleHashes } = await compile('Alur:\n\n```mermaid\nflowchart LR\n  accTitle: Alur "izin" & a<b\n  A --> B["x < y"]\n```\n', drawn());
    expect(html).toBe(
      '<p>Alur:</p>\n<figure class="diagram"><figcaption>Alur "izin" &amp; a&lt;b</figcaption>' +
        '<div class="diagram__canvas" role="region" aria-label="Alur &quot;izin&quot; &amp; a<b" tabindex="0" data-pagefind-ignore="">' +
        '<svg id="diagram-penulis-1" viewBox="0 0 10 10" width="10" height="10" role="img" aria-label="Alur"><style>#diagram-penulis-1 > g{fill:#e3eff1}</style><g><text>a &lt; b</text></g></svg></div>' +
        '<p class="diagram__hint">Diagram ini lebih lebar dari layar: geser ke samping, atau pilih diagram lalu tekan tombol panah.</p>' +
        '<details class="diagram__source"><summary>Teks diagram</summary><pre>flowchart LR\n  accTitle: Alur "izin" &amp; a&lt;b\n  A --&gt; B["x &lt; y"]</pre></details></figure>\n',
    );
    expect(styleHashes).toEqual([STYLE_HASH]);
  });

  it('shows the diagram’s text openly when the build has no browser to draw it', async () => {
    const { html, styleHashes } = await compile('```mermaid\npie\n  "a": 1\n```\n', async () => ({ kind: 'text' }));
    expect(html).toBe('<figure class="diagram"><figcaption>Diagram 1</figcaption><details class="diagram__source" open><summary>Teks diagram</summary><pre>pie\n  "a": 1</pre></details></figure>\n');
    expect(styleHashes).toEqual([]);
  });

  it('records no style hash for a body without diagrams, whatever its frontmatter said', async () => {
    const frontmatter: Record<string, unknown> = { portalStyleHashes: [STYLE_HASH] };
    await markdownToHtml('Teks biasa.\n\n```js\nlet x;\n```\n', { hastPlugins: [authoredMermaid(drawn())], data: astroData(frontmatter) });
    expect(bodyStyleHashes(frontmatter)).toEqual([]);
  });

  describe('fails the build, naming the content file and line,', () => {
    const directory = mkdtemp(path.join(tmpdir(), 'authored-mermaid-'));
    afterAll(async () => rm(await directory, { recursive: true, force: true }));

    /** A content file with frontmatter; Astro compiles its body alone, trimmed, as here. */
    async function contentFile(bodyLines: readonly string[]) {
      const file = path.join(await directory, 'smart-governance.md');
      const body = bodyLines.join('\n');
      await writeFile(file, `---\ndimension: smart-governance\n---\n\n${body}\n`);
      // Outside content/, a file is named by its full path.
      return { body, fileURL: pathToFileURL(file), name: file };
    }

    it('for a directive, with the check’s own message', async () => {
      const { body, fileURL, name } = await contentFile(['Alur:', '', '```mermaid', 'flowchart LR', '  %%{init: {"htmlLabels": true}}%%', '  A --> B', '```']);
      await expect(compile(body, drawn(), fileURL)).rejects.toThrow(
        `${name}:9\n` +
          '  ✗ Petunjuk pengaturan %%{…}%% tidak diizinkan di diagram.\n' +
          '    Settings directives %%{…}%% are not allowed in diagrams.\n' +
          '    Petunjuk: Portal mengatur tampilan semua diagram; hapus petunjuk ini. Komentar ditulis %% tanpa kurung kurawal.\n' +
          '    Hint: The portal sets how every diagram looks; remove the directive. Comments are written %% without braces.',
      );
    });

    it('for a line Mermaid cannot read, at the line Mermaid names', async () => {
      const { body, fileURL, name } = await contentFile(['```mermaid', '', 'flowchart LR', '  A --> B', '  B -->', '```']);
      const refused = async () => {
        throw new Error('Diagram "diagram-penulis-1": Mermaid menolak sumbernya · Mermaid rejected its source: Parse error on line 3:\n...\n---^\nExpecting \'NODE_STRING\', got \'EOF\'\n  1 | x');
      };
      await expect(compile(body, refused, fileURL)).rejects.toThrow(`${name}:9\n  ✗ Mermaid tidak dapat membaca diagram ini: Parse error: Expecting 'NODE_STRING', got 'EOF'\n`);
    });

    it('for a link Mermaid drew although the rules let none through', async () => {
      const { body, fileURL, name } = await contentFile(['```mermaid', 'flowchart LR', '  A --> B', '```']);
      const linked = drawn('<svg id="diagram-penulis-1" viewBox="0 0 10 10"><a href="https://contoh.id"><text>A</text></a></svg>');
      await expect(compile(body, linked, fileURL)).rejects.toThrow(`${name}:5\n  ✗ Tautan dan aksi klik (<a>) tidak diizinkan di diagram.\n`);
    });
  });
});

describe.skipIf(!hasBrowser)('authored Mermaid in the build browser', () => {
  afterAll(() => closeRenderer());

  it('cannot switch on HTML labels or add styles, even if a directive reached Mermaid', async () => {
    const source = '%%{init: {"htmlLabels": true, "flowchart": {"htmlLabels": true}, "themeCSS": ".node{display:none}"}}%%\nflowchart LR\n  A["Warga"] --> B';
    const drawing = await renderDiagram(source, { id: 'uji-kunci', title: 'Uji' });
    expect(drawing.kind).toBe('svg');
    const svg = drawing.kind === 'svg' ? drawing.svg : '';
    expect(svg).toContain('>Warga</tspan>');
    expect(svg).not.toContain('foreignObject');
    expect(svg).not.toContain('display:none');
  });

  it('draws a body’s diagram through the processor, or names the line Mermaid cannot read', async () => {
    const { html, styleHashes } = await compile('```mermaid\nflowchart LR\n  accTitle: Alur izin\n  A --> B\n```\n', renderDiagram);
    expect(html).toMatch(/^<figure class="diagram"><figcaption>Alur izin<\/figcaption><div class="diagram__canvas"[^>]*><svg id="diagram-penulis-1" [^>]*role="img" aria-label="Alur izin">/);
    expect(styleHashes).toHaveLength(1);
    await expect(compile('```mermaid\nflowchart LR\n  A --> B\n  B -->\n```\n', renderDiagram)).rejects.toThrow(
      /^\(body\)\n  ✗ Mermaid tidak dapat membaca diagram ini: Parse error: Expecting .*got 'EOF'\n/,
    );
  });
});
