import { z } from 'astro/zod';
import { DIMENSION_IDS } from '../dimensions.ts';
import { proseText } from './common.ts';

/** Frontmatter of `content/<region>/dimensi/<dimension>.md`: one dimension of a region's plan. */

/**
 * A list of findings or goals that the dimension page prints whole: at most 30 statements, each
 * at most 500 characters (two or three sentences). Real pages have two to six; more belongs in the
 * page body, where it can be structured.
 */
const statementListSchema = z.array(proseText(500)).max(30).default([]);

const readinessSchema = z.strictObject({
  /** Struktur: people, budget, governance and its bodies. */
  struktur: statementListSchema,
  /** Infrastruktur: physical, digital (ICT) and social infrastructure. */
  infrastruktur: statementListSchema,
  /** Suprastruktur: regulations, institutions and procedures. */
  suprastruktur: statementListSchema,
});

export const dimensionPageSchema = z.strictObject({
  /** Which of the six dimensions this page describes; must equal the file name. */
  dimension: z.enum(DIMENSION_IDS),
  /** What the region wants to reach in this dimension (see `statementListSchema` for the limits). */
  goals: statementListSchema,
  /** Readiness analysis (Analisis Kesiapan) for this dimension. */
  readiness: readinessSchema.optional(),
});

export type DimensionPage = z.infer<typeof dimensionPageSchema>;
