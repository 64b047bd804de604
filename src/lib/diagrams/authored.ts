import type { Element, ElementContent, Properties } from 'hast';
import { htmlToHast } from 'satteri';
import diagramText from '../../i18n/id/diagram.ts';
import type { RuleId } from '../content/messages.ts';

/**
 * Mermaid blocks authors write in a body (```mermaid): the rules they must follow and the figure
 * they become. The check applies the rules to every block with file and line
 * (src/lib/content/diagram-blocks.ts); the Markdown processor applies them again while it compiles
 * the body and draws each block into a figure (src/lib/render/mermaid-plugin.ts), so a block that
 * slipped past a skipped check still cannot reach a page.
 *
 * What is refused, and why (Mermaid 12.3 renders with securityLevel 'strict' and SVG labels, see
 * config.ts; these rules keep authors from needing, or trying, anything else):
 * - `%%{…}%%` directives and a leading `---` block: both change Mermaid's configuration (HTML
 *   labels, stylesheets, sanitiser settings). config.ts also locks every setting against them.
 * - `click`, `link(s)`, `callback`, C4 `$link`: links and script callbacks inside a picture,
 *   which Mermaid writes as <a> without rel and which no reader expects there.
 * - `img:` shapes: pictures loaded from elsewhere into the diagram.
 * - HTML tags, also spelled with entities (`&lt;b&gt;`, Mermaid's `#60;b#62;`): Mermaid would
 *   hand them to an HTML parser wherever labels are HTML. `<br>` stays allowed: Mermaid itself
 *   reads it as a line break in every kind of label, never as markup.
 * - Style values other than colours and sizes: `url()`, `expression()` or a brace could load a
 *   resource or reach beyond the diagram's own stylesheet.
 */

/** The rules an authored diagram can break; each is worded in src/lib/content/messages.ts. */
export type DiagramRule = Extract<
  RuleId,
  'diagram-directive' | 'diagram-frontmatter' | 'diagram-link' | 'diagram-image' | 'diagram-html' | 'diagram-style-value'
>;

export interface DiagramFinding {
  readonly rule: DiagramRule;
  /** 1-based line within the code block's text. */
  readonly line: number;
  readonly values: Readonly<Record<string, string>>;
}

/** Mermaid's own directive pattern begins `%%{`; spaces and line breaks before the brace count too. */
const DIRECTIVE = /%%\s*\{/g;
/** Mermaid reads a `---` line at the very top as the start of a YAML configuration block. */
const FRONTMATTER_FENCE = /^\s*-{3,}\s*$/;
/**
 * A statement that makes a link or a callback. `link` and `callback` are also ordinary node names
 * in a flowchart (`link --> B`), so only the keyword followed by a name or a quoted text counts.
 */
const LINK_STATEMENT = /(?:^|;)\s*(click|callback|links?)\s+(?=[\p{L}\p{N}_"'$])/iu;
const C4_LINK = /(\$link)\s*=/i;
const IMAGE_SHAPE = /(?:^|[{,])\s*img\s*:/i;
/** `<`/`>` written as HTML references or as Mermaid's `#…;` entities, which it turns into them. */
const ANGLE_ENTITY = /&(?:lt|gt);?|&#0*(?:60|62);?|&#x0*(?:3c|3e);?|#(?:lt|gt|0*60|0*62);/gi;
/** What an HTML parser reads as a tag, comment or processing instruction. */
const HTML_TAG = /<(?:\/?[a-z][^\s/<>]*(?:[\s/][^<>]*)?|[!?][^<>]*)>/gi;
/** Mermaid's own line-break pattern (`lineBreakRegex` in its common.ts). */
const LINE_BREAK = /^<\/?br\s*\/?>$/i;
/** A class or state annotation such as `<<interface>>`, Mermaid syntax rather than a tag. */
const ANNOTATION = /^<[\w-]+>$/;
const STYLE_STATEMENT = /(?:^|;)\s*(?:style|classDef|linkStyle)\s+(.*)$/i;
const CSS_FUNCTION = /([\w-]*)\s*\(/g;
const COLOUR_FUNCTIONS = new Set(['rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch']);
/** A CSS escape can spell `url(` unseen; braces, `@` and comments reach beyond one declaration. */
const CSS_BEYOND_DECLARATION = /\\|[{}@<>]|\/\*|\*\//;

/** Everything in a ```mermaid block's text that the portal refuses, by line. */
export function findForbiddenConstructs(code: string): DiagramFinding[] {
  const findings: DiagramFinding[] = [];
  const lines = code.split('\n');
  for (const match of code.matchAll(DIRECTIVE)) {
    findings.push({ rule: 'diagram-directive', line: code.slice(0, match.index).split('\n').length, values: {} });
  }
  const firstLine = lines.findIndex((line) => line.trim() !== '');
  if (firstLine !== -1 && FRONTMATTER_FENCE.test(lines[firstLine]!)) findings.push({ rule: 'diagram-frontmatter', line: firstLine + 1, values: {} });
  lines.forEach((text, index) => {
    const line = index + 1;
    const link = LINK_STATEMENT.exec(text) ?? C4_LINK.exec(text);
    if (link) findings.push({ rule: 'diagram-link', line, values: { keyword: link[1]! } });
    if (IMAGE_SHAPE.test(text)) findings.push({ rule: 'diagram-image', line, values: {} });
    const tag = htmlTagIn(text);
    if (tag) findings.push({ rule: 'diagram-html', line, values: { tag } });
    const style = STYLE_STATEMENT.exec(text);
    const found = style ? beyondColoursAndSizes(style[1]!) : undefined;
    if (found) findings.push({ rule: 'diagram-style-value', line, values: { found } });
  });
  return findings.sort((a, b) => a.line - b.line);
}

function htmlTagIn(text: string): string | undefined {
  const decoded = text.replace(ANGLE_ENTITY, (entity) => (/lt|60|3c/i.test(entity) ? '<' : '>'));
  for (const match of decoded.matchAll(HTML_TAG)) {
    const tag = match[0];
    if (LINE_BREAK.test(tag)) continue;
    const end = match.index + tag.length;
    if (ANNOTATION.test(tag) && decoded[match.index - 1] === '<' && decoded[end] === '>') continue;
    return tag;
  }
  return undefined;
}

function beyondColoursAndSizes(declarations: string): string | undefined {
  for (const match of declarations.matchAll(CSS_FUNCTION)) {
    if (!COLOUR_FUNCTIONS.has(match[1]!.toLowerCase())) return `${match[1]}(`;
  }
  return CSS_BEYOND_DECLARATION.exec(declarations)?.[0];
}

/** A block's text as Mermaid gets it: trimmed, with the line of the block where it starts (1-based). */
export function diagramSource(code: string): { text: string; firstLine: number } {
  const leading = /^\s*/.exec(code)![0];
  return { text: code.trim(), firstLine: leading.split('\n').length };
}

/** Ids follow the blocks' order in the body; the page has no other diagram with this prefix. */
export function authoredDiagramId(index: number): string {
  return `diagram-penulis-${index + 1}`;
}

/** The caption: the diagram's own `accTitle:` or `title` line when the author gave one. */
export function captionOf(source: string, index: number): string {
  const titled = /^\s*(?:accTitle\s*:|title\s)\s*(.+)$/m.exec(source)?.[1]?.trim();
  return titled ?? `Diagram ${index + 1}`;
}

/**
 * What Mermaid said when it refused `source`, as one line for an author, and the line of `source`
 * it names, if any. The renderer's error (src/lib/diagrams/render.ts) frames Mermaid's message and
 * appends the numbered source; the framing, jison's context excerpt and its caret line are dropped,
 * and so is Mermaid's own line number, which counts lines differently (see `sourceLineOf`).
 */
export function mermaidComplaint(error: unknown, source: string): { detail: string; line: number | undefined } {
  const message = error instanceof Error ? error.message : String(error);
  const said = message.split('Mermaid rejected its source: ')[1];
  if (said === undefined) return { detail: message.split('\n')[0]!, line: undefined };
  const text = said
    .split('\n')
    .filter((line) => !/^\s*\d+ \| /.test(line) && !line.startsWith('...') && !/^-*\^$/.test(line))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  const named = /\bon line (\d+)/i.exec(text)?.[1];
  return { detail: text.replace(/ on line \d+/gi, ''), line: named === undefined ? undefined : sourceLineOf(source, Number(named)) };
}

/** Mermaid 12's whole-line comments (`cleanupComments` in its src/diagram-api/comments.ts). */
const MERMAID_COMMENT_LINE = /^\s*%%(?!{)[^\n]+\n?/gm;

/**
 * The line of `source` that Mermaid's line number points at. Mermaid parses the text without its
 * comment lines and leading blank space, with a line break added at the end, and counts lines in
 * that; a complaint about the end of the text names the line after the last.
 */
function sourceLineOf(source: string, mermaidLine: number): number {
  // Where each character Mermaid parses comes from in `source`.
  const origins: number[] = [];
  let offset = 0;
  for (const comment of source.matchAll(MERMAID_COMMENT_LINE)) {
    for (; offset < comment.index; offset++) origins.push(offset);
    offset = comment.index + comment[0].length;
  }
  for (; offset < source.length; offset++) origins.push(offset);
  const parsed = origins.map((origin) => source[origin]).join('');
  const lastLine = source.split('\n').length;
  let at = parsed.length - parsed.trimStart().length;
  for (let line = 1; line < mermaidLine; line++) {
    const lineBreak = parsed.indexOf('\n', at);
    if (lineBreak === -1) return lastLine;
    at = lineBreak + 1;
  }
  return at < parsed.length ? source.slice(0, origins[at]).split('\n').length : lastLine;
}

const SOURCE_LABEL = 'Teks diagram';

function element(tagName: string, properties: Properties, children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}

/**
 * The same figure Diagram.astro writes, as hast, with the Mermaid text as the text equivalent:
 * folded away under the picture, or shown openly when the build drew none (`svg` undefined).
 * Labels are Indonesian: bodies are Indonesian text and sit in a `lang="id"` block on both the
 * Indonesian and the English page.
 */
export function authoredFigure(options: { caption: string; source: string; svg: Element | undefined }): Element {
  const children: ElementContent[] = [element('figcaption', {}, [{ type: 'text', value: options.caption }])];
  if (options.svg) {
    children.push(
      element('div', { className: ['diagram__canvas'], role: 'region', ariaLabel: options.caption, tabIndex: 0, dataPagefindIgnore: '' }, [options.svg]),
      element('p', { className: ['diagram__hint'] }, [{ type: 'text', value: diagramText.scrollHint }]),
    );
  }
  children.push(
    element('details', { className: ['diagram__source'], open: !options.svg }, [
      element('summary', {}, [{ type: 'text', value: SOURCE_LABEL }]),
      element('pre', {}, [{ type: 'text', value: options.source }]),
    ]),
  );
  return element('figure', { className: ['diagram'] }, children);
}

/**
 * The renderer's finished SVG as a hast element. Sätteri 0.10 reads the root's `xmlns` into a
 * property it then writes as `:xmlns`; the attribute means nothing in an HTML page (the parser
 * puts an inline <svg> in the SVG namespace by itself), so it is left out.
 */
export function svgElement(svg: string): Element {
  const root = htmlToHast(svg, { fragment: true, space: 'svg' });
  for (const child of 'children' in root ? root.children : []) {
    if (child.type !== 'element' || child.tagName !== 'svg') continue;
    delete child.properties[':xmlns'];
    return child;
  }
  throw new Error('svgElement: the renderer returned no <svg>');
}

/** Elements a drawing must not contain, with the rule that keeps them out of the source. */
const OUTSIDE_REFERENCES: Readonly<Record<string, DiagramRule>> = { a: 'diagram-link', image: 'diagram-image' };

/**
 * A link or an image in a finished drawing, should Mermaid ever draw one from a source the rules
 * passed: the rule it breaks and the element's name.
 */
export function outsideReferenceIn(node: Element): { rule: DiagramRule; tag: string } | undefined {
  const rule = Object.hasOwn(OUTSIDE_REFERENCES, node.tagName) ? OUTSIDE_REFERENCES[node.tagName] : undefined;
  if (rule) return { rule, tag: node.tagName };
  for (const child of node.children) {
    const found = child.type === 'element' ? outsideReferenceIn(child) : undefined;
    if (found) return found;
  }
  return undefined;
}
