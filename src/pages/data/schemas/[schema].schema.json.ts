import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASET_SCHEMA_NAMES, SCHEMA_NAMES, datasetJsonSchemas, jsonSchemas, type DatasetSchemaName, type SchemaName } from '../../../lib/exports/json-schema.ts';
import { canonicalJson } from '../../../lib/exports/json.ts';

/**
 * /data/schemas/<name>.schema.json: JSON Schemas of the content files, for reusers and editors, and
 * of the downloads of the national lists (register.json, cohorts.json).
 */
export const getStaticPaths = (() =>
  [...SCHEMA_NAMES, ...DATASET_SCHEMA_NAMES].map((schema) => ({ params: { schema }, props: { schema } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ schema: SchemaName | DatasetSchemaName }> = ({ props }) =>
  new Response(canonicalJson({ ...jsonSchemas(), ...datasetJsonSchemas() }[props.schema]), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
