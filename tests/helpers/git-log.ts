/** One commit as the history fixtures describe it; `changes` are `--name-status` entries, e.g. `['R087', old, new]`. */
export interface FixtureCommit {
  readonly hash: string;
  readonly parents?: readonly string[];
  readonly date: string;
  readonly subject: string;
  readonly changes?: readonly (readonly string[])[];
}

/**
 * What `git log -z --format=<LOG_FORMAT> --name-status` prints for these commits, newest first:
 * every field ended by NUL, and a line feed before the changed files of a commit that has any.
 * The layout is checked against real git in tests/history.test.ts.
 */
export function gitLogOutput(commits: readonly FixtureCommit[]): string {
  return commits
    .map(({ hash, parents = [], date, subject, changes = [] }) => {
      const header = [hash, parents.join(' '), date, subject].map((field) => `${field}\0`).join('');
      const files = changes.map((change) => change.map((field) => `${field}\0`).join('')).join('');
      return changes.length === 0 ? header : `${header}\n${files}`;
    })
    .join('');
}
