import { z } from 'astro/zod';
import { DIMENSION_IDS, OTHER_ELEMENT, dimensionById, dimensionOfElement } from '../dimensions.ts';
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
  /** `apbd`, `apbn`, `kpbu` (public–private partnership), `csr`, `swasta` (private) or `lainnya`. */
  source: z.enum(FUNDING_SOURCES),
  /** Amount in rupiah, if known. */
  amount: z.number().nonnegative().optional(),
  /** Budget year of the amount. */
  year: yearSchema.optional(),
  /** Anything a reader should know, e.g. the CSR partner; at most 1,000 characters, a short paragraph. */
  note: proseText(1000).optional(),
});

/** A value such as 45 or "belum ada data". */
const measureSchema = z.union([z.number(), lineText()]);

const indicatorSchema = z.strictObject({
  /** `output`, `outcome` or `impact`. */
  level: z.enum(INDICATOR_LEVELS),
  /** What is measured, in plain words. */
  name: lineText(),
  /** Value before the programme. */
  baseline: measureSchema.optional(),
  /** Value the programme aims for. */
  target: measureSchema,
  /** Unit of the values, e.g. "%", "layanan", "kelurahan". */
  unit: lineText().optional(),
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
  /** What changed, in one or two sentences; at most 1,000 characters. */
  note: proseText(1000).optional(),
});

export const programmeSchema = z
  .strictObject({
    /** Permanent id, unique in the region and equal to the file name; used in URLs. Never rename. */
    id: slugSchema,
    /** Name of the programme as citizens know it. */
    name: lineText(),
    /** One of the six dimensions, e.g. `smart-governance`. */
    dimension: z.enum(DIMENSION_IDS),
    /**
     * One of the dimension's three elements, or `lainnya` together with `elementLabel`. Leave it
     * out when no source says which: the page then shows "Belum diketahui".
     */
    element: lineText().optional(),
    /** Free label for the element when `element: lainnya`. */
    elementLabel: lineText().optional(),
    /** Free keywords that help readers find related programmes; at most 20, all shown on the page. */
    tags: z.array(slugSchema).max(20).default([]),
    /** `quick-win`, `priority` (program prioritas) or `other`. */
    kind: z.enum(PROGRAMME_KINDS),
    /** Roadmap horizon: `short`, `medium` or `long`; leave it out when no source says (shown as "Belum diketahui"). */
    horizon: z.enum(HORIZONS).optional(),
    /** First year of the programme. */
    startYear: yearSchema.optional(),
    /** Last year of the programme. */
    endYear: yearSchema.optional(),
    /** Regional agency (OPD) that owns the programme, e.g. "Diskominfo". */
    opd: lineText().optional(),
    /** Other agencies, companies, universities or communities involved; at most 50, all listed on the page. */
    partners: z.array(lineText()).max(50).default([]),
    /** Where the money comes from; at most 50 entries, all in the page's funding table. */
    funding: z.array(fundingSchema).max(50).default([]),
    /** How success is measured; at most 50 indicators, all in the page's indicator table. */
    indicators: z.array(indicatorSchema).max(50).default([]),
    /** Current status: `planned`, `running`, `done` or `stopped`. */
    status: z.enum(PROGRAMME_STATUSES).default('planned'),
    /**
     * Dated progress updates, oldest first. At most 100: the page lists them all, and monthly
     * updates over a long programme stay below that.
     */
    progress: z.array(progressSchema).max(100).default([]),
    /**
     * RPJMD goals the programme serves, as written in the RPJMD: at most 20, each at most 500
     * characters (an RPJMD goal is one long sentence). All are listed on the page.
     */
    rpjmdGoals: z.array(proseText(500)).max(20).default([]),
    /** Fields whose value is the editor's reading rather than the sources' words, e.g. `[dimension, element]` (see `inferredSchema`). */
    inferred: inferredSchema,
    /** Where the programme is described: masterplan book and page, or an article (at most 50, see `sourceListSchema`). */
    sources: sourceListSchema,
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
