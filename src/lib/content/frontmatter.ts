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
  | ({ readonly ok: false; readonly reason: 'yaml-syntax' } & YamlSyntaxError);

/**
 * A slip an editor commonly makes in YAML, recognised from the parser's error and the line itself,
 * so the check can name the fix instead of repeating the parser. `fixed` is the line as it should
 * read.
 */
export type YamlSlip =
  | { readonly kind: 'space-after-colon'; readonly key: string; readonly fixed: string }
  | { readonly kind: 'missing-colon'; readonly key: string; readonly fixed: string }
  | { readonly kind: 'colon-in-value'; readonly key: string; readonly fixed: string }
  | { readonly kind: 'tab-indentation' }
  | { readonly kind: 'unclosed-quote'; readonly quote: string; readonly fixed: string }
  | { readonly kind: 'indentation'; readonly sibling?: { readonly key: string; readonly line: number; readonly spaces: number } }
  | { readonly kind: 'duplicate-key'; readonly key: string; readonly firstLine: number }
  | { readonly kind: 'other' };

export interface YamlSyntaxError {
  /** 1-based line of the file where the editor should look. */
  readonly line: number;
  /** The parser's own words, for the English line. */
  readonly detail: string;
  readonly slip: YamlSlip;
}

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
  if (!parsed.ok) return { ok: false, reason: 'yaml-syntax', line: parsed.line, detail: parsed.detail, slip: parsed.slip };
  return { ok: true, value: { data: parsed.data, lineOf: parsed.lineOf, body, bodyLine } };
}

export type YamlResult =
  | { readonly ok: true; readonly data: unknown; lineOf(path: readonly PropertyKey[]): number }
  | ({ readonly ok: false } & YamlSyntaxError);

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
 * Places and names a syntax error: the `yaml` library's error (clearer than js-yaml's), read
 * together with the lines around it to recognise the editor's slip. Where only js-yaml objects (a
 * rule of its stricter reading), its own reason and line are used.
 */
function syntaxError(yamlText: string, firstLine: number, refusal: YAMLException | undefined): YamlResult {
  const { document, lineCounter } = documentOf(yamlText);
  const [error] = document.errors;
  if (!error) {
    return { ok: false, line: firstLine + (refusal?.mark.line ?? 0), detail: refusal?.reason ?? 'YAML', slip: { kind: 'other' } };
  }
  const detail = error.message.split('\n')[0] ?? error.code;
  // Lines as the file numbers them, so every line named in the slip is the editor's.
  const fileLines = [...Array<string>(firstLine - 1).fill(''), ...yamlText.split('\n')];
  return { ok: false, detail, ...recogniseSlip(fileLines, error.code, detail, firstLine - 1 + lineCounter.linePos(error.pos[0]).line) };
}

/** `key:` at the start of a line, after its indentation and an optional list dash. */
const KEY_LINE = /^(\s*(?:- +)?)([A-Za-z_][\w-]*):(?=\s|$)/;
/** `key:value` with no space after the colon (not `key: value`, not a web address). */
const NO_SPACE_AFTER_COLON = /^(\s*(?:- +)?)([A-Za-z_][\w-]*):([^\s/].*)$/;
/** `key value`: a field name and a value with no colon between them. */
const NO_COLON = /^(\s*(?:- +)?)([A-Za-z_][\w-]*) +([^:#]+)$/;
/** `key: value: more`: an unquoted value holding ": ". */
const COLON_IN_VALUE = /^(\s*(?:- +)?)([A-Za-z_][\w-]*): +([^\s"'#|>[{].*?:\s.*)$/;

/** Whether a line holds data (not blank, not a comment). */
const isDataLine = (line: string | undefined): line is string => line !== undefined && line.trim() !== '' && !line.trim().startsWith('#');
/** Column where a line's key starts: its spaces, plus the "- " of a list item. */
const keyColumn = (line: string): number => KEY_LINE.exec(line)?.[1]?.length ?? line.length - line.trimStart().length;
const leadingSpaces = (line: string): number => line.length - line.trimStart().length;

/** A value in quotes that survives YAML: double quotes, or single ones if it holds a double quote. */
function quoted(value: string): string {
  return value.includes('"') ? `'${value.replaceAll("'", "''")}'` : `"${value}"`;
}

/**
 * The slip behind a parser error reported on `errorLine` (1-based, lines of the file), and the line
 * the editor should fix, which is not always the parser's: an over-indented line is reported on
 * the line above it, an unclosed quote where the text ends.
 */
function recogniseSlip(lines: readonly string[], code: string, detail: string, errorLine: number): { line: number; slip: YamlSlip } {
  const lineAt = (line: number): string => lines[line - 1] ?? '';
  if (code === 'TAB_AS_INDENT') return { line: errorLine, slip: { kind: 'tab-indentation' } };
  if (code === 'DUPLICATE_KEY') {
    const match = KEY_LINE.exec(lineAt(errorLine));
    if (match) {
      const [, prefix = '', key = ''] = match;
      for (let line = errorLine - 1; line >= 1; line--) {
        const earlier = KEY_LINE.exec(lineAt(line));
        if (earlier?.[2] === key && earlier[1]?.length === prefix.length) return { line: errorLine, slip: { kind: 'duplicate-key', key, firstLine: line } };
      }
    }
  }
  const quote = /^Missing closing (["'])/.exec(detail)?.[1];
  if (quote !== undefined) {
    const opening = new RegExp(`^\\s*(?:- +)?(?:[^:#]+:\\s+)?${quote}`);
    const index = lines.findIndex((line) => opening.test(line) && line.split(quote).length % 2 === 0);
    if (index !== -1) return { line: index + 1, slip: { kind: 'unclosed-quote', quote, fixed: `${lines[index]!.trim()}${quote}` } };
  }
  // The parser reports these on the line of the slip or the one after it.
  for (const line of [errorLine, errorLine - 1, errorLine + 1]) {
    const text = lineAt(line);
    const noSpace = NO_SPACE_AFTER_COLON.exec(text);
    if (noSpace) return { line, slip: { kind: 'space-after-colon', key: noSpace[2]!, fixed: `${noSpace[2]}: ${noSpace[3]}` } };
    const colonInValue = COLON_IN_VALUE.exec(text);
    if (colonInValue) {
      const value = colonInValue[3]!.replace(/\s+#.*$/, '').trimEnd();
      return { line, slip: { kind: 'colon-in-value', key: colonInValue[2]!, fixed: `${colonInValue[2]}: ${quoted(value)}` } };
    }
  }
  if (code === 'MULTILINE_IMPLICIT_KEY' || code === 'MISSING_CHAR') {
    const noColon = NO_COLON.exec(lineAt(errorLine));
    if (noColon) return { line: errorLine, slip: { kind: 'missing-colon', key: noColon[2]!, fixed: `${noColon[2]}: ${noColon[3]!.trim()}` } };
  }
  if (code === 'BAD_INDENT') return { line: errorLine, slip: { kind: 'indentation', ...siblingAbove(lines, errorLine) } };
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY') {
    // `key: value` followed by a line indented deeper: that line should stand beside the key.
    const next = lines.findIndex((line, index) => index >= errorLine && isDataLine(line));
    const keyLine = lineAt(errorLine);
    if (next !== -1 && KEY_LINE.test(keyLine) && leadingSpaces(lines[next]!) > keyColumn(keyLine)) {
      const key = KEY_LINE.exec(keyLine)![2]!;
      return { line: next + 1, slip: { kind: 'indentation', sibling: { key, line: errorLine, spaces: keyColumn(keyLine) } } };
    }
  }
  return { line: errorLine, slip: { kind: 'other' } };
}

/** The field on the nearest data line above `line` that holds a key: the one `line` should align with. */
function siblingAbove(lines: readonly string[], line: number): { sibling?: { key: string; line: number; spaces: number } } {
  for (let above = line - 1; above >= 1; above--) {
    const text = lines[above - 1]!;
    if (!isDataLine(text)) continue;
    const match = KEY_LINE.exec(text);
    return match ? { sibling: { key: match[2]!, line: above, spaces: match[1]!.length } } : {};
  }
  return {};
}

function positionsOf(yamlText: string, firstLine: number): (path: readonly PropertyKey[]) => number {
  const { document, lineCounter } = documentOf(yamlText);
  return (path) => firstLine - 1 + lineCounter.linePos(offsetOf(document, path)).line;
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
