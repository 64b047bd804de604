import { z } from 'astro/zod';
import { addRuleIssue, dateSchema, slugSchema, sourceSchema, urlSchema, yearSchema, yearSpanSchema } from './common.ts';

/** Frontmatter of `content/<region>/index.md`: the region's profile and its masterplan. */

export const REGION_TYPES = ['kota', 'kabupaten'] as const;
export const HORIZONS = ['short', 'medium', 'long'] as const;
export const BODY_KINDS = ['dewan', 'tim-pelaksana', 'forum'] as const;
export const LEGAL_KINDS = ['perda', 'perwal', 'perbup', 'belum'] as const;
export const MILESTONE_KINDS = ['bimtek', 'fgd', 'adopsi', 'review', 'evaluasi', 'sosialisasi', 'lainnya'] as const;

export type Horizon = (typeof HORIZONS)[number];

const horizonsSchema = z.strictObject({
  /** Jangka pendek: the first years, where quick wins live. */
  short: yearSpanSchema,
  /** Jangka menengah. */
  medium: yearSpanSchema,
  /** Jangka panjang. */
  long: yearSpanSchema,
});

const bodySchema = z.strictObject({
  /** Which body: `dewan` (Dewan Smart City), `tim-pelaksana` (Tim Pelaksana) or `forum` (Forum Smart City). */
  kind: z.enum(BODY_KINDS),
  /** Name as written in its decree, if it differs from the usual one. */
  name: z.string().min(1).optional(),
  /** Role of the chair, e.g. "Wali Kota" or "Kepala Bappeda Litbang" (a role, not a person). */
  chair: z.string().min(1).optional(),
  /** Institutions or groups its members come from. */
  members: z.array(z.string().min(1)).default([]),
  /** Decree (SK) that set it up, e.g. "SK Wali Kota No. 188.45/2019". */
  decree: z.string().min(1).optional(),
});

const documentSchema = z.strictObject({
  /** Book label, e.g. "Buku I", "Buku II", "Buku III", "Quick Wins". */
  book: z.string().min(1).optional(),
  /** Full title of the document. */
  title: z.string().min(1),
  /** Year of publication. */
  year: yearSchema.optional(),
  /** Where the document can be downloaded. */
  url: urlSchema.optional(),
});

const legalBasisSchema = z
  .strictObject({
    /** `perda`, `perwal`, `perbup`, or `belum` (not legalised yet). */
    kind: z.enum(LEGAL_KINDS),
    /** Regulation number, e.g. 12 or "188.45/12". */
    number: z.union([z.string().min(1), z.number().int().positive()]).transform(String).optional(),
    /** Year the regulation was issued. */
    year: yearSchema.optional(),
    /** Title of the regulation, or a note on plans to legalise it. */
    title: z.string().min(1).optional(),
  })
  .superRefine((legal, ctx) => {
    if (legal.kind === 'perwal' || legal.kind === 'perbup' || legal.kind === 'perda') {
      if (legal.year === undefined) addRuleIssue(ctx, ['year'], 'legal-year-required', { kind: legal.kind });
    } else if (legal.number !== undefined || legal.year !== undefined) {
      addRuleIssue(ctx, ['kind'], 'legal-not-yet-with-number');
    }
  });

const milestoneSchema = z.strictObject({
  /** Date of the event (`YYYY-MM-DD`, or `YYYY-MM` when only the month is known). */
  date: dateSchema,
  /** Last day, for events that run over several days (e.g. a two-day bimtek). */
  endDate: dateSchema.optional(),
  /** `true` when the source announced the event as planned rather than reporting it as held. */
  planned: z.boolean().default(false),
  /** Kind: `bimtek`, `fgd`, `adopsi`, `review`, `evaluasi`, `sosialisasi` or `lainnya`. */
  kind: z.enum(MILESTONE_KINDS),
  /** What happened, in one line. */
  title: z.string().min(1),
  /** Where it happened. */
  place: z.string().min(1).optional(),
  /** Number (1-based) of the entry in `sources` that reports it. */
  source: z.number().int().positive().optional(),
});

const rpjmdSchema = z.strictObject({
  /** RPJMD period the masterplan is aligned with. */
  period: yearSpanSchema,
  /** How the masterplan follows the RPJMD, in plain words. */
  note: z.string().min(1).optional(),
});

const editionSchema = z.strictObject({
  /** Years the earlier edition covered. */
  period: yearSpanSchema,
  /** Title or short description of that edition. */
  title: z.string().min(1).optional(),
});

export const regionSchema = z
  .strictObject({
    /** `true` for demonstration content: every page of the region then says it is fictional. */
    fictional: z.boolean().default(false),
    /** URL slug; must equal the folder name, e.g. `kota-balikpapan` or `kabupaten-buleleng`. */
    slug: slugSchema,
    /** Official name including its type, e.g. "Kota Balikpapan". */
    name: z.string().min(1),
    /** `kota` (city) or `kabupaten` (regency). */
    type: z.enum(REGION_TYPES),
    /** Province, e.g. "Kalimantan Timur". */
    province: z.string().min(1),
    /** Kemendagri region code, `NN.NN`, e.g. "64.71". */
    regionCode: z.string().regex(/^\d{2}\.\d{2}$/).optional(),
    /** Year the region joined Gerakan Menuju Smart City. */
    cohort: yearSchema.optional(),
    /** Years the current masterplan covers. */
    period: yearSpanSchema.optional(),
    /** Earlier editions of the masterplan. */
    editions: z.array(editionSchema).default([]),
    /** Smart City vision statement. */
    vision: z.string().min(1).optional(),
    /** Missions that carry out the vision. */
    missions: z.array(z.string().min(1)).default([]),
    /** Roadmap horizons; together they must cover the period exactly. */
    horizons: horizonsSchema.optional(),
    /** Dewan Smart City, Tim Pelaksana and Forum Smart City. */
    bodies: z.array(bodySchema).default([]),
    /** Masterplan books and other documents. */
    documents: z.array(documentSchema).default([]),
    /** Regulation that legalises the masterplan, or `kind: belum`. */
    legalBasis: legalBasisSchema.optional(),
    /** Alignment with the regional medium-term plan (RPJMD). */
    rpjmd: rpjmdSchema.optional(),
    /** Dated events: bimtek, FGD, adoption, review, evaluation. */
    milestones: z.array(milestoneSchema).default([]),
    /** Where the facts on this region's pages come from. Required for real regions. */
    sources: z.array(sourceSchema).default([]),
  })
  .superRefine((region, ctx) => {
    const expectedPrefix = `${region.type}-`;
    if (!region.slug.startsWith(expectedPrefix)) {
      addRuleIssue(ctx, ['slug'], 'slug-type-prefix', { slug: region.slug, prefix: expectedPrefix });
    }
    if (!region.fictional && region.sources.length === 0) addRuleIssue(ctx, ['sources'], 'real-region-needs-source');
    region.milestones.forEach((milestone, index) => {
      if (milestone.endDate !== undefined && milestone.endDate < milestone.date) {
        addRuleIssue(ctx, ['milestones', index, 'endDate'], 'end-date-before-date', { date: milestone.date, endDate: milestone.endDate });
      }
      if (milestone.source !== undefined && milestone.source > region.sources.length) {
        addRuleIssue(ctx, ['milestones', index, 'source'], 'milestone-source-missing', {
          source: milestone.source,
          count: region.sources.length,
        });
      }
    });
    if (region.horizons) {
      if (!region.period) {
        addRuleIssue(ctx, ['horizons'], 'horizons-need-period');
      } else {
        checkHorizonsTilePeriod(region.horizons, region.period, ctx);
      }
    }
  });

/** Short, medium and long horizons must follow each other and cover the masterplan period exactly. */
function checkHorizonsTilePeriod(
  horizons: z.infer<typeof horizonsSchema>,
  period: { start: number; end: number },
  ctx: z.RefinementCtx,
): void {
  if (horizons.short.start !== period.start) {
    addRuleIssue(ctx, ['horizons', 'short', 'start'], 'horizon-start-period', { year: horizons.short.start, start: period.start });
  }
  const pairs = [
    ['short', 'medium'],
    ['medium', 'long'],
  ] as const;
  for (const [earlier, later] of pairs) {
    const expected = horizons[earlier].end + 1;
    const actual = horizons[later].start;
    if (actual > expected) {
      addRuleIssue(ctx, ['horizons', later, 'start'], 'horizon-gap', { earlier, later, from: expected, to: actual - 1 });
    } else if (actual < expected) {
      addRuleIssue(ctx, ['horizons', later, 'start'], 'horizon-overlap', { earlier, later, year: actual });
    }
  }
  if (horizons.long.end !== period.end) {
    addRuleIssue(ctx, ['horizons', 'long', 'end'], 'horizon-end-period', { year: horizons.long.end, end: period.end });
  }
}

export type Region = z.infer<typeof regionSchema>;
