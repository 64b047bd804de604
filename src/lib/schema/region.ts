import { z } from 'astro/zod';
import {
  addRuleIssue,
  checkInferredFields,
  dateSchema,
  inferredSchema,
  lineText,
  proseText,
  slugSchema,
  sourceListSchema,
  urlSchema,
  yearSchema,
  yearSpanSchema,
} from './common.ts';

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
  name: lineText().optional(),
  /** Role of the chair, e.g. "Wali Kota" or "Kepala Bappeda Litbang" (a role, not a person). */
  chair: lineText().optional(),
  /**
   * Institutions or groups its members come from; at most 50, all listed in the body's diagram
   * and beside it (real bodies have up to a dozen).
   */
  members: z.array(lineText()).max(50).default([]),
  /** Decree (SK) that set it up, e.g. "SK Wali Kota No. 188.45/2019". */
  decree: lineText().optional(),
});

const documentSchema = z.strictObject({
  /** Book label, e.g. "Buku I", "Buku II", "Buku III", "Quick Wins". */
  book: lineText().optional(),
  /** Full title of the document. */
  title: lineText(),
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
    number: z.union([lineText(), z.number().int().positive()]).transform(String).optional(),
    /** Year the regulation was issued. */
    year: yearSchema.optional(),
    /**
     * Title of the regulation, or a note on plans to legalise it; at most 500 characters, room
     * for the longest regulation title or a two-sentence note.
     */
    title: proseText(500).optional(),
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
  title: lineText(),
  /** Where it happened. */
  place: lineText().optional(),
  /** Number (1-based) of the entry in `sources` that reports it. */
  source: z.number().int().positive().optional(),
});

/**
 * One published result of an evaluation of the region's Smart City programme, e.g. the ministry's
 * yearly "Evaluasi Implementasi Program Smart City" or an award. Only what the source states.
 */
const evaluationSchema = z.strictObject({
  /** Tahun evaluasi (the year evaluated or announced, as the source states it). */
  year: yearSchema,
  /** Tahap, e.g. "Tahap II"; leave it out when the source names no stage. */
  stage: lineText().optional(),
  /** Nilai (score) as a number, e.g. 3.71 (write the decimal with a dot, not a comma). */
  score: z.number().nonnegative().optional(),
  /** Predikat, the category the score falls in, e.g. "Baik" or "terencana". */
  predicate: lineText().optional(),
  /** Penghargaan (award), e.g. "Kabupaten terbaik dimensi Smart Living". */
  award: lineText().optional(),
  /** Who evaluated or gave the award, e.g. "Kementerian Kominfo". */
  evaluator: lineText().optional(),
  /** Number (1-based) of the entry in `sources` that reports the result; required. */
  source: z.number().int().positive(),
  /** Anything else the source says, e.g. the rank ("peringkat 3 dari 141"); at most 1,000 characters. */
  note: proseText(1000).optional(),
});

export type Evaluation = z.infer<typeof evaluationSchema>;

const rpjmdSchema = z.strictObject({
  /** RPJMD period the masterplan is aligned with. */
  period: yearSpanSchema,
  /** How the masterplan follows the RPJMD, in plain words; at most 2,000 characters, a paragraph. */
  note: proseText(2000).optional(),
});

const editionSchema = z.strictObject({
  /** Years the earlier edition covered. */
  period: yearSpanSchema,
  /** Title or short description of that edition. */
  title: lineText().optional(),
});

export const regionSchema = z
  .strictObject({
    /** `true` for demonstration content: every page of the region then says it is fictional. */
    fictional: z.boolean().default(false),
    /** URL slug; must equal the folder name, e.g. `kota-balikpapan` or `kabupaten-buleleng`. */
    slug: slugSchema,
    /** Official name including its type, e.g. "Kota Balikpapan". */
    name: lineText(),
    /** `kota` (city) or `kabupaten` (regency). */
    type: z.enum(REGION_TYPES),
    /** Province, e.g. "Kalimantan Timur". */
    province: lineText(),
    /**
     * Kemendagri region code, `NN.NN`, e.g. "64.71": the key into the national register
     * (data/wilayah/). Required for a real region, whose slug, name, type and province must then
     * equal the register's; the cross-check enforces that (src/lib/content/register-check.ts), so
     * that a fictional region needs none.
     */
    code: z.string().regex(/^\d{2}\.\d{2}$/).optional(),
    /**
     * Year a fictional demo region joined Gerakan Menuju Smart City. A real region's cohort is a
     * sourced claim in data/kohort.yaml, the one place for it; the cross-check refuses it here.
     */
    cohort: yearSchema.optional(),
    /** Years the current masterplan covers. */
    period: yearSpanSchema.optional(),
    /** Earlier editions of the masterplan; at most 10, since an edition covers five years or more. */
    editions: z.array(editionSchema).max(10).default([]),
    /** Smart City vision statement; at most 2,000 characters, a paragraph (real ones are a sentence). */
    vision: proseText(2000).optional(),
    /**
     * Missions that carry out the vision: at most 20, each at most 500 characters (two or three
     * sentences). The region page lists them all; real masterplans have three to seven.
     */
    missions: z.array(proseText(500)).max(20).default([]),
    /** Roadmap horizons; together they must cover the period exactly. */
    horizons: horizonsSchema.optional(),
    /** Dewan Smart City, Tim Pelaksana and Forum Smart City; at most 10, all drawn in one diagram. */
    bodies: z.array(bodySchema).max(10).default([]),
    /** Masterplan books and other documents; at most 20, all listed on the region page (real regions have up to five). */
    documents: z.array(documentSchema).max(20).default([]),
    /** Regulation that legalises the masterplan, or `kind: belum`. */
    legalBasis: legalBasisSchema.optional(),
    /** Alignment with the regional medium-term plan (RPJMD). */
    rpjmd: rpjmdSchema.optional(),
    /**
     * Dated events: bimtek, FGD, adoption, review, evaluation. At most 100: the region page lists
     * and draws them all on one timeline, and a decade of work has a few dozen at most.
     */
    milestones: z.array(milestoneSchema).max(100).default([]),
    /**
     * Published evaluation results and awards, each with its source. At most 50: the region page
     * lists them all, and a decade of yearly evaluations with a few awards stays well below.
     */
    evaluations: z.array(evaluationSchema).max(50).default([]),
    /** Fields whose value is the editor's reading rather than the sources' words, e.g. `[horizons]` (see `inferredSchema`). */
    inferred: inferredSchema,
    /** Where the facts on this region's pages come from (at most 50, see `sourceListSchema`). Required for real regions. */
    sources: sourceListSchema,
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
        addRuleIssue(ctx, ['milestones', index, 'source'], 'source-number-missing', {
          source: milestone.source,
          count: region.sources.length,
        });
      }
    });
    region.evaluations.forEach((evaluation, index) => {
      if (evaluation.source > region.sources.length) {
        addRuleIssue(ctx, ['evaluations', index, 'source'], 'source-number-missing', { source: evaluation.source, count: region.sources.length });
      }
      if (evaluation.score === undefined && evaluation.predicate === undefined && evaluation.award === undefined && evaluation.note === undefined) {
        addRuleIssue(ctx, ['evaluations', index], 'evaluation-without-result');
      }
    });
    checkInferredFields(region.inferred, REGION_FIELDS, ctx);
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

/** The fields `inferred` may name: every top-level field but `inferred` itself. */
const REGION_FIELDS: readonly string[] = Object.keys(regionSchema.shape).filter((field) => field !== 'inferred');

export type Region = z.infer<typeof regionSchema>;
