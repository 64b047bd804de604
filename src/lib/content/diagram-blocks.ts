import type { Code } from 'mdast';
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { authoredDiagramId, captionOf, diagramSource, findForbiddenConstructs, mermaidComplaint } from '../diagrams/authored.ts';
import { closeRenderer, renderDiagram } from '../diagrams/render.ts';
import { describeRule, type RuleId } from './messages.ts';
import type { Problem } from './problem.ts';
import { MARKDOWN_FEATURES } from './safety/policy.ts';

/**
 * The check's part for ```mermaid blocks authors write in a body: found in the body's Markdown
 * tree (the parser the site compiles with), held to the rules of src/lib/diagrams/authored.ts, and
 * drawn once by Mermaid itself, in the build's renderer, to catch what Mermaid cannot read. The
 * drawing lands in the renderer's cache, so the build that follows the check draws nothing again.
 * Limits: each block is drawn in the build's browser, so a huge or endless stream of them would
 * slow every build.
 */
const AUTHORED_DIAGRAM_LIMITS = { maxCharacters: 5_000, maxPerFile: 5 } as const;

/** A block that follows the rules, to be drawn by Mermaid exactly as the build will draw it. */
export interface AuthoredDiagramBlock {
  readonly file: string;
  readonly id: string;
  readonly caption: string;
  /** The text Mermaid gets. */
  readonly source: string;
  /** File line of the opening fence, and of the first line of `source`. */
  readonly fenceLine: number;
  readonly sourceLine: number;
}

export interface DiagramBlockCheck {
  readonly problems: Problem[];
  readonly toDraw: AuthoredDiagramBlock[];
}

/** The blocks of one body: the rules broken, file:line each, and the blocks left for Mermaid. */
export function checkDiagramBlocks(file: string, body: string, firstBodyLine: number): DiagramBlockCheck {
  const problems: Problem[] = [];
  const toDraw: AuthoredDiagramBlock[] = [];
  // Most bodies have no diagram: they are not parsed again.
  if (!body.includes('mermaid')) return { problems, toDraw };
  const problem = (line: number, rule: RuleId, values: Readonly<Record<string, string | number>> = {}): Problem => ({ file, line, field: '', ...describeRule(rule, values) });
  for (const [index, block] of mermaidBlocks(body, file.endsWith('.mdx')).entries()) {
    const fenceLine = firstBodyLine + block.position!.start.line - 1;
    const before = problems.length;
    if (index === AUTHORED_DIAGRAM_LIMITS.maxPerFile) problems.push(problem(fenceLine, 'too-many-diagrams', { max: AUTHORED_DIAGRAM_LIMITS.maxPerFile }));
    if (block.value.length > AUTHORED_DIAGRAM_LIMITS.maxCharacters) {
      problems.push(problem(fenceLine, 'diagram-too-long', { characters: block.value.length, max: AUTHORED_DIAGRAM_LIMITS.maxCharacters }));
    }
    for (const finding of findForbiddenConstructs(block.value)) problems.push(problem(fenceLine + finding.line, finding.rule, finding.values));
    if (problems.length > before || index >= AUTHORED_DIAGRAM_LIMITS.maxPerFile) continue;
    const source = diagramSource(block.value);
    toDraw.push({ file, id: authoredDiagramId(index), caption: captionOf(source.text, index), source: source.text, fenceLine, sourceLine: fenceLine + source.firstLine });
  }
  return { problems, toDraw };
}

/** ```mermaid code blocks in document order, wherever they sit (lists, quotes, components). */
function mermaidBlocks(body: string, isMdx: boolean): Code[] {
  let tree: MdastNode;
  try {
    tree = isMdx ? mdxToMdast(body, { features: MARKDOWN_FEATURES }) : markdownToMdast(body, { features: MARKDOWN_FEATURES });
  } catch {
    // Broken MDX: the body check (safety/check-body.ts) reports it, and the build cannot compile it.
    return [];
  }
  const blocks: Code[] = [];
  const visit = (node: MdastNode): void => {
    if (node.type === 'code' && node.lang === 'mermaid') blocks.push(node);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return blocks;
}

/**
 * Draws the blocks with Mermaid in the build's renderer (one shared Chromium, closed afterwards),
 * all asked for at once so the renderer draws in every page it has; the findings keep the blocks'
 * order. A block Mermaid refuses is a problem at the line Mermaid names; a block that could not be
 * drawn because there is no browser is a warning, so the check says so instead of passing in silence.
 */
export async function drawDiagramBlocks(blocks: readonly AuthoredDiagramBlock[]): Promise<{ problems: Problem[]; warnings: Problem[] }> {
  if (blocks.length === 0) return { problems: [], warnings: [] };
  try {
    const findings = await Promise.all(blocks.map(drawBlock));
    return { problems: findings.flatMap((finding) => finding.problems), warnings: findings.flatMap((finding) => finding.warnings) };
  } finally {
    await closeRenderer();
  }
}

async function drawBlock(block: AuthoredDiagramBlock): Promise<{ problems: Problem[]; warnings: Problem[] }> {
  try {
    const drawing = await renderDiagram(block.source, { id: block.id, title: block.caption });
    const warnings = drawing.kind === 'svg' ? [] : [{ file: block.file, line: block.fenceLine, field: '', ...describeRule('diagram-unverified') }];
    return { problems: [], warnings };
  } catch (error) {
    const { detail, line } = mermaidComplaint(error, block.source);
    const at = line === undefined ? block.fenceLine : block.sourceLine + line - 1;
    return { problems: [{ file: block.file, line: at, field: '', ...describeRule('diagram-syntax', { detail }) }], warnings: [] };
  }
}
