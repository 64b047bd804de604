import { escapeHtmlAttribute, escapeHtmlText } from '../escape.ts';
import type { Problem } from './problem.ts';

/**
 * The page `npm run dev` shows instead of every page while the content has problems
 * (src/integrations/dev-check.ts): the same problems, in the same words, as `npm run check`
 * prints, so an editor who only looks at the browser still learns what to fix and where.
 *
 * Self-contained (its own small stylesheet, no images or fonts) so it shows even when the site's
 * own assets cannot be built. The only script is the dev server's client, loaded from a file: it
 * reloads the page when the check's result changes, and no inline script is needed for that.
 */

const STYLE = `
body { margin: 0; font: 1rem/1.5 system-ui, sans-serif; color: #1a1a1a; background: #fff; }
main { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .25rem; color: #8a1c1c; }
.en { color: #4a4a4a; }
ol { padding-left: 1.5rem; }
li { margin: 1rem 0; padding: .75rem 1rem; border-left: .3rem solid #b42318; background: #fdf3f2; }
li p { margin: .15rem 0; }
.where { font-family: ui-monospace, monospace; font-weight: 600; overflow-wrap: anywhere; }
.message { font-weight: 600; }
`;

/** `file:line › field`, as the check prints it above each problem. */
function location(problem: Problem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  return problem.field ? `${where} › ${problem.field}` : where;
}

function problemItem(problem: Problem): string {
  const lines = [
    `<p class="where">${escapeHtmlText(location(problem))}</p>`,
    `<p class="message">${escapeHtmlText(problem.message.id)}</p>`,
    `<p class="en" lang="en">${escapeHtmlText(problem.message.en)}</p>`,
  ];
  if (problem.hint) {
    lines.push(`<p>Petunjuk: ${escapeHtmlText(problem.hint.id)}</p>`, `<p class="en" lang="en">Hint: ${escapeHtmlText(problem.hint.en)}</p>`);
  }
  return `<li>${lines.join('')}</li>`;
}

export interface ProblemPageOptions {
  /** URL of the dev server's client script, which reloads the page when the content changes. */
  readonly reloadScript: string;
}

/** The whole HTML document listing `problems` (at least one), Indonesian first. */
export function problemPage(problems: readonly Problem[], { reloadScript }: ProblemPageOptions): string {
  const files = new Set(problems.map((problem) => problem.file)).size;
  return [
    '<!doctype html>',
    '<html lang="id">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Konten belum valid / Content is not valid</title>',
    `<style>${STYLE}</style>`,
    `<script type="module" src="${escapeHtmlAttribute(reloadScript)}"></script>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>Konten belum valid: ${problems.length} masalah di ${files} berkas</h1>`,
    `<p class="en" lang="en">Content is not valid: ${problems.length} problem(s) in ${files} file(s)</p>`,
    '<p>Pratinjau menampilkan halaman ini, bukan halaman situs, sampai semua masalah di bawah diperbaiki. ' +
      'Simpan perbaikan di editor: halaman ini dimuat ulang sendiri. <code>npm run check</code> menampilkan daftar yang sama.</p>',
    '<p class="en" lang="en">The preview shows this page instead of the site until every problem below is fixed. ' +
      'Save your fix in the editor: this page reloads by itself. <code>npm run check</code> prints the same list.</p>',
    `<ol>${problems.map(problemItem).join('')}</ol>`,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
