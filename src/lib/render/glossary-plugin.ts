import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, ElementContent, Parents, Text } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { LANGS, translator } from '../../i18n/index.ts';
import { contentDirectory, locateEntry } from '../content/layout.ts';
import { GLOSSARY, type GlossaryTerm } from '../glossary.ts';
import { FirstUses, UNMARKED_ELEMENTS, type TextSegment } from '../glossary-marker.ts';
import { glossaryTermPath, localPath } from '../routes.ts';

/**
 * Explains the first use of each glossary term in a content body, in place (see
 * src/lib/glossary-marker.ts). Runs once per entry when content is synced; the result is cached
 * with the entry. Only text nodes are read and the explanation is built as nodes, so an
 * attribute value (a `title`, a `<Figure alt>`) is never searched and no text becomes markup.
 *
 * A body is rendered once for both languages of the portal, so each note carries its explanation
 * in both and the page's stylesheet shows the one matching `<html lang>`.
 */

export interface GlossaryPluginOptions {
  /** The portal's base path, e.g. `/` or `/masterplan/`. */
  readonly base: string;
}

/**
 * The base path astro.config.mjs gives Astro: plugins are loaded with the config, outside Vite,
 * where `import.meta.env.BASE_URL` does not exist.
 */
const configuredBase = () => `/${(process.env.BASE_PATH ?? '/').replace(/^\/+|\/+$/g, '')}`;

/**
 * Astro keeps rendered bodies until its configuration changes, and plugin names are part of it:
 * naming the plugin after what it writes renders bodies again when an explanation or the link's words change.
 */
const glossaryLinkLabels = LANGS.map((lang) => translator(lang)('layout.glossaryLink'));
const glossaryDigest = createHash('sha256').update(JSON.stringify([GLOSSARY, glossaryLinkLabels])).digest('hex').slice(0, 12);

const text = (value: string): Text => ({ type: 'text', value });
const element = (tagName: string, properties: Element['properties'], children: ElementContent[]): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

function explainedTerm(segment: TextSegment & { term: GlossaryTerm }, base: string): ElementContent[] {
  const { term, noteId } = segment;
  return [
    element('button', { type: 'button', className: ['term'], popoverTarget: noteId }, [text(segment.text)]),
    element('span', { className: ['term-note'], id: noteId, popover: '', dataPagefindIgnore: '' }, [
      element('strong', {}, [text(term.term)]),
      text(': '),
      ...LANGS.map((lang) =>
        element('span', { lang, dataNoteLang: lang }, [
          text(`${term[lang]} `),
          element('a', { href: localPath(glossaryTermPath(term.slug), lang, base) }, [text(translator(lang)('layout.glossaryLink'))]),
        ]),
      ),
    ]),
  ];
}

/** Note ids start with the entry's id (`kota-contoh-program-e-warga`): unique wherever bodies meet. */
function idPrefixOf(fileURL: URL | undefined): string {
  if (!fileURL) return 'isi';
  const relative = path.relative(contentDirectory(), fileURLToPath(fileURL)).split(path.sep).join('/');
  return locateEntry(relative)?.entryId.replaceAll('/', '-') ?? 'isi';
}

/**
 * False inside elements that are never marked, and in any element holding raw HTML: a tag kept as
 * raw text can open an element (a link, say) that the tree does not show, so text beside it is
 * left alone. Raw blocks directly in the root do not count, or one would leave a whole body
 * unmarked. Where raw HTML is parsed into elements (Sätteri's `rawHtml`), none of this arises.
 */
function isMarkable(node: Readonly<Text>, ctx: HastVisitorContext): boolean {
  for (let ancestor: Readonly<Parents> | undefined = ctx.parent(node); ancestor && ancestor.type !== 'root'; ancestor = ctx.parent(ancestor)) {
    const name = ancestor.type === 'element' ? ancestor.tagName : ancestor.name;
    if (name && UNMARKED_ELEMENTS.has(name)) return false;
    if (ancestor.children.some((child) => child.type === 'raw')) return false;
  }
  return true;
}

export function glossaryPlugin({ base }: GlossaryPluginOptions = { base: configuredBase() }): HastPluginDefinition {
  // One marker per document: the document-level data bag is shared by every visit of one body.
  const markers = new WeakMap<object, FirstUses>();
  const markerOf = (ctx: HastVisitorContext) => {
    let marker = markers.get(ctx.data);
    if (!marker) markers.set(ctx.data, (marker = new FirstUses(idPrefixOf(ctx.fileURL))));
    return marker;
  };
  return {
    name: `glossary-terms-${glossaryDigest}`,
    text(node, ctx) {
      if (!node.value.trim() || !isMarkable(node, ctx)) return;
      const segments = markerOf(ctx).split(node.value);
      if (!segments.some((segment) => segment.term)) return;
      ctx.replaceNode(
        node,
        segments.flatMap((segment) => (segment.term ? explainedTerm(segment, base) : [text(segment.text)])),
      );
    },
  };
}
