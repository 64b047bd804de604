import { DIMENSIONS } from '../dimensions.ts';
import { FUNDING_SOURCES, INDICATOR_LEVELS, PROGRAMME_KINDS, PROGRAMME_STATUSES } from '../schema/programme.ts';
import { HORIZONS } from '../schema/region.ts';
import { FUNDING_LABELS, HORIZON_LABELS, INDICATOR_LABELS, KIND_LABELS, STATUS_LABELS, type Lang, type Text } from '../../i18n/ui.ts';
import { FIELD_SEPARATOR, FUNDING_FIELDS, INDICATOR_FIELDS, ITEM_SEPARATOR } from './cells.ts';
import type { ProgrammeColumn } from './programmes.ts';

/**
 * The data dictionary of programmes.csv (and of the records in programmes.json): the one list of
 * columns, in file order, with their meaning in Indonesian and English. The CSV header is taken
 * from this list and the data page renders its table from it, so the file and its documentation
 * cannot drift; `satisfies Record<ProgrammeColumn, …>` makes a column without documentation (or
 * documentation without a column) a type error. Code lists are written out from the same
 * constants the schemas use.
 */

export type ColumnType = 'text' | 'code' | 'integer' | 'number' | 'boolean' | 'date' | 'url' | 'list' | 'records';

export interface ColumnDoc {
  readonly type: ColumnType;
  readonly description: Text;
}

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

/** `planned (Direncanakan), running (Berjalan), …` in the reader's language. */
function codes<C extends string>(values: readonly C[], labels: Readonly<Record<C, Text>>, lang: Lang): string {
  return values.map((value) => `${value} (${labels[value][lang]})`).join(', ');
}

const bothLanguages = (write: (lang: Lang) => string): Text => ({ id: write('id'), en: write('en') });

const dimensionCodes = (lang: Lang): string => DIMENSIONS.map((d) => `${d.id} (${lang === 'id' ? d.nameId : d.nameEn})`).join(', ');

export const PROGRAMME_COLUMNS = {
  key: {
    type: 'text',
    description: {
      id: 'Kunci unik program: slug daerah, garis miring, id program (mis. kota-contoh/parkir-elektronik). Tidak berubah walau nama program diganti; pakai untuk menggabungkan data.',
      en: 'Unique programme key: region slug, slash, programme id (e.g. kota-contoh/parkir-elektronik). Does not change when the programme is renamed; use it to join data.',
    },
  },
  region_slug: {
    type: 'text',
    description: {
      id: 'Slug daerah, seperti di alamat halaman daerah (mis. kota-bontang).',
      en: 'Region slug, as in the region page’s address (e.g. kota-bontang).',
    },
  },
  region_name: { type: 'text', description: { id: 'Nama resmi daerah (mis. Kota Bontang).', en: 'Official name of the region (e.g. Kota Bontang).' } },
  province: { type: 'text', description: { id: 'Provinsi.', en: 'Province.' } },
  region_code: {
    type: 'text',
    description: { id: 'Kode wilayah Kemendagri (NN.NN); kosong bila belum dicatat.', en: 'Kemendagri region code (NN.NN); empty when not recorded.' },
  },
  fictional: {
    type: 'boolean',
    description: {
      id: 'true: data demonstrasi yang dikarang (daerah fiktif), bukan data nyata; saring baris ini sebelum analisis. false: daerah nyata.',
      en: 'true: made-up demonstration data (a fictional region), not real data; filter these rows out before analysis. false: a real region.',
    },
  },
  programme_id: {
    type: 'text',
    description: { id: 'Id program di dalam daerahnya; bagian dari alamat halaman program.', en: 'Programme id within its region; part of the programme page’s address.' },
  },
  name: { type: 'text', description: { id: 'Nama program.', en: 'Programme name (in Indonesian).' } },
  dimension: {
    type: 'code',
    description: bothLanguages((lang) =>
      lang === 'id'
        ? `Dimensi Smart City: ${dimensionCodes(lang)}.`
        : `Smart City dimension: ${dimensionCodes(lang)}.`,
    ),
  },
  element: {
    type: 'code',
    description: {
      id: 'Id elemen dimensi (tiga elemen per dimensi), atau lainnya bila topiknya di luar ketiganya.',
      en: 'Id of the dimension’s element (three elements per dimension), or lainnya (other) when the topic is outside those three.',
    },
  },
  element_label: {
    type: 'text',
    description: {
      id: 'Nama elemen dalam Bahasa Indonesia; untuk elemen lainnya, label yang ditulis program.',
      en: 'Name of the element in Indonesian; for lainnya, the label the programme gives.',
    },
  },
  kind: {
    type: 'code',
    description: bothLanguages((lang) => `${lang === 'id' ? 'Jenis program' : 'Kind of programme'}: ${codes(PROGRAMME_KINDS, KIND_LABELS, lang)}.`),
  },
  horizon: {
    type: 'code',
    description: bothLanguages((lang) =>
      lang === 'id'
        ? `Jangka waktu di peta jalan: ${codes(HORIZONS, HORIZON_LABELS, lang)}; kosong bila tidak disebut.`
        : `Roadmap horizon: ${codes(HORIZONS, HORIZON_LABELS, lang)}; empty when not stated.`,
    ),
  },
  start_year: {
    type: 'integer',
    description: { id: 'Tahun mulai, seperti ditulis sumber; kosong bila tidak diketahui.', en: 'First year, as the source states it; empty when not known.' },
  },
  end_year: {
    type: 'integer',
    description: { id: 'Tahun selesai, seperti ditulis sumber; kosong bila tidak diketahui.', en: 'Last year, as the source states it; empty when not known.' },
  },
  status: {
    type: 'code',
    description: bothLanguages((lang) => `${lang === 'id' ? 'Status terkini' : 'Current status'}: ${codes(PROGRAMME_STATUSES, STATUS_LABELS, lang)}.`),
  },
  latest_progress_date: {
    type: 'date',
    description: { id: 'Tanggal laporan kemajuan terakhir; kosong bila belum ada laporan.', en: 'Date of the latest progress update; empty when there is none yet.' },
  },
  latest_percent: {
    type: 'number',
    description: {
      id: 'Capaian pekerjaan (0–100) menurut laporan kemajuan terakhir; kosong bila laporan itu tidak menyebut persentase.',
      en: 'Share of the work done (0–100) according to the latest progress update; empty when that update gives no percentage.',
    },
  },
  opd: {
    type: 'text',
    description: { id: 'Perangkat daerah (OPD) penanggung jawab; kosong bila tidak disebut.', en: 'Regional agency (OPD) in charge; empty when not stated.' },
  },
  partners: {
    type: 'list',
    description: { id: 'Mitra: instansi lain, perusahaan, perguruan tinggi, atau komunitas.', en: 'Partners: other agencies, companies, universities or communities.' },
  },
  tags: { type: 'list', description: { id: 'Kata kunci.', en: 'Keywords.' } },
  funding_sources: {
    type: 'list',
    description: bothLanguages((lang) =>
      lang === 'id'
        ? `Sumber dana yang disebut, masing-masing sekali, menurut urutan di konten: ${codes(FUNDING_SOURCES, FUNDING_LABELS, lang)}.`
        : `Funding sources named, each once, in content order: ${codes(FUNDING_SOURCES, FUNDING_LABELS, lang)}.`,
    ),
  },
  funding_total_idr: {
    type: 'number',
    description: {
      id: 'Jumlah rupiah dari rincian pendanaan yang menyebut angka; sumber tanpa angka tidak dihitung, jadi angka ini bisa lebih kecil dari biaya sebenarnya. Kosong bila tidak ada angka sama sekali.',
      en: 'Sum in rupiah of the funding entries that state an amount; entries without one are not counted, so this can be less than the real cost. Empty when no amount is stated.',
    },
  },
  funding_detail: {
    type: 'records',
    description: bothLanguages((lang) =>
      lang === 'id'
        ? `Rincian pendanaan, satu rekaman per entri, dengan kolom ${FUNDING_FIELDS.join(FIELD_SEPARATOR)}: sumber dana, tahun anggaran, jumlah rupiah, catatan. Contoh: apbd|2028|5000000000|Halte${ITEM_SEPARATOR}csr|||`
        : `Funding entries, one record each, with the fields ${FUNDING_FIELDS.join(FIELD_SEPARATOR)}: funding source, budget year, amount in rupiah, note. Example: apbd|2028|5000000000|Halte${ITEM_SEPARATOR}csr|||`,
    ),
  },
  indicator_count: { type: 'integer', description: { id: 'Jumlah indikator keberhasilan.', en: 'Number of success indicators.' } },
  indicators: {
    type: 'records',
    description: bothLanguages((lang) =>
      lang === 'id'
        ? `Indikator keberhasilan, satu rekaman per indikator, dengan kolom ${INDICATOR_FIELDS.join(FIELD_SEPARATOR)}: tingkat (${codes(INDICATOR_LEVELS, INDICATOR_LABELS, lang)}), nama, nilai awal, target, satuan, tahun target. Nilai awal dan target bisa angka atau teks.`
        : `Success indicators, one record each, with the fields ${INDICATOR_FIELDS.join(FIELD_SEPARATOR)}: level (${codes(INDICATOR_LEVELS, INDICATOR_LABELS, lang)}), name, baseline, target, unit, target year. Baseline and target may be numbers or text.`,
    ),
  },
  rpjmd_goals: {
    type: 'list',
    description: { id: 'Tujuan RPJMD yang didukung, seperti tertulis di RPJMD.', en: 'RPJMD goals the programme serves, as the RPJMD words them.' },
  },
  url: { type: 'url', description: { id: 'Alamat lengkap halaman program di portal ini.', en: 'Full address of the programme’s page on this portal.' } },
  source_titles: {
    type: 'list',
    description: {
      id: 'Judul sumber data program (dokumen masterplan, berita, peraturan). Penerbit, tanggal, dan tautan sumber ada di berkas JSON daerah.',
      en: 'Titles of the sources of the programme’s data (masterplan documents, news, regulations). Outlet, date and link are in the region JSON file.',
    },
  },
} as const satisfies Record<ProgrammeColumn, ColumnDoc>;

/**
 * Column names in file order. Object.keys is typed `string[]` by TypeScript's design; the
 * `satisfies` above guarantees the keys are exactly the record's fields.
 */
export const PROGRAMME_COLUMN_NAMES = Object.keys(PROGRAMME_COLUMNS) as ProgrammeColumn[];

/** How to read the CSV, shown on the data page under the dictionary. */
export const CSV_FORMAT_NOTES: readonly Text[] = [
  {
    id: `UTF-8 dengan BOM (U+FEFF) agar Excel mengenali hurufnya, dipisah koma, setiap baris diakhiri CRLF. Kutipan mengikuti RFC 4180: sel yang berisi koma, tanda kutip ganda, atau ganti baris diapit tanda kutip ganda, dan tanda kutip di dalamnya ditulis dua kali. Baris pertama berisi nama kolom; baris data diurutkan menurut key.`,
    en: `UTF-8 with a BOM (U+FEFF) so that Excel reads the letters right, comma-separated, every line ended by CRLF. Quoting follows RFC 4180: a cell containing a comma, a double quote or a line break is wrapped in double quotes, with its double quotes doubled. The first line holds the column names; data rows are sorted by key.`,
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
