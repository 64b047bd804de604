import { z } from 'astro/zod';
import type { Lang, Text } from '../../i18n/lang.ts';
import { DIMENSIONS, DIMENSION_IDS } from '../dimensions.ts';
import { FIELD_SEPARATOR, FUNDING_FIELDS, INDICATOR_FIELDS, ITEM_SEPARATOR, fundingCell, indicatorsCell } from '../exports/cells.ts';
import type { ColumnType } from '../exports/column-doc.ts';
import { fieldHelp, inferredSchema, lineText, proseText, slugSchema, sourceListSchema, yearSchema } from './common.ts';
import {
  FUNDING_SOURCES,
  INDICATOR_LEVELS,
  PROGRAMME_KINDS,
  PROGRAMME_STATUSES,
  fundingSchema,
  indicatorSchema,
  progressSchema,
  type FundingSource,
  type IndicatorLevel,
  type ProgrammeKind,
  type ProgrammeStatus,
} from './programme-parts.ts';
import { HORIZONS, type Horizon } from './region.ts';

/**
 * The programme field table: every top-level field of a programme's frontmatter
 * (`content/<region>/program/<id>.md`), each with everything the portal says and does with it:
 *
 * - `schema`: what an author may write (src/lib/schema/programme.ts builds the programme schema
 *   from these, in this order, and adds the rules that involve several fields);
 * - `label`: its name for readers, Indonesian and English;
 * - `description`: what to write, Indonesian and English: it becomes the schema description that
 *   the published JSON Schema (/data/schemas/programme.schema.json) and editors show;
 * - `columns`: the columns of programmes.csv and programmes.json it fills, each with its data
 *   dictionary entry (shown on the data page) and how its value is read from the field;
 * - `search`: how the search page uses it (src/lib/search-record.ts);
 * - `section`: where the programme page shows it.
 *
 * The downloads also carry columns that are not a field (the key, the region's columns, the page
 * address): they are `derived` rows, in the same table so that the table's order is the files'
 * column order. Everything else (the record type, its builder, the CSV cells, the data dictionary)
 * is derived from this table in src/lib/exports/programmes.ts.
 *
 * Adding a field: see CONTRIBUTING.md, "Adding a programme field".
 */

/**
 * What a column may read besides its own field: the facts the site model derives from the
 * programme and its region. Derived columns read only these.
 */
export interface ProgrammeFacts {
  /** `<region>/<id>`: unique across the portal, stable across renames. */
  readonly key: string;
  /** Absolute address of the programme's page. */
  readonly url: string;
  /** Indonesian name of the element (for `lainnya`, the programme's own label); undefined when not known. */
  readonly elementName: string | undefined;
  readonly region: {
    readonly slug: string;
    readonly name: string;
    readonly province: string;
    readonly code: string | undefined;
    readonly fictional: boolean;
  };
}

/** The names of the codes, in one language, that a column's documentation lists beside each code. */
export interface CodeNames {
  readonly status: (code: ProgrammeStatus) => string;
  readonly kind: (code: ProgrammeKind) => string;
  readonly horizon: (code: Horizon) => string;
  readonly funding: (code: FundingSource) => string;
  readonly indicator: (code: IndicatorLevel) => string;
}

/**
 * A column's meaning: a text in both languages, or, for a column of codes, a function writing it in
 * one language with the codes' names (those live in the interface text, src/i18n/<lang>/labels.ts,
 * which the exports pass in).
 */
export type ColumnDescription = Text | ((lang: Lang, names: CodeNames) => string);

/** A value a CSV cell holds as it is (empty for null) or, for a list, as a list cell. */
export type PlainValue = string | number | boolean | null | readonly string[];

/**
 * A column whose JSON value is read from its field (`value` receives the field's value, undefined
 * for a derived row) and written to its CSV cell as it is. Written as methods so that a column of
 * one field's type still counts as a column of any field where the exports iterate over them all.
 */
export interface ValueColumn<Field> {
  readonly type: Exclude<ColumnType, 'records'>;
  readonly description: ColumnDescription;
  value(field: Field, facts: ProgrammeFacts): PlainValue;
}

/** A column carrying the field's list of records as written; its CSV cell is the field in the records format (cells.ts). */
export interface RecordsColumn<Field> {
  readonly type: 'records';
  readonly description: ColumnDescription;
  cell(field: Field): string;
}

export type Column<Field> = ValueColumn<Field> | RecordsColumn<Field>;
type Columns<Field> = Readonly<Record<string, Column<Field>>>;

/**
 * How the search page uses a field (src/lib/search-record.ts). The filter keys are SEARCH_FILTERS
 * there; tests/programme-fields.test.ts checks that the two agree.
 */
export type SearchRole =
  /** A filter (facet) of the search page, under this key in search URLs. */
  | { readonly filter: string }
  /** Only the words the programme page shows, which Pagefind indexes. */
  | 'text'
  /** Not searched. */
  | 'none';

/** The programme page's sections, by the id of their heading, in page order. */
export const PROGRAMME_SECTIONS = ['ringkasan', 'deskripsi', 'kemajuan', 'indikator', 'pendanaan', 'sumber'] as const;
export type ProgrammeSection = (typeof PROGRAMME_SECTIONS)[number];

/** Where the programme page shows a field: its title block (`heading`), a section, or only its address. */
export type PagePlace = 'heading' | 'address' | ProgrammeSection;

export interface FieldRow<Schema extends z.ZodType, FieldColumns extends Columns<z.output<Schema>>> {
  readonly kind: 'field';
  readonly schema: Schema;
  readonly label: Text;
  readonly description: Text;
  readonly columns: FieldColumns;
  readonly search: SearchRole;
  readonly section: PagePlace;
}

export interface DerivedRow<DerivedColumns extends Columns<undefined>> {
  readonly kind: 'derived';
  readonly columns: DerivedColumns;
}

const field = <Schema extends z.ZodType, FieldColumns extends Columns<z.output<Schema>>>(
  row: Omit<FieldRow<Schema, FieldColumns>, 'kind'>,
): FieldRow<Schema, FieldColumns> => ({ kind: 'field', ...row });

const derived = <DerivedColumns extends Columns<undefined>>(columns: DerivedColumns): DerivedRow<DerivedColumns> => ({ kind: 'derived', columns });

/** `planned (Direncanakan), running (Berjalan), …`: each code with its name. */
const codes = <Code extends string>(values: readonly Code[], name: (code: Code) => string): string => values.map((value) => `${value} (${name(value)})`).join(', ');

const dimensionCodes = (lang: Lang): string => DIMENSIONS.map((d) => `${d.id} (${lang === 'id' ? d.nameId : d.nameEn})`).join(', ');

function fundingTotal(funding: readonly { readonly amount?: number | undefined }[]): number | null {
  const amounts = funding.flatMap((f) => (f.amount === undefined ? [] : [f.amount]));
  return amounts.length === 0 ? null : amounts.reduce((sum, amount) => sum + amount, 0);
}

export const PROGRAMME_FIELDS = {
  key: derived({
    key: {
      type: 'text',
      description: {
        id: 'Kunci unik program: slug daerah, garis miring, id program (mis. kota-contoh/parkir-elektronik). Tidak berubah walau nama program diganti; pakai untuk menggabungkan data.',
        en: 'Unique programme key: region slug, slash, programme id (e.g. kota-contoh/parkir-elektronik). Does not change when the programme is renamed; use it to join data.',
      },
      value: (_, facts) => facts.key,
    },
  }),
  region: derived({
    region_slug: {
      type: 'text',
      description: {
        id: 'Slug daerah, seperti di alamat halaman daerah (mis. kota-bontang).',
        en: 'Region slug, as in the region page’s address (e.g. kota-bontang).',
      },
      value: (_, facts) => facts.region.slug,
    },
    region_name: {
      type: 'text',
      description: { id: 'Nama resmi daerah (mis. Kota Bontang).', en: 'Official name of the region (e.g. Kota Bontang).' },
      value: (_, facts) => facts.region.name,
    },
    province: { type: 'text', description: { id: 'Provinsi.', en: 'Province.' }, value: (_, facts) => facts.region.province },
    region_code: {
      type: 'text',
      description: { id: 'Kode wilayah Kemendagri (NN.NN); kosong bila belum dicatat.', en: 'Kemendagri region code (NN.NN); empty when not recorded.' },
      value: (_, facts) => facts.region.code ?? null,
    },
    fictional: {
      type: 'boolean',
      description: {
        id: 'true: data demonstrasi yang dikarang (daerah fiktif), bukan data nyata; saring baris ini sebelum analisis. false: daerah nyata.',
        en: 'true: made-up demonstration data (a fictional region), not real data; filter these rows out before analysis. false: a real region.',
      },
      value: (_, facts) => facts.region.fictional,
    },
  }),
  id: field({
    schema: slugSchema,
    label: { id: 'Id program', en: 'Programme id' },
    description: {
      id: 'Tanda pengenal tetap: sama dengan nama berkas, tidak dipakai dua kali di daerahnya, dipakai di alamat halaman. Jangan diubah setelah terbit. Wajib.',
      en: 'Permanent id: equals the file name, unique in the region, used in the page address. Never change it once published. Required.',
    },
    columns: {
      programme_id: {
        type: 'text',
        description: { id: 'Id program di dalam daerahnya; bagian dari alamat halaman program.', en: 'Programme id within its region; part of the programme page’s address.' },
        value: (id) => id,
      },
    },
    search: 'none',
    section: 'address',
  }),
  name: field({
    schema: lineText(),
    label: { id: 'Nama program', en: 'Name' },
    description: { id: 'Nama program seperti dikenal warga. Wajib.', en: 'Name of the programme as citizens know it. Required.' },
    columns: { name: { type: 'text', description: { id: 'Nama program.', en: 'Programme name (in Indonesian).' }, value: (name) => name } },
    search: 'text',
    section: 'heading',
  }),
  dimension: field({
    schema: z.enum(DIMENSION_IDS),
    label: { id: 'Dimensi', en: 'Dimension' },
    description: { id: 'Salah satu dari enam dimensi, mis. smart-governance. Wajib.', en: 'One of the six dimensions, e.g. smart-governance. Required.' },
    columns: {
      dimension: {
        type: 'code',
        description: (lang) => (lang === 'id' ? `Dimensi Smart City: ${dimensionCodes(lang)}.` : `Smart City dimension: ${dimensionCodes(lang)}.`),
        value: (dimension) => dimension,
      },
    },
    search: { filter: 'dimensi' },
    section: 'ringkasan',
  }),
  element: field({
    schema: lineText().optional(),
    label: { id: 'Elemen', en: 'Element' },
    description: {
      id: 'Salah satu dari tiga elemen dimensi itu, atau lainnya bersama elementLabel. Hapus bila tidak ada sumber yang menyebutnya: halaman menulis "Belum diketahui".',
      en: 'One of the dimension’s three elements, or lainnya together with elementLabel. Leave it out when no source says which: the page shows "Belum diketahui".',
    },
    columns: {
      element: {
        type: 'code',
        description: {
          id: 'Id elemen dimensi (tiga elemen per dimensi), atau lainnya bila topiknya di luar ketiganya; kosong bila belum diketahui.',
          en: 'Id of the dimension’s element (three elements per dimension), or lainnya (other) when the topic is outside those three; empty when not known yet.',
        },
        value: (element) => element ?? null,
      },
    },
    search: { filter: 'elemen' },
    section: 'ringkasan',
  }),
  elementLabel: field({
    schema: lineText().optional(),
    label: { id: 'Nama elemen lainnya', en: 'Name of the other element' },
    description: { id: 'Nama elemen, hanya bila element: lainnya.', en: 'Name of the element, only when element: lainnya.' },
    columns: {
      // The element's name whichever element it is: this field names only a `lainnya` one.
      element_label: {
        type: 'text',
        description: {
          id: 'Nama elemen dalam Bahasa Indonesia; untuk elemen lainnya, label yang ditulis program; kosong bila belum diketahui.',
          en: 'Name of the element in Indonesian; for lainnya, the label the programme gives; empty when not known yet.',
        },
        value: (_, facts) => facts.elementName ?? null,
      },
    },
    search: { filter: 'elemen' },
    section: 'ringkasan',
  }),
  kind: field({
    schema: z.enum(PROGRAMME_KINDS),
    label: { id: 'Jenis program', en: 'Kind' },
    description: {
      id: 'Jenis program: quick-win (hasil cepat), priority (program prioritas) atau other (lainnya). Wajib.',
      en: 'Kind of programme: quick-win, priority or other. Required.',
    },
    columns: {
      kind: {
        type: 'code',
        description: (lang, names) => `${lang === 'id' ? 'Jenis program' : 'Kind of programme'}: ${codes(PROGRAMME_KINDS, names.kind)}.`,
        value: (kind) => kind,
      },
    },
    search: { filter: 'kategori' },
    section: 'ringkasan',
  }),
  horizon: field({
    schema: z.enum(HORIZONS).optional(),
    label: { id: 'Jangka waktu', en: 'Horizon' },
    description: {
      id: 'Jangka peta jalan saat program dimulai: short, medium atau long. Kosongkan bila sumber tidak menyebutnya: halaman menulis "Belum diketahui".',
      en: 'Roadmap horizon in which the programme starts: short, medium or long. Leave it out when no source says: the page shows "Belum diketahui".',
    },
    columns: {
      horizon: {
        type: 'code',
        description: (lang, names) =>
          lang === 'id'
            ? `Jangka waktu di peta jalan: ${codes(HORIZONS, names.horizon)}; kosong bila tidak disebut.`
            : `Roadmap horizon: ${codes(HORIZONS, names.horizon)}; empty when not stated.`,
        value: (horizon) => horizon ?? null,
      },
    },
    search: { filter: 'jangka' },
    section: 'ringkasan',
  }),
  startYear: field({
    schema: yearSchema.optional(),
    label: { id: 'Tahun mulai', en: 'First year' },
    description: { id: 'Tahun mulai program, biasanya di dalam periode masterplan.', en: 'First year of the programme, usually within the masterplan period.' },
    columns: {
      // The years as the content states them; the model's span fills a missing one, the export does not.
      start_year: {
        type: 'integer',
        description: { id: 'Tahun mulai, seperti ditulis sumber; kosong bila tidak diketahui.', en: 'First year, as the source states it; empty when not known.' },
        value: (year) => year ?? null,
      },
    },
    search: { filter: 'tahun' },
    section: 'ringkasan',
  }),
  endYear: field({
    schema: yearSchema.optional(),
    label: { id: 'Tahun selesai', en: 'Last year' },
    description: { id: 'Tahun selesai program.', en: 'Last year of the programme.' },
    columns: {
      end_year: {
        type: 'integer',
        description: { id: 'Tahun selesai, seperti ditulis sumber; kosong bila tidak diketahui.', en: 'Last year, as the source states it; empty when not known.' },
        value: (year) => year ?? null,
      },
    },
    search: 'text',
    section: 'ringkasan',
  }),
  status: field({
    schema: z.enum(PROGRAMME_STATUSES).default('planned'),
    label: { id: 'Status', en: 'Status' },
    description: {
      id: 'Status terkini: planned (bawaan), running, done atau stopped; sama dengan status pembaruan terakhir di progress.',
      en: 'Current status: planned (the default), running, done or stopped; equals the status of the last progress update.',
    },
    columns: {
      status: {
        type: 'code',
        description: (lang, names) => `${lang === 'id' ? 'Status terkini' : 'Current status'}: ${codes(PROGRAMME_STATUSES, names.status)}.`,
        value: (status) => status,
      },
    },
    search: { filter: 'status' },
    section: 'ringkasan',
  }),
  /** At most 100: the page lists them all, and monthly updates over a long programme stay below that. */
  progress: field({
    schema: z.array(progressSchema).max(100).default([]),
    label: { id: 'Kemajuan', en: 'Progress' },
    description: {
      id: 'Pembaruan kemajuan bertanggal, dari yang paling lama, masing-masing dengan buktinya bila ada.',
      en: 'Dated progress updates, oldest first, each with its evidence where there is any.',
    },
    columns: {
      latest_progress_date: {
        type: 'date',
        description: { id: 'Tanggal laporan kemajuan terakhir; kosong bila belum ada laporan.', en: 'Date of the latest progress update; empty when there is none yet.' },
        value: (progress) => progress.at(-1)?.date ?? null,
      },
      // The share stated in the latest update only: an older percentage next to a newer date would mislead.
      latest_percent: {
        type: 'number',
        description: {
          id: 'Capaian pekerjaan (0–100) menurut laporan kemajuan terakhir; kosong bila laporan itu tidak menyebut persentase.',
          en: 'Share of the work done (0–100) according to the latest progress update; empty when that update gives no percentage.',
        },
        value: (progress) => progress.at(-1)?.percent ?? null,
      },
    },
    search: 'text',
    section: 'kemajuan',
  }),
  opd: field({
    schema: lineText().optional(),
    label: { id: 'OPD penanggung jawab', en: 'Agency in charge' },
    description: { id: 'Perangkat daerah (OPD) pemilik program, mis. "Diskominfo".', en: 'Regional agency (OPD) that owns the programme, e.g. "Diskominfo".' },
    columns: {
      opd: {
        type: 'text',
        description: { id: 'Perangkat daerah (OPD) penanggung jawab; kosong bila tidak disebut.', en: 'Regional agency (OPD) in charge; empty when not stated.' },
        value: (opd) => opd ?? null,
      },
    },
    search: { filter: 'opd' },
    section: 'ringkasan',
  }),
  /** At most 50, all listed on the page. */
  partners: field({
    schema: z.array(lineText()).max(50).default([]),
    label: { id: 'Mitra', en: 'Partners' },
    description: { id: 'Mitra: OPD lain, perusahaan, kampus atau komunitas, satu per butir.', en: 'Partners: other agencies, companies, universities or communities, one per item.' },
    columns: {
      partners: {
        type: 'list',
        description: { id: 'Mitra: instansi lain, perusahaan, perguruan tinggi, atau komunitas.', en: 'Partners: other agencies, companies, universities or communities.' },
        value: (partners) => partners,
      },
    },
    search: 'text',
    section: 'ringkasan',
  }),
  /** At most 20, all shown on the page. */
  tags: field({
    schema: z.array(slugSchema).max(20).default([]),
    label: { id: 'Kata kunci', en: 'Tags' },
    description: {
      id: 'Kata kunci bebas untuk menemukan program serupa: huruf kecil, angka, tanda hubung.',
      en: 'Free keywords that help readers find related programmes: lowercase letters, digits, hyphens.',
    },
    columns: { tags: { type: 'list', description: { id: 'Kata kunci.', en: 'Keywords.' }, value: (tags) => tags } },
    search: 'text',
    section: 'ringkasan',
  }),
  /** At most 50 entries, all in the page's funding table. */
  funding: field({
    schema: z.array(fundingSchema).max(50).default([]),
    label: { id: 'Pendanaan', en: 'Funding' },
    description: { id: 'Sumber dana program, satu butir per sumber.', en: 'Where the money comes from, one entry per source.' },
    columns: {
      funding_sources: {
        type: 'list',
        description: (lang, names) =>
          lang === 'id'
            ? `Sumber dana yang disebut, masing-masing sekali, menurut urutan di konten: ${codes(FUNDING_SOURCES, names.funding)}.`
            : `Funding sources named, each once, in content order: ${codes(FUNDING_SOURCES, names.funding)}.`,
        value: (funding) => [...new Set(funding.map((f) => f.source))],
      },
      funding_total_idr: {
        type: 'number',
        description: {
          id: 'Jumlah rupiah dari rincian pendanaan yang menyebut angka; sumber tanpa angka tidak dihitung, jadi angka ini bisa lebih kecil dari biaya sebenarnya. Kosong bila tidak ada angka sama sekali.',
          en: 'Sum in rupiah of the funding entries that state an amount; entries without one are not counted, so this can be less than the real cost. Empty when no amount is stated.',
        },
        value: fundingTotal,
      },
      funding_detail: {
        type: 'records',
        description: (lang) =>
          lang === 'id'
            ? `Rincian pendanaan, satu rekaman per entri, dengan kolom ${FUNDING_FIELDS.join(FIELD_SEPARATOR)}: sumber dana, tahun anggaran, jumlah rupiah, catatan. Contoh: apbd|2028|5000000000|Halte${ITEM_SEPARATOR}csr|||`
            : `Funding entries, one record each, with the fields ${FUNDING_FIELDS.join(FIELD_SEPARATOR)}: funding source, budget year, amount in rupiah, note. Example: apbd|2028|5000000000|Halte${ITEM_SEPARATOR}csr|||`,
        cell: fundingCell,
      },
    },
    search: { filter: 'dana' },
    section: 'pendanaan',
  }),
  /** At most 50 indicators, all in the page's indicator table. */
  indicators: field({
    schema: z.array(indicatorSchema).max(50).default([]),
    label: { id: 'Indikator keberhasilan', en: 'Success indicators' },
    description: { id: 'Ukuran keberhasilan program.', en: 'How the programme’s success is measured.' },
    columns: {
      indicator_count: {
        type: 'integer',
        description: { id: 'Jumlah indikator keberhasilan.', en: 'Number of success indicators.' },
        value: (indicators) => indicators.length,
      },
      indicators: {
        type: 'records',
        description: (lang, names) =>
          lang === 'id'
            ? `Indikator keberhasilan, satu rekaman per indikator, dengan kolom ${INDICATOR_FIELDS.join(FIELD_SEPARATOR)}: tingkat (${codes(INDICATOR_LEVELS, names.indicator)}), nama, nilai awal, target, satuan, tahun target. Nilai awal dan target bisa angka atau teks.`
            : `Success indicators, one record each, with the fields ${INDICATOR_FIELDS.join(FIELD_SEPARATOR)}: level (${codes(INDICATOR_LEVELS, names.indicator)}), name, baseline, target, unit, target year. Baseline and target may be numbers or text.`,
        cell: indicatorsCell,
      },
    },
    search: 'text',
    section: 'indikator',
  }),
  /**
   * At most 20, each at most 500 characters (an RPJMD goal is one long sentence). All are listed
   * on the page.
   */
  rpjmdGoals: field({
    schema: z.array(proseText(500)).max(20).default([]),
    label: { id: 'Tujuan RPJMD yang didukung', en: 'RPJMD goals served' },
    description: { id: 'Tujuan RPJMD yang dilayani program, seperti tertulis di RPJMD.', en: 'RPJMD goals the programme serves, as written in the RPJMD.' },
    columns: {
      rpjmd_goals: {
        type: 'list',
        description: { id: 'Tujuan RPJMD yang didukung, seperti tertulis di RPJMD.', en: 'RPJMD goals the programme serves, as the RPJMD words them.' },
        value: (goals) => goals,
      },
    },
    search: 'text',
    section: 'ringkasan',
  }),
  url: derived({
    url: {
      type: 'url',
      description: { id: 'Alamat lengkap halaman program di portal ini.', en: 'Full address of the programme’s page on this portal.' },
      value: (_, facts) => facts.url,
    },
  }),
  sources: field({
    schema: sourceListSchema,
    label: { id: 'Sumber', en: 'Sources' },
    description: {
      id: 'Tempat program ini disebut: buku masterplan dan halamannya, atau berita. Wajib untuk program di daerah nyata.',
      en: 'Where the programme is described: masterplan book and page, or an article. Required for a programme of a real region.',
    },
    columns: {
      source_titles: {
        type: 'list',
        description: {
          id: 'Judul sumber data program (dokumen masterplan, berita, peraturan). Penerbit, tanggal, dan tautan sumber ada di berkas JSON daerah.',
          en: 'Titles of the sources of the programme’s data (masterplan documents, news, regulations). Outlet, date and link are in the region JSON file.',
        },
        value: (sources) => sources.map((s) => s.title),
      },
    },
    search: 'none',
    section: 'sumber',
  }),
  inferred: field({
    schema: inferredSchema,
    label: { id: 'Tafsiran penyunting', en: 'Editor’s reading' },
    description: {
      id: 'Kolom yang isinya tafsiran penyunting, bukan kata-kata sumber, mis. dimension dan element bila berita hanya menyebut nama programnya.',
      en: 'Fields whose value is the editor’s reading rather than the sources’ words, e.g. dimension and element when the article names only the programme.',
    },
    columns: {
      inferred_fields: {
        type: 'list',
        description: {
          id: 'Kolom konten program yang merupakan tafsiran penyunting, bukan kata-kata sumber (mis. dimension, element, horizon); di halaman ditandai "tafsiran penyunting". Kosong bila semuanya seperti ditulis sumber.',
          en: 'Fields of the programme’s content that are the editor’s reading, not the sources’ words (e.g. dimension, element, horizon); the page marks them "tafsiran penyunting". Empty when everything is as the sources state it.',
        },
        value: (inferred) => inferred,
      },
    },
    search: 'none',
    section: 'sumber',
  }),
};

type Table = typeof PROGRAMME_FIELDS;

/** The frontmatter fields: the table's rows that are not derived. */
export type ProgrammeFieldName = { [Name in keyof Table]: Table[Name]['kind'] extends 'field' ? Name : never }[keyof Table];

/** The programme's object shape, each field with its description: what programme.ts turns into the schema. */
export type ProgrammeShape = { readonly [Name in ProgrammeFieldName]: Extract<Table[Name], { readonly kind: 'field' }>['schema'] };

/**
 * Every row, seen through its common shape: a column of one field's type is a column of any field
 * (`value` and `cell` are methods), which is what iterating over all of them needs.
 */
export const PROGRAMME_ROWS: Readonly<Record<string, FieldRow<z.ZodType, Columns<unknown>> | DerivedRow<Columns<unknown>>>> = PROGRAMME_FIELDS;

function shapeOf(): ProgrammeShape {
  const fields = Object.entries(PROGRAMME_ROWS).flatMap(([name, row]) =>
    row.kind === 'field' ? [[name, row.schema.meta(fieldHelp(row.description.id, row.description.en))] as const] : [],
  );
  // Object.fromEntries is typed by its values only; the entries are the table's fields, keyed by name.
  return Object.fromEntries(fields) as unknown as ProgrammeShape;
}

export const PROGRAMME_SHAPE = shapeOf();

/** One entry per column of programmes.csv/json, in file order: its name and the value type it holds. */
type ColumnEntry = {
  [Row in keyof Table]: {
    [Name in keyof Table[Row]['columns'] & string]: {
      readonly name: Name;
      readonly value: Table[Row]['columns'][Name] extends { value(...args: never[]): infer Value }
        ? Value
        : Table[Row] extends { readonly schema: infer Schema extends z.ZodType }
          ? z.output<Schema>
          : never;
    };
  }[keyof Table[Row]['columns'] & string];
}[keyof Table];

/** One programme in programmes.csv and programmes.json: a value per column. Unknown values are null. */
export type ProgrammeRecord = { readonly [Entry in ColumnEntry as Entry['name']]: Entry['value'] };
export type ProgrammeColumn = keyof ProgrammeRecord;
