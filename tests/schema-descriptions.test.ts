import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { SCHEMA_NAMES, jsonSchemas } from '../src/lib/exports/json-schema.ts';
import { cohortFileSchema } from '../src/lib/schema/cohort.ts';
import { regionSchema } from '../src/lib/schema/region.ts';

/**
 * Every field an editor can write carries its description, Indonesian then English, in the JSON
 * Schemas: the published ones (/data/skema/) and Astro's editor schemas, from which VS Code
 * shows the text on hover.
 */

interface JsonSchemaNode {
  description?: string;
  properties?: Record<string, JsonSchemaNode>;
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
}

/** Each property at any depth (inside lists and alternatives too), by its dotted path. */
function propertiesOf(node: JsonSchemaNode, path = ''): [string, JsonSchemaNode][] {
  const own = Object.entries(node.properties ?? {}).flatMap(([name, property]): [string, JsonSchemaNode][] => {
    const at = path ? `${path}.${name}` : name;
    return [[at, property], ...propertiesOf(property, at)];
  });
  const inItems = node.items ? propertiesOf(node.items, `${path}[]`) : [];
  const inAlternatives = (node.anyOf ?? []).flatMap((option) => propertiesOf(option, path));
  return [...own, ...inItems, ...inAlternatives];
}

/** Fields without an "Indonesian — English" description, with what they have instead. */
function undescribed(schema: object): string[] {
  return propertiesOf(schema as JsonSchemaNode).flatMap(([path, property]) => {
    const [indonesian, english, ...rest] = (property.description ?? '').split(' — ');
    const wellFormed = rest.length === 0 && Boolean(indonesian?.trim()) && Boolean(english?.trim()) && indonesian !== english;
    return wellFormed ? [] : [`${path}: ${JSON.stringify(property.description)}`];
  });
}

const asPublished = jsonSchemas();

describe('field descriptions', () => {
  it.each(SCHEMA_NAMES)('describe every field of the %s schema in Indonesian and English', (name) => {
    expect(propertiesOf(asPublished[name] as JsonSchemaNode).length).toBeGreaterThan(name === 'dimension-page' ? 5 : 30);
    expect(undescribed(asPublished[name])).toEqual([]);
  });

  it('describe every field of data/kohort.yaml', () => {
    const cohortFile = z.toJSONSchema(cohortFileSchema, { io: 'input', unrepresentable: 'any' });
    expect(propertiesOf(cohortFile as JsonSchemaNode).length).toBeGreaterThan(10);
    expect(undescribed(cohortFile)).toEqual([]);
  });

  it('survive the wrapper the content collections put around each schema, so VS Code shows them', () => {
    // src/content.config.ts wraps each schema in z.preprocess; Astro's `astro sync` converts that.
    const collection = z.toJSONSchema(
      z.preprocess((value) => value, regionSchema),
      { io: 'input', unrepresentable: 'any' },
    ) as JsonSchemaNode;
    expect(collection.properties?.name?.description).toBe('Nama resmi daerah beserta jenisnya, mis. "Kota Balikpapan". Wajib. — Official name of the region including its type, e.g. "Kota Balikpapan". Required.');
    expect(undescribed(collection)).toEqual([]);
  });

  it('say what a nested field means where it is used', () => {
    const region = asPublished.region as JsonSchemaNode;
    const programme = asPublished.programme as JsonSchemaNode;
    expect(region.properties?.sources?.description).toMatch(/^Dari mana fakta di halaman daerah ini berasal/);
    expect(programme.properties?.sources?.description).toMatch(/^Tempat program ini disebut/);
    expect(programme.properties?.progress?.items?.properties?.evidence?.description).toMatch(/^Tautan bukti/);
  });
});
