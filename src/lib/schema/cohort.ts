import { z } from 'astro/zod';
import { fieldHelp, isRealCalendarDate, lineText, onlyWhenWellFormed, urlSchema } from './common.ts';

/**
 * `data/kohort.yaml`: which regions joined which cohort of Gerakan Menuju (100) Smart City, each
 * statement with its sources. Sources disagree (a region in two yearly lists, a region missing
 * from one list of the same year); every version is a claim of its own, so the disagreement is
 * shown, never resolved by the data.
 */

/** The first cohort was 2017; the upper bound leaves room for the cohorts still to come. */
const FIRST_COHORT_YEAR = 2017;
const LAST_COHORT_YEAR = 2030;

/** Letters, digits and single hyphens: the research notes' list ids (`L17a`) and slugs (`kukar-mediumindonesia`). */
const SOURCE_ID = /^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;

const sourceIdSchema = z.string().refine((id) => SOURCE_ID.test(id), { params: { rule: 'source-id-format' } });

/**
 * A day, `YYYY-MM-DD`, kept as text (quoted in the YAML) so that a day that does not exist is
 * reported instead of rolling over. Unlike content dates, no month-only form: a source either
 * states the day or the field is left out.
 */
const daySchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isRealCalendarDate, { params: { rule: 'date-not-real' }, when: onlyWhenWellFormed });

export const cohortSourceSchema = z.strictObject({
  id: sourceIdSchema.meta(
    fieldHelp(
      'Cara klaim merujuk sumber ini: id daftar dari catatan riset (L17a) atau slug pendek; huruf, angka dan tanda hubung.',
      'How claims cite this source: the research notes’ list id (L17a) or a short slug; letters, digits and hyphens.',
    ),
  ),
  title: lineText().meta(
    fieldHelp(
      'Judul halaman, atau uraian singkatnya bila judulnya tidak menjelaskan apa-apa (mis. "Daftar 25 …").',
      'The page’s title, or a plain description of it where the title says nothing (e.g. "Daftar 25 …").',
    ),
  ),
  outlet: lineText().meta(fieldHelp('Situs atau media, mis. "ANTARA Papua".', 'Site or outlet, e.g. "ANTARA Papua".')),
  url: urlSchema.meta(fieldHelp('Alamat publik halaman itu (https://…).', 'The page’s public address (https://…).')),
  date: daySchema
    .optional()
    .meta(
      fieldHelp(
        'Tanggal terbit, "YYYY-MM-DD" dalam tanda kutip, hanya bila halaman atau alamatnya menyebutnya.',
        'Publication date, "YYYY-MM-DD" in quotes, only where the page or its address states it.',
      ),
    ),
});

const cohortClaimSchema = z.strictObject({
  code: z
    .string()
    .regex(/^\d{2}\.\d{2}$/)
    .meta(
      fieldHelp(
        'Kode wilayah Kemendagri daerahnya, "NN.NN" dalam tanda kutip, seperti di daftar data/wilayah/.',
        'Kemendagri code of the region, "NN.NN" in quotes, as in the register data/wilayah/.',
      ),
    ),
  year: z
    .number()
    .int()
    .min(FIRST_COHORT_YEAR)
    .max(LAST_COHORT_YEAR)
    .meta(fieldHelp('Tahun kohort menurut sumbernya.', 'The cohort year the sources give.')),
  /** At most 20, all listed on the region's page. */
  sources: z
    .array(sourceIdSchema)
    .min(1)
    .max(20)
    .meta(fieldHelp('id sumber-sumber di sources yang menyatakan klaim ini.', 'Ids of the entries in sources that state this claim.')),
  mouDate: daySchema
    .optional()
    .meta(
      fieldHelp(
        'Tanggal penandatanganan nota kesepahaman (MoU) kohort, "YYYY-MM-DD", hanya bila sumber menyebutnya.',
        'Day the region signed the cohort’s MoU (nota kesepahaman), "YYYY-MM-DD", only where a source states it.',
      ),
    ),
  note: lineText(500)
    .optional()
    .meta(
      fieldHelp(
        'Dalam bahasa Indonesia: yang perlu diketahui pembaca, mis. daftar lain mana yang tidak memuat daerah ini.',
        'In Indonesian: what a reader must know, e.g. which other list leaves the region out.',
      ),
    ),
});

export const cohortFileSchema = z.strictObject({
  sources: z.array(cohortSourceSchema).min(1).meta(fieldHelp('Setiap halaman yang dirujuk klaim, masing-masing sekali.', 'Every page a claim cites, once.')),
  claims: z.array(cohortClaimSchema).min(1).meta(fieldHelp('Satu klaim per daerah per tahun kohort.', 'One claim per region and cohort year.')),
});

export type CohortSource = z.infer<typeof cohortSourceSchema>;
export type CohortClaim = z.infer<typeof cohortClaimSchema>;
