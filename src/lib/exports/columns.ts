import { DIMENSIONS } from '../dimensions.ts';
import { DIRECTORY_STATUSES } from '../directory.ts';
import { FUNDING_SOURCES, INDICATOR_LEVELS, PROGRAMME_KINDS, PROGRAMME_STATUSES } from '../schema/programme.ts';
import { HORIZONS } from '../schema/region.ts';
import {
  DIRECTORY_STATUS_DESCRIPTIONS,
  DIRECTORY_STATUS_LABELS,
  FUNDING_LABELS,
  HORIZON_LABELS,
  INDICATOR_LABELS,
  KIND_LABELS,
  STATUS_LABELS,
  type Lang,
  type Text,
} from '../../i18n/ui.ts';
import { COHORT_SOURCE_FIELDS, FIELD_SEPARATOR, FUNDING_FIELDS, INDICATOR_FIELDS, ITEM_SEPARATOR } from './cells.ts';
import type { CohortColumn } from './cohorts.ts';
import type { EvaluationColumn } from './evaluations.ts';
import type { ProgrammeColumn } from './programmes.ts';
import type { RegisterColumn } from './register.ts';

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
      id: 'Id elemen dimensi (tiga elemen per dimensi), atau lainnya bila topiknya di luar ketiganya; kosong bila belum diketahui.',
      en: 'Id of the dimension’s element (three elements per dimension), or lainnya (other) when the topic is outside those three; empty when not known yet.',
    },
  },
  element_label: {
    type: 'text',
    description: {
      id: 'Nama elemen dalam Bahasa Indonesia; untuk elemen lainnya, label yang ditulis program; kosong bila belum diketahui.',
      en: 'Name of the element in Indonesian; for lainnya, the label the programme gives; empty when not known yet.',
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
  inferred_fields: {
    type: 'list',
    description: {
      id: 'Kolom konten program yang merupakan tafsiran penyunting, bukan kata-kata sumber (mis. dimension, element, horizon); di halaman ditandai "tafsiran penyunting". Kosong bila semuanya seperti ditulis sumber.',
      en: 'Fields of the programme’s content that are the editor’s reading, not the sources’ words (e.g. dimension, element, horizon); the page marks them "tafsiran penyunting". Empty when everything is as the sources state it.',
    },
  },
} as const satisfies Record<ProgrammeColumn, ColumnDoc>;

/**
 * Column names in file order. Object.keys is typed `string[]` by TypeScript's design; the
 * `satisfies` above guarantees the keys are exactly the record's fields.
 */
export const PROGRAMME_COLUMN_NAMES = Object.keys(PROGRAMME_COLUMNS) as ProgrammeColumn[];

/**
 * The data dictionary of evaluations.csv (and of the records in evaluations.json), like
 * PROGRAMME_COLUMNS: one row per published evaluation result, each with its source.
 */
export const EVALUATION_COLUMNS = {
  region_slug: PROGRAMME_COLUMNS.region_slug,
  region_name: PROGRAMME_COLUMNS.region_name,
  province: PROGRAMME_COLUMNS.province,
  region_code: PROGRAMME_COLUMNS.region_code,
  fictional: PROGRAMME_COLUMNS.fictional,
  year: { type: 'integer', description: { id: 'Tahun evaluasi, seperti ditulis sumber.', en: 'Year of the evaluation, as the source states it.' } },
  stage: { type: 'text', description: { id: 'Tahap evaluasi (mis. Tahap II); kosong bila sumber tidak menyebutnya.', en: 'Stage of the evaluation (e.g. Tahap II); empty when the source names none.' } },
  score: {
    type: 'number',
    description: {
      id: 'Nilai, seperti ditulis sumber, pada skala evaluasi yang bersangkutan (note menyebut skalanya bila sumber menyebutkannya). Kosong bila tidak disebut.',
      en: 'Score, as the source states it, on the scale of that evaluation (note gives the scale where the source does). Empty when not stated.',
    },
  },
  predicate: { type: 'text', description: { id: 'Predikat atau kategori nilai (mis. baik); kosong bila tidak disebut.', en: 'Rating or category of the score (e.g. baik, good); empty when not stated.' } },
  award: { type: 'text', description: { id: 'Penghargaan yang diterima; kosong bila tidak ada.', en: 'Award received; empty when none.' } },
  evaluator: { type: 'text', description: { id: 'Penilai atau pemberi penghargaan; kosong bila sumber tidak menyebutnya.', en: 'Who evaluated or gave the award; empty when the source does not say.' } },
  note: { type: 'text', description: { id: 'Keterangan lain dari sumber, mis. peringkat.', en: 'Other details from the source, e.g. the rank (in Indonesian).' } },
  inferred: {
    type: 'boolean',
    description: {
      id: 'true bila penyunting menandai hasil evaluasi daerah ini sebagai tafsirannya sendiri, bukan kata-kata sumber.',
      en: 'true when the editor marks this region’s evaluation results as their own reading, not the source’s words.',
    },
  },
  source_title: { type: 'text', description: { id: 'Judul sumber yang melaporkan hasil ini.', en: 'Title of the source that reports this result.' } },
  source_outlet: { type: 'text', description: { id: 'Media atau penerbit sumber.', en: 'Outlet or publisher of the source.' } },
  source_date: { type: 'date', description: { id: 'Tanggal terbit sumber; kosong bila sumber tidak bertanggal.', en: 'Publication date of the source; empty when it has none.' } },
  source_url: { type: 'url', description: { id: 'Alamat web sumber; kosong bila tidak daring.', en: 'Web address of the source; empty when it is not online.' } },
  source_page: { type: 'integer', description: { id: 'Halaman di dokumen sumber, untuk buku.', en: 'Page in the source document, for books.' } },
  region_url: { type: 'url', description: { id: 'Alamat bagian evaluasi di halaman daerah pada portal ini.', en: 'Address of the evaluations section of the region’s page on this portal.' } },
} as const satisfies Record<EvaluationColumn, ColumnDoc>;

/** Column names of evaluations.csv in file order (see PROGRAMME_COLUMN_NAMES). */
export const EVALUATION_COLUMN_NAMES = Object.keys(EVALUATION_COLUMNS) as EvaluationColumn[];

/** `none (Belum tercatat: Belum ada catatan …), …`: each status with its label and meaning. */
const statusCodes = (lang: Lang): string =>
  DIRECTORY_STATUSES.map((status) => `${status} (${DIRECTORY_STATUS_LABELS[status][lang]}: ${DIRECTORY_STATUS_DESCRIPTIONS[status][lang]})`).join(', ');

/**
 * The data dictionary of register.csv (and of the records in register.json), like
 * PROGRAMME_COLUMNS: one row per province and per kabupaten/kota of the national register.
 */
export const REGISTER_COLUMNS = {
  code: {
    type: 'text',
    description: {
      id: 'Kode wilayah Kemendagri: dua angka untuk provinsi (mis. 64), NN.NN untuk kabupaten/kota (mis. 64.71; 01–69 kabupaten, 71–99 kota). Kunci untuk menggabungkan berkas ini dengan region_code di berkas lain. Baris diurutkan menurut kode, jadi setiap provinsi tepat sebelum kabupaten/kotanya.',
      en: 'Kemendagri region code: two digits for a province (e.g. 64), NN.NN for a kabupaten/kota (e.g. 64.71; 01–69 kabupaten, 71–99 kota). The key to join this file with region_code in the other files. Rows are sorted by code, so each province comes right before its kabupaten/kota.',
    },
  },
  name: {
    type: 'text',
    description: { id: 'Nama resmi menurut Kepmendagri (mis. Kota Balikpapan, Kalimantan Timur).', en: 'Official name according to the Kepmendagri (e.g. Kota Balikpapan, Kalimantan Timur).' },
  },
  type: {
    type: 'code',
    description: {
      id: 'Jenis wilayah: provinsi (Provinsi), kabupaten (Kabupaten), kota (Kota).',
      en: 'Kind of region: provinsi (province), kabupaten (regency), kota (city).',
    },
  },
  province_code: { type: 'text', description: { id: 'Kode provinsi (dua angka); pada baris provinsi sama dengan code.', en: 'Province code (two digits); on a province row the same as code.' } },
  province_name: { type: 'text', description: { id: 'Nama provinsi; pada baris provinsi sama dengan name.', en: 'Province name; on a province row the same as name.' } },
  slug: {
    type: 'text',
    description: {
      id: 'Nama di alamat portal: untuk kabupaten/kota, slug halaman daerahnya dan nama foldernya di content/ (mis. kota-balikpapan); untuk provinsi, slug halaman provinsinya di direktori /daerah/.',
      en: 'Name in the portal’s addresses: for a kabupaten/kota, the slug of its region page and of its folder in content/ (e.g. kota-balikpapan); for a province, the slug of its page in the /daerah/ directory.',
    },
  },
  status: {
    type: 'code',
    description: bothLanguages((lang) =>
      lang === 'id'
        ? `Keikutsertaan dalam Gerakan Menuju Smart City menurut catatan portal: ${statusCodes(lang)}. Pada baris provinsi: status terjauh yang dicapai salah satu kabupaten/kotanya, jadi none berarti tidak ada kabupaten/kota di provinsi itu yang tercatat ikut.`
        : `Participation in Gerakan Menuju Smart City as the portal records it: ${statusCodes(lang)}. On a province row: the furthest status any of its kabupaten/kota reached, so none means no kabupaten/kota of that province is on record as taking part.`,
    ),
  },
  cohort_years: {
    type: 'list',
    description: {
      id: 'Tahun angkatan Gerakan Menuju Smart City yang disebut sumber, urut naik; lebih dari satu bila sumber berbeda pendapat (rincian dan sumbernya di cohorts.csv). Kosong bila tidak ada, dan pada baris provinsi.',
      en: 'Gerakan Menuju Smart City cohort years that sources give, ascending; more than one when sources disagree (details and sources in cohorts.csv). Empty when there is none, and on province rows.',
    },
  },
  url: {
    type: 'url',
    description: {
      id: 'Alamat lengkap di portal ini: halaman daerah untuk kabupaten/kota yang punya halaman (status selain none), halaman provinsi di direktori untuk provinsi. Kosong bila daerah itu belum punya halaman.',
      en: 'Full address on this portal: the region page for a kabupaten/kota that has one (any status but none), the province’s directory page for a province. Empty when the region has no page yet.',
    },
  },
} as const satisfies Record<RegisterColumn, ColumnDoc>;

/** Column names of register.csv in file order (see PROGRAMME_COLUMN_NAMES). */
export const REGISTER_COLUMN_NAMES = Object.keys(REGISTER_COLUMNS) as RegisterColumn[];

/**
 * The data dictionary of cohorts.csv (and of the records in cohorts.json): one row per cohort
 * claim, each with the sources that state it.
 */
export const COHORT_COLUMNS = {
  region_code: {
    type: 'text',
    description: {
      id: 'Kode wilayah Kemendagri (NN.NN); gabungkan dengan code di register.csv. Baris diurutkan menurut kode, lalu tahun.',
      en: 'Kemendagri region code (NN.NN); join it with code in register.csv. Rows are sorted by code, then year.',
    },
  },
  region_name: { type: 'text', description: { id: 'Nama resmi daerah menurut daftar wilayah Kemendagri.', en: 'Official name of the region in the Kemendagri register.' } },
  province: PROGRAMME_COLUMNS.province,
  region_slug: PROGRAMME_COLUMNS.region_slug,
  year: { type: 'integer', description: { id: 'Tahun angkatan (kohort) menurut sumber klaim ini.', en: 'Cohort year according to this claim’s sources.' } },
  mou_date: {
    type: 'date',
    description: {
      id: 'Tanggal penandatanganan nota kesepahaman (MoU) angkatan itu, hanya bila sumber menyebutnya; kosong bila tidak.',
      en: 'Day the cohort’s memorandum of understanding (MoU) was signed, only where a source states it; empty otherwise.',
    },
  },
  note: {
    type: 'text',
    description: { id: 'Catatan penyunting, mis. daftar lain yang tidak memuat daerah ini; kosong bila tidak ada.', en: 'Editor’s note (in Indonesian), e.g. another list that leaves the region out; empty when none.' },
  },
  sources_disagree: {
    type: 'boolean',
    description: {
      id: 'true bila sumber menyebut lebih dari satu tahun angkatan untuk daerah ini: setiap tahun menjadi baris sendiri dengan sumbernya, dan portal tidak memilih salah satunya.',
      en: 'true when sources give this region more than one cohort year: each year is a row of its own with its sources, and the portal does not pick one.',
    },
  },
  sources: {
    type: 'records',
    description: bothLanguages((lang) =>
      lang === 'id'
        ? `Sumber yang menyatakan klaim ini, satu rekaman per sumber, dengan kolom ${COHORT_SOURCE_FIELDS.join(FIELD_SEPARATOR)}: id sumber di data/kohort.yaml, judul (atau uraian halaman), media, alamat web, tanggal terbit (kosong bila tidak diketahui).`
        : `The sources that state this claim, one record each, with the fields ${COHORT_SOURCE_FIELDS.join(FIELD_SEPARATOR)}: source id in data/kohort.yaml, title (or a description of the page), outlet, web address, publication date (empty when not known).`,
    ),
  },
  region_url: { type: 'url', description: { id: 'Alamat lengkap halaman daerah di portal ini.', en: 'Full address of the region’s page on this portal.' } },
} as const satisfies Record<CohortColumn, ColumnDoc>;

/** Column names of cohorts.csv in file order (see PROGRAMME_COLUMN_NAMES). */
export const COHORT_COLUMN_NAMES = Object.keys(COHORT_COLUMNS) as CohortColumn[];

/** How to read the CSV, shown on the data page under the dictionary. */
export const CSV_FORMAT_NOTES: readonly Text[] = [
  {
    id: `UTF-8 dengan BOM (U+FEFF) agar Excel mengenali hurufnya, dipisah koma, setiap baris diakhiri CRLF. Kutipan mengikuti RFC 4180: sel yang berisi koma, tanda kutip ganda, atau ganti baris diapit tanda kutip ganda, dan tanda kutip di dalamnya ditulis dua kali. Baris pertama berisi nama kolom. Baris data programmes.csv diurutkan menurut key; urutan berkas lain disebut di kamus datanya.`,
    en: `UTF-8 with a BOM (U+FEFF) so that Excel reads the letters right, comma-separated, every line ended by CRLF. Quoting follows RFC 4180: a cell containing a comma, a double quote or a line break is wrapped in double quotes, with its double quotes doubled. The first line holds the column names. The data rows of programmes.csv are sorted by key; each other file’s dictionary gives its order.`,
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
