import { describeRule } from './messages.ts';
import type { Problem } from './problem.ts';

/**
 * Limits on ```mermaid blocks authors write in a body: each is drawn in the build's browser, so a
 * huge or endless stream of them would slow every build. Rendering is src/lib/diagrams/authored.ts.
 */
export const AUTHORED_DIAGRAM_LIMITS = { maxCharacters: 5_000, maxPerFile: 5 } as const;

const FENCE = /^(`{3,}|~{3,})\s*mermaid\s*$/;

export function checkDiagramBlocks(file: string, body: string, firstBodyLine: number): Problem[] {
  const problems: Problem[] = [];
  const lines = body.split('\n');
  let count = 0;
  for (let index = 0; index < lines.length; index++) {
    const opening = FENCE.exec(lines[index]!.trim());
    if (!opening) continue;
    const fence = opening[1]!;
    let end = index + 1;
    while (end < lines.length && !lines[end]!.trim().startsWith(fence)) end++;
    const characters = lines.slice(index + 1, end).join('\n').length;
    const line = firstBodyLine + index;
    count++;
    if (count === AUTHORED_DIAGRAM_LIMITS.maxPerFile + 1) {
      problems.push({ file, line, field: '', ...describeRule('too-many-diagrams', { max: AUTHORED_DIAGRAM_LIMITS.maxPerFile }) });
    }
    if (characters > AUTHORED_DIAGRAM_LIMITS.maxCharacters) {
      problems.push({ file, line, field: '', ...describeRule('diagram-too-long', { characters, max: AUTHORED_DIAGRAM_LIMITS.maxCharacters }) });
    }
    index = end;
  }
  return problems;
}
