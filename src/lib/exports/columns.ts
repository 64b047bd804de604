import type { Text } from '../../i18n/lang.ts';
import { dataFileName } from '../routes.ts';
import { FIELD_SEPARATOR, ITEM_SEPARATOR } from './cells.ts';
import { COHORT_COLUMNS } from './cohorts.ts';
import type { ColumnDocs } from './column-doc.ts';
import { DATA_VERSION_COLUMN, DATA_VERSION_COLUMN_DOC } from './data-files.ts';
import { EVALUATION_COLUMNS } from './evaluations.ts';
import { PROGRAMME_COLUMNS } from './programmes.ts';
import { REGISTER_COLUMNS } from './register.ts';

/**
 * The data dictionaries of every download, for the data page: each download module documents its
 * own columns beside the code that writes them (programmes: from the programme field table,
 * src/lib/schema/programme-fields.ts), and this module gathers them with the notes on reading the
 * CSV. Nothing imports this module back, so the downloads never depend on each other through it.
 */

export { COHORT_COLUMNS, COHORT_COLUMN_NAMES } from './cohorts.ts';
export { EVALUATION_COLUMNS, EVALUATION_COLUMN_NAMES } from './evaluations.ts';
export { PROGRAMME_COLUMNS, PROGRAMME_COLUMN_NAMES } from './programmes.ts';
export { REGISTER_COLUMNS, REGISTER_COLUMN_NAMES } from './register.ts';

/** A CSV's columns as its file has them: its records' own columns, then the data version every CSV download ends with. */
const csvColumns = (columns: ColumnDocs): ColumnDocs => ({ ...columns, [DATA_VERSION_COLUMN]: DATA_VERSION_COLUMN_DOC });

/** The data dictionary of each CSV download, in file order, as the data page shows it. */
export const CSV_DICTIONARIES = {
  programmes: csvColumns(PROGRAMME_COLUMNS),
  evaluations: csvColumns(EVALUATION_COLUMNS),
  register: csvColumns(REGISTER_COLUMNS),
  cohorts: csvColumns(COHORT_COLUMNS),
} as const satisfies Readonly<Record<string, ColumnDocs>>;

/** How to read the CSV, shown on the data page under the dictionary. */
export const CSV_FORMAT_NOTES: readonly Text[] = [
  {
    id: `UTF-8 dengan BOM (U+FEFF) agar Excel mengenali hurufnya, dipisah koma, setiap baris diakhiri CRLF. Kutipan mengikuti RFC 4180: sel yang berisi koma, tanda kutip ganda, atau ganti baris diapit tanda kutip ganda, dan tanda kutip di dalamnya ditulis dua kali. Baris pertama berisi nama kolom. Baris data ${dataFileName('program', 'csv')} diurutkan menurut key; urutan berkas lain disebut di kamus datanya.`,
    en: `UTF-8 with a BOM (U+FEFF) so that Excel reads the letters right, comma-separated, every line ended by CRLF. Quoting follows RFC 4180: a cell containing a comma, a double quote or a line break is wrapped in double quotes, with its double quotes doubled. The first line holds the column names. The data rows of ${dataFileName('program', 'csv')} are sorted by key; each other file’s dictionary gives its order.`,
  },
  {
    id: 'Sel kosong berarti tidak diketahui atau tidak disebut sumber, bukan nol.',
    en: 'An empty cell means not known or not stated by the source, not zero.',
  },
  {
    id: 'Pengaman rumus: sel yang diawali =, +, -, @, tab, atau tanda petik tunggal diberi satu tanda petik tunggal (\') di depannya, agar program lembar kerja menampilkannya sebagai teks dan tidak menjalankannya sebagai rumus. Bila membaca dengan program, buang satu tanda petik tunggal di awal sel yang memilikinya untuk mendapatkan teks aslinya.',
    en: 'Formula guard: a cell starting with =, +, -, @, a tab or an apostrophe gets one apostrophe (\') in front, so that spreadsheet programs show it as text instead of running it as a formula. When reading with code, remove one leading apostrophe from any cell that has one to get the original text.',
  },
  {
    id: `Kolom berjenis daftar memisahkan butirnya dengan "${ITEM_SEPARATOR}" (spasi, titik koma, spasi). Kolom berjenis daftar rekaman memisahkan rekamannya dengan "${ITEM_SEPARATOR}" dan kolom di dalam rekaman dengan "${FIELD_SEPARATOR}"; setiap rekaman selalu memuat semua kolomnya, yang tidak diketahui dibiarkan kosong.`,
    en: `List columns separate their items with "${ITEM_SEPARATOR}" (space, semicolon, space). Record-list columns separate records with "${ITEM_SEPARATOR}" and the fields of a record with "${FIELD_SEPARATOR}"; every record always has all its fields, unknown ones left empty.`,
  },
  {
    id: 'Di dalam butir atau kolom rekaman, karakter %, ; dan | ditulis %25, %3B, dan %7C. Pulihkan dengan pengurai URL biasa, mis. decodeURIComponent (JavaScript) atau urllib.parse.unquote (Python), setelah memisah butir dan kolom.',
    en: 'Inside an item or a record field, the characters %, ; and | are written %25, %3B and %7C. Restore them with any URL decoder, e.g. decodeURIComponent (JavaScript) or urllib.parse.unquote (Python), after splitting items and fields.',
  },
  {
    id: 'Nilai awal dan target indikator: yang tertulis sebagai angka desimal biasa (mis. 15000 atau 2.5) adalah angka. Teks yang kebetulan berbentuk angka ditulis dengan karakter pertamanya disandikan (teks "45" menjadi %345), sehingga tetap terbaca sebagai teks.',
    en: 'Indicator baseline and target: a value written as a plain decimal number (e.g. 15000 or 2.5) is a number. A text that happens to look like a number has its first character encoded (the text "45" becomes %345), so it still reads as text.',
  },
];
