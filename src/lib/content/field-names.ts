import { z } from 'astro/zod';

/**
 * Field names a schema allows at a path inside the frontmatter, so that an unknown field can be
 * answered with "did you mean …?". Read from the schema's JSON Schema, the same one editors use.
 */

interface JsonSchemaNode {
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
}

const cache = new WeakMap<z.ZodType, JsonSchemaNode>();

export function fieldNamesAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: JsonSchemaNode | undefined = cache.get(schema);
  if (!node) {
    node = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchemaNode;
    cache.set(schema, node);
  }
  for (const segment of path) {
    if (!node) return [];
    node = typeof segment === 'number' ? node.items : node.properties?.[String(segment)];
    while (node?.anyOf) node = node.anyOf.find((option) => option.properties || option.items);
  }
  return Object.keys(node?.properties ?? {});
}
