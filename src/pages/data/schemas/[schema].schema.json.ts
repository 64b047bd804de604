import type { APIRoute, GetStaticPaths } from 'astro';
import { SCHEMA_NAMES, jsonSchemas, type SchemaName } from '../../../lib/exports/json-schema.ts';
import { canonicalJson } from '../../../lib/exports/json.ts';

/** /data/schemas/<name>.schema.json: JSON Schemas of the content files, for reusers and editors. */
export const getStaticPaths = (() => SCHEMA_NAMES.map((schema) => ({ params: { schema }, props: { schema } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ schema: SchemaName }> = ({ props }) =>
  new Response(canonicalJson(jsonSchemas()[props.schema]), { headers: { 'Content-Type': 'application/schema+json; charset=utf-8' } });
