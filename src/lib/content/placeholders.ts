import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { allEntries, formatFieldPath } from './cross-check.ts';
import type { ContentSet, Entry } from './entries.ts';
import { describeRule } from './messages.ts';
import type { Problem } from './problem.ts';

/**
 * Text that `npm run new` writes for the author to replace, found in content so that template
 * leftovers never go live on a real region. The list is read from the templates themselves
 * (scripts/templates/), so a line added to a template is covered without touching this file:
 *
 * - every line of a template's body (below the frontmatter): the page text an author must write;
 * - every quoted example value in the frontmatter, commented or not, that is an instruction
 *   (starts with "Tulis", "write") or marks a gap with "…" (e.g. "SK Wali Kota Nomor …");
 * - every web address on a host the templates use for examples (contoh.go.id).
 *
 * Template authors: write a value the author must replace as such an instruction, or with "…";
 * realistic examples ("Bappeda", 2022) are not placeholders, since real data may say the same.
 * `{{name}}` marks stand for whatever `npm run new` fills in.
 */

export interface Placeholder {
  /** Where the template writes it, e.g. `scripts/templates/index.md:38`. */
  readonly origin: string;
  /** The text as the template writes it, each `{{…}}` mark shown as "…"; quoted in the check's message. */
  readonly text: string;
  /** Matches the text as `npm run new` fills it in, whatever the line breaks and spaces around. */
  readonly pattern: RegExp;
}

/** The templates `npm run new` fills (scripts/new.ts reads the same folder). */
const TEMPLATES_DIR = path.resolve(import.meta.dirname, '../../../scripts/templates');

const FILL_MARK = /\{\{\w+\}\}/g;
/** `key: "value"`, `- "value"` or `key: https://…`, on a line that may be commented out with "# ". */
const QUOTED_VALUE = /^(?:#\s*)?(?:- +)?(?:[A-Za-z]+: +)?"([^"]+)"/;
const ADDRESS_VALUE = /^(?:#\s*)?(?:- +)?[A-Za-z]+: +(https?:\/\/[^\s"']+)/;
const INSTRUCTION = /^Tulis\s|…/;

const shown = (text: string): string => text.replace(FILL_MARK, '…');
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for template text: spaces match any run of spaces and line breaks, `{{…}}` any text. */
function patternOf(text: string): RegExp {
  const parts = text.trim().split(FILL_MARK).map((literal) => literal.split(/\s+/).map(escapeRegExp).join('\\s+'));
  return new RegExp(parts.join('[\\s\\S]+?'));
}

/** Keeps the first of placeholders with the same text, so a leftover is reported once. */
function withoutRepeats(placeholders: readonly Placeholder[]): Placeholder[] {
  const seen = new Set<string>();
  return placeholders.filter(({ text }) => {
    if (seen.has(text)) return false;
    seen.add(text);
    return true;
  });
}

/** The placeholders of one template, `name` being its file name (e.g. `index.md`). */
export function placeholdersOf(name: string, text: string): Placeholder[] {
  const lines = text.split('\n');
  const closing = lines.indexOf('---', 1);
  const placeholders: Placeholder[] = [];
  lines.forEach((rawLine, index) => {
    const line = rawLine.trim();
    const origin = `scripts/templates/${name}:${index + 1}`;
    if (index > closing) {
      // Body text, unless it is only `{{…}}` marks (whatever the author's own words are).
      if (line.replace(FILL_MARK, '').trim() !== '') placeholders.push({ origin, text: shown(line), pattern: patternOf(line) });
      return;
    }
    const quoted = QUOTED_VALUE.exec(line)?.[1];
    if (quoted !== undefined && INSTRUCTION.test(quoted)) placeholders.push({ origin, text: shown(quoted), pattern: patternOf(quoted) });
    const address = ADDRESS_VALUE.exec(line)?.[1];
    if (address !== undefined) {
      const host = new URL(address.replace(FILL_MARK, 'x')).host;
      placeholders.push({ origin, text: `https://${host}/…`, pattern: new RegExp(`https?://${escapeRegExp(host)}(?![\\w.-])`, 'i') });
    }
  });
  return withoutRepeats(placeholders);
}

let cached: readonly Placeholder[] | undefined;

/** The placeholders of every template in `directory` (the project's own templates by default). */
export function templatePlaceholders(directory: string = TEMPLATES_DIR): readonly Placeholder[] {
  if (directory === TEMPLATES_DIR && cached) return cached;
  const found = withoutRepeats(
    readdirSync(directory)
      .filter((file) => file.endsWith('.md'))
      .sort()
      .flatMap((file) => placeholdersOf(file, readFileSync(path.join(directory, file), 'utf8'))),
  );
  if (directory === TEMPLATES_DIR) cached = found;
  return found;
}

/** Every string in frontmatter data, with its field path. */
function* stringsIn(value: unknown, at: (string | number)[] = []): Generator<{ path: (string | number)[]; text: string }> {
  if (typeof value === 'string') yield { path: at, text: value };
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* stringsIn(item, [...at, index]);
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) yield* stringsIn(item, [...at, key]);
}

function problemsIn<T>(entry: Entry<T>, placeholders: readonly Placeholder[]): Problem[] {
  const problems: Problem[] = [];
  for (const { path: at, text } of stringsIn(entry.data)) {
    const found = placeholders.find((placeholder) => placeholder.pattern.test(text));
    if (!found) continue;
    const line = entry.lineOf?.(at);
    problems.push({ file: entry.file, ...(line === undefined ? {} : { line }), field: formatFieldPath(at), ...describeRule('placeholder-text', { text: found.text }) });
  }
  if (entry.body) {
    const { text, firstLine } = entry.body;
    for (const placeholder of placeholders) {
      const match = placeholder.pattern.exec(text);
      if (!match) continue;
      const line = firstLine + text.slice(0, match.index).split('\n').length - 1;
      problems.push({ file: entry.file, line, field: '', ...describeRule('placeholder-text', { text: placeholder.text }) });
    }
  }
  return problems;
}

/**
 * Template text left in a real region's files: its profile, dimension pages and programmes, in
 * frontmatter and body. A fictional region is a demo and may keep it.
 */
export function placeholderProblems(content: ContentSet, placeholders: readonly Placeholder[] = templatePlaceholders()): Problem[] {
  // Files that failed their schema count too, with the fields that passed: every problem in one run.
  const { regions, dimensionPages, programmes } = allEntries(content);
  const realRegions = new Set(regions.filter((region) => !region.data.fictional).map((region) => region.region));
  return [...regions, ...dimensionPages, ...programmes]
    .filter((entry) => realRegions.has(entry.region))
    .flatMap((entry: Entry<unknown>) => problemsIn(entry, placeholders));
}
