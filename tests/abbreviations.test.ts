import { describe, expect, it } from 'vitest';
import { abbreviationsIn, glossaryAbbreviations, spelledOutIn } from '../src/lib/content/abbreviations.ts';
import { loadContentFromDisk } from '../src/lib/content/load.ts';
import { GLOSSARY } from '../src/lib/glossary.ts';
import { PROGRAMME_LINES, REGION_LINES, checkFixture, text, withLine } from './helpers/content-fixture.ts';

/**
 * Abbreviations a reader meets unexplained are pointed out by the check (a warning: the content
 * may still be published), and the repository's own content has none.
 */

const abbreviationWarnings = (warnings: readonly { file: string; line?: number; field: string; message: { id: string; en: string }; hint?: { id: string } }[]) =>
  warnings.filter((warning) => warning.message.en.startsWith('The abbreviation')).map((w) => ({ file: w.file, line: w.line, field: w.field, message: w.message.id, hint: w.hint?.id }));

describe('the warning', () => {
  it('names an unexplained abbreviation where its file first uses it, once, with how to explain it', async () => {
    const region = [...REGION_LINES.slice(0, -1), 'Bersama XYZQ, dinas menyusun rencana.', '', 'XYZQ memimpin tim.'];
    const result = await checkFixture({ 'kota-uji/index.md': text(region) });
    expect(result.problems).toEqual([]);
    expect(abbreviationWarnings(result.warnings)).toEqual([
      {
        file: 'content/kota-uji/index.md',
        line: 21,
        field: '',
        message: 'Singkatan "XYZQ" belum dijelaskan: tidak ada di glosarium dan tidak diuraikan di berkas ini.',
        hint: 'Tulis kepanjangannya di dekatnya, mis. "Nama Lengkap (XYZQ)", atau minta pengelola menambahkannya ke glosarium (src/lib/glossary.ts) bila singkatan itu umum.',
      },
    ]);
    expect(result.warnings.find((warning) => warning.message.en.startsWith('The abbreviation'))?.message.en).toBe(
      'The abbreviation "XYZQ" is not explained: it is not in the glossary and not spelt out in this file.',
    );
  });

  it('points at the frontmatter field when the abbreviation is there first', async () => {
    const programme = withLine(PROGRAMME_LINES, 'endYear:', ['endYear: 2026', 'partners:', '  - Dinas Uji', '  - QWZ Kota Uji']);
    const result = await checkFixture({ 'kota-uji/index.md': text(REGION_LINES), 'kota-uji/program/layanan-daring.md': text([...programme.slice(0, -1), 'QWZ juga di sini.']) });
    expect(result.problems).toEqual([]);
    expect(abbreviationWarnings(result.warnings)).toEqual([
      expect.objectContaining({ file: 'content/kota-uji/program/layanan-daring.md', line: 12, field: 'partners[2]', message: expect.stringContaining('"QWZ"') }),
    ]);
  });

  it('is silent for what a reader finds explained: the glossary, a spelling-out in the file, a programme’s name', async () => {
    const region = [
      ...REGION_LINES.slice(0, -1),
      'DPRD dan UMKM ada di glosarium. Rumah Kreatif Uji (RKU) dibuka, SIGAP (Sistem Gawat Darurat) juga.',
      'Aplikasi SAPA Uji dibuat dinas.',
    ];
    const result = await checkFixture({
      'kota-uji/index.md': text(region),
      'kota-uji/program/layanan-daring.md': text(withLine(PROGRAMME_LINES, 'name:', 'name: Aplikasi SAPA Uji')),
    });
    expect(abbreviationWarnings(result.warnings)).toEqual([]);
  });
});

describe('what counts as an abbreviation', () => {
  it('finds runs of two to eight capitals standing alone, also before a full stop, each once', () => {
    expect(abbreviationsIn('Disusun DPMPTSP.\nDPMPTSP dan TPA, lalu OPD; bukan Kota atau ABCDEFGHI.').map((use) => [use.abbreviation, use.line])).toEqual([
      ['DPMPTSP', 0],
      ['TPA', 1],
      ['OPD', 1],
    ]);
  });

  it('leaves out Roman numerals, quotations, addresses, document numbers, code and link targets', () => {
    const text = [
      'Tahap II dan IV, Kelurahan Matani III.',
      '«PERATURAN WALIKOTA NOMOR 37» dan berkas "BUKU 2 MASTERPLAN".',
      'Surat 265/KOMINFO/DJAI/AI.01.05/2017, media DIKSI.CO, KTT G20, layanan e-KTP.',
      'Lihat https://contoh.go.id/JFH/artikel dan [tautan](https://contoh.go.id/ABC) serta `NPM`.',
      '```mermaid',
      'flowchart LR',
      '```',
    ].join('\n');
    expect(abbreviationsIn(text).map((use) => use.abbreviation)).toEqual(['KTT']);
  });

  it('reads spellings-out in brackets on either side, several capital words at once', () => {
    expect([...spelledOutIn('Rumah Kreatif Lamongan (RKL) dan PL SAGITA (Pangan Lokal Sahabat Keluarga Kita), JAM KUNCI (pelayanan)')].sort()).toEqual(
      ['JAM', 'KUNCI', 'PL', 'RKL', 'SAGITA'].sort(),
    );
  });

  it('takes the glossary’s acronyms, also inside a term, but not its words', () => {
    const known = glossaryAbbreviations();
    expect(['DPRD', 'UMKM', 'TPA', 'TIK', 'SKPD', 'HIPMI', 'DPMPTSP', 'PP'].filter((abbreviation) => !known.has(abbreviation))).toEqual([]);
    expect(known.has('Bappeda')).toBe(false);
    expect(new Set(GLOSSARY.map((term) => term.slug)).size).toBe(GLOSSARY.length);
  });
});

describe('the repository’s content', () => {
  it('uses no abbreviation without an explanation: each new one needs a glossary entry or a spelling-out', async () => {
    const result = await loadContentFromDisk(process.cwd());
    expect(result.problems).toEqual([]);
    expect(abbreviationWarnings(result.warnings).map((warning) => `${warning.file}:${warning.line}: ${warning.message}`)).toEqual([]);
  }, 60_000);
});
