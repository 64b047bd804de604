import { z } from 'astro/zod';

/**
 * Building blocks shared by the region, dimension-page and programme schemas.
 *
 * Rules that span fields of one file are written as `custom` issues whose `params.rule` names a
 * message in `src/lib/content/messages.ts`, so authors read them in plain Indonesian.
 */

/** Raise a cross-field problem that the check words in Indonesian and English. */
export function addRuleIssue(
  ctx: z.RefinementCtx,
  path: (string | number)[],
  rule: string,
  values: Record<string, string | number> = {},
): void {
  ctx.addIssue({ code: 'custom', path, message: rule, params: { rule, ...values } });
}

/** A calendar year; the programme runs from 2017, the plans look decades ahead. */
export const yearSchema = z.number().int().min(2000).max(2100);

/** A lowercase URL slug: letters, digits and single hyphens. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

const DATE_PATTERN = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** True when `text` is `YYYY-MM` or `YYYY-MM-DD` naming a day or month that exists. */
export function isRealCalendarDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/**
 * A date written `YYYY-MM-DD` (or `YYYY-MM` when only the month is known). Kept as text so that a
 * day that does not exist (`2024-02-30`) is reported instead of silently becoming 1 March.
 */
export const dateSchema = z
  .string()
  .regex(DATE_PATTERN)
  .refine(isRealCalendarDate, { params: { rule: 'date-not-real' } });

/** A web address starting with http:// or https://. */
export const urlSchema = z.url({ protocol: /^https?$/ });

/** A year span, for periods and horizons. */
export const yearSpanSchema = z
  .strictObject({
    /** First year (inclusive). */
    start: yearSchema,
    /** Last year (inclusive); equal to `start` for a one-year span. */
    end: yearSchema,
  })
  .superRefine((span, ctx) => {
    if (span.end < span.start) addRuleIssue(ctx, ['end'], 'span-end-before-start', { start: span.start, end: span.end });
  });

export type YearSpan = z.infer<typeof yearSpanSchema>;

/**
 * Where a fact comes from: a news article, a masterplan book, a decree. Facts about a real
 * region are published only with a source.
 */
export const sourceSchema = z.strictObject({
  /** Title of the article or document. */
  title: z.string().min(1),
  /** Publisher or outlet, e.g. "Kaltim Today" or "Diskominfo Kota Balikpapan". */
  outlet: z.string().min(1).optional(),
  /** Publication date. */
  date: dateSchema.optional(),
  /** Web address of the source, if it is online. */
  url: urlSchema.optional(),
  /** Page number in the document, for books. */
  page: z.number().int().positive().optional(),
});

export type Source = z.infer<typeof sourceSchema>;
