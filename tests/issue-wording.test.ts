import type { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { fieldNamesAt } from '../src/lib/content/field-names.ts';
import { SCHEMAS } from '../src/lib/content/read.ts';
import { schemaProblems } from '../src/lib/content/schema-problems.ts';
import { cohortFileSchema } from '../src/lib/schema/cohort.ts';

/**
 * Whatever an editor writes in any field, the message never shows a raw value of the program:
 * `undefined`, `null`, `[object Object]` or `NaN`. Every field of every schema, at every depth, is
 * given each kind of odd value YAML can produce, beside every other field left out.
 */

const ODD_VALUES: readonly unknown[] = [undefined, null, {}, [], [null], [{}], [[]], '', 'teks', 12345, -1, 2.5, true];
const RAW = /\bundefined\b|\bnull\b|\[object Object\]|\bNaN\b/;

/** Every path to a field: `name`, `funding.0.source`, … (a list's items at index 0). */
function fieldPaths(schema: z.ZodType, at: readonly (string | number)[] = [], depth = 0): (string | number)[][] {
  if (depth > 3) return [];
  return fieldNamesAt(schema, at).flatMap((name) => {
    const path = [...at, name];
    return [path, ...fieldPaths(schema, path, depth + 1), ...fieldPaths(schema, [...path, 0], depth + 1)];
  });
}

function withValueAt(path: readonly (string | number)[], value: unknown): unknown {
  return path.reduceRight<unknown>((inner, segment) => (typeof segment === 'number' ? [inner] : { [segment]: inner }), value);
}

const SWEPT: Record<string, z.ZodType> = { ...SCHEMAS, cohorts: cohortFileSchema };

describe('messages never show a raw program value', () => {
  it.each(Object.entries(SWEPT))('%s: every field, every odd value', (_kind, schema) => {
    const paths = fieldPaths(schema);
    expect(paths.length).toBeGreaterThan(5);
    let worded = 0;
    const raw: string[] = [];
    for (const path of paths) {
      for (const value of ODD_VALUES) {
        const data = withValueAt(path, value);
        const result = schema.safeParse(data);
        if (result.success) continue;
        for (const problem of schemaProblems('uji.md', schema, result.error.issues, data, () => 2)) {
          worded += 1;
          for (const text of [problem.message.id, problem.message.en, problem.hint?.id, problem.hint?.en]) {
            if (text !== undefined && RAW.test(text)) raw.push(`${problem.field} = ${JSON.stringify(value)}: ${text}`);
          }
        }
      }
    }
    expect(worded).toBeGreaterThan(paths.length);
    expect(raw).toEqual([]);
  });
});
