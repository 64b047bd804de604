import { z } from 'astro/zod';
import { dimensionPageSchema } from '../schema/dimension-page.ts';
import { programmeSchema } from '../schema/programme.ts';
import { regionSchema } from '../schema/region.ts';
import { cohortsFileSchema } from './cohorts.ts';
import { registerFileSchema } from './register.ts';

/**
 * JSON Schemas of the three kinds of content file, generated from the Zod schemas the check and
 * the site validate with, so they cannot drift. The portal publishes them at `schemaPath(name)`
 * (src/lib/routes.ts); editor support reuses this function for frontmatter completion.
 *
 * `io: 'input'` describes what an author may write (fields with defaults are optional, the
 * regulation number may be a number or a text), which is also what the exported data contains.
 * `unrepresentable: 'any'` turns the cross-field rules (refinements), which JSON Schema cannot
 * express, into "anything goes" instead of an error; the check still enforces them.
 */

export const SCHEMA_NAMES = ['region', 'dimension-page', 'programme'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

const toJsonSchema = (schema: z.ZodType): object => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' });

export function jsonSchemas(): Record<SchemaName, object> {
  return {
    region: toJsonSchema(regionSchema),
    'dimension-page': toJsonSchema(dimensionPageSchema),
    programme: toJsonSchema(programmeSchema),
  };
}

/**
 * JSON Schemas of the downloads of the national lists, register.json and cohorts.json, generated
 * from the Zod schemas their records are typed by. They describe what is published (`io: 'output'`).
 */
export const DATASET_SCHEMA_NAMES = ['register', 'cohorts'] as const;
export type DatasetSchemaName = (typeof DATASET_SCHEMA_NAMES)[number];

export function datasetJsonSchemas(): Record<DatasetSchemaName, object> {
  const toOutputSchema = (schema: z.ZodType): object => z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' });
  return { register: toOutputSchema(registerFileSchema), cohorts: toOutputSchema(cohortsFileSchema) };
}
