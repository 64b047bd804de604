import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASET_SCHEMA_NAMES, SCHEMA_NAMES, datasetJsonSchemas, jsonSchemas, type DatasetSchemaName, type SchemaName } from '../../../lib/exports/json-schema.ts';
import { canonicalJson } from '../../../lib/exports/json.ts';
import { schemaFileName } from '../../../lib/routes.ts';

/**
 * /data/skema/<name>.schema.json: JSON Schemas of the content files, for reusers and editors, and
 * of the downloads of the national lists (wilayah.json, kohort.json). `<name>` is Indonesian
 * (`schemaFileName`), the schema's own name stays the code's.
 */
export const getStaticPaths = (() =>
  [...SCHEMA_NAMES, ...DATASET_SCHEMA_NAMES].map((schema) => ({ params: { schema: schemaFileName(schema) }, props: { schema } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ schema: SchemaName | DatasetSchemaName }> = ({ props }) =>
  new Response(canonicalJson({ ...jsonSchemas(), ...datasetJsonSchemas() }[props.schema]), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
