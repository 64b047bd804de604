import { renderDiagram } from './render.ts';

/**
 * Mermaid blocks authors write in a body (```mermaid) go through the same renderer as the
 * generated diagrams: drawn at build time into a captioned, scrollable figure, or shipped as
 * source for the reader's browser. Applied to finished pages (src/middleware.ts), because the
 * Markdown processor hands code blocks over as plain `<pre><code class="language-mermaid">`.
 * The check limits their size and number (src/lib/content/diagram-blocks.ts).
 */

const BLOCK = /<pre><code class="language-mermaid">([\s\S]*?)<\/code><\/pre>/g;

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&#39;': "'" };

function decodeHtml(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&(?:lt|gt|amp|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface AuthoredDiagram {
  /** The whole `<pre>` block to replace. */
  readonly block: string;
  readonly source: string;
}

export function findAuthoredDiagrams(html: string): AuthoredDiagram[] {
  return [...html.matchAll(BLOCK)].map((match) => ({ block: match[0], source: decodeHtml(match[1]!).trim() }));
}

/** The caption: the diagram's own `accTitle:` or `title` line when the author gave one. */
export function captionOf(source: string, index: number, lang: 'id' | 'en'): string {
  const titled = /^\s*(?:accTitle\s*:|title\s)\s*(.+)$/m.exec(source)?.[1]?.trim();
  return titled ?? `${lang === 'id' ? 'Diagram' : 'Diagram'} ${index + 1}`;
}

const SOURCE_LABEL = { id: 'Teks diagram', en: 'Diagram text' } as const;

/** The same figure Diagram.astro writes, with the Mermaid text as the HTML equivalent. */
export function authoredFigure(options: { id: string; caption: string; source: string; svg: string | undefined; lang: 'id' | 'en' }): string {
  const caption = escapeHtml(options.caption);
  const source = escapeHtml(options.source);
  const drawing = options.svg ?? `<pre class="mermaid-source" data-diagram-id="${options.id}">${source}</pre>`;
  return (
    `<figure class="diagram"><figcaption>${caption}</figcaption>` +
    `<div class="diagram__canvas" role="region" aria-label="${caption}" tabindex="0" data-pagefind-ignore>${drawing}</div>` +
    (options.svg ? `<details class="diagram__source"><summary>${SOURCE_LABEL[options.lang]}</summary><pre>${source}</pre></details>` : '') +
    '</figure>'
  );
}

/** Replaces every authored Mermaid block of a rendered page with its figure. */
export async function renderAuthoredDiagrams(html: string, lang: 'id' | 'en'): Promise<string> {
  const diagrams = findAuthoredDiagrams(html);
  let result = html;
  for (const [index, diagram] of diagrams.entries()) {
    const id = `diagram-penulis-${index + 1}`;
    const caption = captionOf(diagram.source, index, lang);
    const drawing = await renderDiagram(diagram.source, { id, title: caption });
    const figure = authoredFigure({ id, caption, source: diagram.source, svg: drawing.kind === 'svg' ? drawing.svg : undefined, lang });
    result = result.replace(diagram.block, () => figure);
  }
  return result;
}
