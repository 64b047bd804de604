/** A problem found in content, as an author reads it: where, which field, what, and a hint. */

export interface Bilingual {
  readonly id: string;
  readonly en: string;
}

export interface Problem {
  /** Path from the project root, with forward slashes, e.g. `content/kota-contoh/index.mdx`. */
  readonly file: string;
  /** 1-based line in the file, when the problem can be pinned to one. */
  readonly line?: number;
  /** Dotted field path inside the frontmatter, e.g. `funding.0.source`; empty for whole-file problems. */
  readonly field: string;
  readonly message: Bilingual;
  readonly hint?: Bilingual;
}

/** `file:line › field` then the message and hint, Indonesian first. */
export function formatProblem(problem: Problem): string {
  return formatFinding(problem, '✗');
}

/** A warning reads like a problem, marked ⚠: the content is valid, but something went unchecked. */
export function formatWarning(warning: Problem): string {
  return formatFinding(warning, '⚠');
}

function formatFinding(problem: Problem, mark: '✗' | '⚠'): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const lines = [problem.field ? `${where} › ${problem.field}` : where, `  ${mark} ${problem.message.id}`, `    ${problem.message.en}`];
  if (problem.hint) lines.push(`    Petunjuk: ${problem.hint.id}`, `    Hint: ${problem.hint.en}`);
  return lines.join('\n');
}

export function formatSummary(problems: readonly Problem[], counts: { regions: number; programmes: number }): string {
  if (problems.length === 0) {
    return (
      `✓ Semua konten valid: ${counts.regions} daerah, ${counts.programmes} program.\n` +
      `  All content is valid: ${counts.regions} regions, ${counts.programmes} programmes.`
    );
  }
  const files = new Set(problems.map((p) => p.file)).size;
  return (
    `✗ Ditemukan ${problems.length} masalah di ${files} berkas. Perbaiki lalu jalankan \`npm run check\` lagi.\n` +
    `  Found ${problems.length} problem(s) in ${files} file(s). Fix them and run \`npm run check\` again.`
  );
}

/** How many warnings were shown, and that they do not block publishing; empty when there are none. */
export function formatWarningSummary(count: number): string {
  if (count === 0) return '';
  return `⚠ ${count} peringatan: periksa, tetapi tidak menghalangi penerbitan.\n  ${count} warning(s): worth a look, but they do not block publishing.`;
}

export function compareProblems(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field);
}
