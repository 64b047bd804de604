import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { PANDUAN_PATH, TABLE_END, TABLE_START, errorTable, withErrorTable } from '../scripts/error-table.ts';
import { exampleMessages } from '../src/lib/content/messages.ts';
import { exampleBodyMessages } from '../src/lib/content/safety/messages.ts';

/** PANDUAN's table of messages is generated from the message catalogues, and kept that way. */

const allExamples = () => {
  const { issues, rules } = exampleMessages();
  return [...issues, ...rules, ...exampleBodyMessages()];
};

/** The rows of the generated tables, without their header lines. */
const tableRows = (table: string) => table.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| Pesan (contoh) |'));

describe("PANDUAN's table of messages", () => {
  it('is the table the message catalogue generates', async () => {
    const panduan = await readFile(PANDUAN_PATH, 'utf8');
    expect(panduan, 'PANDUAN.md’s table of messages differs from the message catalogue: run `npm run docs:errors`').toBe(withErrorTable(panduan));
  });

  it('words every message with its example values, in Indonesian and in English', () => {
    const examples = allExamples();
    expect(examples.length).toBeGreaterThan(140);
    for (const { message, hint } of examples) {
      for (const text of [message.id, message.en, hint?.id ?? '', hint?.en ?? '']) expect(text).not.toMatch(/undefined|NaN|\[object|null/);
      expect(message.id, 'an Indonesian message that is its English').not.toBe(message.en);
    }
  });

  it('has a row of three cells for every distinct message, showing HTML and Markdown in it literally', () => {
    const rows = tableRows(errorTable());
    const distinct = new Set(allExamples().map(({ message, hint }) => JSON.stringify([message.id, hint?.id, message.en])));
    expect(rows).toHaveLength(distinct.size);
    for (const row of rows) expect(row.split(/(?<!\\)\|/), row).toHaveLength(5);
    expect(rows).toContainEqual(expect.stringContaining('| Tag HTML &lt;iframe> dilarang: tag ini bisa menjalankan kode'));
    expect(rows).toContainEqual(expect.stringContaining('(\\*\\*tebal\\*\\*, \\_miring\\_, - daftar)'));
    expect(rows).toContainEqual(expect.stringContaining('| Tanggal "2024-02-30" tidak ada di kalender. | Periksa hari dan bulannya'));
  });

  it('replaces only what stands between its markers, and says where the markers go when they are missing', () => {
    const panduan = `# Panduan\n\nSebelum.\n\n${TABLE_START}\n\n| usang |\n\n${TABLE_END}\n\nSesudah.\n`;
    const updated = withErrorTable(panduan);
    expect(updated.startsWith(`# Panduan\n\nSebelum.\n\n${TABLE_START}\n\n#### `)).toBe(true);
    expect(updated.endsWith(`|\n\n${TABLE_END}\n\nSesudah.\n`)).toBe(true);
    expect(updated).not.toContain('| usang |');
    expect(withErrorTable(updated)).toBe(updated);
    expect(() => withErrorTable('# Panduan\n')).toThrow(`PANDUAN.md has no place for the table of messages: put the lines\n${TABLE_START}\n${TABLE_END}`);
  });
});
