import type { Mermaid } from 'mermaid';
import { mermaidConfig } from '../lib/diagrams/config.ts';
import { finishSvg } from '../lib/diagrams/svg.ts';

/**
 * Fallback for builds that had no browser: Diagram.astro then ships the Mermaid source in
 * `<pre class="mermaid-source">` and this script draws it in the reader's browser. Mermaid is
 * imported only when such a diagram comes near the viewport, so Vite splits it into its own
 * chunks and pages whose diagrams were drawn at build time never download it. The configuration
 * and the SVG finishing are the same modules the build uses, so both paths give the same picture.
 */

/** Start loading a little before the diagram scrolls into view. */
const NEAR_VIEWPORT = '200px';

let mermaidLoading: Promise<Mermaid> | undefined;
/** One render at a time: `mermaid.initialize` sets a global configuration. */
let queue: Promise<void> = Promise.resolve();

function loadMermaid(): Promise<Mermaid> {
  mermaidLoading ??= import('mermaid').then((module) => module.default);
  return mermaidLoading;
}

async function drawDiagram(source: HTMLElement): Promise<void> {
  const id = source.dataset.diagramId;
  if (!id) return;
  // The scrollable region around the source carries the caption (see Diagram.astro).
  const caption = source.parentElement?.getAttribute('aria-label') ?? '';
  try {
    const mermaid = await loadMermaid();
    mermaid.initialize(mermaidConfig(id));
    const { svg } = await mermaid.render(id, source.textContent ?? '');
    source.outerHTML = finishSvg(svg, caption);
  } catch (error) {
    // The source text and the table or list beside it stay on the page: nothing is lost but the
    // picture, so a console note is enough.
    console.warn(`Diagram ${id} could not be drawn:`, error);
  }
}

const sources = document.querySelectorAll<HTMLElement>('.mermaid-source[data-diagram-id]');
if (sources.length > 0) {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting || !(entry.target instanceof HTMLElement)) continue;
        observer.unobserve(entry.target);
        const source = entry.target;
        queue = queue.then(() => drawDiagram(source));
      }
    },
    { rootMargin: NEAR_VIEWPORT },
  );
  for (const source of sources) observer.observe(source);
}
