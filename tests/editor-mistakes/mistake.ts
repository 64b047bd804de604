import type { FixtureFiles } from '../helpers/content-fixture.ts';

/**
 * The shared shape of the editor-mistake corpus (tests/editor-mistakes.test.ts runs every case file
 * in one check). Each case writes its files into its OWN region folder, so the runner can tell
 * whose problems are whose.
 */

/** One problem the check must report, as the editor reads it (`message`/`hint` = the Indonesian text). */
export interface ExpectedProblem {
  /** Path from the project root, e.g. `content/kota-salah-yaml-1/index.md`. */
  file: string;
  line: number | undefined;
  field: string;
  /** Problem.message.id */
  message: string;
  /** Problem.hint?.id */
  hint: string | undefined;
}

export interface EditorMistake {
  name: string;
  /** Paths below content/, as in tests/helpers/content-fixture.ts; all inside one region folder of this case. */
  files: FixtureFiles;
  /** Exactly the problems the check reports for the case's folder. */
  expected: readonly ExpectedProblem[];
}
