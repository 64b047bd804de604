/**
 * One commit as the history fixtures describe it; `changes` are `--name-status`-like entries, e.g.
 * `['M', path]` or `['R087', old, new]`, optionally followed by the object ids before and after
 * (`['M', path, { before, after }]`); without them both sides are "unknown" (all zeros).
 */
export interface FixtureCommit {
  readonly hash: string;
  readonly parents?: readonly string[];
  readonly date: string;
  readonly subject: string;
  readonly changes?: readonly (readonly (string | FixtureObjects)[])[];
}

export interface FixtureObjects {
  readonly before?: string;
  readonly after?: string;
}

const NO_OBJECT = '0'.repeat(40);

/**
 * What `git log -z --format=<LOG_FORMAT> --raw --no-abbrev` prints for these commits, newest first:
 * every field ended by NUL, and a line feed before the changed files of a commit that has any;
 * each file is its raw entry (`:100644 100644 <before> <after> <status>`) and its path or paths.
 * The layout is checked against real git in tests/history.test.ts.
 */
export function gitLogOutput(commits: readonly FixtureCommit[]): string {
  return commits
    .map(({ hash, parents = [], date, subject, changes = [] }) => {
      const header = [hash, parents.join(' '), date, subject].map((field) => `${field}\0`).join('');
      const files = changes
        .map((change) => {
          const [status = '', ...rest] = change.filter((part): part is string => typeof part === 'string');
          const objects = change.find((part): part is FixtureObjects => typeof part === 'object') ?? {};
          const before = status.startsWith('A') ? NO_OBJECT : (objects.before ?? NO_OBJECT);
          const after = status.startsWith('D') ? NO_OBJECT : (objects.after ?? NO_OBJECT);
          return [`:100644 100644 ${before} ${after} ${status}`, ...rest].map((field) => `${field}\0`).join('');
        })
        .join('');
      return changes.length === 0 ? header : `${header}\n${files}`;
    })
    .join('');
}
