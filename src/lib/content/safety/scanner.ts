import {
  findInlineCode,
  followsBareUrl,
  inside,
  isEscapable,
  lineEnd,
  lineStartOf,
  matchingBrace,
  overlaps,
  readAutolink,
  readBlocks,
  readDefinitionDestination,
  readEmptyComment,
  readEsmKeyword,
  readLinkTail,
  readTag,
  restOfLineIsBlank,
  splitLines,
  startsSpecialMarkup,
  startsTag,
  writtenTagName,
  type Attribute,
  type Range,
  type Tag,
} from './lexer.ts';
import { shorten, type BodyRuleId, type Finding } from './messages.ts';
import {
  ALLOWED_TAG_SET,
  COMPONENTS,
  ELEMENT_ATTRIBUTES,
  FORBIDDEN_TAGS,
  GLOBAL_ATTRIBUTES,
  RAW_TEXT_TAGS,
  own,
  urlRule,
  urlScheme,
  type BodyFormat,
} from './policy.ts';

/**
 * Keeps code out of content bodies. MDX compiles to JavaScript that runs in the build and in
 * readers' browsers, and Markdown passes raw HTML straight through, so content written by many
 * hands is limited to text, a small safe subset of HTML and the portal's own components.
 *
 * This is a small scanner over the pieces its lexer (./lexer.ts) recognises, not the real
 * Markdown/MDX parser: the check's second opinion beside the AST guard (./guard.ts), which judges
 * the tree the parser really builds. Where the two could read the same text differently (is this
 * backtick code or part of a tag?), the scanner either reads it the way every parser must, or
 * refuses it. So a difference can only ever cost the author a false alarm, never let markup
 * through. The rules for that, in short:
 *  - fenced code blocks are skipped only when they are unambiguous (``` or ~~~ at the start of a
 *    line, not indented, not inside a list, quote or HTML block); otherwise nothing is skipped;
 *  - inline code is skipped only in paragraphs where backticks pair up line by line and nothing
 *    else could claim a backtick (a table cell, a URL, an HTML block);
 *  - a tag, comment or link address that contains a backtick or runs into a code block is an
 *    error, because Markdown and the scanner could then pair the backticks differently;
 *  - tags must be well-formed, because browsers read sloppy tags more generously than Markdown.
 */

/** One scan of one body: what it reads and what it has found so far. */
interface ScanState {
  readonly body: string;
  readonly format: BodyFormat;
  readonly fences: readonly Range[];
  readonly htmlBlocks: readonly Range[];
  /** Keyed by offset and rule, so a rule is reported once per place. */
  readonly findings: Map<string, Finding>;
  /** The `[` still open in this paragraph, each true when it opens an image (`![`). */
  readonly brackets: boolean[];
}

function add(state: ScanState, offset: number, rule: BodyRuleId, values?: Finding['values']): void {
  state.findings.set(`${offset}:${rule}`, values ? { offset, rule, values } : { offset, rule });
}

/** Whether Markdown and the scanner could pair backticks differently in this stretch. */
function containsCode(state: ScanState, start: number, end: number): boolean {
  return state.body.slice(start, end).includes('`') || overlaps(start, end, state.fences);
}

function checkUrl(state: ScanState, offset: number, url: string, use: 'link' | 'image'): void {
  const rule = urlRule(url, use);
  if (rule) add(state, offset, rule, { url: shorten(url.trim()), scheme: urlScheme(url) ?? '' });
}

/** The scan proper: walks the body outside skipped code and records every finding. */
function scan(body: string, format: BodyFormat, skip: readonly Range[], fences: readonly Range[], htmlBlocks: readonly Range[]): Finding[] {
  const state: ScanState = { body, format, fences, htmlBlocks, findings: new Map(), brackets: [] };
  const skipStarts = new Map(skip.map((range) => [range.start, range.end]));
  let i = 0;
  let lineStart = true;
  while (i < body.length) {
    const skipTo = skipStarts.get(i);
    if (skipTo !== undefined) {
      lineStart = body[skipTo - 1] === '\n';
      i = skipTo;
      continue;
    }
    if (lineStart) {
      lineStart = false;
      const afterStatement = scanLineStart(state, i);
      if (afterStatement !== undefined) {
        i = afterStatement;
        continue;
      }
    }
    if (body[i] === '\n') lineStart = true;
    i = scanCharacter(state, i);
  }
  return [...state.findings.values()];
}

/** At the start of a line: reports an `import`/`export` statement and returns the end of its line; a blank line closes open brackets. */
function scanLineStart(state: ScanState, at: number): number | undefined {
  const keyword = readEsmKeyword(state.body, at);
  if (keyword !== undefined) {
    add(state, at, 'esm', { keyword });
    const end = state.body.indexOf('\n', at);
    return end === -1 ? state.body.length : end;
  }
  if (restOfLineIsBlank(state.body, at)) state.brackets.length = 0;
  return undefined;
}

/** Handles the character at `at`; returns where scanning continues. */
function scanCharacter(state: ScanState, at: number): number {
  const { body } = state;
  switch (body[at]) {
    case '\\': {
      // No escape inside a raw HTML block, nor right after a bare URL, which swallows the backslash
      // (GFM autolink literal).
      const escapes = isEscapable(body[at + 1]) && !inside(at, state.htmlBlocks) && !followsBareUrl(body, at);
      return at + (escapes ? 2 : 1);
    }
    case '{': {
      add(state, at, 'expression');
      const close = matchingBrace(body, at);
      return close === -1 ? lineEnd(body, at) : close + 1;
    }
    case '[':
      state.brackets.push(body[at - 1] === '!' && body[at - 2] !== '\\');
      return at + 1;
    case ']':
      scanClosingBracket(state, at);
      // The destination is scanned like any text: if Markdown does not make a link of it, what
      // looks like an address could be markup.
      return at + 1;
    case '<':
      return scanAngle(state, at);
    default:
      return at + 1;
  }
}

/** Checks the address after a `]`: an inline link or image `](…)`, or a link reference definition `]: …`. */
function scanClosingBracket(state: ScanState, at: number): void {
  const { body } = state;
  const isImage = state.brackets.pop() ?? false;
  if (body[at + 1] === '(') {
    const tail = readLinkTail(body, at + 1);
    if (tail) {
      checkUrl(state, tail.destinationOffset, tail.destination, isImage ? 'image' : 'link');
      if (containsCode(state, at + 1, tail.end)) add(state, at, 'markup-contains-code');
    }
  } else if (body[at + 1] === ':') {
    // Checked wherever it appears: a definition inside a quote or list still defines a link.
    const definition = readDefinitionDestination(body, at + 2);
    if (definition) {
      checkUrl(state, definition.offset, definition.destination.replace(/^<(.*)>$/, '$1'), 'link');
      if (definition.destination.includes('`')) add(state, at, 'markup-contains-code');
    }
  }
}

/** Handles whatever starts with `<`; returns where scanning continues. */
function scanAngle(state: ScanState, at: number): number {
  const { body } = state;
  if (body.startsWith('<!--', at)) return scanComment(state, at);
  if (body.startsWith('<!', at) || body.startsWith('<?', at)) {
    if (!startsSpecialMarkup(body, at)) return at + 1;
    add(state, at, 'html-special');
    const close = body.indexOf('>', at);
    return close === -1 ? at + 2 : close + 1;
  }
  const autolink = readAutolink(body, at);
  if (autolink) {
    scanAutolink(state, at, autolink.url);
    return at + autolink.length;
  }
  if (!startsTag(body, at, state.format)) return at + 1;
  return scanTag(state, at);
}

function scanAutolink(state: ScanState, at: number, url: string): void {
  if (state.format === 'mdx') add(state, at, 'autolink-in-mdx', { url: shorten(url) });
  if (url.includes('`')) add(state, at, 'markup-contains-code');
  if (!url.includes('@') || url.includes(':')) checkUrl(state, at, url, 'link');
}

/** Handles a tag at `at`; returns where scanning continues. */
function scanTag(state: ScanState, at: number): number {
  const { body } = state;
  const tag = readTag(body, at, state.format);
  // In a raw HTML block a tag left open at the block's end is not text for the browser: it
  // runs on into whatever the page puts next.
  const block = state.htmlBlocks.find((range) => at >= range.start && at < range.end);
  if (block && (!tag || tag.end > block.end)) {
    add(state, at, 'tag-malformed', { tag: writtenTagName(body, at) });
    return at + 1;
  }
  if (!tag) return at + 1;
  if (containsCode(state, at, tag.end)) add(state, at, 'markup-contains-code');
  if (!tag.closing) checkTag(state, at, tag);
  else if (!tag.wellFormed) add(state, at, 'tag-malformed', { tag: `/${tag.name}` });
  const lower = tag.name.toLowerCase();
  if (!tag.closing && !tag.selfClosing && FORBIDDEN_TAGS.has(lower) && RAW_TEXT_TAGS.has(lower)) {
    const close = body.toLowerCase().indexOf(`</${lower}`, tag.end);
    if (close !== -1) return close;
  }
  // A tag over several lines may be cut short by a line that starts a new block in Markdown;
  // its later lines are then scanned as text too (a false alarm at worst, never a miss).
  return Math.min(tag.end, lineEnd(body, at));
}

/** Handles a comment `<!--` at `at`; returns where scanning continues. */
function scanComment(state: ScanState, at: number): number {
  const { body } = state;
  if (state.format === 'mdx') {
    add(state, at, 'comment-in-mdx');
    const close = body.indexOf('-->', at + 4);
    return close === -1 ? at + 4 : close + 3;
  }
  const empty = readEmptyComment(body, at);
  if (empty !== undefined) return at + empty;
  const close = body.indexOf('-->', at + 4);
  // Unterminated: not a comment for Markdown, so its text is scanned like any other.
  if (close === -1) return at + 1;
  const content = body.slice(at + 4, close);
  if (content.includes('--!>') || content.includes('`') || overlaps(at, close, state.fences)) {
    add(state, at, 'comment-malformed');
    return close + 3;
  }
  // At the start of a line the comment is an HTML block that ends at `-->`, as in a browser.
  // Elsewhere it lives in a paragraph, which the next lines may end: scan those as text.
  const atLineStart = /^ {0,3}$/.test(body.slice(lineStartOf(body, at), at));
  return atLineStart || !content.includes('\n') ? close + 3 : at + 1;
}

function checkTag(state: ScanState, at: number, tag: Tag): void {
  const lower = tag.name.toLowerCase();
  if (FORBIDDEN_TAGS.has(lower)) {
    add(state, at, 'tag-forbidden', { tag: lower });
    return;
  }
  if (!tag.wellFormed) {
    add(state, at, 'tag-malformed', { tag: tag.name });
    return;
  }
  if (!/^[a-z]/.test(tag.name)) {
    if (state.format === 'mdx') checkComponent(state, at, tag);
    else if (own(COMPONENTS, tag.name)) add(state, at, 'component-in-md', { name: tag.name });
    else checkElement(state, at, tag);
    return;
  }
  checkElement(state, at, tag);
}

/** Reports what no tag may have (code, event handlers, style); true when the attribute passes. */
function checkCommonAttribute(state: ScanState, attribute: Attribute): boolean {
  if (attribute.kind === 'expression') add(state, attribute.offset, 'attribute-not-text', { attribute: attribute.name });
  else if (/^on/i.test(attribute.name)) add(state, attribute.offset, 'attribute-event-handler', { attribute: attribute.name });
  else if (attribute.name.toLowerCase() === 'style') add(state, attribute.offset, 'attribute-style');
  else return true;
  return false;
}

function checkElement(state: ScanState, at: number, tag: Tag): void {
  const lower = tag.name.toLowerCase();
  if (!ALLOWED_TAG_SET.has(lower)) {
    add(state, at, 'tag-not-allowed', { tag: tag.name });
    return;
  }
  const allowed = [...(ELEMENT_ATTRIBUTES[lower] ?? []), ...GLOBAL_ATTRIBUTES];
  for (const attribute of tag.attributes) {
    if (!checkCommonAttribute(state, attribute)) continue;
    const name = attribute.name.toLowerCase();
    if (!allowed.includes(name)) {
      add(state, attribute.offset, 'attribute-not-allowed', { attribute: attribute.name, tag: lower, allowed: allowed.join(', ') });
    } else if (lower === 'a' && name === 'href') {
      checkUrl(state, attribute.offset, attribute.value, 'link');
    } else if (lower === 'img' && name === 'src') {
      checkUrl(state, attribute.offset, attribute.value, 'image');
    }
  }
}

function checkComponent(state: ScanState, at: number, tag: Tag): void {
  const spec = own(COMPONENTS, tag.name);
  if (!spec) {
    add(state, at, 'component-unknown', { name: tag.name });
    return;
  }
  const allowed = Object.keys(spec);
  for (const attribute of tag.attributes) {
    if (!checkCommonAttribute(state, attribute)) continue;
    const rule = own(spec, attribute.name);
    if (!rule) {
      add(state, attribute.offset, 'component-attribute-unknown', { attribute: attribute.name, name: tag.name, allowed: allowed.join(', ') });
    } else if (attribute.kind !== 'string') {
      add(state, attribute.offset, 'attribute-not-text', { attribute: attribute.name });
    } else {
      const problem = rule.check?.(attribute.value);
      if (problem) add(state, attribute.offset, problem, { value: shorten(attribute.value), url: shorten(attribute.value), scheme: urlScheme(attribute.value) ?? '' });
    }
  }
  for (const [name, rule] of Object.entries(spec)) {
    if (rule.required && !tag.attributes.some((a) => a.name === name)) add(state, at, 'component-attribute-missing', { name: tag.name, attribute: name });
  }
}

/** A finding of the scanner, with its 1-based line in the body. */
export interface ScannedFinding {
  readonly line: number;
  readonly finding: Finding;
  /** True when the finding sits in text that looks like code but could not be skipped safely. */
  readonly unsure: boolean;
}

export function scanBody(body: string, format: BodyFormat): ScannedFinding[] {
  const lines = splitLines(body);
  const blocks = readBlocks(lines, format, true);
  // Without trusted fences, HTML blocks are read as if there were no code blocks at all: more of
  // the body counts as raw HTML, so less is skipped.
  const trustedFences = blocks.trusted ? blocks.fences : [];
  const htmlBlocks = blocks.trusted ? blocks.htmlBlocks : readBlocks(lines, format, false).htmlBlocks;
  const inlineCode = findInlineCode(lines, trustedFences, htmlBlocks);
  const findings = scan(body, format, [...trustedFences, ...inlineCode.skip], trustedFences, htmlBlocks);
  const unsure = [...(blocks.trusted ? [] : blocks.fences), ...inlineCode.unsure];
  const lineStarts = lines.map((line) => line.start);
  return findings
    .sort((a, b) => a.offset - b.offset)
    .map((finding) => ({ line: 1 + lineIndexOf(lineStarts, finding.offset), finding, unsure: inside(finding.offset, unsure) }));
}

/** 0-based index of the line holding `offset`. */
function lineIndexOf(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((lineStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
