/**
 * `npm run docs:errors`: rewrites PANDUAN's table of every message `npm run check` can show
 * (section 7, between the error-table markers) from the message catalogues, each message worded
 * with the example values that live beside its rule. Run it after adding or rewording a message;
 * tests/error-table.test.ts fails while the table is out of date.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { exampleMessages, type ExampleMessage } from '../src/lib/content/messages.ts';
import { exampleBodyMessages } from '../src/lib/content/safety/messages.ts';

export const PANDUAN_PATH = path.resolve(import.meta.dirname, '..', 'PANDUAN.md');

export const TABLE_START = '<!-- error-table:start: dibuat oleh `npm run docs:errors` dari katalog pesan; jangan diubah dengan tangan -->';
export const TABLE_END = '<!-- error-table:end -->';

/** The three catalogues, each under a heading of its own. */
function tableGroups(): { readonly heading: string; readonly messages: readonly ExampleMessage[] }[] {
  const { issues, rules } = exampleMessages();
  return [
    { heading: 'Kolom dan isinya: jenis, pilihan, panjang, format', messages: issues },
    { heading: 'Aturan data, berkas, tautan, gambar, dan diagram', messages: rules },
    { heading: 'Isi halaman (Markdown dan MDX)', messages: exampleBodyMessages() },
  ];
}

/**
 * Text as one table cell that shows literally: the messages quote HTML (`<iframe>`), Markdown
 * (`**tebal**`, `[judul](https://…)`) and table pipes, which would otherwise be rendered.
 */
function markdownCell(text: string): string {
  return text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/[\\`*_[\]~|]/g, (character) => `\\${character}`);
}

/** The generated part of PANDUAN: one table per catalogue, a row per message (examples worded alike share one). */
export function errorTable(): string {
  return tableGroups()
    .map(({ heading, messages }) => {
      const rows = messages.map(({ message, hint }) => `| ${markdownCell(message.id)} | ${hint ? markdownCell(hint.id) : ''} | ${markdownCell(message.en)} |`);
      return [`#### ${heading}`, '', '| Pesan (contoh) | Petunjuk | English |', '|---|---|---|', ...new Set(rows)].join('\n');
    })
    .join('\n\n');
}

/** `panduan` with the text between the markers replaced by the generated table. */
export function withErrorTable(panduan: string): string {
  const start = panduan.indexOf(TABLE_START);
  const end = panduan.indexOf(TABLE_END);
  if (start === -1 || end < start) {
    throw new Error(`PANDUAN.md has no place for the table of messages: put the lines\n${TABLE_START}\n${TABLE_END}\nwhere it belongs (section 7).`);
  }
  return `${panduan.slice(0, start + TABLE_START.length)}\n\n${errorTable()}\n\n${panduan.slice(end)}`;
}

if (import.meta.main) {
  const before = await readFile(PANDUAN_PATH, 'utf8');
  const after = withErrorTable(before);
  if (after === before) {
    console.log('✓ Tabel pesan di PANDUAN.md sudah sesuai katalog.\n  The table of messages in PANDUAN.md already matches the catalogue.');
  } else {
    await writeFile(PANDUAN_PATH, after);
    console.log('✓ Tabel pesan di PANDUAN.md diperbarui.\n  The table of messages in PANDUAN.md was updated.');
  }
}
