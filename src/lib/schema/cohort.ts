import { z } from 'astro/zod';
import { isRealCalendarDate, lineText, urlSchema } from './common.ts';

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
  .refine(isRealCalendarDate, { params: { rule: 'date-not-real' } });

export const cohortSourceSchema = z.strictObject({
  /** How claims cite this source: the research notes' list id (`L17a`) or a short slug. */
  id: sourceIdSchema,
  /** The page's title, or a plain description of it where the title says nothing (e.g. "Daftar 25 …"). */
  title: lineText(),
  /** Site or outlet, e.g. "ANTARA Papua". */
  outlet: lineText(),
  /** The page's public address. */
  url: urlSchema,
  /** Publication date, only where the page or its address states it. */
  date: daySchema.optional(),
});

const cohortClaimSchema = z.strictObject({
  /** Kemendagri code of the region (`NN.NN`, quoted), as in the 2025 register data/wilayah/. */
  code: z.string().regex(/^\d{2}\.\d{2}$/),
  /** The cohort year the sources give. */
  year: z.number().int().min(FIRST_COHORT_YEAR).max(LAST_COHORT_YEAR),
  /** Ids of the entries in `sources` that state this; at most 20, all listed on the region's page. */
  sources: z.array(sourceIdSchema).min(1).max(20),
  /** Day the region signed the cohort's MoU (nota kesepahaman), only where a source states it. */
  mouDate: daySchema.optional(),
  /** In Indonesian: what a reader must know, e.g. which other list leaves the region out. At most 500 characters. */
  note: lineText(500).optional(),
});

export const cohortFileSchema = z.strictObject({
  /** Every page a claim cites, once. */
  sources: z.array(cohortSourceSchema).min(1),
  /** One claim per region and cohort year. */
  claims: z.array(cohortClaimSchema).min(1),
});

export type CohortSource = z.infer<typeof cohortSourceSchema>;
export type CohortClaim = z.infer<typeof cohortClaimSchema>;
