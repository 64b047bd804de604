import type { XastChild, XastRoot } from 'svgo';

/**
 * Decides whether an SVG file in public/ is only a drawing. An SVG opened on its own is a
 * document: it can run scripts, load other files and show HTML, and it would do so from the
 * portal's own address. So public/ takes an SVG only when every element, attribute and
 * instruction in it is on a list of things that merely draw; anything else is refused, never
 * cleaned, so what is published is exactly what was reviewed.
 *
 * The file is read by a real XML parser (the one in SVGO, which Astro already ships), the way a
 * browser reads an `image/svg+xml` file: entities decoded, namespaces bound, CDATA kept apart.
 */

export type SvgFinding =
  | { readonly rule: 'svg-not-well-formed'; readonly detail: string; readonly line?: number }
  | { readonly rule: 'svg-not-drawing'; readonly found: string }
  | { readonly rule: 'public-file-content' };

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/**
 * Shapes, text, grouping, paint servers and filters. Left out on purpose: script, style,
 * foreignObject, a, image, feImage, animate/set (they can rewrite any attribute, href included),
 * cursor, view, switch, and every element with a namespace prefix (editor data such as
 * sodipodi:namedview, or an XHTML element under a prefix).
 */
const DRAWING_ELEMENTS = new Set([
  'svg', 'g', 'defs', 'symbol', 'use', 'title', 'desc', 'metadata',
  'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
  'text', 'tspan', 'textPath',
  'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker',
  'filter', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix',
  'feDiffuseLighting', 'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA',
  'feFuncB', 'feFuncG', 'feFuncR', 'feGaussianBlur', 'feMerge', 'feMergeNode', 'feMorphology',
  'feOffset', 'fePointLight', 'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
]);

/**
 * Functions an attribute value may call: colours, arithmetic and SVG transforms. Any other
 * (image-set(), src(), a url() to anything but `#id` in this file) could load another file.
 */
const VALUE_FUNCTIONS = new Set([
  'url', 'rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'calc', 'var', 'min', 'max', 'clamp',
  'matrix', 'translate', 'scale', 'rotate', 'skewx', 'skewy',
]);

const FUNCTION_CALL = /([a-z][a-z0-9-]*)\(\s*(['"]?)([^'")]*)/gi;
const SHOWN_VALUE_LENGTH = 60;

export async function inspectSvg(text: string): Promise<SvgFinding | undefined> {
  // Loaded on the first drawing: SVGO brings CSS parsers that every other run of the check, and
  // every `npm run new`, would otherwise load at start (a third of `npm run new`'s start-up).
  const { optimize } = await import('svgo');
  let tree: XastRoot | undefined;
  try {
    // No optimisation runs: the only plugin keeps the parsed tree for inspection.
    optimize(text, { plugins: [{ name: 'inspect-only', fn: (root) => void (tree = root) }] });
  } catch (error) {
    if (error instanceof Error && error.name === 'SvgoParserError' && 'reason' in error && 'line' in error) {
      return { rule: 'svg-not-well-formed', detail: String(error.reason), line: Number(error.line) };
    }
    throw error;
  }
  return tree ? firstForbidden(tree) : undefined;
}

function firstForbidden(root: XastRoot): SvgFinding | undefined {
  const elements = root.children.filter((child) => child.type === 'element');
  const [top, second] = elements;
  if (!top) return { rule: 'public-file-content' };
  // The parser's own words (English), as for every other XML error.
  if (second) return { rule: 'svg-not-well-formed', detail: `More than one root element: <${second.name}>` };
  if (top.name !== 'svg') return notDrawing(`<${top.name}>`);
  for (const child of root.children) {
    const found = forbiddenAtTop(child);
    if (found) return notDrawing(found);
  }
  const pending: XastChild[] = [top];
  for (let node = pending.pop(); node; node = pending.pop()) {
    const found = forbiddenInside(node);
    if (found) return notDrawing(found);
    if (node.type === 'element') pending.push(...node.children);
  }
  return undefined;
}

const notDrawing = (found: string): SvgFinding => ({ rule: 'svg-not-drawing', found });

/** Outside the root element: only the XML declaration (in UTF-8) and comments. */
function forbiddenAtTop(node: XastChild): string | undefined {
  if (node.type === 'doctype') return '<!DOCTYPE>';
  if (node.type !== 'instruction') return undefined;
  // <?xml-stylesheet?> loads a style sheet; another encoding would make a browser read other characters than this check.
  if (node.name !== 'xml') return `<?${node.name}?>`;
  const encoding = /encoding\s*=\s*["']([^"']*)["']/.exec(node.value)?.[1];
  return encoding === undefined || encoding.toLowerCase() === 'utf-8' ? undefined : `encoding="${encoding}"`;
}

function forbiddenInside(node: XastChild): string | undefined {
  switch (node.type) {
    case 'doctype':
    case 'instruction':
      return forbiddenAtTop(node);
    case 'cdata':
      return '<![CDATA[…]]>';
    case 'comment':
    case 'text':
      return undefined;
    case 'element': {
      if (!DRAWING_ELEMENTS.has(node.name)) return `<${node.name}>`;
      for (const [name, value] of Object.entries(node.attributes)) {
        if (forbiddenAttribute(name, value)) return `${name}="${shorten(value)}"`;
      }
      return undefined;
    }
  }
}

function forbiddenAttribute(name: string, value: string): boolean {
  const localName = (name.split(':').pop() ?? name).toLowerCase();
  // Event handlers run code; a base address would redirect even `#id` references.
  if (localName.startsWith('on') || localName === 'base') return true;
  if (name === 'xmlns') return value !== SVG_NAMESPACE;
  if (name.startsWith('xmlns:')) return false;
  // href (plain or xlink:) may only point inside this file.
  if (localName === 'href') return !value.startsWith('#');
  // A backslash is a CSS escape, which could spell url( or image-set( in a way no simple reading sees.
  if (value.includes('\\')) return true;
  for (const [, functionName = '', , argument = ''] of value.matchAll(FUNCTION_CALL)) {
    const lower = functionName.toLowerCase();
    if (!VALUE_FUNCTIONS.has(lower)) return true;
    if (lower === 'url' && !argument.trimStart().startsWith('#')) return true;
  }
  return false;
}

function shorten(value: string): string {
  return value.length > SHOWN_VALUE_LENGTH ? `${value.slice(0, SHOWN_VALUE_LENGTH)}…` : value;
}
