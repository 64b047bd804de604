import { slugSchema } from '../../schema/common.ts';
import type { BodyRuleId } from './messages.ts';

/**
 * What a content body may contain: the portal's components with their attributes, a small set of
 * formatting tags and attributes, and addresses with safe schemes. The AST guard (the build and
 * the check), the raw-HTML sanitiser and the scanner (the check's second opinion) all read this
 * one table, and the components read their props from it.
 */

export type BodyFormat = 'md' | 'mdx';

export const CALLOUT_TYPES = ['info', 'warning', 'note'] as const;

interface ComponentAttribute {
  readonly required: boolean;
  /** A rule to report when the value is not acceptable. */
  readonly check?: (value: string) => BodyRuleId | undefined;
}

const COMPONENT_ATTRIBUTES = {
  Callout: {
    type: { required: true, check: (value) => ((CALLOUT_TYPES as readonly string[]).includes(value) ? undefined : 'callout-type') },
  },
  Figure: {
    src: { required: true, check: (value) => urlRule(value, 'image') },
    alt: { required: true },
    caption: { required: false },
  },
  ProgramRef: {
    id: { required: true, check: (value) => (slugSchema.safeParse(value).success ? undefined : 'programme-ref-id') },
  },
} as const satisfies Record<string, Readonly<Record<string, ComponentAttribute>>>;

/** The components the portal provides to `.mdx` bodies; nothing else can be imported. */
export const COMPONENTS: Readonly<Record<string, Readonly<Record<string, ComponentAttribute>>>> = COMPONENT_ATTRIBUTES;
export const COMPONENT_NAMES = Object.keys(COMPONENTS);

type ComponentName = keyof typeof COMPONENT_ATTRIBUTES;
type AttributesOf<Name extends ComponentName> = (typeof COMPONENT_ATTRIBUTES)[Name];
type RequiredAttribute<Name extends ComponentName> = {
  [Attribute in keyof AttributesOf<Name>]: AttributesOf<Name>[Attribute] extends { readonly required: true } ? Attribute : never;
}[keyof AttributesOf<Name>];

/**
 * A component's props as the check lets an author write them: every attribute a text, optional
 * where it is not required. The components declare their props with this, so a component cannot
 * expect an attribute the check does not ask for. (Callout narrows `type` to CALLOUT_TYPES.)
 */
export type ComponentProps<Name extends ComponentName> = { readonly [Attribute in RequiredAttribute<Name>]: string } & {
  readonly [Attribute in Exclude<keyof AttributesOf<Name>, RequiredAttribute<Name>>]?: string;
};

/** Own keys only: `<__proto__>` must not find Object.prototype. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
export const componentList = COMPONENT_NAMES.map((name) => `<${name}>`).join(', ');

/** Tags that run code, load other documents or change the portal itself. */
export const FORBIDDEN_TAGS = new Set(['script', 'iframe', 'style', 'object', 'embed', 'form', 'link', 'meta', 'base']);

/** Elements whose content a browser reads as raw text: skipped after reporting the tag, to avoid noise. */
export const RAW_TEXT_TAGS = new Set(['script', 'style', 'iframe', 'textarea', 'title', 'xmp', 'noembed', 'noframes']);

export const ALLOWED_TAGS = [
  'p', 'br', 'strong', 'em', 'b', 'i', 'u', 'sup', 'sub', 'abbr', 'ul', 'ol', 'li',
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'a', 'img', 'details', 'summary', 'blockquote', 'code', 'pre', 'kbd', 'mark', 'small', 'span', 'div',
] as const;
export const ALLOWED_TAG_SET: ReadonlySet<string> = new Set(ALLOWED_TAGS);

/**
 * Attributes allowed on the formatting tags. `id` and `class` are left out on purpose: an `id`
 * can shadow the portal's own scripts (DOM clobbering) and a `class` can dress text up as an
 * official notice of the portal.
 */
export const GLOBAL_ATTRIBUTES = ['title', 'lang', 'dir'];
export const ELEMENT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'hreflang', 'target', 'rel'],
  img: ['src', 'alt', 'width', 'height', 'loading'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  td: ['colspan', 'rowspan', 'headers', 'align'],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'align'],
  col: ['span'],
  colgroup: ['span'],
  details: ['open'],
};

const SCRIPT_SCHEMES = new Set(['javascript', 'vbscript', 'data']);
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** The named character references that spell parts of a scheme (`java&Tab;script&colon;`). */
const NAMED_URL_ENTITIES: Readonly<Record<string, string>> = { colon: ':', tab: '\t', newline: '\n' };

/** Decodes what a browser decodes before it looks at a URL's scheme, so `jav&#97;script:` is caught. */
function normaliseUrl(raw: string): string {
  const fromCodePoint = (code: number): string => (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD');
  return raw
    .replace(/&#x([0-9a-f]{1,8});?/gi, (_, hex: string) => fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d{1,10});?/g, (_, decimal: string) => fromCodePoint(Number(decimal)))
    .replace(/&(colon|tab|newline);/gi, (_, name: string) => NAMED_URL_ENTITIES[name.toLowerCase()] ?? '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/[\t\n\r]/g, '')
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    .toLowerCase();
}

export function urlScheme(raw: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/.exec(normaliseUrl(raw))?.[1];
}

export function urlRule(raw: string, use: 'link' | 'image'): BodyRuleId | undefined {
  const scheme = urlScheme(raw);
  if (scheme === undefined) return undefined;
  if (SCRIPT_SCHEMES.has(scheme)) return 'url-script';
  // The portal loads nothing from other hosts (and its CSP would block it): images live in public/.
  if (use === 'image') return 'image-not-local';
  return LINK_SCHEMES.has(scheme) ? undefined : 'url-scheme';
}

/**
 * Images are files the portal publishes from public/, written as a path on the site:
 * `/gambar/foto.jpg`. A relative path would make the build read a file beside the content, or
 * anywhere above it with `../`, and publish it; `//host/…` and `\\host\…` load from another host.
 */
export function imageAddressRule(src: string): BodyRuleId | undefined {
  if (urlScheme(src) !== undefined) return undefined;
  let path = src;
  try {
    path = decodeURIComponent(src);
  } catch {
    return 'image-not-public';
  }
  const local = path.startsWith('/') && !path.startsWith('//') && !path.includes('\\');
  return local && !path.split('/').some((segment) => segment === '..' || segment === '.') ? undefined : 'image-not-public';
}

/**
 * The Markdown features the portal's parser runs with, in the build (src/lib/render/processor.ts)
 * and in the check alike, so both read a body the same way. `rawHtml`: the raw HTML that the
 * sanitiser rewrote is parsed into real elements, so the HTML tree plugins (glossary, outside
 * links) see it and the page is written from the tree, never from raw strings.
 */
export const MARKDOWN_FEATURES = { gfm: true, smartPunctuation: true, rawHtml: true } as const;
