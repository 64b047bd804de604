import { z } from 'astro/zod';
import { DIMENSION_IDS, OTHER_ELEMENT, dimensionById, dimensionOfElement } from '../dimensions.ts';
import {
  addRuleIssue,
  checkInferredFields,
  dateSchema,
  fieldHelp,
  inferredSchema,
  lineText,
  proseText,
  slugSchema,
  sourceListSchema,
  urlSchema,
  yearSchema,
} from './common.ts';
import { HORIZONS } from './region.ts';

/** Frontmatter of `content/<region>/program/<id>.md`: one programme of a region's masterplan. */

export const PROGRAMME_KINDS = ['quick-win', 'priority', 'other'] as const;
export const PROGRAMME_STATUSES = ['planned', 'running', 'done', 'stopped'] as const;
export const FUNDING_SOURCES = ['apbd', 'apbn', 'kpbu', 'csr', 'swasta', 'lainnya'] as const;
export const INDICATOR_LEVELS = ['output', 'outcome', 'impact'] as const;

export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];
export type FundingSource = (typeof FUNDING_SOURCES)[number];

const fundingSchema = z.strictObject({
  source: z
    .enum(FUNDING_SOURCES)
    .meta(
      fieldHelp(
        'Sumber dana: apbd, apbn, kpbu (kerja sama pemerintah dan badan usaha), csr, swasta atau lainnya. Wajib.',
        'Source of the money: apbd, apbn, kpbu (public–private partnership), csr, swasta (private) or lainnya (other). Required.',
      ),
    ),
  amount: z
    .number()
    .nonnegative()
    .optional()
    .meta(fieldHelp('Jumlah dalam rupiah, ditulis tanpa titik, bila diketahui.', 'Amount in rupiah, written without separators, if known.')),
  year: yearSchema.optional().meta(fieldHelp('Tahun anggaran jumlah itu.', 'Budget year of the amount.')),
  /** At most 1,000 characters: a short paragraph. */
  note: proseText(1000).optional().meta(fieldHelp('Keterangan bagi pembaca, mis. mitra CSR.', 'Anything a reader should know, e.g. the CSR partner.')),
});

/** A value such as 45 or "belum ada data". */
const measureSchema = z.union([z.number(), lineText()]);

const indicatorSchema = z.strictObject({
  level: z.enum(INDICATOR_LEVELS).meta(fieldHelp('Tingkat ukuran: output, outcome atau impact. Wajib.', 'Level of the measure: output, outcome or impact. Required.')),
  name: lineText().meta(fieldHelp('Apa yang diukur, dengan kata-kata sederhana. Wajib.', 'What is measured, in plain words. Required.')),
  baseline: measureSchema.optional().meta(fieldHelp('Nilai awal, sebelum program; angka atau teks.', 'Value before the programme; a number or text.')),
  target: measureSchema.meta(fieldHelp('Nilai yang dituju; angka atau teks. Wajib.', 'Value the programme aims for; a number or text. Required.')),
  unit: lineText().optional().meta(fieldHelp('Satuan nilainya, mis. "%", "layanan", "kelurahan".', 'Unit of the values, e.g. "%", "layanan", "kelurahan".')),
  year: yearSchema.optional().meta(fieldHelp('Tahun target itu harus tercapai.', 'Year the target should be reached.')),
});

const progressSchema = z.strictObject({
  date: dateSchema.meta(fieldHelp('Tanggal pembaruan, YYYY-MM-DD; tidak boleh di masa depan. Wajib.', 'Date of the update, YYYY-MM-DD; not in the future. Required.')),
  status: z
    .enum(PROGRAMME_STATUSES)
    .meta(fieldHelp('Status pada tanggal itu: planned, running, done atau stopped. Wajib.', 'Status as of that date: planned, running, done or stopped. Required.')),
  percent: z.number().min(0).max(100).optional().meta(fieldHelp('Bagian pekerjaan yang sudah selesai, 0–100.', 'Share of the work done, 0–100.')),
  evidence: urlSchema
    .optional()
    .meta(
      fieldHelp('Tautan bukti (https://…): laporan, berita, atau layanannya yang sudah berjalan.', 'Link to evidence (https://…): a report, a news article, the live service.'),
    ),
  note: proseText(1000).optional().meta(fieldHelp('Apa yang berubah, dalam satu atau dua kalimat.', 'What changed, in one or two sentences.')),
});

export const programmeSchema = z
  .strictObject({
    id: slugSchema.meta(
      fieldHelp(
        'Tanda pengenal tetap: sama dengan nama berkas, tidak dipakai dua kali di daerahnya, dipakai di alamat halaman. Jangan diubah setelah terbit. Wajib.',
        'Permanent id: equals the file name, unique in the region, used in the page address. Never change it once published. Required.',
      ),
    ),
    name: lineText().meta(fieldHelp('Nama program seperti dikenal warga. Wajib.', 'Name of the programme as citizens know it. Required.')),
    dimension: z
      .enum(DIMENSION_IDS)
      .meta(fieldHelp('Salah satu dari enam dimensi, mis. smart-governance. Wajib.', 'One of the six dimensions, e.g. smart-governance. Required.')),
    element: lineText()
      .optional()
      .meta(
        fieldHelp(
          'Salah satu dari tiga elemen dimensi itu, atau lainnya bersama elementLabel. Hapus bila tidak ada sumber yang menyebutnya: halaman menulis "Belum diketahui".',
          'One of the dimension’s three elements, or lainnya together with elementLabel. Leave it out when no source says which: the page shows "Belum diketahui".',
        ),
      ),
    elementLabel: lineText().optional().meta(fieldHelp('Nama elemen, hanya bila element: lainnya.', 'Name of the element, only when element: lainnya.')),
    /** At most 20, all shown on the page. */
    tags: z
      .array(slugSchema)
      .max(20)
      .default([])
      .meta(
        fieldHelp(
          'Kata kunci bebas untuk menemukan program serupa: huruf kecil, angka, tanda hubung.',
          'Free keywords that help readers find related programmes: lowercase letters, digits, hyphens.',
        ),
      ),
    kind: z
      .enum(PROGRAMME_KINDS)
      .meta(
        fieldHelp(
          'Jenis program: quick-win (hasil cepat), priority (program prioritas) atau other (lainnya). Wajib.',
          'Kind of programme: quick-win, priority or other. Required.',
        ),
      ),
    horizon: z
      .enum(HORIZONS)
      .optional()
      .meta(
        fieldHelp(
          'Jangka peta jalan saat program dimulai: short, medium atau long. Kosongkan bila sumber tidak menyebutnya: halaman menulis "Belum diketahui".',
          'Roadmap horizon in which the programme starts: short, medium or long. Leave it out when no source says: the page shows "Belum diketahui".',
        ),
      ),
    startYear: yearSchema
      .optional()
      .meta(fieldHelp('Tahun mulai program, biasanya di dalam periode masterplan.', 'First year of the programme, usually within the masterplan period.')),
    endYear: yearSchema.optional().meta(fieldHelp('Tahun selesai program.', 'Last year of the programme.')),
    opd: lineText()
      .optional()
      .meta(fieldHelp('Perangkat daerah (OPD) pemilik program, mis. "Diskominfo".', 'Regional agency (OPD) that owns the programme, e.g. "Diskominfo".')),
    /** At most 50, all listed on the page. */
    partners: z
      .array(lineText())
      .max(50)
      .default([])
      .meta(
        fieldHelp(
          'Mitra: OPD lain, perusahaan, kampus atau komunitas, satu per butir.',
          'Partners: other agencies, companies, universities or communities, one per item.',
        ),
      ),
    /** At most 50 entries, all in the page's funding table. */
    funding: z.array(fundingSchema).max(50).default([]).meta(fieldHelp('Sumber dana program, satu butir per sumber.', 'Where the money comes from, one entry per source.')),
    /** At most 50 indicators, all in the page's indicator table. */
    indicators: z.array(indicatorSchema).max(50).default([]).meta(fieldHelp('Ukuran keberhasilan program.', 'How the programme’s success is measured.')),
    status: z
      .enum(PROGRAMME_STATUSES)
      .default('planned')
      .meta(
        fieldHelp(
          'Status terkini: planned (bawaan), running, done atau stopped; sama dengan status pembaruan terakhir di progress.',
          'Current status: planned (the default), running, done or stopped; equals the status of the last progress update.',
        ),
      ),
    /** At most 100: the page lists them all, and monthly updates over a long programme stay below that. */
    progress: z
      .array(progressSchema)
      .max(100)
      .default([])
      .meta(
        fieldHelp(
          'Pembaruan kemajuan bertanggal, dari yang paling lama, masing-masing dengan buktinya bila ada.',
          'Dated progress updates, oldest first, each with its evidence where there is any.',
        ),
      ),
    /**
     * At most 20, each at most 500 characters (an RPJMD goal is one long sentence). All are listed
     * on the page.
     */
    rpjmdGoals: z
      .array(proseText(500))
      .max(20)
      .default([])
      .meta(fieldHelp('Tujuan RPJMD yang dilayani program, seperti tertulis di RPJMD.', 'RPJMD goals the programme serves, as written in the RPJMD.')),
    inferred: inferredSchema.meta(
      fieldHelp(
        'Kolom yang isinya tafsiran penyunting, bukan kata-kata sumber, mis. dimension dan element bila berita hanya menyebut nama programnya.',
        'Fields whose value is the editor’s reading rather than the sources’ words, e.g. dimension and element when the article names only the programme.',
      ),
    ),
    sources: sourceListSchema.meta(
      fieldHelp(
        'Tempat program ini disebut: buku masterplan dan halamannya, atau berita. Wajib untuk program di daerah nyata.',
        'Where the programme is described: masterplan book and page, or an article. Required for a programme of a real region.',
      ),
    ),
  })
  .superRefine((programme, ctx) => {
    // An element not known yet has nothing to check against the dimension.
    if (programme.element === OTHER_ELEMENT) {
      if (!programme.elementLabel) addRuleIssue(ctx, ['elementLabel'], 'element-other-needs-label');
    } else if (programme.element !== undefined) {
      const dimension = dimensionById(programme.dimension);
      const isOwnElement = dimension?.elements.some((e) => e.id === programme.element) ?? false;
      if (!isOwnElement) {
        const owner = dimensionOfElement(programme.element);
        if (owner) {
          addRuleIssue(ctx, ['element'], 'element-of-other-dimension', {
            element: programme.element,
            dimension: programme.dimension,
            owner: owner.id,
          });
        } else {
          addRuleIssue(ctx, ['element'], 'element-unknown', {
            element: programme.element,
            dimension: programme.dimension,
            choices: dimension?.elements.map((e) => e.id).join(', ') ?? '',
          });
        }
      }
    }
    if (programme.startYear !== undefined && programme.endYear !== undefined && programme.endYear < programme.startYear) {
      addRuleIssue(ctx, ['endYear'], 'span-end-before-start', { start: programme.startYear, end: programme.endYear });
    }
    const lastUpdate = programme.progress.at(-1);
    if (lastUpdate && lastUpdate.status !== programme.status) {
      addRuleIssue(ctx, ['status'], 'status-differs-from-progress', { status: programme.status, latest: lastUpdate.status });
    }
    checkInferredFields(programme.inferred, PROGRAMME_FIELDS, ctx);
  });

/** The fields `inferred` may name: every top-level field but `inferred` itself. */
const PROGRAMME_FIELDS: readonly string[] = Object.keys(programmeSchema.shape).filter((field) => field !== 'inferred');

export type Programme = z.infer<typeof programmeSchema>;
