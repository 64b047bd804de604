import { describe, expect, it } from 'vitest';
import { findChromium } from '../../src/lib/browser.ts';
import { checkDiagramBlocks } from '../../src/lib/content/diagram-blocks.ts';
import { DIMENSION_LINES, REGION_LINES, checkFixture, text, validRegion } from '../helpers/content-fixture.ts';

/**
 * `npm run check` on ```mermaid blocks in bodies: the rules of src/lib/diagrams/authored.ts at the
 * content file's own lines, and Mermaid's verdict, drawn in the build's browser.
 */

const hasBrowser = process.env.MERMAID_CHROMIUM !== 'none' && findChromium() !== undefined;

/** What an author sees: where, and the Indonesian message. */
async function reported(files: Record<string, string>) {
  const { problems, warnings } = await checkFixture(files);
  const seen = (list: typeof problems) => list.map((p) => ({ file: p.file, line: p.line, message: p.message.id }));
  return { problems: seen(problems), warnings: seen(warnings) };
}

/** `kota-uji/index.md` with this body after the summary line (line 21) and a blank line: the body's first line is 23. */
const regionWithBody = (lines: readonly string[]) => ({ 'kota-uji/index.md': text([...REGION_LINES, '', ...lines]) });

describe('the check on Mermaid an author writes', () => {
  it('refuses settings, links, HTML, styles and images at their lines, wherever the block sits', () => {
    // A body whose first line is line 23 of its file.
    const body = [
      '```mermaid', // 23
      'flowchart LR',
      '  %%{init: {"htmlLabels": true}}%%', // 25
      '  A --> B',
      '```',
      '',
      '```mermaid', // 29
      '---', // 30
      'config:',
      '  theme: dark',
      '---',
      'flowchart LR',
      '  A --> B',
      '  click A href "https://contoh.id"', // 36
      '```',
      '',
      '~~~mermaid', // 39
      'flowchart LR',
      '  A["<b>Warga</b>"] --> B["#60;i#62;Dinas"]', // 41
      '~~~',
      '',
      '- Daftar:',
      '',
      '  ```mermaid', // 46
      '  flowchart LR',
      '    A --> B',
      '    style A fill:url(https://contoh.id/a.png)', // 49
      '  ```',
      '',
      '> ```mermaid', // 52
      '> flowchart LR',
      '>   A@{ img: "https://contoh.id/a.png" }', // 54
      '> ```',
    ];
    const file = 'content/kota-uji/index.md';
    const { problems, toDraw } = checkDiagramBlocks(file, body.join('\n'), 23);
    expect(toDraw).toEqual([]);
    expect(problems.map((p) => ({ file: p.file, line: p.line, message: p.message.id }))).toEqual([
      { file, line: 25, message: 'Petunjuk pengaturan %%{…}%% tidak diizinkan di diagram.' },
      { file, line: 30, message: 'Blok pengaturan --- di awal diagram tidak diizinkan.' },
      { file, line: 36, message: 'Tautan dan aksi klik (click) tidak diizinkan di diagram.' },
      { file, line: 41, message: 'Tag HTML <b> tidak diizinkan di diagram.' },
      { file, line: 49, message: 'Gaya diagram hanya boleh berisi warna, garis dan ukuran; "url(" tidak diizinkan.' },
      { file, line: 54, message: 'Gambar (img:) tidak diizinkan di dalam diagram.' },
    ]);
  });

  it('finds the blocks in MDX too, also inside a component', async () => {
    const body = [
      '<Callout type="info">', // 8
      '',
      '```mermaid',
      'sequenceDiagram',
      '  link Warga: Portal @ https://contoh.id', // 12
      '  Warga->>Dinas: Ajukan',
      '```',
      '',
      '</Callout>',
      '',
      '```mermaid',
      'C4Context',
      '  Person(warga, "Warga", $link="https://contoh.id")', // 20
      '```',
    ];
    const files = { ...validRegion(), 'kota-uji/dimensi/smart-economy.mdx': text([...DIMENSION_LINES, '', ...body]) };
    const file = 'content/kota-uji/dimensi/smart-economy.mdx';
    expect((await reported(files)).problems).toEqual([
      { file, line: 12, message: 'Tautan dan aksi klik (link) tidak diizinkan di diagram.' },
      { file, line: 20, message: 'Tautan dan aksi klik ($link) tidak diizinkan di diagram.' },
    ]);
  });

  it('leaves alone a ```mermaid that is only an example inside another code block', async () => {
    const body = ['````markdown', '```mermaid', 'flowchart LR', '  A --> B', '  click A href "https://contoh.id"', '```', '````'];
    expect(await reported(regionWithBody(body))).toEqual({ problems: [], warnings: [] });
  });

  it.skipIf(!hasBrowser)('passes a diagram Mermaid can draw', async () => {
    const body = ['```mermaid', 'flowchart LR', '  accTitle: Alur izin', '  A["Warga<br>mengisi"] -->|lengkap| B', '```'];
    expect(await reported(regionWithBody(body))).toEqual({ problems: [], warnings: [] });
  });

  it.skipIf(!hasBrowser)('reports what Mermaid cannot read at the line Mermaid means, comments and blank lines counted', async () => {
    const body = [
      '```mermaid', // 23
      '',
      'sequenceDiagram',
      '  %% pemohon dan dinas',
      '  Warga->>Dinas tanpa pesan', // 27
      '```',
    ];
    expect((await reported(regionWithBody(body))).problems).toEqual([
      { file: 'content/kota-uji/index.md', line: 27, message: "Mermaid tidak dapat membaca diagram ini: Parse error: Expecting 'TXT', got 'NEWLINE'" },
    ]);
  });

  it.skipIf(!hasBrowser)('reports every refused diagram of a file at its own line, drawn at once beside one Mermaid can draw', async () => {
    const body = [
      '```mermaid', // 23
      'sequenceDiagram',
      '  Warga->>Dinas tanpa pesan', // 25
      '```',
      '```mermaid', // 27
      'flowchart LR',
      '  A --> B',
      '```',
      '```mermaid', // 31
      'flowchart LR',
      '  A["belum ditutup', // 33
      '```',
    ];
    const problems = (await reported(regionWithBody(body))).problems;
    expect(problems.map((problem) => problem.line)).toEqual([25, 33]);
    expect(problems.every((problem) => problem.message.startsWith('Mermaid tidak dapat membaca diagram ini: '))).toBe(true);
  });
});
