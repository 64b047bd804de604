import { z } from 'astro/zod';
import { DIMENSION_IDS } from '../dimensions.ts';

/** Frontmatter of `content/<region>/dimensi/<dimension>.md`: one dimension of a region's plan. */

const readinessSchema = z.strictObject({
  /** Struktur: people, budget, governance and its bodies. */
  struktur: z.array(z.string().min(1)).default([]),
  /** Infrastruktur: physical, digital (ICT) and social infrastructure. */
  infrastruktur: z.array(z.string().min(1)).default([]),
  /** Suprastruktur: regulations, institutions and procedures. */
  suprastruktur: z.array(z.string().min(1)).default([]),
});

export const dimensionPageSchema = z.strictObject({
  /** Which of the six dimensions this page describes; must equal the file name. */
  dimension: z.enum(DIMENSION_IDS),
  /** What the region wants to reach in this dimension. */
  goals: z.array(z.string().min(1)).default([]),
  /** Readiness analysis (Analisis Kesiapan) for this dimension. */
  readiness: readinessSchema.optional(),
});

export type DimensionPage = z.infer<typeof dimensionPageSchema>;
