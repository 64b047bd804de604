import { z } from 'astro/zod';
import { DIMENSION_IDS } from '../dimensions.ts';
import { fieldHelp, proseText } from './common.ts';

/** Frontmatter of `content/<region>/dimensi/<dimension>.md`: one dimension of a region's plan. */

/**
 * A list of findings or goals that the dimension page prints whole: at most 30 statements, each
 * at most 500 characters (two or three sentences). Real pages have two to six; more belongs in the
 * page body, where it can be structured.
 */
const statementListSchema = z.array(proseText(500)).max(30).default([]);

const readinessSchema = z.strictObject({
  struktur: statementListSchema.meta(
    fieldHelp('Struktur: SDM, anggaran, tata kelola dan lembaganya; satu temuan per butir.', 'Structure: people, budget, governance and its bodies; one finding per item.'),
  ),
  infrastruktur: statementListSchema.meta(
    fieldHelp('Infrastruktur: fisik, digital (TIK) dan sosial; satu temuan per butir.', 'Infrastructure: physical, digital (ICT) and social; one finding per item.'),
  ),
  suprastruktur: statementListSchema.meta(
    fieldHelp('Suprastruktur: regulasi, kelembagaan dan prosedur; satu temuan per butir.', 'Superstructure: regulations, institutions and procedures; one finding per item.'),
  ),
});

export const dimensionPageSchema = z.strictObject({
  dimension: z
    .enum(DIMENSION_IDS)
    .meta(
      fieldHelp(
        'Dimensi yang dibahas halaman ini, salah satu dari enam, mis. smart-governance; sama dengan nama berkasnya. Wajib.',
        'Which of the six dimensions this page describes, e.g. smart-governance; equals the file name. Required.',
      ),
    ),
  goals: statementListSchema.meta(fieldHelp('Apa yang ingin dicapai daerah dalam dimensi ini, satu per butir.', 'What the region wants to reach in this dimension, one per item.')),
  readiness: readinessSchema
    .optional()
    .meta(fieldHelp('Analisis kesiapan: struktur, infrastruktur dan suprastruktur.', 'Readiness analysis: structure, infrastructure and superstructure.')),
});

export type DimensionPage = z.infer<typeof dimensionPageSchema>;
