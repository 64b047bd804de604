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
 * This is a small scanner, not the real Markdown/MDX parser: the check's second opinion beside the
 * AST guard (./guard.ts), which judges the tree the parser really builds. Where the two could read the same
 * text differently (is this backtick code or part of a tag?), the scanner either reads it the
 * way every parser must, or refuses it. So a difference can only ever cost the author a false
 * alarm, never let markup through. The rules for that, in short:
 *  - fenced code blocks are skipped only when they are unambiguous (``` or ~~~ at the start of a
 *    line, not indented, not inside a list, quote or HTML block); otherwise nothing is skipped;
 *  - inline code is skipped only in paragraphs where backticks pair up line by line and nothing
 *    else could claim a backtick (a table cell, a URL, an HTML block);
 *  - a tag, comment or link address that contains a backtick or runs into a code block is an
 *    error, because Markdown and the scanner could then pair the backticks differently;
 *  - tags must be well-formed, because browsers read sloppy tags more generously than Markdown.
 */

interface Range {
  readonly start: number;
  readonly end: number;
}

interface Line extends Range {
  /** The line without its line break. */
  readonly text: string;
}

function splitLines(body: string): Line[] {
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
const inside = (offset: number, ranges: readonly Range[]): boolean => ranges.some((r) => offset >= r.start && offset < r.end);
const overlaps = (start: number, end: number, ranges: readonly Range[]): boolean => ranges.some((r) => start < r.end && end > r.start);

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

interface Blocks {
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
function readBlocks(lines: readonly Line[], format: BodyFormat, withFences: boolean): Blocks {
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

/** Backtick code spans of one line, paired left to right as Markdown pairs them. */
function pairBackticks(line: Line): { spans: Range[]; unpaired: boolean } {
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
    let j = i + length;
    let closing = -1;
    while (j < text.length) {
      if (text[j] === '`') {
        const run = runLength(text, j);
        if (run === length) {
          closing = j;
          break;
        }
        j += run;
      } else j += 1;
    }
    if (closing === -1) return { spans, unpaired: true };
    spans.push({ start: line.start + i, end: line.start + closing + length });
    i = closing + length;
  }
  return { spans, unpaired: false };
}

function runLength(text: string, at: number): number {
  let end = at;
  while (text[end] === '`') end += 1;
  return end - at;
}

/** GFM turns `https://…`, `www.…` and the like into links that swallow a following backtick or backslash. */
const URL_BEFORE_BACKTICK = /(?:https?:\/\/|www\.|mailto:|xmpp:)\S*$/i;

/**
 * Inline code that is safe to skip: in paragraphs where every backtick pairs on its own line and
 * nothing else (a table cell, a bare URL, an HTML block) could claim one. Returns the skipped
 * spans and, for the hint, the spans that look like code but were not skipped.
 */
function findInlineCode(lines: readonly Line[], fences: readonly Range[], htmlBlocks: readonly Range[]): { skip: Range[]; unsure: Range[] } {
  const skip: Range[] = [];
  const unsure: Range[] = [];
  let paragraph: Line[] = [];
  const flush = (): void => {
    const paired = paragraph.map((line) => pairBackticks(line));
    const spans = paired.flatMap((p) => p.spans);
    const clean =
      paired.every((p) => !p.unpaired) &&
      !overlaps(paragraph[0]?.start ?? 0, paragraph.at(-1)?.end ?? 0, htmlBlocks) &&
      !paragraph.some((line) => line.text.split('`').slice(0, -1).some((before) => URL_BEFORE_BACKTICK.test(before))) &&
      spans.every((span) => !bodyOf(paragraph, span).includes('|'));
    (clean ? skip : unsure).push(...spans);
    paragraph = [];
  };
  for (const line of lines) {
    if (isBlank(line) || inside(line.start, fences)) flush();
    else paragraph.push(line);
  }
  flush();
  return { skip, unsure };
}

function bodyOf(lines: readonly Line[], span: Range): string {
  const line = lines.find((l) => span.start >= l.start && span.end <= l.end);
  return line ? line.text.slice(span.start - line.start, span.end - line.start) : '';
}

interface Attribute {
  readonly name: string;
  readonly offset: number;
  readonly kind: 'string' | 'unquoted' | 'boolean' | 'expression';
  readonly value: string;
}

interface Tag {
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

/** Offset of the `}` that closes the `{` at `open`, or -1. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Reads a tag the way a browser finds its end (the first `>` outside a quoted value), then
 * checks it against the stricter grammar of CommonMark and JSX. Undefined when there is no end.
 */
function readTag(text: string, start: number, format: BodyFormat): Tag | undefined {
  const closing = text[start + 1] === '/';
  const nameStart = start + (closing ? 2 : 1);
  const name = /[^\s/>]+/y;
  name.lastIndex = nameStart;
  const nameMatch = name.exec(text);
  if (!nameMatch) return undefined;
  const tagName = nameMatch[0];
  const namePattern = format === 'mdx' ? /^[\p{L}$_][\p{L}\p{N}$_.:-]*$/u : /^[A-Za-z][A-Za-z0-9-]*$/;
  let wellFormed = namePattern.test(tagName);
  const attributes: Attribute[] = [];
  let j = nameStart + tagName.length;
  while (j < text.length) {
    const before = j;
    while (j < text.length && WHITESPACE.test(text[j] ?? '')) j += 1;
    const spaced = j > before;
    const char = text[j];
    if (char === undefined) return undefined;
    if (char === '>') {
      const raw = text.slice(start, j + 1);
      // Markdown ends a paragraph at a blank line, so what follows it is never part of this tag.
      if (BLANK_LINE.test(raw)) return undefined;
      return { name: tagName, closing, selfClosing: false, attributes, end: j + 1, wellFormed: wellFormed && !(closing && attributes.length > 0) };
    }
    if (char === '/' && text[j + 1] === '>') {
      const raw = text.slice(start, j + 2);
      if (BLANK_LINE.test(raw)) return undefined;
      if (closing) wellFormed = false;
      return { name: tagName, closing, selfClosing: true, attributes, end: j + 2, wellFormed };
    }
    if (!spaced) wellFormed = false;
    if (char === '/') {
      wellFormed = false;
      j += 1;
      continue;
    }
    if (char === '{' && format === 'mdx') {
      const close = matchingBrace(text, j);
      if (close === -1) return undefined;
      attributes.push({ name: '{…}', offset: j, kind: 'expression', value: text.slice(j, close + 1) });
      j = close + 1;
      continue;
    }
    const attributeName = /[^\s/>][^\s/>=]*/y;
    attributeName.lastIndex = j;
    const attribute = attributeName.exec(text)?.[0] ?? char;
    if (!/^[A-Za-z_:][A-Za-z0-9_.:-]*$/.test(attribute)) wellFormed = false;
    const offset = j;
    j += attribute.length;
    let k = j;
    while (k < text.length && WHITESPACE.test(text[k] ?? '')) k += 1;
    if (text[k] !== '=') {
      attributes.push({ name: attribute, offset, kind: 'boolean', value: '' });
      continue;
    }
    k += 1;
    while (k < text.length && WHITESPACE.test(text[k] ?? '')) k += 1;
    const quote = text[k];
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, k + 1);
      if (close === -1) return undefined;
      attributes.push({ name: attribute, offset, kind: 'string', value: text.slice(k + 1, close) });
      j = close + 1;
    } else if (quote === '{' && format === 'mdx') {
      const close = matchingBrace(text, k);
      if (close === -1) return undefined;
      attributes.push({ name: attribute, offset, kind: 'expression', value: text.slice(k, close + 1) });
      j = close + 1;
    } else {
      const unquoted = /[^\s>]*/y;
      unquoted.lastIndex = k;
      const value = unquoted.exec(text)?.[0] ?? '';
      // Unquoted values are not JSX, and CommonMark keeps them to characters browsers agree on.
      if (format === 'mdx' || !/^[^\s"'=<>]+$/.test(value)) wellFormed = false;
      attributes.push({ name: attribute, offset, kind: 'unquoted', value });
      j = k + value.length;
    }
  }
  return undefined;
}

/** CommonMark's inline link tail `(destination "title")`, read from the `(`; undefined when it is not one. */
function readLinkTail(text: string, open: number): { destination: string; destinationOffset: number; end: number } | undefined {
  let j = open + 1;
  j = skipLinkSpace(text, j);
  let destination = '';
  const destinationOffset = j;
  if (text[j] === '<') {
    const close = /[<>\n]/g;
    close.lastIndex = j + 1;
    const found = close.exec(text);
    if (!found || found[0] !== '>') return undefined;
    destination = text.slice(j + 1, found.index);
    j = found.index + 1;
  } else {
    let depth = 0;
    const from = j;
    while (j < text.length) {
      const char = text[j] ?? '';
      if (char === '\\' && /[!-/:-@[-`{-~]/.test(text[j + 1] ?? '')) j += 2;
      else if (/[\u0000-\u0020]/.test(char)) break;
      else if (char === '(') (depth += 1), (j += 1);
      else if (char === ')') {
        if (depth === 0) break;
        depth -= 1;
        j += 1;
      } else j += 1;
    }
    destination = text.slice(from, j);
  }
  const afterDestination = j;
  j = skipLinkSpace(text, j);
  const quote = text[j];
  if (j > afterDestination && (quote === '"' || quote === "'" || quote === '(')) {
    const close = text.indexOf(quote === '(' ? ')' : quote, j + 1);
    if (close === -1 || BLANK_LINE.test(text.slice(j, close))) return undefined;
    j = skipLinkSpace(text, close + 1);
  }
  return text[j] === ')' ? { destination, destinationOffset, end: j + 1 } : undefined;
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

function stickyMatch(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** The scan proper: walks the body outside skipped code and records every finding. */
function scan(body: string, format: BodyFormat, skip: readonly Range[], fences: readonly Range[], htmlBlocks: readonly Range[]): Finding[] {
  const findings = new Map<string, Finding>();
  const add = (offset: number, rule: BodyRuleId, values?: Finding['values']): void => {
    findings.set(`${offset}:${rule}`, values ? { offset, rule, values } : { offset, rule });
  };
  const containsCode = (start: number, end: number): boolean => body.slice(start, end).includes('`') || overlaps(start, end, fences);
  const checkUrl = (offset: number, url: string, use: 'link' | 'image'): void => {
    const rule = urlRule(url, use);
    if (rule) add(offset, rule, { url: shorten(url.trim()), scheme: urlScheme(url) ?? '' });
  };
  const skipStarts = new Map(skip.map((range) => [range.start, range.end]));
  const brackets: boolean[] = [];

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
      const esm = stickyMatch(ESM, body, i);
      if (esm) {
        add(i, 'esm', { keyword: esm[1] ?? '' });
        const end = body.indexOf('\n', i);
        i = end === -1 ? body.length : end;
        continue;
      }
      if (/^[ \t]*\r?$/.test(body.slice(i, lineEnd(body, i)))) brackets.length = 0;
    }
    const char = body[i];
    if (char === '\n') {
      lineStart = true;
      i += 1;
    } else if (char === '\\') {
      // No escape inside a raw HTML block, nor right after a bare URL, which swallows the backslash
      // (GFM autolink literal).
      const escapes =
        /[!-/:-@[-`{-~]/.test(body[i + 1] ?? '') && !inside(i, htmlBlocks) && !URL_BEFORE_BACKTICK.test(body.slice(lineStartOf(body, i), i));
      i += escapes ? 2 : 1;
    } else if (char === '{') {
      add(i, 'expression');
      const close = matchingBrace(body, i);
      i = close === -1 ? lineEnd(body, i) : close + 1;
    } else if (char === '[') {
      brackets.push(body[i - 1] === '!' && body[i - 2] !== '\\');
      i += 1;
    } else if (char === ']') {
      const isImage = brackets.pop() ?? false;
      if (body[i + 1] === '(') {
        const tail = readLinkTail(body, i + 1);
        if (tail) {
          checkUrl(tail.destinationOffset, tail.destination, isImage ? 'image' : 'link');
          if (containsCode(i + 1, tail.end)) add(i, 'markup-contains-code');
        }
      } else if (body[i + 1] === ':') {
        // Checked wherever it appears: a definition inside a quote or list still defines a link.
        const definition = stickyMatch(DEFINITION_DESTINATION, body, i + 2);
        const destination = definition?.[1] ?? '';
        if (destination) {
          const destinationOffset = i + 2 + (definition?.[0].length ?? 0) - destination.length;
          checkUrl(destinationOffset, destination.replace(/^<(.*)>$/, '$1'), 'link');
          if (destination.includes('`')) add(i, 'markup-contains-code');
        }
      }
      // The destination is scanned like any text: if Markdown does not make a link of it, what
      // looks like an address could be markup.
      i += 1;
    } else if (char === '<') {
      i = scanAngle(i);
    } else {
      i += 1;
    }
  }
  return [...findings.values()];

  /** Handles whatever starts with `<`; returns where scanning continues. */
  function scanAngle(at: number): number {
    if (body.startsWith('<!--', at)) return scanComment(at);
    if (body.startsWith('<!', at) || body.startsWith('<?', at)) {
      if (!/^<(?:![A-Za-z[]|\?)/.test(body.slice(at, at + 3))) return at + 1;
      add(at, 'html-special');
      const close = body.indexOf('>', at);
      return close === -1 ? at + 2 : close + 1;
    }
    const autolink = stickyMatch(AUTOLINK, body, at) ?? stickyMatch(EMAIL_AUTOLINK, body, at);
    if (autolink) {
      const url = autolink[1] ?? '';
      if (format === 'mdx') add(at, 'autolink-in-mdx', { url: shorten(url) });
      if (url.includes('`')) add(at, 'markup-contains-code');
      if (!url.includes('@') || url.includes(':')) checkUrl(at, url, 'link');
      return at + autolink[0].length;
    }
    const startsName = format === 'mdx' ? /^<\/?[\p{L}$_]/u : /^<\/?[A-Za-z]/;
    if (!startsName.test(body.slice(at, at + 3))) return at + 1;
    const tag = readTag(body, at, format);
    // In a raw HTML block a tag left open at the block's end is not text for the browser: it
    // runs on into whatever the page puts next.
    const block = htmlBlocks.find((range) => at >= range.start && at < range.end);
    if (block && (!tag || tag.end > block.end)) {
      add(at, 'tag-malformed', { tag: /[^\s/>]*/.exec(body.slice(at + 1))?.[0] ?? '' });
      return at + 1;
    }
    if (!tag) return at + 1;
    if (containsCode(at, tag.end)) add(at, 'markup-contains-code');
    if (!tag.closing) checkTag(at, tag);
    else if (!tag.wellFormed) add(at, 'tag-malformed', { tag: `/${tag.name}` });
    const lower = tag.name.toLowerCase();
    if (!tag.closing && !tag.selfClosing && FORBIDDEN_TAGS.has(lower) && RAW_TEXT_TAGS.has(lower)) {
      const close = body.toLowerCase().indexOf(`</${lower}`, tag.end);
      if (close !== -1) return close;
    }
    // A tag over several lines may be cut short by a line that starts a new block in Markdown;
    // its later lines are then scanned as text too (a false alarm at worst, never a miss).
    return Math.min(tag.end, lineEnd(body, at));
  }

  function scanComment(at: number): number {
    if (format === 'mdx') {
      add(at, 'comment-in-mdx');
      const close = body.indexOf('-->', at + 4);
      return close === -1 ? at + 4 : close + 3;
    }
    // `<!-->` and `<!--->` are complete (empty) comments for CommonMark and for browsers alike.
    const short = /<!---?>/y;
    short.lastIndex = at;
    const empty = short.exec(body);
    if (empty) return at + empty[0].length;
    const close = body.indexOf('-->', at + 4);
    // Unterminated: not a comment for Markdown, so its text is scanned like any other.
    if (close === -1) return at + 1;
    const content = body.slice(at + 4, close);
    if (content.includes('--!>') || content.includes('`') || overlaps(at, close, fences)) {
      add(at, 'comment-malformed');
      return close + 3;
    }
    // At the start of a line the comment is an HTML block that ends at `-->`, as in a browser.
    // Elsewhere it lives in a paragraph, which the next lines may end: scan those as text.
    const atLineStart = /^ {0,3}$/.test(body.slice(lineStartOf(body, at), at));
    return atLineStart || !content.includes('\n') ? close + 3 : at + 1;
  }

  function checkTag(at: number, tag: Tag): void {
    const lower = tag.name.toLowerCase();
    if (FORBIDDEN_TAGS.has(lower)) {
      add(at, 'tag-forbidden', { tag: lower });
      return;
    }
    if (!tag.wellFormed) {
      add(at, 'tag-malformed', { tag: tag.name });
      return;
    }
    if (!/^[a-z]/.test(tag.name)) {
      if (format === 'mdx') checkComponent(at, tag);
      else if (own(COMPONENTS, tag.name)) add(at, 'component-in-md', { name: tag.name });
      else checkElement(at, tag);
      return;
    }
    checkElement(at, tag);
  }

  function checkCommonAttribute(attribute: Attribute): boolean {
    if (attribute.kind === 'expression') add(attribute.offset, 'attribute-not-text', { attribute: attribute.name });
    else if (/^on/i.test(attribute.name)) add(attribute.offset, 'attribute-event-handler', { attribute: attribute.name });
    else if (attribute.name.toLowerCase() === 'style') add(attribute.offset, 'attribute-style');
    else return true;
    return false;
  }

  function checkElement(at: number, tag: Tag): void {
    const lower = tag.name.toLowerCase();
    if (!ALLOWED_TAG_SET.has(lower)) {
      add(at, 'tag-not-allowed', { tag: tag.name });
      return;
    }
    const allowed = [...(ELEMENT_ATTRIBUTES[lower] ?? []), ...GLOBAL_ATTRIBUTES];
    for (const attribute of tag.attributes) {
      if (!checkCommonAttribute(attribute)) continue;
      const name = attribute.name.toLowerCase();
      if (!allowed.includes(name)) {
        add(attribute.offset, 'attribute-not-allowed', { attribute: attribute.name, tag: lower, allowed: allowed.join(', ') });
      } else if (lower === 'a' && name === 'href') {
        checkUrl(attribute.offset, attribute.value, 'link');
      } else if (lower === 'img' && name === 'src') {
        checkUrl(attribute.offset, attribute.value, 'image');
      }
    }
  }

  function checkComponent(at: number, tag: Tag): void {
    const spec = own(COMPONENTS, tag.name);
    if (!spec) {
      add(at, 'component-unknown', { name: tag.name });
      return;
    }
    const allowed = Object.keys(spec);
    for (const attribute of tag.attributes) {
      if (!checkCommonAttribute(attribute)) continue;
      const rule = own(spec, attribute.name);
      if (!rule) {
        add(attribute.offset, 'component-attribute-unknown', { attribute: attribute.name, name: tag.name, allowed: allowed.join(', ') });
      } else if (attribute.kind !== 'string') {
        add(attribute.offset, 'attribute-not-text', { attribute: attribute.name });
      } else {
        const problem = rule.check?.(attribute.value);
        if (problem) add(attribute.offset, problem, { value: shorten(attribute.value), url: shorten(attribute.value), scheme: urlScheme(attribute.value) ?? '' });
      }
    }
    for (const [name, rule] of Object.entries(spec)) {
      if (rule.required && !tag.attributes.some((a) => a.name === name)) add(at, 'component-attribute-missing', { name: tag.name, attribute: name });
    }
  }
}

function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
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
