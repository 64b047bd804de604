import { CORE_SCHEMA, YAMLException, load } from 'js-yaml';
import { LineCounter, parseDocument, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';

/**
 * Splits a Markdown/MDX file into frontmatter and body and parses the frontmatter as YAML 1.2
 * (core schema), able to say on which line a field stands.
 *
 * YAML 1.2 core has no timestamp type: `date: 2024-02-30` stays the text "2024-02-30", so the
 * schema can reject it instead of the value silently rolling over to 1 March.
 *
 * Two parsers, for speed at national scale: js-yaml reads the values (several times faster), and
 * the `yaml` library, which keeps positions and words errors well, runs only for a file that has a
 * problem to report.
 */

export interface ParsedFrontmatter {
  readonly data: unknown;
  readonly body: string;
  /** 1-based line on which the body starts. */
  readonly bodyLine: number;
  /** 1-based line of a field path inside the file; falls back to the nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number;
}

export type FrontmatterResult =
  | { readonly ok: true; readonly value: ParsedFrontmatter }
  | { readonly ok: false; readonly reason: 'no-frontmatter' }
  | { readonly ok: false; readonly reason: 'yaml-syntax'; readonly line: number; readonly detail: string };

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*$/m;

export function parseFrontmatter(source: string): FrontmatterResult {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const opening = OPENING.exec(text);
  if (!opening) return { ok: false, reason: 'no-frontmatter' };
  const rest = text.slice(opening[0].length);
  const closing = CLOSING.exec(rest);
  if (!closing) return { ok: false, reason: 'no-frontmatter' };
  const yamlText = rest.slice(0, closing.index);
  const afterClosing = rest.slice(closing.index + closing[0].length);
  const body = afterClosing.replace(/^\r?\n/, '');
  const bodyLine = text.slice(0, text.length - body.length).split('\n').length;
  // The YAML starts on line 2 of the file.
  const parsed = parseYaml(yamlText, 2);
  if (!parsed.ok) return { ok: false, reason: 'yaml-syntax', line: parsed.line, detail: parsed.detail };
  return { ok: true, value: { data: parsed.data, lineOf: parsed.lineOf, body, bodyLine } };
}

export type YamlResult =
  | { readonly ok: true; readonly data: unknown; lineOf(path: readonly PropertyKey[]): number }
  | { readonly ok: false; readonly line: number; readonly detail: string };

/**
 * Parses YAML text that starts on line `firstLine` of its file: a frontmatter block, or a whole
 * data file such as data/kohort.yaml (firstLine 1). Lines are those of the file.
 */
export function parseYaml(yamlText: string, firstLine: number): YamlResult {
  let data: unknown;
  try {
    data = load(yamlText, { schema: CORE_SCHEMA }) ?? {};
  } catch (error) {
    return syntaxError(yamlText, firstLine, error instanceof YAMLException ? error : undefined);
  }
  let positions: ((path: readonly PropertyKey[]) => number) | undefined;
  return {
    ok: true,
    data,
    lineOf: (path) => {
      positions ??= positionsOf(yamlText, firstLine);
      return positions(path);
    },
  };
}

function documentOf(yamlText: string): { document: Document; lineCounter: LineCounter } {
  const lineCounter = new LineCounter();
  return { document: parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
}

/**
 * Words a syntax error the way the `yaml` library does (clearer than js-yaml), falling back to
 * js-yaml's own reason where only js-yaml objects (e.g. a rule of its stricter reading).
 */
function syntaxError(yamlText: string, firstLine: number, refusal: YAMLException | undefined): YamlResult {
  const { document, lineCounter } = documentOf(yamlText);
  const [error] = document.errors;
  if (!error) {
    return { ok: false, line: firstLine + (refusal?.mark.line ?? 0), detail: refusal?.reason ?? 'YAML' };
  }
  const yamlLine = error.code === 'MISSING_CHAR' ? lineOfUnclosedQuote(yamlText) : undefined;
  return {
    ok: false,
    line: firstLine - 1 + (yamlLine ?? lineCounter.linePos(error.pos[0]).line),
    detail: error.message.split('\n')[0] ?? error.code,
  };
}

function positionsOf(yamlText: string, firstLine: number): (path: readonly PropertyKey[]) => number {
  const { document, lineCounter } = documentOf(yamlText);
  return (path) => firstLine - 1 + lineCounter.linePos(offsetOf(document, path)).line;
}

/**
 * The parser reports an unclosed quote where the document ends; the author needs the line where
 * the quote was opened: the first line with an odd number of that quote character.
 */
function lineOfUnclosedQuote(yamlText: string): number | undefined {
  const lines = yamlText.split('\n');
  const index = lines.findIndex((line) => (line.match(/"/g)?.length ?? 0) % 2 === 1 || (line.match(/'/g)?.length ?? 0) % 2 === 1);
  return index === -1 ? undefined : index + 1;
}

/** Offset of the deepest node along `path`; for a missing key, the start of its parent. */
function offsetOf(document: Document, path: readonly PropertyKey[]): number {
  let node: unknown = document.contents;
  let offset = rangeStart(node) ?? 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === segment);
      if (!pair) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return offset;
}

function rangeStart(node: unknown): number | undefined {
  return (node as Node | null)?.range?.[0];
}
