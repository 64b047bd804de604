import type { Nodes as MdastNodes } from 'mdast';
import type { Bilingual } from '../problem.ts';
import { describeFinding, shorten, type BodyRuleId, type Finding } from './messages.ts';
import {
  ALLOWED_TAG_SET,
  COMPONENTS,
  ELEMENT_ATTRIBUTES,
  FORBIDDEN_TAGS,
  GLOBAL_ATTRIBUTES,
  imageAddressRule,
  own,
  urlRule,
  urlScheme,
  type BodyFormat,
} from './policy.ts';
import { sanitiseRawHtml } from './raw-html.ts';

/**
 * The content rules, enforced on the tree the Markdown/MDX parser really builds: the same tree
 * the build compiles (src/lib/render/guard-plugin.ts) and the check reads (./check-body.ts). So
 * what is judged is what is published, whatever the bytes look like to anything else.
 *
 * Everything not allowed is refused: every node type is on a list, code in MDX (import/export,
 * `{…}` expressions, spread or computed attributes) is refused outright, elements and components
 * are allowlisted with their attributes, and raw HTML is tokenised as a browser does
 * (./raw-html.ts).
 */

/** A broken rule, as the author reads it, and the line of the body (1-based) where it stands. */
export interface GuardFinding {
  readonly line: number;
  readonly rule: string;
  readonly message: Bilingual;
  readonly hint?: Bilingual;
}

/** Node types that carry only text, structure and links: Markdown's own vocabulary. */
const MARKDOWN_NODES: ReadonlySet<string> = new Set([
  'root', 'paragraph', 'heading', 'thematicBreak', 'blockquote', 'list', 'listItem', 'code', 'definition', 'text',
  'emphasis', 'strong', 'inlineCode', 'break', 'link', 'image', 'linkReference', 'imageReference', 'footnoteDefinition',
  'footnoteReference', 'table', 'tableRow', 'tableCell', 'delete',
]);

type Node = MdastNodes;
type JsxElement = Extract<Node, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>;
type JsxAttribute = JsxElement['attributes'][number];

export interface GuardOptions {
  /**
   * Why an image address does not name a file the portal publishes, if it does not. The check
   * looks into public/ (src/lib/content/files.ts); without it only the address's form is judged.
   */
  readonly imageProblem?: (src: string) => Omit<GuardFinding, 'line'> | undefined;
}

export function guardTree(root: Node, format: BodyFormat, options: GuardOptions = {}): GuardFinding[] {
  const found: GuardFinding[] = [];
  const lineOf = (node: Node): number => node.position?.start.line ?? 1;
  const record = (line: number, finding: Finding): void => {
    found.push({ line, rule: finding.rule, ...describeFinding(finding) });
  };
  const add = (line: number, rule: BodyRuleId, values?: Finding['values']): void => record(line, { offset: 0, rule, ...(values ? { values } : {}) });
  const checkImage = (line: number, src: string): void => {
    const values = { url: shorten(src.trim()), scheme: urlScheme(src) ?? '' };
    const schemeRule = urlRule(src, 'image');
    if (schemeRule) return add(line, schemeRule, values);
    if (options.imageProblem) {
      const problem = options.imageProblem(src);
      if (problem) found.push({ line, ...problem });
      return;
    }
    const addressRule = imageAddressRule(src);
    if (addressRule) add(line, addressRule, values);
  };
  const checkLink = (line: number, url: string): void => {
    const rule = urlRule(url, 'link');
    if (rule) add(line, rule, { url: shorten(url.trim()), scheme: urlScheme(url) ?? '' });
  };

  const visit = (node: Node): void => {
    const line = lineOf(node);
    switch (node.type) {
      case 'html':
        if (format === 'mdx') add(line, 'tag-not-allowed', { tag: shorten(node.value) });
        else checkRawHtml(node.value, line);
        return;
      case 'mdxjsEsm':
        add(line, 'esm', { keyword: /^\s*(\w+)/.exec(node.value)?.[1] ?? 'import' });
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(line, 'expression');
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkJsxElement(node, line);
        break;
      case 'link':
      case 'definition':
        checkLink(line, node.url);
        break;
      case 'image':
        checkImage(line, node.url);
        break;
      default:
        if (!MARKDOWN_NODES.has(node.type)) {
          add(line, 'construct-not-allowed', { construct: node.type });
          return;
        }
    }
    if ('children' in node) for (const child of node.children) visit(child as Node);
  };

  const checkRawHtml = (raw: string, line: number): void => {
    const { findings, images } = sanitiseRawHtml(raw);
    const lineAt = (offset: number): number => line + (raw.slice(0, offset).match(/\n/g)?.length ?? 0);
    for (const finding of findings) record(lineAt(finding.offset), finding);
    for (const image of images) checkImage(lineAt(image.offset), image.src);
  };

  /** The attribute as plain text, or undefined (reported) when it is code or refused on any element. */
  const textAttribute = (attribute: JsxAttribute, line: number): { name: string; value: string } | undefined => {
    if (attribute.type === 'mdxJsxExpressionAttribute') return void add(line, 'attribute-not-text', { attribute: '{…}' });
    const { name, value } = attribute;
    if (value !== null && value !== undefined && typeof value !== 'string') return void add(line, 'attribute-not-text', { attribute: name });
    if (/^on/i.test(name)) return void add(line, 'attribute-event-handler', { attribute: name });
    if (name.toLowerCase() === 'style') return void add(line, 'attribute-style');
    return { name, value: value ?? '' };
  };

  const checkJsxElement = (element: JsxElement, line: number): void => {
    const name = element.name ?? '';
    const attributeLine = (attribute: JsxAttribute): number => attribute.position?.start.line ?? line;
    if (/^[a-z]/.test(name) && !/[.:]/.test(name)) {
      if (FORBIDDEN_TAGS.has(name)) return add(line, 'tag-forbidden', { tag: name });
      if (!ALLOWED_TAG_SET.has(name)) return add(line, 'tag-not-allowed', { tag: name });
      const allowed = [...(ELEMENT_ATTRIBUTES[name] ?? []), ...GLOBAL_ATTRIBUTES];
      for (const written of element.attributes) {
        const at = attributeLine(written);
        const attribute = textAttribute(written, at);
        if (!attribute) continue;
        if (!allowed.includes(attribute.name)) add(at, 'attribute-not-allowed', { attribute: attribute.name, tag: name, allowed: allowed.join(', ') });
        else if (name === 'a' && attribute.name === 'href') checkLink(at, attribute.value);
        else if (name === 'img' && attribute.name === 'src') checkImage(at, attribute.value);
      }
      return;
    }
    const spec = own(COMPONENTS, name);
    if (!spec) return add(line, 'component-unknown', { name });
    const allowed = Object.keys(spec);
    for (const written of element.attributes) {
      const at = attributeLine(written);
      const attribute = textAttribute(written, at);
      if (!attribute) continue;
      const rule = own(spec, attribute.name);
      const { value } = attribute;
      if (!rule) add(at, 'component-attribute-unknown', { attribute: attribute.name, name, allowed: allowed.join(', ') });
      else if (name === 'Figure' && attribute.name === 'src') checkImage(at, value);
      else {
        const problem = rule.check?.(value);
        if (problem) add(at, problem, { value: shorten(value), url: shorten(value), scheme: urlScheme(value) ?? '' });
      }
    }
    for (const [attribute, rule] of Object.entries(spec)) {
      if (rule.required && !element.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === attribute)) {
        add(line, 'component-attribute-missing', { name, attribute });
      }
    }
  };

  visit(root);
  return found;
}
