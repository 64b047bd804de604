import type { z } from 'astro/zod';
import { formatFieldPath } from './cross-check.ts';
import { fieldNamesAt } from './field-names.ts';
import { describeIssue, describeMisspeltField, suggestFieldName } from './messages.ts';
import type { Problem } from './problem.ts';

/**
 * Zod's issues for one YAML file as problems an editor reads: worded by `describeIssue`, each on
 * its line. One mistake, one message: a required field whose name is misspelt (`dimensoin:`) is
 * one problem, "required field not filled" on the misspelt line with a did-you-mean, not also an
 * unknown field.
 */
export function schemaProblems(
  file: string,
  schema: z.ZodType,
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  lineOf: (path: readonly PropertyKey[]) => number,
): Problem[] {
  const missingPaths = new Set(issues.filter((issue) => issue.code !== 'unrecognized_keys' && valueAt(data, issue.path) === undefined).map((issue) => pathKey(issue.path)));
  /** Missing field path → the misspelt key written in its place. */
  const misspelt = new Map<string, string>();
  /** The keys of each unknown-keys issue that are not the misspelling of a missing field. */
  const unknownKeys = new Map<z.core.$ZodIssue, string[]>();
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const knownFields = fieldNamesAt(schema, issue.path);
    unknownKeys.set(
      issue,
      issue.keys.filter((key) => {
        const meant = suggestFieldName(key, knownFields);
        const meantPath = pathKey([...issue.path, meant ?? '']);
        if (meant === undefined || !missingPaths.has(meantPath) || misspelt.has(meantPath)) return true;
        misspelt.set(meantPath, key);
        return false;
      }),
    );
  }
  return issues.flatMap((issue): Problem[] => {
    let path: readonly PropertyKey[] = issue.path;
    let linePath: readonly PropertyKey[] = issue.path;
    let described: ReturnType<typeof describeIssue>;
    const key = misspelt.get(pathKey(issue.path));
    const field = issue.path.at(-1);
    if (issue.code === 'unrecognized_keys') {
      const keys = unknownKeys.get(issue) ?? [];
      if (keys.length === 0) return [];
      // Point an unknown field at its own line, not at the object that holds it.
      path = linePath = [...issue.path, keys[0]!];
      described = describeIssue({ ...issue, keys }, valueAt(data, issue.path), fieldNamesAt(schema, issue.path));
    } else if (key !== undefined && typeof field === 'string') {
      linePath = [...issue.path.slice(0, -1), key];
      described = describeMisspeltField(field, key);
    } else {
      described = describeIssue(issue, valueAt(data, issue.path), []);
    }
    const { message, hint } = described;
    return [{ file, line: lineOf(linePath), field: formatFieldPath(path), message, ...(hint ? { hint } : {}) }];
  });
}

const pathKey = (path: readonly PropertyKey[]): string => JSON.stringify(path.map(String));

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}
