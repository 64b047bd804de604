import type { Lang, Text } from '../../i18n/lang.ts';

/**
 * What a data dictionary says of one column of a download: the kind of value it holds and what it
 * means, in Indonesian and English. Each download module documents its own columns with these
 * (programmes: the field table, src/lib/schema/programme-fields.ts); the data page renders them
 * (src/components/DataDictionary.astro).
 */

export type ColumnType = 'text' | 'code' | 'integer' | 'number' | 'boolean' | 'date' | 'url' | 'list' | 'records';

export interface ColumnDoc {
  readonly type: ColumnType;
  readonly description: Text;
}

/** A download's columns in file order (object keys keep their insertion order), each documented. */
export type ColumnDocs = Readonly<Record<string, ColumnDoc>>;

export const COLUMN_TYPE_LABELS: Readonly<Record<ColumnType, Text>> = {
  text: { id: 'teks', en: 'text' },
  code: { id: 'kode', en: 'code' },
  integer: { id: 'bilangan bulat', en: 'integer' },
  number: { id: 'angka', en: 'number' },
  boolean: { id: 'true / false', en: 'true / false' },
  date: { id: 'tanggal (YYYY-MM-DD atau YYYY-MM)', en: 'date (YYYY-MM-DD or YYYY-MM)' },
  url: { id: 'alamat web', en: 'web address' },
  list: { id: 'daftar', en: 'list' },
  records: { id: 'daftar rekaman', en: 'list of records' },
};

/** The header row of a data dictionary table. */
export const DICTIONARY_HEADINGS = {
  column: { id: 'Kolom', en: 'Column' },
  type: { id: 'Jenis isi', en: 'Type' },
  meaning: { id: 'Arti', en: 'Meaning' },
} as const satisfies Readonly<Record<string, Text>>;

/**
 * Column names in file order. Object.keys is typed `string[]` by TypeScript's design; the keys of
 * a dictionary typed by its record (`satisfies Record<Column, ColumnDoc>`) are exactly its columns.
 */
export const columnNames = <Column extends string>(columns: Readonly<Record<Column, ColumnDoc>>): Column[] => Object.keys(columns) as Column[];

/** A description written once per language by the same code, e.g. around a list of codes. */
export const bothLanguages = (write: (lang: Lang) => string): Text => ({ id: write('id'), en: write('en') });
