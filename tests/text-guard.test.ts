import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../src/lib/exports/json-schema.ts';
import { programmeSchema } from '../src/lib/schema/programme.ts';
import { PROGRAMME_LINES, REGION_LINES, checkFixture, text, validRegion, withLine } from './helpers/content-fixture.ts';

/**
 * The frontmatter text guard: every text field refuses hidden characters and has a length limit,
 * lists that a page prints whole have an item limit, and the check says so in plain words. Hidden
 * characters are written as YAML escapes ("\u202E"), so the files themselves are plain ASCII and
 * only the schema can object.
 */

async function problemsFor(files: Record<string, string>) {
  const { problems } = await checkFixture(files);
  return problems.map((p) => ({ line: p.line, field: p.field, message: p.message.id, en: p.message.en, hint: p.hint?.id }));
}

const programme = (lines: readonly string[]) => ({ ...validRegion(), 'kota-uji/program/layanan-daring.md': text(lines) });
const region = (lines: readonly string[]) => ({ 'kota-uji/index.md': text(lines) });

const HIDDEN_HINT =
  'Karakter ini tidak terlihat tetapi mengubah cara teks dibaca atau ditampilkan. Hapus, lalu ketik ulang teks di sekitarnya; biasanya terbawa saat menyalin dari PDF, Word atau situs web.';
const ONE_LINE_HINT = 'Tulis di satu baris, tanpa > atau | di YAML. Uraian panjang tempatnya di badan halaman, di bawah frontmatter.';
const TOO_LONG_HINT = 'Persingkat. Uraian panjang tempatnya di badan halaman, di bawah frontmatter.';
const TOO_MANY_HINT = 'Daftar sepanjang itu tidak terbaca di satu halaman; pilih yang terpenting.';

describe('hidden characters in frontmatter text', () => {
  it('refuses a right-to-left override in a programme name, naming it and where it is', async () => {
    expect(await problemsFor(programme(withLine(PROGRAMME_LINES, 'name:', 'name: "Layanan \\u202EanilnoD"')))).toEqual([
      {
        line: 3,
        field: 'name',
        message: 'Teks ini memuat karakter pengatur arah teks (U+202E) pada karakter ke-9.',
        en: 'This text contains a text-direction control character (U+202E) at character 9.',
        hint: HIDDEN_HINT,
      },
    ]);
  });

  it('names each kind of hidden character', async () => {
    const cases: [string, string][] = [
      ['"Kota\\tUji"', 'tab (U+0009) pada karakter ke-5'],
      ['"Kota Uji\\r"', 'karakter carriage return (U+000D) pada karakter ke-9'],
      ['"Kota\\e[2J Uji"', 'karakter kendali (U+001B) pada karakter ke-5'],
      ['"Kota\\x7F Uji"', 'karakter kendali (U+007F) pada karakter ke-5'],
      ['"Kota\\N Uji"', 'karakter kendali (U+0085) pada karakter ke-5'],
      ['"Kota\\L Uji"', 'pemisah baris Unicode (U+2028) pada karakter ke-5'],
      ['"Kota\\P Uji"', 'pemisah paragraf Unicode (U+2029) pada karakter ke-5'],
      ['"Kota \\u2067Uji\\u2069"', 'karakter pengatur arah teks (U+2067) pada karakter ke-6'],
      ['"Kota\\u200F Uji"', 'karakter pengatur arah teks (U+200F) pada karakter ke-5'],
      ['"\\0Kota Uji"', 'karakter kendali (U+0000) pada karakter ke-1'],
    ];
    for (const [yaml, expected] of cases) {
      const problems = await problemsFor(region(withLine(REGION_LINES, 'name:', `name: ${yaml}`)));
      expect(problems, yaml).toEqual([{ line: 4, field: 'name', message: `Teks ini memuat ${expected}.`, en: expect.any(String), hint: HIDDEN_HINT }]);
    }
  });

  it('asks for one line where a name was folded over several', async () => {
    expect(await problemsFor(programme(withLine(PROGRAMME_LINES, 'name:', ['name: >', '  Layanan Daring', '  Terpadu'])))).toEqual([
      {
        line: 3,
        field: 'name',
        message: 'Teks ini harus satu baris, tetapi ada baris baru pada karakter ke-23.',
        en: 'This text must be one line, but there is a line break at character 23.',
        hint: ONE_LINE_HINT,
      },
    ]);
  });

  it('lets notes and statements span lines and hold tabs, but not control characters', async () => {
    const progress = ['status: running', 'progress:', '  - date: "2025-01-10"', '    status: running', '    note: |', '      Baris satu.', '      Baris\tdua.'];
    expect(await problemsFor(programme(withLine(PROGRAMME_LINES, 'status', progress)))).toEqual([]);
    const escaped = ['status: running', 'progress:', '  - date: "2025-01-10"', '    status: running', '    note: "Baris satu.\\nBaris\\b dua."'];
    expect(await problemsFor(programme(withLine(PROGRAMME_LINES, 'status', escaped)))).toEqual([
      {
        line: 14,
        field: 'progress[1].note',
        message: 'Teks ini memuat karakter kendali (U+0008) pada karakter ke-18.',
        en: 'This text contains a control character (U+0008) at character 18.',
        hint: HIDDEN_HINT,
      },
    ]);
  });

  it('guards texts in lists and nested records, and web addresses', async () => {
    const lines = withLine(REGION_LINES, 'fictional:', [
      'fictional: true',
      'missions:',
      '  - "Misi \\u202Dpertama"',
      'sources:',
      '  - title: Sumber',
      '    url: "https://contoh.example/\\u202Efdp.exe"',
    ]);
    expect((await problemsFor(region(lines))).map((p) => [p.line, p.field, p.message])).toEqual([
      [4, 'missions[1]', 'Teks ini memuat karakter pengatur arah teks (U+202D) pada karakter ke-6.'],
      [7, 'sources[1].url', 'Teks ini memuat karakter pengatur arah teks (U+202E) pada karakter ke-24.'],
    ]);
  });

  it('guards the text form of a value that may be a number or a text', async () => {
    const indicators = ['indicators:', '  - level: output', '    name: Layanan', '    target: "naik\\u2066 50%"'];
    expect(await problemsFor(programme(withLine(PROGRAMME_LINES, 'endYear:', ['endYear: 2026', ...indicators])))).toEqual([
      {
        line: 13,
        field: 'indicators[1].target',
        message: 'Teks ini memuat karakter pengatur arah teks (U+2066) pada karakter ke-5.',
        en: 'This text contains a text-direction control character (U+2066) at character 5.',
        hint: HIDDEN_HINT,
      },
    ]);
  });

  it('shows hidden characters of a quoted value instead of passing them to the terminal', async () => {
    expect(await problemsFor(programme(withLine(PROGRAMME_LINES, 'kind:', 'kind: "priority\\e[2J"')))).toEqual([
      {
        line: 6,
        field: 'kind',
        message: 'Nilai "priority[U+001B][2J" tidak dikenal. Pilihan: quick-win, priority, other.',
        en: 'Unknown value "priority[U+001B][2J". Choose one of: quick-win, priority, other.',
        hint: undefined,
      },
    ]);
  });
});

describe('length limits', () => {
  it('refuses a name over 200 characters, saying how long it is', async () => {
    expect(await problemsFor(programme(withLine(PROGRAMME_LINES, 'name:', `name: ${'Layanan '.repeat(25)}Daring`)))).toEqual([
      {
        line: 3,
        field: 'name',
        message: 'Teks terlalu panjang: 206 karakter, paling banyak 200.',
        en: 'Text too long: 206 characters, at most 200.',
        hint: TOO_LONG_HINT,
      },
    ]);
  });

  it('accepts a name of exactly 200 characters', async () => {
    expect(await problemsFor(programme(withLine(PROGRAMME_LINES, 'name:', `name: ${'x'.repeat(200)}`)))).toEqual([]);
  });

  it('gives notes and statements their own, longer limits', async () => {
    const lines = withLine(REGION_LINES, 'fictional:', ['fictional: true', `vision: ${'v'.repeat(2001)}`, 'missions:', `  - ${'m'.repeat(501)}`]);
    expect((await problemsFor(region(lines))).map((p) => [p.field, p.message])).toEqual([
      ['vision', 'Teks terlalu panjang: 2001 karakter, paling banyak 2000.'],
      ['missions[1]', 'Teks terlalu panjang: 501 karakter, paling banyak 500.'],
    ]);
  });
});

describe('list limits', () => {
  it('refuses more than 50 sources, saying how many there are', async () => {
    const sources = Array.from({ length: 51 }, (_, index) => `  - title: Sumber ${index + 1}`);
    expect(await problemsFor(programme(withLine(PROGRAMME_LINES, 'endYear:', ['endYear: 2026', 'sources:', ...sources])))).toEqual([
      {
        line: 10,
        field: 'sources',
        message: 'Terlalu banyak: 51 item, paling banyak 50.',
        en: 'Too many: 51 items, at most 50.',
        hint: TOO_MANY_HINT,
      },
    ]);
  });

  it('has a limit on every list a page prints whole', () => {
    const programmeSchemaJson = jsonSchemas().programme as { properties: Record<string, { maxItems?: number }> };
    const limits = Object.fromEntries(
      Object.entries(programmeSchemaJson.properties).flatMap(([field, property]) => (property.maxItems === undefined ? [] : [[field, property.maxItems]])),
    );
    expect(limits).toEqual({ tags: 20, partners: 50, funding: 50, indicators: 50, progress: 100, rpjmdGoals: 20, sources: 50, inferred: 30 });
  });

  it('is the same schema that Astro validates with, so the build refuses what the check refuses', () => {
    const result = programmeSchema.safeParse({ id: 'x', name: 'A\u202EB', dimension: 'smart-governance', element: 'pelayanan-publik', kind: 'priority' });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.code, issue.message])).toEqual([['name', 'custom', 'text-hidden-character']]);
  });
});
