import { z } from 'astro/zod';
import { OTHER_ELEMENT, dimensionById, dimensionOfElement } from '../dimensions.ts';
import { addRuleIssue, checkInferredFields } from './common.ts';
import { PROGRAMME_SHAPE } from './programme-fields.ts';

/**
 * Frontmatter of `content/<region>/program/<id>.md`: one programme of a region's masterplan. Its
 * fields, each with its description, are declared in the programme field table
 * (./programme-fields.ts); this adds the rules that involve more than one field.
 */

export {
  FUNDING_SOURCES,
  INDICATOR_LEVELS,
  PROGRAMME_KINDS,
  PROGRAMME_STATUSES,
  type FundingSource,
  type ProgrammeStatus,
} from './programme-parts.ts';

export const programmeSchema = z
  .strictObject(PROGRAMME_SHAPE)
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
    checkInferredFields(programme.inferred, INFERABLE_FIELDS, ctx);
  });

/** The fields `inferred` may name: every top-level field but `inferred` itself. */
const INFERABLE_FIELDS: readonly string[] = Object.keys(programmeSchema.shape).filter((field) => field !== 'inferred');

export type Programme = z.infer<typeof programmeSchema>;
