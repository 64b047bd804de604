import { z } from 'astro/zod';
import { DIMENSION_IDS, OTHER_ELEMENT, dimensionById, dimensionOfElement } from '../dimensions.ts';
import { addRuleIssue, dateSchema, slugSchema, sourceSchema, urlSchema, yearSchema } from './common.ts';
import { HORIZONS } from './region.ts';

/** Frontmatter of `content/<region>/program/<id>.md`: one programme of a region's masterplan. */

export const PROGRAMME_KINDS = ['quick-win', 'priority', 'other'] as const;
export const PROGRAMME_STATUSES = ['planned', 'running', 'done', 'stopped'] as const;
export const FUNDING_SOURCES = ['apbd', 'apbn', 'kpbu', 'csr', 'swasta', 'lainnya'] as const;
export const INDICATOR_LEVELS = ['output', 'outcome', 'impact'] as const;

export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];
export type FundingSource = (typeof FUNDING_SOURCES)[number];

const fundingSchema = z.strictObject({
  /** `apbd`, `apbn`, `kpbu` (public–private partnership), `csr`, `swasta` (private) or `lainnya`. */
  source: z.enum(FUNDING_SOURCES),
  /** Amount in rupiah, if known. */
  amount: z.number().nonnegative().optional(),
  /** Budget year of the amount. */
  year: yearSchema.optional(),
  /** Anything a reader should know, e.g. the CSR partner. */
  note: z.string().min(1).optional(),
});

const measureSchema = z.union([z.number(), z.string().min(1)]);

const indicatorSchema = z.strictObject({
  /** `output`, `outcome` or `impact`. */
  level: z.enum(INDICATOR_LEVELS),
  /** What is measured, in plain words. */
  name: z.string().min(1),
  /** Value before the programme. */
  baseline: measureSchema.optional(),
  /** Value the programme aims for. */
  target: measureSchema,
  /** Unit of the values, e.g. "%", "layanan", "kelurahan". */
  unit: z.string().min(1).optional(),
  /** Year the target should be reached. */
  year: yearSchema.optional(),
});

const progressSchema = z.strictObject({
  /** Date of the update (`YYYY-MM-DD`). */
  date: dateSchema,
  /** Status as of that date. */
  status: z.enum(PROGRAMME_STATUSES),
  /** Share of the work done, 0–100. */
  percent: z.number().min(0).max(100).optional(),
  /** Link to evidence: a report, a news article, the live service. */
  evidence: urlSchema.optional(),
  /** What changed, in one or two sentences. */
  note: z.string().min(1).optional(),
});

export const programmeSchema = z
  .strictObject({
    /** Permanent id, unique in the region and equal to the file name; used in URLs. Never rename. */
    id: slugSchema,
    /** Name of the programme as citizens know it. */
    name: z.string().min(1),
    /** One of the six dimensions, e.g. `smart-governance`. */
    dimension: z.enum(DIMENSION_IDS),
    /** One of the dimension's three elements, or `lainnya` together with `elementLabel`. */
    element: z.string().min(1),
    /** Free label for the element when `element: lainnya`. */
    elementLabel: z.string().min(1).optional(),
    /** Free keywords that help readers find related programmes. */
    tags: z.array(slugSchema).default([]),
    /** `quick-win`, `priority` (program prioritas) or `other`. */
    kind: z.enum(PROGRAMME_KINDS),
    /** Roadmap horizon: `short`, `medium` or `long`. */
    horizon: z.enum(HORIZONS).optional(),
    /** First year of the programme. */
    startYear: yearSchema.optional(),
    /** Last year of the programme. */
    endYear: yearSchema.optional(),
    /** Regional agency (OPD) that owns the programme, e.g. "Diskominfo". */
    opd: z.string().min(1).optional(),
    /** Other agencies, companies, universities or communities involved. */
    partners: z.array(z.string().min(1)).default([]),
    /** Where the money comes from. */
    funding: z.array(fundingSchema).default([]),
    /** How success is measured. */
    indicators: z.array(indicatorSchema).default([]),
    /** Current status: `planned`, `running`, `done` or `stopped`. */
    status: z.enum(PROGRAMME_STATUSES).default('planned'),
    /** Dated progress updates, oldest first. */
    progress: z.array(progressSchema).default([]),
    /** RPJMD goals the programme serves, as written in the RPJMD. */
    rpjmdGoals: z.array(z.string().min(1)).default([]),
    /** Where the programme is described: masterplan book and page, or an article. */
    sources: z.array(sourceSchema).default([]),
  })
  .superRefine((programme, ctx) => {
    if (programme.element === OTHER_ELEMENT) {
      if (!programme.elementLabel) addRuleIssue(ctx, ['elementLabel'], 'element-other-needs-label');
    } else {
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
  });

export type Programme = z.infer<typeof programmeSchema>;
