import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element } from 'hast';
import type { HastPluginDefinition, HastVisitorContext } from 'satteri';
import { CONTENT_DIR, contentDirectory } from '../content/layout.ts';
import { describeRule, type RuleId } from '../content/messages.ts';
import { formatProblem } from '../content/problem.ts';
import {
  authoredDiagramId,
  authoredFigure,
  captionOf,
  diagramSource,
  findForbiddenConstructs,
  mermaidComplaint,
  outsideReferenceIn,
  svgElement,
} from '../diagrams/authored.ts';
import { DARK_PALETTE, mermaidConfig } from '../diagrams/config.ts';
import { RENDERER_VERSION, diagramsDrawn, renderDiagram, type RenderOptions, type RenderResult } from '../diagrams/render.ts';
import { FINISH_VERSION } from '../diagrams/svg.ts';
import { recordBodyStyleHashes, type CspHash } from '../security.ts';

/**
 * Turns each ```mermaid block of a body into the portal's figure while the body is compiled
 * (content sync), drawn by the build-time renderer. The rules of src/lib/diagrams/authored.ts are
 * applied again here: a block that breaks one fails the build with the same message `npm run
 * check` gives, naming the content file and line, even when the check was skipped.
 *
 * The drawing's stylesheet is allowed by the page's Content-Security-Policy only through the
 * hashes recorded for the body (`recordBodyStyleHashes`, src/lib/security.ts); they are recorded
 * for every body, diagrams or not, so an author's own frontmatter can never supply them.
 */

type Renderer = (text: string, options: RenderOptions) => Promise<RenderResult>;

/** What the plugin keeps while one body compiles. */
interface BodyDiagrams {
  /** Blocks met so far: ids follow the blocks' order, as in the check, so both share the renderer's cache. */
  blocks: number;
  readonly styleHashes: Set<CspHash>;
}

/**
 * Astro keeps compiled bodies until its configuration changes, and plugin names are part of it:
 * naming the plugin after what shapes a drawing (the Mermaid configuration, the renderer's and the
 * finishing's versions, the dark palette) and after whether this build draws diagrams at all,
 * compiles bodies again when any of them changes. (Without the second, a build with
 * MERMAID_CHROMIUM=none left bodies with text-only diagrams in the cache for the next build that
 * has a browser.)
 */
const configDigest = createHash('sha256')
  .update(JSON.stringify([mermaidConfig(authoredDiagramId(0)), RENDERER_VERSION, FINISH_VERSION, DARK_PALETTE]))
  .digest('hex')
  .slice(0, 12);

/** `render` is the build's renderer; tests pass their own to see the figure without a browser. */
export function authoredMermaid(render: Renderer = renderDiagram): HastPluginDefinition {
  // One definition serves every body, also several compiling at once: state is kept per body.
  const bodies = new WeakMap<HastVisitorContext['data'], BodyDiagrams>();
  const bodyOf = (ctx: HastVisitorContext): BodyDiagrams => {
    let body = bodies.get(ctx.data);
    if (!body) bodies.set(ctx.data, (body = { blocks: 0, styleHashes: new Set() }));
    return body;
  };
  return {
    name: `authored-mermaid-${configDigest}-${render === renderDiagram && !diagramsDrawn() ? 'text' : 'drawn'}`,
    options: { position: true },
    element: {
      filter: ['pre'],
      async visit(pre, ctx) {
        const code = pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
        if (!code || !classNames(code).includes('language-mermaid')) return;
        const body = bodyOf(ctx);
        // Numbered before the first await, so the order is the blocks' order.
        const index = body.blocks++;
        // The code element's text is the block's text plus the line break that closed it.
        const text = ctx.textContent(code).replace(/\n$/, '');
        const fenceLine = pre.position?.start.line;
        const lineOf = (lineInBlock: number) => (fenceLine === undefined ? undefined : fenceLine + lineInBlock);
        const [finding] = findForbiddenConstructs(text);
        if (finding) refuse(ctx, lineOf(finding.line), finding.rule, finding.values);

        const source = diagramSource(text);
        const id = authoredDiagramId(index);
        const caption = captionOf(source.text, index);
        let drawing: RenderResult;
        try {
          drawing = await render(source.text, { id, title: caption });
        } catch (error) {
          const { detail, line } = mermaidComplaint(error, source.text);
          refuse(ctx, line === undefined ? fenceLine : lineOf(source.firstLine + line - 1), 'diagram-syntax', { detail }, error);
        }
        if (drawing.kind !== 'svg') return authoredFigure({ caption, source: source.text, svg: undefined });
        const svg = svgElement(drawing.svg);
        const outside = outsideReferenceIn(svg);
        if (outside) refuse(ctx, fenceLine, outside.rule, { keyword: `<${outside.tag}>` });
        for (const hash of drawing.styleHashes) body.styleHashes.add(hash);
        return authoredFigure({ caption, source: source.text, svg });
      },
    },
    // Every body, diagrams or not: see the note at the top.
    after(_root, ctx) {
      // The frontmatter Astro's Markdown processor hands on with the compiled body.
      const frontmatter = ctx.data.astro?.frontmatter;
      if (frontmatter) recordBodyStyleHashes(frontmatter, [...bodyOf(ctx).styleHashes]);
      bodies.delete(ctx.data);
    },
  };
}

function classNames(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

/** Fails the build with the check's own wording, at `content/…:line` of the content file. */
function refuse(ctx: HastVisitorContext, lineInSource: number | undefined, rule: RuleId, values: Readonly<Record<string, string>>, cause?: unknown): never {
  const file = ctx.fileURL ? contentFileName(ctx.fileURL) : '(body)';
  const offset = ctx.fileURL && lineInSource !== undefined ? linesBeforeSource(ctx.fileURL, ctx.source) : undefined;
  const line = offset === undefined || lineInSource === undefined ? undefined : offset + lineInSource;
  throw new Error(formatProblem({ file, ...(line === undefined ? {} : { line }), field: '', ...describeRule(rule, values) }), { cause });
}

/** `content/…` as the check names files, or the full path of a file outside the content folder. */
function contentFileName(fileURL: URL): string {
  const file = fileURLToPath(fileURL);
  const relative = path.relative(contentDirectory(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : `${CONTENT_DIR}/${relative.split(path.sep).join('/')}`;
}

/**
 * Astro compiles a Markdown body without its frontmatter and trimmed, and MDX with its frontmatter
 * blanked out, so positions count from the body's first line or from the file's; the file itself
 * tells how many lines come before the body.
 */
function linesBeforeSource(fileURL: URL, source: string): number | undefined {
  const body = source.trimStart();
  const file = readFileSync(fileURL, 'utf8');
  const at = file.lastIndexOf(body);
  const lineBreaks = (text: string) => text.split('\n').length - 1;
  return at === -1 ? undefined : lineBreaks(file.slice(0, at)) - lineBreaks(source.slice(0, source.length - body.length));
}
