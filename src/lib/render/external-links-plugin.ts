import type { HastPluginDefinition, HastVisitorContext, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'satteri';
import { leavesPortal, withOutsideRel } from '../external-links.ts';

/**
 * Gives links in content bodies that leave the portal `rel="noopener noreferrer"` (see
 * src/lib/external-links.ts), keeping whatever `rel` the author wrote. Runs once per entry when
 * content is synced. Markdown links and HTML `<a>` tags are `a` elements; in `.mdx` an `<a>` tag
 * is a JSX element whose attributes are a list instead.
 */

const tokens = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/).filter(Boolean) : [];

function relOnJsxLink(node: Readonly<MdxJsxTextElementHast | MdxJsxFlowElementHast>, ctx: HastVisitorContext): void {
  const attribute = (name: string) => node.attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
  const href = attribute('href');
  if (!href) return;
  // An address written as an expression cannot be read here; the rel costs it nothing.
  if (typeof href.value === 'string' && !leavesPortal(href.value)) return;
  const rel = withOutsideRel(tokens(attribute('rel')?.value));
  if (rel) ctx.setProperty(node, 'rel', rel.join(' '));
}

export const externalLinksPlugin: HastPluginDefinition = {
  name: 'external-link-rel',
  element: {
    filter: ['a'],
    visit(node, ctx) {
      const href = node.properties?.href;
      if (typeof href !== 'string' || !leavesPortal(href)) return;
      const rel = withOutsideRel(tokens(node.properties?.rel));
      if (rel) ctx.setProperty(node, 'rel', rel);
    },
  },
  mdxJsxTextElement: { filter: ['a'], visit: relOnJsxLink },
  mdxJsxFlowElement: { filter: ['a'], visit: relOnJsxLink },
};
