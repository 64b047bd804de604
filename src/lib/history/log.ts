import { todayInJakarta } from '../content/load.ts';

/**
 * Change history of the content files, parsed from one `git log` over all of content/ (see
 * `./git.ts` for the command). Everything here is pure so it can be tested on fixture text.
 */

/** Separators git writes through `%x1e` / `%x1f`: characters that never occur in hashes, dates or subjects. */
export const RECORD_SEPARATOR = '\x1e';
export const FIELD_SEPARATOR = '\x1f';

/** The `--format` the parser expects: full hash, parent hashes, committer date (strict ISO 8601), subject. */
export const LOG_FORMAT = `${RECORD_SEPARATOR}%H${FIELD_SEPARATOR}%P${FIELD_SEPARATOR}%cI${FIELD_SEPARATOR}%s`;

export interface Commit {
  readonly hash: string;
  /**
   * First seven characters of the hash. Not git's `%h`, whose length grows with the number of
   * objects and so would differ between clones of the same commit.
   */
  readonly shortHash: string;
  readonly parents: readonly string[];
  /**
   * Committer date, e.g. `2026-03-12T09:15:00+07:00`: when the change landed in the repository
   * (author dates survive rebases and can be far older). Also valid RFC 3339 for Atom.
   */
  readonly date: string;
  /** Calendar day of `date` in Jakarta (WIB), the portal's reference time zone, as `YYYY-MM-DD`. */
  readonly day: string;
  readonly subject: string;
}

export type ChangeKind = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied';

export interface PathChange {
  readonly kind: ChangeKind;
  /** Path after the commit (for a deletion: the path that was removed). */
  readonly path: string;
  /** Path before a rename or copy. */
  readonly previousPath?: string;
}

export interface LoggedCommit extends Commit {
  readonly changes: readonly PathChange[];
}

const STATUS_KINDS: Readonly<Record<string, ChangeKind>> = {
  A: 'added',
  M: 'modified',
  // A type change (file ↔ symlink) changes what the page shows just like an edit.
  T: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
};

/** One `--name-status` line: `M\tpath`, or `R087\told\tnew` for a rename with its similarity. */
function parseChange(line: string): PathChange | undefined {
  const [status = '', first, second] = line.split('\t');
  const kind = STATUS_KINDS[status.charAt(0)];
  if (kind === undefined || first === undefined) return undefined;
  if ((kind === 'renamed' || kind === 'copied') && second !== undefined) return { kind, path: second, previousPath: first };
  return { kind, path: first };
}

/** Parses `git log --format=<LOG_FORMAT> --name-status` output; commits stay in the order git gave (newest first). */
export function parseGitLog(output: string): LoggedCommit[] {
  return output
    .split(RECORD_SEPARATOR)
    .filter((record) => record.trim() !== '')
    .flatMap((record): LoggedCommit[] => {
      const [header = '', ...lines] = record.split('\n');
      const [hash = '', parents = '', date = '', ...subject] = header.split(FIELD_SEPARATOR);
      if (!/^[0-9a-f]{40,64}$/.test(hash) || Number.isNaN(Date.parse(date))) return [];
      return [
        {
          hash,
          shortHash: hash.slice(0, 7),
          parents: parents.split(' ').filter((parent) => parent !== ''),
          date,
          day: todayInJakarta(new Date(date)),
          // Rejoined in case a subject ever contains the separator itself.
          subject: subject.join(FIELD_SEPARATOR).trim(),
          changes: lines.flatMap((line) => {
            const change = parseChange(line.trimEnd());
            return change ? [change] : [];
          }),
        },
      ];
    });
}

export interface FileChange {
  readonly commit: Commit;
  readonly kind: ChangeKind;
  /** The file's path in that commit; differs from today's path when the file was renamed since. */
  readonly path: string;
  readonly previousPath?: string;
  /**
   * In a shallow clone, the oldest commit available has no parents, so git lists every file it
   * contains as added. Such an entry says "the file existed by then", not "it changed then".
   */
  readonly boundary: boolean;
}

/** How much of the history this checkout can tell. */
export type HistoryStatus = 'complete' | 'shallow' | 'unavailable';

export interface ContentHistory {
  readonly status: HistoryStatus;
  /** Commits that touched content, newest first (causally: never a parent before its child). */
  readonly commits: readonly LoggedCommit[];
  /** Changes per file, keyed by the file's current path (its latest name), newest first. */
  readonly byFile: ReadonlyMap<string, readonly FileChange[]>;
}

/**
 * Indexes commits by file, following renames: walking from newest to oldest, a rename `old → new`
 * makes older changes of `old` belong to whatever `new` is called today. A path reused after a
 * rename (a new file created at the old name later on) keeps its own history, because its
 * changes are met before the rename that sets up the alias.
 */
export function indexHistory(commits: readonly LoggedCommit[], status: HistoryStatus): ContentHistory {
  const byFile = new Map<string, FileChange[]>();
  const currentName = new Map<string, string>();
  const resolve = (path: string) => currentName.get(path) ?? path;
  for (const commit of commits) {
    const boundary = status === 'shallow' && commit.parents.length === 0;
    for (const change of commit.changes) {
      const current = resolve(change.path);
      const list = byFile.get(current) ?? [];
      list.push({ commit, ...change, boundary });
      byFile.set(current, list);
      if (change.kind === 'renamed' && change.previousPath !== undefined) currentName.set(change.previousPath, current);
    }
  }
  return { status, commits, byFile };
}

/** Why a file's list of changes may be shorter than its real history. */
export type HistoryGap =
  /** The list is the file's full history. */
  | 'none'
  /** Shallow clone: older changes are missing. */
  | 'shallow'
  /** Git is missing, or this is not a git checkout. */
  | 'unavailable'
  /** Git works but has never seen the file: it is not committed yet. */
  | 'uncommitted';

/**
 * One file's changes, newest first, without shallow-boundary snapshots; `last` is the newest.
 * When nothing is known, `gap` says why, so pages can tell readers instead of showing nothing.
 */
export type FileHistory =
  | { readonly last: FileChange; readonly changes: readonly FileChange[]; readonly gap: 'none' | 'shallow' }
  | { readonly last: undefined; readonly changes: readonly []; readonly gap: Exclude<HistoryGap, 'none'> };

/** The history of one file, by its path from the project root, e.g. `content/kota-contoh/index.mdx`. */
export function historyOfFile(history: ContentHistory, file: string): FileHistory {
  if (history.status === 'unavailable') return { last: undefined, changes: [], gap: 'unavailable' };
  const all = history.byFile.get(file) ?? [];
  if (all.length === 0) return { last: undefined, changes: [], gap: 'uncommitted' };
  const changes = all.filter((change) => !change.boundary);
  const [last] = changes;
  // Only a shallow clone has boundary snapshots, so an empty list here means a shallow one.
  if (!last) return { last: undefined, changes: [], gap: 'shallow' };
  return { last, changes, gap: history.status === 'shallow' ? 'shallow' : 'none' };
}
