import path from 'node:path';
import { z } from 'astro/zod';
import { dimensionPageSchema } from '../schema/dimension-page.ts';
import { programmeSchema } from '../schema/programme.ts';
import { regionSchema } from '../schema/region.ts';
import { formatFieldPath } from './cross-check.ts';
import type { ContentSet, Entry, ProgrammeRef } from './entries.ts';
import { parseFrontmatter, type ParsedFrontmatter } from './frontmatter.ts';
import { checkPublicFiles, imageReferenceProblem, listContentFiles, PUBLIC_DIR, readContentFiles } from './files.ts';
import { CONTENT_DIR, type EntryKind, type EntryLocation } from './layout.ts';
import { checkDiagramBlocks, drawDiagramBlocks, type AuthoredDiagramBlock } from './diagram-blocks.ts';
import { checkContentBody } from './safety/check-body.ts';
import { fieldNamesAt } from './field-names.ts';
import { describeIssue, describeRule, fileProblem } from './messages.ts';
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
  /** Printed by the check, which still passes: e.g. diagrams no browser could draw to verify. */
  readonly warnings: Problem[];
}

/** Reads and validates every content file under `<root>/content`, and the files in `<root>/public`. */
export async function readContent(root: string): Promise<ReadResult> {
  const regions: Entry<z.infer<typeof regionSchema>>[] = [];
  const dimensionPages: Entry<z.infer<typeof dimensionPageSchema>>[] = [];
  const programmes: Entry<z.infer<typeof programmeSchema>>[] = [];
  const programmeRefs: ProgrammeRef[] = [];
  const foldersWithIndex = new Set<string>();
  /** Which file made each entry: `index.md` beside `index.mdx` would make one page twice. */
  const fileOfEntry = new Map<string, string>();
  const diagramsToDraw: AuthoredDiagramBlock[] = [];

  const publicDirectory = path.join(root, PUBLIC_DIR);
  // Files that may not be read (links, hidden, stray, wrong type or size) come back as problems.
  const [listing, publicProblems] = await Promise.all([listContentFiles(root), checkPublicFiles(publicDirectory)]);
  const problems: Problem[] = [...listing.problems, ...publicProblems];
  const texts = await readContentFiles(listing.entries);
  const guard = { imageProblem: (src: string) => imageReferenceProblem(src, publicDirectory) };
  for (const [index, { file, location }] of listing.entries.entries()) {
    if (location.kind === 'region') foldersWithIndex.add(location.region);
    const other = fileOfEntry.get(location.entryId);
    if (other) {
      problems.push(fileProblem(file, 'entry-two-files', undefined, { other }));
      continue;
    }
    fileOfEntry.set(location.entryId, file);
    const decoded = texts[index]!;
    if ('problems' in decoded) {
      problems.push(...decoded.problems);
      continue;
    }
    const parsed = parseFile(decoded.text, file);
    if ('problem' in parsed) {
      problems.push(parsed.problem);
      continue;
    }
    const entry = validateEntry(file, location, parsed.frontmatter);
    const { body, bodyLine } = parsed.frontmatter;
    const diagrams = checkDiagramBlocks(file, body, bodyLine);
    problems.push(...entry.problems, ...checkContentBody(file, body, bodyLine, guard), ...diagrams.problems);
    diagramsToDraw.push(...diagrams.toDraw);
    programmeRefs.push(...findProgrammeRefs(file, location.region, body, bodyLine));
    if (!entry.value) continue;
    if (entry.value.kind === 'region') regions.push(entry.value.entry);
    else if (entry.value.kind === 'dimension') dimensionPages.push(entry.value.entry);
    else programmes.push(entry.value.entry);
  }

  for (const folder of listing.regionFolders) {
    if (!foldersWithIndex.has(folder)) {
      problems.push({ file: `${CONTENT_DIR}/${folder}/`, field: '', ...describeRule('region-missing-index', { folder }) });
    }
  }
  // Mermaid reads the diagrams after every file, in one browser: only bodies with diagrams pay.
  const drawn = await drawDiagramBlocks(diagramsToDraw);
  problems.push(...drawn.problems);
  return { content: { regions, dimensionPages, programmes, programmeRefs }, problems, warnings: drawn.warnings };
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

/** Parses the frontmatter of a file's text, as checked and normalised by `readContentFiles`. */
function parseFile(text: string, file: string): { frontmatter: ParsedFrontmatter } | { problem: Problem } {
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
  const { data, lineOf, body, bodyLine } = frontmatter;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problems: [fileProblem(file, 'frontmatter-not-object', 2)] };
  }
  const base = { ...location, file, lineOf, body: { text: body, firstLine: bodyLine } };
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

