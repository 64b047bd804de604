import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { templatePlaceholders } from '../src/lib/content/placeholders.ts';
import { BONTANG_LINES, checkFixture, text } from './helpers/content-fixture.ts';

/**
 * Every text the templates in scripts/templates/ write for the editor to replace is refused in a
 * real region. The texts are read here from the template files on their own terms (every quoted
 * example value, every body line), so a text added to a template must either be caught by the
 * check or be listed below as a realistic example that real data may say as well.
 */

const TEMPLATES = path.resolve(import.meta.dirname, '../scripts/templates');
const FILL_MARK = /\{\{\w+\}\}/g;

/** Example values real data may say word for word; refusing them would refuse true facts. */
const REALISTIC_EXAMPLES = new Set([
  'Masterplan Smart City 2017–2021',
  'Dewan Smart City',
  '{{headOfRegion}}',
  'Bappeda',
  'Diskominfo',
  'Buku II',
  'Masterplan Smart City',
  '188.45/12',
  'Bimtek I penyusunan masterplan',
  'Aula Bappeda',
  'Tahap II',
  'Kementerian Kominfo',
  'Dinas Kependudukan dan Pencatatan Sipil',
  'Jumlah layanan yang bisa diurus daring',
  'layanan',
  'Buku II Masterplan Smart City',
]);

/** A quoted example value on a frontmatter line, commented out or not: `# key: "…"`, `#   - "…"`. */
const QUOTED = /^(?:#\s*)?(?:- +)?(?:[A-Za-z]+: +)?"([^"]*)"/;
/** An example web address: `# url: https://…`. */
const ADDRESS = /^(?:#\s*)?(?:- +)?[A-Za-z]+: +(https?:\/\/\S+)/;

/** What each template writes for the editor: its quoted example values, example addresses and body lines. */
function writtenTexts(): { template: string; text: string }[] {
  return readdirSync(TEMPLATES)
    .filter((file) => file.endsWith('.md'))
    .flatMap((template) => {
      const lines = readFileSync(path.join(TEMPLATES, template), 'utf8').split('\n');
      const closing = lines.indexOf('---', 1);
      return lines.flatMap((line, index) => {
        const trimmed = line.trim();
        if (index > closing) return trimmed.replace(FILL_MARK, '').trim() === '' ? [] : [{ template, text: trimmed }];
        const value = QUOTED.exec(trimmed)?.[1] ?? ADDRESS.exec(trimmed)?.[1];
        return value === undefined ? [] : [{ template, text: value }];
      });
    });
}

/** As `npm run new` fills a text: every `{{…}}` mark replaced by the region's own words. */
const filled = (written: string): string => written.replace(FILL_MARK, 'Kota Bontang');

describe('template leftovers', () => {
  const written = writtenTexts();

  it('finds the templates’ texts', () => {
    expect(written.length).toBeGreaterThan(20);
  });

  it('classes every text a template writes: a placeholder the check knows, or a realistic example', () => {
    const placeholders = templatePlaceholders();
    const unclassed = written.filter(({ text: shown }) => !REALISTIC_EXAMPLES.has(shown) && !placeholders.some((placeholder) => placeholder.pattern.test(filled(shown))));
    expect(unclassed, 'write it as an instruction ("Tulis …") or with "…", or list it in REALISTIC_EXAMPLES').toEqual([]);
    const stale = [...REALISTIC_EXAMPLES].filter((example) => !written.some(({ text: shown }) => shown === example));
    expect(stale, 'no template writes these any more').toEqual([]);
  });

  it('refuses every placeholder text in a real region, each named in its own message', async () => {
    const placeholders = written.filter(({ text: shown }) => !REALISTIC_EXAMPLES.has(shown)).map(({ text: shown }) => filled(shown));
    const body = [...new Set(placeholders)].flatMap((paragraph) => ['', paragraph]);
    const { problems } = await checkFixture({ 'kota-bontang/index.md': text([...BONTANG_LINES, ...body]) });
    expect(problems.filter((problem) => !problem.message.id.startsWith('Teks contoh dari templat masih ada: '))).toEqual([]);
    const reported = new Set(problems.map((problem) => /"(.*)"\.$/.exec(problem.message.id)?.[1]));
    expect([...reported].sort()).toEqual(templatePlaceholders().map((placeholder) => placeholder.text).sort());
  });

  it('names a placeholder in the same run as a schema error of that file', async () => {
    const [placeholder] = templatePlaceholders();
    const lines = [...BONTANG_LINES.slice(0, -1), 'period: { start: 2020 }', '---', '', placeholder!.text];
    const { problems } = await checkFixture({ 'kota-bontang/index.md': text(lines) });
    expect(problems.map((problem) => problem.field)).toEqual(expect.arrayContaining(['period.end', '']));
    expect(problems.map((problem) => problem.message.id)).toContain(`Teks contoh dari templat masih ada: "${placeholder!.text}".`);
  });
});
