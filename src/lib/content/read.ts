import path from 'node:path';
import { z } from 'astro/zod';
import { dimensionPageSchema, type DimensionPage } from '../schema/dimension-page.ts';
import { programmeSchema, type Programme } from '../schema/programme.ts';
import { regionSchema, type Region } from '../schema/region.ts';
import type { ContentSet, Entry } from './entries.ts';
import { parseFrontmatter, type ParsedFrontmatter } from './frontmatter.ts';
import { checkPublicFiles, imageReferenceProblem, listContentFiles, PUBLIC_DIR, readContentFiles } from './files.ts';
import { CONTENT_DIR, type EntryKind, type EntryLocation } from './layout.ts';
import { checkDiagramBlocks, drawDiagramBlocks, type AuthoredDiagramBlock } from './diagram-blocks.ts';
import { readContentBody } from './safety/check-body.ts';
import { pagePathOf, type BodyLinks, type PortalMap } from './links.ts';
import { describeRule, fileProblem, yamlSyntaxProblem } from './messages.ts';
import { schemaProblems } from './schema-problems.ts';
import type { Problem } from './problem.ts';

/**
 * Reads `content/` from disk the way the check needs it: every file, every problem, with lines.
 * Astro's loader reads the same files with the same schemas for the site; this reader exists so
 * that one run reports all problems (Astro stops at the first) and so tests run without Astro.
 */

export const SCHEMAS = {
  region: regionSchema,
  dimensionPage: dimensionPageSchema,
  programme: programmeSchema,
} as const satisfies Record<EntryKind, z.ZodType>;

export interface ReadResult {
  readonly content: ContentSet;
  readonly problems: Problem[];
  /** Printed by the check, which still passes: e.g. diagrams no browser could draw to verify. */
  readonly warnings: Problem[];
  /**
   * The bodies' links, and what in content/ and public/ they can reach; `load.ts` adds the regions
   * that have a page without a content folder, and resolves them (src/lib/content/links.ts).
   */
  readonly links: { readonly bodies: readonly BodyLinks[]; readonly portal: Omit<PortalMap, 'participants'> };
}

/** Reads and validates every content file under `<root>/content`, and the files in `<root>/public`. */
export async function readContent(root: string): Promise<ReadResult> {
  const regions: Entry<Region>[] = [];
  const dimensionPages: Entry<DimensionPage>[] = [];
  const programmes: Entry<Programme>[] = [];
  const incomplete = { regions: [] as Entry<Partial<Region>>[], dimensionPages: [] as Entry<Partial<DimensionPage>>[], programmes: [] as Entry<Partial<Programme>>[] };
  const foldersWithIndex = new Set<string>();
  /** Which file made each entry: `index.md` beside `index.mdx` would make one page twice. */
  const fileOfEntry = new Map<string, string>();
  const diagramsToDraw: AuthoredDiagramBlock[] = [];
  const bodies: BodyLinks[] = [];
  const headingAnchors = new Map<string, readonly string[]>();

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
    const reading = readContentBody(file, body, bodyLine, guard);
    problems.push(...entry.problems, ...reading.problems, ...diagrams.problems);
    diagramsToDraw.push(...diagrams.toDraw);
    bodies.push({ file, location, references: reading.outline.references });
    headingAnchors.set(pagePathOf(location), reading.outline.anchors);
    if (entry.value) {
      if (entry.value.kind === 'region') regions.push(entry.value.entry);
      else if (entry.value.kind === 'dimensionPage') dimensionPages.push(entry.value.entry);
      else programmes.push(entry.value.entry);
    } else if (entry.incomplete) {
      if (entry.incomplete.kind === 'region') incomplete.regions.push(entry.incomplete.entry);
      else if (entry.incomplete.kind === 'dimensionPage') incomplete.dimensionPages.push(entry.incomplete.entry);
      else incomplete.programmes.push(entry.incomplete.entry);
    }
  }

  for (const folder of listing.regionFolders) {
    if (!foldersWithIndex.has(folder)) {
      problems.push({ file: `${CONTENT_DIR}/${folder}/`, field: '', ...describeRule('region-missing-index', { folder }) });
    }
  }
  // Mermaid reads the diagrams after every file, in one browser: only bodies with diagrams pay.
  const drawn = await drawDiagramBlocks(diagramsToDraw);
  problems.push(...drawn.problems);
  const portal = {
    regions: programmeIdsByRegion(listing.entries.map((entry) => entry.location), foldersWithIndex),
    headingAnchors,
    publicFileProblem: (address: string) => imageReferenceProblem(address, publicDirectory),
  };
  return { content: { regions, dimensionPages, programmes, incomplete }, problems, warnings: drawn.warnings, links: { bodies, portal } };
}

/**
 * The programme ids of each region with an index file, from the file names: the page a link
 * reaches exists whether or not its frontmatter is valid today (its own problems are reported).
 */
function programmeIdsByRegion(locations: readonly EntryLocation[], regions: ReadonlySet<string>): Map<string, Set<string>> {
  const ids = new Map([...regions].map((region) => [region, new Set<string>()]));
  for (const location of locations) if (location.kind === 'programme') ids.get(location.region)?.add(location.name);
  return ids;
}

/** Parses the frontmatter of a file's text, as checked and normalised by `readContentFiles`. */
function parseFile(text: string, file: string): { frontmatter: ParsedFrontmatter } | { problem: Problem } {
  const result = parseFrontmatter(text);
  if (result.ok) return { frontmatter: result.value };
  if (result.reason === 'no-frontmatter') return { problem: fileProblem(file, 'no-frontmatter', 1) };
  return { problem: yamlSyntaxProblem(file, result) };
}

type ValidatedEntry =
  | { kind: 'region'; entry: Entry<Region> }
  | { kind: 'dimensionPage'; entry: Entry<DimensionPage> }
  | { kind: 'programme'; entry: Entry<Programme> };

type IncompleteEntry =
  | { kind: 'region'; entry: Entry<Partial<Region>> }
  | { kind: 'dimensionPage'; entry: Entry<Partial<DimensionPage>> }
  | { kind: 'programme'; entry: Entry<Partial<Programme>> };

/**
 * Each kind's fields, each optional and without the rules between fields: what is left of a file
 * once the fields its schema refused are set aside still parses, so the cross-file checks can run
 * on it (a future progress date beside a misspelt dimension is reported in the same run).
 */
const FIELD_SCHEMAS = {
  region: z.object(regionSchema.shape).partial(),
  dimension: z.object(dimensionPageSchema.shape).partial(),
  programme: z.object(programmeSchema.shape).partial(),
} as const;

/** The fields of `data` no issue points into, parsed on their own. */
function validFields<T>(schema: z.ZodType<T>, data: object, issues: readonly z.core.$ZodIssue[]): T | undefined {
  const refused = new Set(issues.map((issue) => issue.path[0]));
  const result = schema.safeParse(Object.fromEntries(Object.entries(data).filter(([field]) => !refused.has(field))));
  return result.success ? result.data : undefined;
}

/**
 * Validates one parsed file against the schema of its kind; every issue becomes a `Problem`. A
 * file that fails keeps its valid fields as an `incomplete` entry, for the cross-file checks.
 */
export function validateEntry(
  file: string,
  location: EntryLocation,
  frontmatter: ParsedFrontmatter,
): { value?: ValidatedEntry; incomplete?: IncompleteEntry; problems: Problem[] } {
  const { data, lineOf, body, bodyLine } = frontmatter;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { problems: [fileProblem(file, 'frontmatter-not-object', 2)] };
  }
  const base = { ...location, file, lineOf, body: { text: body, firstLine: bodyLine } };
  const failed = (issues: readonly z.core.$ZodIssue[]) => schemaProblems(file, SCHEMAS[location.kind], issues, data, lineOf);
  switch (location.kind) {
    case 'region': {
      const result = regionSchema.safeParse(data);
      if (result.success) return { value: { kind: 'region', entry: { ...base, data: result.data } }, problems: [] };
      const fields = validFields(FIELD_SCHEMAS.region, data, result.error.issues);
      return { ...(fields ? { incomplete: { kind: 'region', entry: { ...base, data: fields } } } : {}), problems: failed(result.error.issues) };
    }
    case 'dimensionPage': {
      const result = dimensionPageSchema.safeParse(data);
      if (result.success) return { value: { kind: 'dimensionPage', entry: { ...base, data: result.data } }, problems: [] };
      const fields = validFields(FIELD_SCHEMAS.dimension, data, result.error.issues);
      return { ...(fields ? { incomplete: { kind: 'dimensionPage', entry: { ...base, data: fields } } } : {}), problems: failed(result.error.issues) };
    }
    case 'programme': {
      const result = programmeSchema.safeParse(data);
      if (result.success) return { value: { kind: 'programme', entry: { ...base, data: result.data } }, problems: [] };
      const fields = validFields(FIELD_SCHEMAS.programme, data, result.error.issues);
      return { ...(fields ? { incomplete: { kind: 'programme', entry: { ...base, data: fields } } } : {}), problems: failed(result.error.issues) };
    }
  }
}
