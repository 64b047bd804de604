import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'astro/zod';
import { dimensionPageSchema } from '../schema/dimension-page.ts';
import { programmeSchema } from '../schema/programme.ts';
import { regionSchema } from '../schema/region.ts';
import { formatFieldPath } from './cross-check.ts';
import type { ContentSet, Entry, ProgrammeRef } from './entries.ts';
import { parseFrontmatter, type ParsedFrontmatter } from './frontmatter.ts';
import { CONTENT_DIR, contentDirectory, locateEntry, type EntryKind, type EntryLocation } from './layout.ts';
import { checkDiagramBlocks } from './diagram-blocks.ts';
import { checkContentBody } from './safe-content.ts';
import { fieldNamesAt } from './field-names.ts';
import { describeIssue, describeRule, type RuleId } from './messages.ts';
import type { Problem } from './problem.ts';

/**
 * Reads `content/` from disk the way the check needs it: every file, every problem, with lines.
 * Astro's loader reads the same files with the same schemas for the site; this reader exists so
 * that one run reports all problems (Astro stops at the first) and so tests run without Astro.
 */

export const SCHEMAS = {
  region: regionSchema,
  dimension: dimensionPageSchema,
  programme: programmeSchema,
} as const satisfies Record<EntryKind, z.ZodType>;

export interface ReadResult {
  readonly content: ContentSet;
  readonly problems: Problem[];
}

async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('.')))
    .sort();
}

/** Reads and validates every content file under `<root>/content`. */
export async function readContent(root: string): Promise<ReadResult> {
  const contentDir = contentDirectory(root);
  const problems: Problem[] = [];
  const regions: Entry<z.infer<typeof regionSchema>>[] = [];
  const dimensionPages: Entry<z.infer<typeof dimensionPageSchema>>[] = [];
  const programmes: Entry<z.infer<typeof programmeSchema>>[] = [];
  const programmeRefs: ProgrammeRef[] = [];
  const files = await listFiles(contentDir);
  const regionFolders = new Set<string>();
  const foldersWithIndex = new Set<string>();
  /** Which file made each entry: `index.md` beside `index.mdx` would make one page twice. */
  const fileOfEntry = new Map<string, string>();

  // Read concurrently (the disk is the slow part at national scale), then validate in order.
  // Stray files (a PDF dropped in a folder) are reported, never read.
  const located = files.map((relative) => ({ relative, location: locateEntry(relative) }));
  const contents = await readAll(located.flatMap(({ relative, location }) => (location ? [path.join(contentDir, relative)] : [])));
  let position = 0;
  for (const { relative, location } of located) {
    const file = `${CONTENT_DIR}/${relative}`;
    const folder = relative.includes('/') ? relative.split('/')[0]! : undefined;
    if (folder) regionFolders.add(folder);
    if (!location) {
      problems.push(fileProblem(file, 'stray-file'));
      continue;
    }
    if (location.kind === 'region') foldersWithIndex.add(location.region);
    const bytes = contents[position++]!;
    const other = fileOfEntry.get(location.entryId);
    if (other) {
      problems.push(fileProblem(file, 'entry-two-files', undefined, { other }));
      continue;
    }
    fileOfEntry.set(location.entryId, file);
    const parsed = parseFile(bytes, file);
    if ('problem' in parsed) {
      problems.push(parsed.problem);
      continue;
    }
    const entry = validateEntry(file, location, parsed.frontmatter);
    const { body, bodyLine } = parsed.frontmatter;
    problems.push(...entry.problems, ...checkContentBody(file, body, bodyLine), ...checkDiagramBlocks(file, body, bodyLine));
    programmeRefs.push(...findProgrammeRefs(file, location.region, body, bodyLine));
    if (!entry.value) continue;
    if (entry.value.kind === 'region') regions.push(entry.value.entry);
    else if (entry.value.kind === 'dimension') dimensionPages.push(entry.value.entry);
    else programmes.push(entry.value.entry);
  }

  for (const folder of regionFolders) {
    if (!foldersWithIndex.has(folder)) {
      problems.push({ file: `${CONTENT_DIR}/${folder}/`, field: '', ...describeRule('region-missing-index', { folder }) });
    }
  }
  return { content: { regions, dimensionPages, programmes, programmeRefs }, problems };
}

/** `<ProgramRef id="…" />` in a body, so the cross-checks can confirm the programme exists. */
function findProgrammeRefs(file: string, region: string, body: string, firstBodyLine: number): ProgrammeRef[] {
  return [...body.matchAll(/<ProgramRef\s+id="([^"]*)"/g)].map((match) => ({
    file,
    region,
    id: match[1]!,
    line: firstBodyLine + body.slice(0, match.index).split('\n').length - 1,
  }));
}

function fileProblem(file: string, rule: RuleId, line?: number, values: Record<string, string> = {}): Problem {
  return { file, ...(line === undefined ? {} : { line }), field: '', ...describeRule(rule, values) };
}

const READ_CONCURRENCY = 64;

async function readAll(paths: readonly string[]): Promise<Buffer[]> {
  const contents: Buffer[] = new Array(paths.length);
  let next = 0;
  const worker = async () => {
    while (next < paths.length) {
      const index = next++;
      contents[index] = await readFile(paths[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, paths.length) }, worker));
  return contents;
}

function parseFile(bytes: Buffer, file: string): { frontmatter: ParsedFrontmatter } | { problem: Problem } {
  if (bytes.toString('utf8').trim() === '') return { problem: fileProblem(file, 'empty-file') };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: fileProblem(file, 'not-utf8') };
  }
  const result = parseFrontmatter(text);
  if (result.ok) return { frontmatter: result.value };
  if (result.reason === 'no-frontmatter') return { problem: fileProblem(file, 'no-frontmatter', 1) };
  return { problem: fileProblem(file, 'yaml-syntax', result.line, { detail: result.detail }) };
}

type ValidatedEntry =
  | { kind: 'region'; entry: Entry<z.infer<typeof regionSchema>> }
  | { kind: 'dimension'; entry: Entry<z.infer<typeof dimensionPageSchema>> }
  | { kind: 'programme'; entry: Entry<z.infer<typeof programmeSchema>> };

/** Validates one parsed file against the schema of its kind; every issue becomes a `Problem`. */
export function validateEntry(
  file: string,
  location: EntryLocation,
  frontmatter: ParsedFrontmatter,
): { value?: ValidatedEntry; problems: Problem[] } {
  const { data, lineOf } = frontmatter;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problems: [fileProblem(file, 'frontmatter-not-object', 2)] };
  }
  const base = { ...location, file, lineOf };
  switch (location.kind) {
    case 'region': {
      const result = regionSchema.safeParse(data);
      if (!result.success) return { problems: issuesToProblems(location.kind, file, result.error.issues, data, lineOf) };
      return { value: { kind: 'region', entry: { ...base, data: result.data } }, problems: [] };
    }
    case 'dimension': {
      const result = dimensionPageSchema.safeParse(data);
      if (!result.success) return { problems: issuesToProblems(location.kind, file, result.error.issues, data, lineOf) };
      return { value: { kind: 'dimension', entry: { ...base, data: result.data } }, problems: [] };
    }
    case 'programme': {
      const result = programmeSchema.safeParse(data);
      if (!result.success) return { problems: issuesToProblems(location.kind, file, result.error.issues, data, lineOf) };
      return { value: { kind: 'programme', entry: { ...base, data: result.data } }, problems: [] };
    }
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

function issuesToProblems(
  kind: EntryKind,
  file: string,
  issues: readonly z.core.$ZodIssue[],
  data: unknown,
  lineOf: (path: readonly PropertyKey[]) => number,
): Problem[] {
  return issues.map((issue) => {
    // Point an unknown field at its own line, not at the object that holds it.
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    const knownFields = issue.code === 'unrecognized_keys' ? fieldNamesAt(SCHEMAS[kind], issue.path) : [];
    const { message, hint } = describeIssue(issue, valueAt(data, issue.path), knownFields);
    return { file, line: lineOf(path), field: formatFieldPath(path), message, ...(hint ? { hint } : {}) };
  });
}

