import type { Root } from 'mdast';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { outlineBody, type BodyOutline } from '../links.ts';
import type { Problem } from '../problem.ts';
import { guardTree, type GuardFinding, type GuardOptions } from './guard.ts';
import { UNRECOGNISED_CODE_HINT, describeFinding } from './messages.ts';
import { MARKDOWN_FEATURES, type BodyFormat } from './policy.ts';
import { scanBody } from './scanner.ts';

/**
 * The check's judgement of a content body: the body is parsed by the same parser, with the same
 * features, as in the build, and the AST guard judges that tree. The scanner then reads the raw
 * text as a second opinion; what it alone finds is reported too (it is stricter, never looser).
 */

const bodyFormatOf = (file: string): BodyFormat => (file.endsWith('.mdx') ? 'mdx' : 'md');

/**
 * Runs the parser on a body and returns the guard's findings, or the parser's own complaint, and
 * the body's links and headings read from the same tree (`firstBodyLine` places them in the file).
 * The tree is the one the build's guard sees before it renders (the same parser and features);
 * asking for the tree alone spares rendering what the check never shows.
 */
function parseAndGuard(body: string, format: BodyFormat, firstBodyLine: number, options: GuardOptions): { found: GuardFinding[]; outline: BodyOutline } {
  const settings = { features: MARKDOWN_FEATURES, position: true };
  let root: Root;
  try {
    root = (format === 'mdx' ? mdxToMdast(body, settings) : markdownToMdast(body, settings)) as Root;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const line = Number(/^(\d+):\d+/.exec(detail)?.[1] ?? 1);
    const finding = { offset: 0, rule: 'mdx-syntax', values: { detail: detail.replace(/^\d+:\d+:\s*/, '') } } as const;
    return { found: [{ line, rule: finding.rule, ...describeFinding(finding) }], outline: { references: [], anchors: [] } };
  }
  return { found: guardTree(root, format, options), outline: outlineBody(root, firstBodyLine) };
}

/**
 * Problems in a content body. `firstBodyLine` is the line of the file on which `body` starts, so
 * each problem names the line an author sees in the editor.
 */
export function checkContentBody(file: string, body: string, firstBodyLine: number, options: GuardOptions = {}): Problem[] {
  return readContentBody(file, body, firstBodyLine, options).problems;
}

/** `checkContentBody`, and the body's links and headings for the check's link resolution (src/lib/content/links.ts). */
export function readContentBody(file: string, body: string, firstBodyLine: number, options: GuardOptions = {}): { problems: Problem[]; outline: BodyOutline } {
  const format = bodyFormatOf(file);
  const scanned = scanBody(body, format);
  const { found, outline } = parseAndGuard(body, format, firstBodyLine, options);
  // Where MDX could not be parsed, the scanner's own finding on that line says more precisely why.
  const fromTree = found.filter(
    ({ line, rule }) => rule !== 'mdx-syntax' || !scanned.some((other) => other.line === line),
  );
  const seen = new Set(fromTree.map(({ line, rule }) => `${line}:${rule}`));
  const secondOpinion = scanned
    .filter(({ line, finding }) => !seen.has(`${line}:${finding.rule}`))
    .map(({ line, finding, unsure }) => {
      const { message, hint } = describeFinding(finding);
      const shown = unsure ? UNRECOGNISED_CODE_HINT : hint;
      return { line, message, ...(shown ? { hint: shown } : {}) };
    });
  const problems = [...fromTree, ...secondOpinion]
    .sort((a, b) => a.line - b.line)
    .map(({ line, message, hint }) => ({ file, line: firstBodyLine + line - 1, field: '', message, ...(hint ? { hint } : {}) }));
  return { problems, outline };
}
