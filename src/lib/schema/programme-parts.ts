import { z } from 'astro/zod';
import { dateSchema, fieldHelp, lineText, proseText, urlSchema, yearSchema } from './common.ts';

/**
 * What a programme's top-level fields (src/lib/schema/programme-fields.ts) are made of: the code
 * lists and the records listed inside a field (funding entries, indicators, progress updates).
 * They sit below the field table so that the CSV cell writers (src/lib/exports/cells.ts), which
 * the table uses, can read them without importing the table back.
 */

export const PROGRAMME_KINDS = ['quick-win', 'priority', 'other'] as const;
export const PROGRAMME_STATUSES = ['planned', 'running', 'done', 'stopped'] as const;
export const FUNDING_SOURCES = ['apbd', 'apbn', 'kpbu', 'csr', 'swasta', 'lainnya'] as const;
export const INDICATOR_LEVELS = ['output', 'outcome', 'impact'] as const;

export type ProgrammeKind = (typeof PROGRAMME_KINDS)[number];
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];
export type FundingSource = (typeof FUNDING_SOURCES)[number];
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];

export const fundingSchema = z.strictObject({
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

export const indicatorSchema = z.strictObject({
  level: z.enum(INDICATOR_LEVELS).meta(fieldHelp('Tingkat ukuran: output, outcome atau impact. Wajib.', 'Level of the measure: output, outcome or impact. Required.')),
  name: lineText().meta(fieldHelp('Apa yang diukur, dengan kata-kata sederhana. Wajib.', 'What is measured, in plain words. Required.')),
  baseline: measureSchema.optional().meta(fieldHelp('Nilai awal, sebelum program; angka atau teks.', 'Value before the programme; a number or text.')),
  target: measureSchema.meta(fieldHelp('Nilai yang dituju; angka atau teks. Wajib.', 'Value the programme aims for; a number or text. Required.')),
  unit: lineText().optional().meta(fieldHelp('Satuan nilainya, mis. "%", "layanan", "kelurahan".', 'Unit of the values, e.g. "%", "layanan", "kelurahan".')),
  year: yearSchema.optional().meta(fieldHelp('Tahun target itu harus tercapai.', 'Year the target should be reached.')),
});

export const progressSchema = z.strictObject({
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

export type Funding = z.infer<typeof fundingSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
