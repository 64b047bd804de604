import { describe, expect, it } from 'vitest';
import type { Problem } from '../src/lib/content/problem.ts';
import { checkFixture, type FixtureFiles } from './helpers/content-fixture.ts';
import { MISTAKES as LINKS_AND_CROSS_CHECKS } from './editor-mistakes/links-and-cross-checks.ts';
import { MISTAKES as MESSAGES } from './editor-mistakes/messages.ts';
import type { EditorMistake, ExpectedProblem } from './editor-mistakes/mistake.ts';

/**
 * The editor-mistake corpus: every case of every file in tests/editor-mistakes/, written into one
 * content tree and checked in ONE run, as an editor's `npm run check` sees a whole branch. Each
 * case lives in its own region folder, so the problems of a folder are exactly its case's.
 */
const CASE_FILES: Record<string, readonly EditorMistake[]> = {
  'links-and-cross-checks': LINKS_AND_CROSS_CHECKS,
  messages: MESSAGES,
};
const ALL: readonly EditorMistake[] = Object.values(CASE_FILES).flat();

const folderOf = (path: string): string => path.replace(/^content\//, '').split('/')[0]!;

const seen = (problem: Problem): ExpectedProblem => ({
  file: problem.file,
  line: problem.line,
  field: problem.field,
  message: problem.message.id,
  hint: problem.hint?.id,
});

const byPlace = (a: ExpectedProblem, b: ExpectedProblem): number =>
  a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || a.field.localeCompare(b.field) || a.message.localeCompare(b.message);

/** Every case's files in one tree; a folder used by two cases would mix their problems. */
function mergedFiles(): FixtureFiles {
  const owner = new Map<string, string>();
  const files: FixtureFiles = {};
  for (const mistake of ALL) {
    for (const [path, entry] of Object.entries(mistake.files)) {
      const folder = folderOf(path);
      const other = owner.get(folder);
      if (other !== undefined && other !== mistake.name) throw new Error(`"${mistake.name}" and "${other}" both write into content/${folder}/`);
      owner.set(folder, mistake.name);
      files[path] = entry;
    }
  }
  return files;
}

describe('the editor-mistake corpus, checked in one run', async () => {
  const { problems } = await checkFixture(mergedFiles());
  const foldersOfCases = new Set(ALL.flatMap((mistake) => Object.keys(mistake.files).map(folderOf)));

  it('holds at least 40 mistakes, each named once', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(40);
    expect(new Set(ALL.map((mistake) => mistake.name)).size).toBe(ALL.length);
  });

  it.each(ALL.map((mistake) => [mistake.name, mistake] as const))('%s', (_name, mistake) => {
    const folders = new Set(Object.keys(mistake.files).map(folderOf));
    expect(folders.size, 'a case writes into one region folder').toBe(1);
    const found = problems.filter((problem) => folders.has(folderOf(problem.file))).map(seen);
    expect(found.sort(byPlace)).toEqual([...mistake.expected].sort(byPlace));
  });

  it('reports nothing outside the cases’ folders', () => {
    expect(problems.filter((problem) => !foldersOfCases.has(folderOf(problem.file))).map(seen)).toEqual([]);
  });

  it('never shows a raw undefined, null or [object Object] in any message', () => {
    const texts = problems.flatMap((problem) => [problem.message.id, problem.message.en, problem.hint?.id ?? '', problem.hint?.en ?? '']);
    expect(texts.filter((shown) => /\bundefined\b|\bnull\b|\[object Object\]/.test(shown))).toEqual([]);
  });
});
