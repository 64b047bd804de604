import { escapeHtmlAttribute } from '../escape.ts';
import { cspHash, type CspHash } from '../security.ts';
import { themedColours } from './colours.ts';

/**
 * Finishing touches on the SVG Mermaid returns at build time (src/lib/diagrams/render.ts).
 *
 * Accessibility decision: the SVG becomes `role="img"` named by the figure's caption. The page
 * always puts the same facts beside the diagram as an HTML table or list, so screen readers
 * should meet the diagram once, as one named picture, and read the details in the table rather
 * than as a stream of loose SVG text fragments (`role="img"` makes its children presentational).
 * It is not `aria-hidden`, because the scrollable region around it is focusable and must not be
 * an empty stop for keyboard and screen-reader users.
 */

/** The attributes of Mermaid's root `<svg>` we keep; size, style and ARIA are set by us. */
const KEPT_ROOT_ATTRIBUTES = new Set(['id', 'class', 'viewBox', 'xmlns', 'xmlns:xlink']);

/**
 * The renderer notes on the root the smallest font size any text of the drawing has, in the
 * drawing's own units (render.ts measures it in Chromium, where the stylesheet has applied).
 */
export const SMALLEST_TEXT_ATTRIBUTE = 'data-smallest-text';

/**
 * Bump when `finishSvg` changes what it writes. Pages apply it on every build, but bodies with
 * authored diagrams are compiled once and kept by Astro until the Markdown plugins' names change;
 * src/lib/render/mermaid-plugin.ts names its plugin after this (and the renderer's version), so
 * a new finish reaches those bodies too.
 */
export const FINISH_VERSION = 2;

/** No diagram text is shown smaller than this, in CSS px, on any screen. */
export const MIN_TEXT_PX = 12;

export interface FinishedSvg {
  readonly svg: string;
  /**
   * The CSP hashes of the SVG's own stylesheet: the page that shows the SVG must allow them (see
   * `allowPortalStyles` in src/lib/security.ts), as the portal's policy refuses every other style.
   */
  readonly styleHashes: readonly CspHash[];
}

export function finishSvg(svg: string, title: string): FinishedSvg {
  const cleaned = withoutActiveContent(svg);
  const root = /^\s*<svg\b([^>]*)>/.exec(cleaned);
  if (!root) throw new Error('finishSvg: Mermaid output does not start with <svg>');
  const attributes = [...root[1]!.matchAll(/\s([\w:-]+)\s*=\s*"([^"]*)"/g)].map(([, name, value]) => ({ name: name!, value: value! }));
  const viewBox = attributes.find((a) => a.name === 'viewBox')?.value.trim().split(/[\s,]+/).map(Number);
  const width = viewBox?.[2];
  const height = viewBox?.[3];
  if (width === undefined || height === undefined || !(width > 0 && height > 0)) throw new Error('finishSvg: the SVG has no usable viewBox');

  const id = attributes.find((a) => a.name === 'id')?.value;
  if (!id) throw new Error('finishSvg: the SVG has no id');
  const rootTag = [
    '<svg',
    ...attributes.filter((a) => KEPT_ROOT_ATTRIBUTES.has(a.name)).map((a) => `${a.name}="${a.value}"`),
    // Intrinsic size reserves the right space before styles load; CSS makes it scale.
    `width="${Math.ceil(width)}"`,
    `height="${Math.ceil(height)}"`,
    'role="img"',
    `aria-label="${escapeHtmlAttribute(title)}"`,
  ].join(' ');
  // Diagram.astro reads --diagram-width to cap the width at natural size, and --diagram-min-width
  // to never scale the drawing down so far that its smallest text falls below MIN_TEXT_PX (the
  // figure scrolls instead). Unmeasured drawings are never scaled down.
  const smallest = Number(attributes.find((a) => a.name === SMALLEST_TEXT_ATTRIBUTE)?.value);
  const minWidth = Math.ceil(width * (smallest > 0 ? MIN_TEXT_PX / smallest : 1));
  const { body, rules } = styleAttributesToRules(cleaned.slice(root[0].length), id);
  const sized = withStyleRules(`${rootTag}>${body}`, [`#${id}{--diagram-width:${Math.ceil(width)}px;--diagram-min-width:${minWidth}px}`, ...rules]);
  const themed = themedColours(sized, id);
  const { svg: finished, styles } = withPlainStylesheets(withStyleRules(themed.svg, themed.rules), id);
  return { svg: finished, styleHashes: styles.map(cspHash) };
}

/**
 * The portal's Content-Security-Policy allows <style> elements by hash but no style attributes, so
 * each `style="…"` Mermaid writes becomes a class whose rule joins the SVG's own <style>.
 * `!important` keeps the precedence the inline style had over Mermaid's stylesheet.
 */
function styleAttributesToRules(svgBody: string, id: string): { body: string; rules: string[] } {
  const classes = new Map<string, string>();
  const body = svgBody.replace(/<[a-zA-Z][^>]*>/g, (tag) => {
    const style = /\sstyle\s*=\s*"([^"]*)"/.exec(tag);
    if (!style) return tag;
    const declarations = decodeMarkup(style[1]!)
      .split(';')
      .map((declaration) => declaration.trim())
      .filter((declaration) => PLAIN_DECLARATION.test(declaration))
      .join(';');
    const withoutStyle = tag.replace(style[0], '');
    if (!declarations) return withoutStyle;
    let className = classes.get(declarations);
    if (!className) {
      className = `${id}-s${classes.size}`;
      classes.set(declarations, className);
    }
    const classAttribute = /\sclass\s*=\s*"([^"]*)"/.exec(withoutStyle);
    return classAttribute
      ? withoutStyle.replace(classAttribute[0], ` class="${classAttribute[1]} ${className}"`)
      : withoutStyle.replace(/^<([a-zA-Z][\w:-]*)/, `<$1 class="${className}"`);
  });
  const rules = [...classes].map(([declarations, className]) => {
    const important = declarations
      .split(';')
      .map((declaration) => `${declaration.replace(/\s*!important$/, '')} !important`)
      .join(';');
    return `#${id} .${className}{${important}}`;
  });
  return { body, rules };
}

/**
 * A declaration as Mermaid writes them (`fill:#e3eff1`, `font-family:"Noto Sans"`). One that could
 * end its rule, open another, comment out what follows or close the element (braces, comment
 * marks, `<`, `>`, `&`, backslashes, `@`) can only come from a diagram source trying to reach
 * beyond its own SVG, and is dropped.
 */
const PLAIN_DECLARATION = /^[a-z-]+\s*:(?:(?!\/\*|\*\/)[^{}<>&\\@])+$/i;

/** Appends CSS rules to the SVG's first <style> element, or adds one. */
function withStyleRules(svg: string, rules: readonly string[]): string {
  const css = rules.join('');
  const styleEnd = svg.indexOf('</style>');
  if (styleEnd !== -1) return `${svg.slice(0, styleEnd)}${css}${svg.slice(styleEnd)}`;
  const rootEnd = svg.indexOf('>') + 1;
  return `${svg.slice(0, rootEnd)}<style>${css}</style>${svg.slice(rootEnd)}`;
}

/**
 * Rewrites each <style> of the SVG as plain text, without character references, and returns the
 * texts. Inline SVG is parsed as markup, so the browser hashes `a > b` where the page says
 * `a &gt; b`; in plain text the page's bytes and the browser's text are the same, and the hash we
 * compute is the one the browser checks. `<` and `&` cannot be written plainly there; Mermaid's
 * stylesheets never contain them, so a diagram whose does is refused.
 */
function withPlainStylesheets(svg: string, id: string): { svg: string; styles: string[] } {
  const styles: string[] = [];
  const plain = svg.replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style\s*>)/g, (_, open: string, css: string, close: string) => {
    const text = decodeMarkup(css);
    if (/[<&]/.test(text)) throw new Error(`Diagram "${id}": gaya SVG memuat "<" atau "&" · the SVG's stylesheet contains "<" or "&"`);
    styles.push(text);
    return `${open}${text}${close}`;
  });
  return { svg: plain, styles };
}

const NAMED_REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text with the character references an HTML serialiser writes turned back into characters. */
function decodeMarkup(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (reference, decimal?: string, hex?: string, name?: string) => {
    if (decimal) return String.fromCodePoint(Number(decimal));
    if (hex) return String.fromCodePoint(Number.parseInt(hex, 16));
    return NAMED_REFERENCES[name!.toLowerCase()] ?? reference;
  });
}

/**
 * Mermaid already sanitises with DOMPurify under `securityLevel: 'strict'`; this is a second,
 * independent net so that a future Mermaid bug still cannot put script into our pages.
 */
function withoutActiveContent(svg: string): string {
  return (
    svg
      // Self-closing (valid in SVG), or up to its end tag; an unclosed one takes the rest with it.
      .replace(/<script\b[^>]*\/>|<script\b[\s\S]*?(?:<\/script\s*>|$)/gi, '')
      // Only inside start tags: label text such as "online=ya" must stay as written.
      .replace(/<[a-z][^>]*>/gi, (tag) =>
        tag
          .replace(/\son[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, '')
          .replace(/\s(?:xlink:)?href\s*=\s*(["'])\s*javascript:[^"']*\1/gi, ''),
      )
  );
}
