import type { BodyFormat } from './policy.ts';

/**
 * The scanner's lexer (./scanner.ts): recognises, in the raw text of a content body, the pieces of
 * Markdown, MDX and HTML that decide what is code and what could be markup. Each reader either
 * reads a piece the way every Markdown parser and browser must, or reports that it found none, so
 * the scanner can refuse what it cannot read for sure.
 */

/** A stretch of the body, from `start` (included) to `end` (excluded). */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** One line of the body; its range includes the line break. */
export interface Line extends Range {
  /** The line without its line break. */
  readonly text: string;
}

/** Splits a body into its lines (`\n` or `\r\n`), the last one possibly empty. */
export function splitLines(body: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= body.length) {
    const newline = body.indexOf('\n', start);
    const end = newline === -1 ? body.length : newline + 1;
    lines.push({ start, end, text: body.slice(start, newline === -1 ? body.length : newline).replace(/\r$/, '') });
    if (newline === -1) break;
    start = end;
  }
  return lines;
}

const isBlank = (line: Line): boolean => line.text.trim() === '';
/** Whether `offset` lies in one of the ranges. */
export const inside = (offset: number, ranges: readonly Range[]): boolean => ranges.some((r) => offset >= r.start && offset < r.end);
/** Whether the stretch from `start` to `end` shares a character with one of the ranges. */
export const overlaps = (start: number, end: number, ranges: readonly Range[]): boolean => ranges.some((r) => start < r.end && end > r.start);

/** A line that a Markdown parser might read as a code fence, in any container or indentation. */
const FENCE_CANDIDATE = /^[ \t]*(?:(?:>|[*+-]|\d{1,9}[.)])[ \t]*)*(`{3,}|~{3,})(.*)$/;
/** A fence line the scanner trusts: at most one space before it, so it cannot belong to a list item. */
const FENCE_TRUSTED = /^ ?(`{3,}|~{3,})(.*)$/;
/** A line that may start an HTML block, also inside a list or quote. */
const HTML_BLOCK_START = /^[ \t]*(?:(?:>|[*+-]|\d{1,9}[.)])[ \t]*)*<(.*)$/;

/** End marker of the HTML block kinds that may contain blank lines (CommonMark types 1–5). */
function htmlBlockTerminator(afterAngle: string): RegExp | undefined {
  const raw = /^(script|pre|style|textarea)(?=[\s>]|$)/i.exec(afterAngle);
  if (raw) return new RegExp(`</${raw[1]}>`, 'i');
  if (afterAngle.startsWith('!--')) return /-->/;
  if (afterAngle.startsWith('?')) return /\?>/;
  if (afterAngle.startsWith('![CDATA[')) return /]]>/;
  if (/^![A-Za-z]/.test(afterAngle)) return />/;
  return undefined;
}

/** The blocks of a body that decide what is code and what goes to the browser untouched. */
export interface Blocks {
  /** Fenced code blocks, read loosely (any fence-like line opens or closes one). */
  readonly fences: Range[];
  /** False when some fence line could be read differently by Markdown; then no fence is skipped. */
  readonly trusted: boolean;
  /**
   * In `.md`, HTML blocks: Markdown passes their content to the browser untouched (no code, no
   * escapes). Over-estimated: a block runs to the next blank line, and past the end marker of
   * `<pre>`, `<!--` and the like wherever one starts.
   */
  readonly htmlBlocks: Range[];
}

/** Reads fences and HTML blocks line by line as CommonMark does; `withFences: false` ignores fences. */
export function readBlocks(lines: readonly Line[], format: BodyFormat, withFences: boolean): Blocks {
  const fences: Range[] = [];
  const htmlBlocks: Range[] = [];
  let trusted = true;
  let fence: { marker: string; start: number } | undefined;
  let html: { start: number; pending: RegExp[] } | undefined;
  for (const line of lines) {
    const candidate = withFences ? FENCE_CANDIDATE.exec(line.text) : null;
    if (candidate && !FENCE_TRUSTED.test(line.text)) trusted = false;
    const marker = candidate?.[1] ?? '';
    const info = candidate?.[2] ?? '';
    if (fence) {
      if (candidate && marker[0] === fence.marker[0] && marker.length >= fence.marker.length && info.trim() === '') {
        fences.push({ start: fence.start, end: line.end });
        fence = undefined;
      }
      continue;
    }
    const htmlStart = format === 'md' ? HTML_BLOCK_START.exec(line.text) : null;
    if (html) {
      if (candidate) trusted = false;
      html.pending = html.pending.filter((terminator) => !terminator.test(line.text));
      const terminator = htmlStart ? htmlBlockTerminator(htmlStart[1] ?? '') : undefined;
      if (terminator && !terminator.test((htmlStart?.[1] ?? '').slice(1))) html.pending.push(terminator);
      if (html.pending.length === 0 && isBlank(line)) {
        htmlBlocks.push({ start: html.start, end: line.start });
        html = undefined;
      }
      continue;
    }
    if (candidate && !(marker[0] === '`' && info.includes('`'))) {
      fence = { marker, start: line.start };
    } else if (htmlStart) {
      const rest = htmlStart[1] ?? '';
      const terminator = htmlBlockTerminator(rest);
      html = { start: line.start, pending: terminator && !terminator.test(rest.slice(1)) ? [terminator] : [] };
    }
  }
  const end = lines.at(-1)?.end ?? 0;
  if (fence) fences.push({ start: fence.start, end });
  if (html) htmlBlocks.push({ start: html.start, end });
  return { fences, trusted, htmlBlocks };
}

/** Backtick code spans of one line, paired left to right as Markdown pairs them; `unpaired` when a run finds no partner. */
export function pairBackticks(line: Line): { spans: Range[]; unpaired: boolean } {
  const spans: Range[] = [];
  const { text } = line;
  let i = 0;
  while (i < text.length) {
    if (text[i] === '\\') {
      i += 2;
      continue;
    }
    if (text[i] !== '`') {
      i += 1;
      continue;
    }
    const length = runLength(text, i);
    const closing = closingRun(text, i + length, length);
    if (closing === -1) return { spans, unpaired: true };
    spans.push({ start: line.start + i, end: line.start + closing + length });
    i = closing + length;
  }
  return { spans, unpaired: false };
}

/** Offset of the next run of exactly `length` backticks from `from`, or -1. */
function closingRun(text: string, from: number, length: number): number {
  let j = from;
  while (j < text.length) {
    if (text[j] === '`') {
      const run = runLength(text, j);
      if (run === length) return j;
      j += run;
    } else j += 1;
  }
  return -1;
}

function runLength(text: string, at: number): number {
  let end = at;
  while (text[end] === '`') end += 1;
  return end - at;
}

/** GFM turns `https://…`, `www.…` and the like into links that swallow a following backtick or backslash. */
const URL_BEFORE_BACKTICK = /(?:https?:\/\/|www\.|mailto:|xmpp:)\S*$/i;

/** Whether the text of the line before `at` ends in a bare URL, which GFM extends over the character at `at`. */
export function followsBareUrl(text: string, at: number): boolean {
  return URL_BEFORE_BACKTICK.test(text.slice(lineStartOf(text, at), at));
}

/** Inline code spans: `skip`, safe to skip (backticks pair line by line and no table cell, bare URL or HTML block could claim one); `unsure`, the rest. */
export function findInlineCode(lines: readonly Line[], fences: readonly Range[], htmlBlocks: readonly Range[]): { skip: Range[]; unsure: Range[] } {
  const skip: Range[] = [];
  const unsure: Range[] = [];
  let paragraph: Line[] = [];
  for (const line of lines) {
    if (isBlank(line) || inside(line.start, fences)) {
      sortParagraphCode(paragraph, htmlBlocks, skip, unsure);
      paragraph = [];
    } else paragraph.push(line);
  }
  sortParagraphCode(paragraph, htmlBlocks, skip, unsure);
  return { skip, unsure };
}

/** Adds the code spans of one paragraph to `skip` when nothing else could claim a backtick, else to `unsure`. */
function sortParagraphCode(paragraph: readonly Line[], htmlBlocks: readonly Range[], skip: Range[], unsure: Range[]): void {
  const paired = paragraph.map((line) => pairBackticks(line));
  const spans = paired.flatMap((p) => p.spans);
  const clean =
    paired.every((p) => !p.unpaired) &&
    !overlaps(paragraph[0]?.start ?? 0, paragraph.at(-1)?.end ?? 0, htmlBlocks) &&
    !paragraph.some((line) => line.text.split('`').slice(0, -1).some((before) => URL_BEFORE_BACKTICK.test(before))) &&
    spans.every((span) => !bodyOf(paragraph, span).includes('|'));
  (clean ? skip : unsure).push(...spans);
}

function bodyOf(lines: readonly Line[], span: Range): string {
  const line = lines.find((l) => span.start >= l.start && span.end <= l.end);
  return line ? line.text.slice(span.start - line.start, span.end - line.start) : '';
}

/** One attribute of a tag as written; `offset` is where its name starts. */
export interface Attribute {
  readonly name: string;
  readonly offset: number;
  readonly kind: 'string' | 'unquoted' | 'boolean' | 'expression';
  readonly value: string;
}

/** An HTML tag or JSX element tag as written. */
export interface Tag {
  readonly name: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  readonly attributes: readonly Attribute[];
  /** Offset just after the closing `>`. */
  readonly end: number;
  /** False when the tag is not written the way CommonMark (or JSX) requires. */
  readonly wellFormed: boolean;
}

const WHITESPACE = /\s/;
const BLANK_LINE = /\n[ \t]*\r?\n/;
/** The ASCII punctuation a backslash escapes in Markdown. */
const ESCAPABLE = /[!-/:-@[-`{-~]/;

/** Whether a backslash before `char` escapes it in Markdown (ASCII punctuation). */
export const isEscapable = (char: string | undefined): boolean => ESCAPABLE.test(char ?? '');

/** Offset of the `}` that closes the `{` at `open`, or -1. */
export function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

const skipWhitespace = (text: string, from: number): number => {
  let j = from;
  while (j < text.length && WHITESPACE.test(text[j] ?? '')) j += 1;
  return j;
};

/** Where a tag being read stands: its attributes so far and whether it is still well-formed. */
interface TagReading {
  readonly text: string;
  readonly format: BodyFormat;
  readonly attributes: Attribute[];
  wellFormed: boolean;
}

/** A tag at `start`, ended where a browser ends it (first `>` outside quotes) and judged by CommonMark's or JSX's stricter grammar; undefined without an end. */
export function readTag(text: string, start: number, format: BodyFormat): Tag | undefined {
  const closing = text[start + 1] === '/';
  const nameStart = start + (closing ? 2 : 1);
  const name = /[^\s/>]+/y;
  name.lastIndex = nameStart;
  const nameMatch = name.exec(text);
  if (!nameMatch) return undefined;
  const tagName = nameMatch[0];
  const namePattern = format === 'mdx' ? /^[\p{L}$_][\p{L}\p{N}$_.:-]*$/u : /^[A-Za-z][A-Za-z0-9-]*$/;
  const reading: TagReading = { text, format, attributes: [], wellFormed: namePattern.test(tagName) };
  const { attributes } = reading;
  let j = nameStart + tagName.length;
  while (j < text.length) {
    const before = j;
    j = skipWhitespace(text, j);
    const char = text[j];
    if (char === undefined) return undefined;
    if (char === '>') {
      // Markdown ends a paragraph at a blank line, so what follows it is never part of this tag.
      if (BLANK_LINE.test(text.slice(start, j + 1))) return undefined;
      return { name: tagName, closing, selfClosing: false, attributes, end: j + 1, wellFormed: reading.wellFormed && !(closing && attributes.length > 0) };
    }
    if (char === '/' && text[j + 1] === '>') {
      if (BLANK_LINE.test(text.slice(start, j + 2))) return undefined;
      return { name: tagName, closing, selfClosing: true, attributes, end: j + 2, wellFormed: reading.wellFormed && !closing };
    }
    if (j === before) reading.wellFormed = false;
    const next = readAttribute(reading, j);
    if (next === undefined) return undefined;
    j = next;
  }
  return undefined;
}

/** Reads the attribute (or stray `/`) at `at` into `reading`; returns where reading continues, undefined when the tag has no end. */
function readAttribute(reading: TagReading, at: number): number | undefined {
  const { text, format, attributes } = reading;
  const char = text[at] ?? '';
  if (char === '/') {
    reading.wellFormed = false;
    return at + 1;
  }
  if (char === '{' && format === 'mdx') {
    const close = matchingBrace(text, at);
    if (close === -1) return undefined;
    attributes.push({ name: '{…}', offset: at, kind: 'expression', value: text.slice(at, close + 1) });
    return close + 1;
  }
  const attributeName = /[^\s/>][^\s/>=]*/y;
  attributeName.lastIndex = at;
  const name = attributeName.exec(text)?.[0] ?? char;
  if (!/^[A-Za-z_:][A-Za-z0-9_.:-]*$/.test(name)) reading.wellFormed = false;
  const afterName = at + name.length;
  let k = skipWhitespace(text, afterName);
  if (text[k] !== '=') {
    attributes.push({ name, offset: at, kind: 'boolean', value: '' });
    return afterName;
  }
  k = skipWhitespace(text, k + 1);
  return readAttributeValue(reading, name, at, k);
}

/** Reads the value at `at` of the attribute `name` (written at `offset`); returns where reading continues, undefined when it has no end. */
function readAttributeValue(reading: TagReading, name: string, offset: number, at: number): number | undefined {
  const { text, format, attributes } = reading;
  const quote = text[at];
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, at + 1);
    if (close === -1) return undefined;
    attributes.push({ name, offset, kind: 'string', value: text.slice(at + 1, close) });
    return close + 1;
  }
  if (quote === '{' && format === 'mdx') {
    const close = matchingBrace(text, at);
    if (close === -1) return undefined;
    attributes.push({ name, offset, kind: 'expression', value: text.slice(at, close + 1) });
    return close + 1;
  }
  const unquoted = /[^\s>]*/y;
  unquoted.lastIndex = at;
  const value = unquoted.exec(text)?.[0] ?? '';
  // Unquoted values are not JSX, and CommonMark keeps them to characters browsers agree on.
  if (format === 'mdx' || !/^[^\s"'=<>]+$/.test(value)) reading.wellFormed = false;
  attributes.push({ name, offset, kind: 'unquoted', value });
  return at + value.length;
}

/** The name of a tag as written after its `<` (for messages), even when the tag cannot be read. */
export function writtenTagName(text: string, at: number): string {
  return /[^\s/>]*/.exec(text.slice(at + 1))?.[0] ?? '';
}

/** Whether a tag name (or `/` and a name) follows the `<` at `at`, by the rules of the format. */
export function startsTag(text: string, at: number, format: BodyFormat): boolean {
  const startsName = format === 'mdx' ? /^<\/?[\p{L}$_]/u : /^<\/?[A-Za-z]/;
  return startsName.test(text.slice(at, at + 3));
}

/** Whether the `<` at `at` opens a declaration, CDATA section or processing instruction (`<!X`, `<![`, `<?`). */
export function startsSpecialMarkup(text: string, at: number): boolean {
  return /^<(?:![A-Za-z[]|\?)/.test(text.slice(at, at + 3));
}

/** CommonMark's inline link tail `(destination "title")`, read from the `(`; undefined when it is not one. */
export function readLinkTail(text: string, open: number): { destination: string; destinationOffset: number; end: number } | undefined {
  const destinationOffset = skipLinkSpace(text, open + 1);
  const read = readLinkDestination(text, destinationOffset);
  if (!read) return undefined;
  const { destination, end: afterDestination } = read;
  let j = skipLinkSpace(text, afterDestination);
  const quote = text[j];
  if (j > afterDestination && (quote === '"' || quote === "'" || quote === '(')) {
    const close = text.indexOf(quote === '(' ? ')' : quote, j + 1);
    if (close === -1 || BLANK_LINE.test(text.slice(j, close))) return undefined;
    j = skipLinkSpace(text, close + 1);
  }
  return text[j] === ')' ? { destination, destinationOffset, end: j + 1 } : undefined;
}

/** A link destination at `at`, `<…>` or bare with balanced parentheses; undefined when `<…>` is not closed on its line. */
function readLinkDestination(text: string, at: number): { destination: string; end: number } | undefined {
  if (text[at] === '<') {
    const close = /[<>\n]/g;
    close.lastIndex = at + 1;
    const found = close.exec(text);
    if (!found || found[0] !== '>') return undefined;
    return { destination: text.slice(at + 1, found.index), end: found.index + 1 };
  }
  let depth = 0;
  let j = at;
  while (j < text.length) {
    const char = text[j] ?? '';
    if (char === '\\' && isEscapable(text[j + 1])) j += 2;
    else if (/[\u0000-\u0020]/.test(char)) break;
    else if (char === '(') (depth += 1), (j += 1);
    else if (char === ')') {
      if (depth === 0) break;
      depth -= 1;
      j += 1;
    } else j += 1;
  }
  return { destination: text.slice(at, j), end: j };
}

/** Spaces, tabs and at most one line break, as allowed around link destinations. */
function skipLinkSpace(text: string, from: number): number {
  const match = /[ \t]*(?:\r?\n[ \t]*)?/y;
  match.lastIndex = from;
  return from + (match.exec(text)?.[0].length ?? 0);
}

const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\u0000-\u0020<>]*)>/y;
const EMAIL_AUTOLINK = /<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;
/** The destination of a link reference definition `[label]: destination`, read after the `]:`. */
const DEFINITION_DESTINATION = /[ \t]*(?:\r?\n[ \t]*)?(<[^<>\n]*>|\S+)/y;
const ESM = /(import|export)(?=[\s{*]|$)/y;
const EMPTY_COMMENT = /<!---?>/y;

function stickyMatch(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** An autolink `<scheme:…>` or `<name@host>` at `at`: its address and its length including the brackets. */
export function readAutolink(text: string, at: number): { url: string; length: number } | undefined {
  const autolink = stickyMatch(AUTOLINK, text, at) ?? stickyMatch(EMAIL_AUTOLINK, text, at);
  return autolink ? { url: autolink[1] ?? '', length: autolink[0].length } : undefined;
}

/** The destination of a link reference definition, read from `at` (just after `]:`), with its offset; `<…>` kept as written. */
export function readDefinitionDestination(text: string, at: number): { destination: string; offset: number } | undefined {
  const definition = stickyMatch(DEFINITION_DESTINATION, text, at);
  const destination = definition?.[1] ?? '';
  return destination ? { destination, offset: at + (definition?.[0].length ?? 0) - destination.length } : undefined;
}

/** The keyword of an MDX `import`/`export` statement starting at `at`. */
export function readEsmKeyword(text: string, at: number): string | undefined {
  return stickyMatch(ESM, text, at)?.[1];
}

/** The length of an empty comment `<!-->` or `<!--->` at `at`, complete for CommonMark and browsers alike. */
export function readEmptyComment(text: string, at: number): number | undefined {
  return stickyMatch(EMPTY_COMMENT, text, at)?.[0].length;
}

/** Whether the line from `at` to its end holds only spaces and tabs. */
export function restOfLineIsBlank(text: string, at: number): boolean {
  return /^[ \t]*\r?$/.test(text.slice(at, lineEnd(text, at)));
}

/** Offset where the line holding `at` starts. */
export function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** Offset of the line break that ends the line holding `from`, or the end of the text. */
export function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}
