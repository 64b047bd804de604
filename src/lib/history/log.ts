import { CONTENT_DIR, locateEntry } from '../content/layout.ts';
import { todayInJakarta } from '../dates.ts';
import { withoutHiddenCharacters } from '../hidden-characters.ts';
import { compareVersions, nameOf, type ContentChange, type Version } from './field-changes.ts';

/**
 * Change history of the published data, parsed from one `git log` over all of content/ and data/
 * (see `./git.ts` for the command): every data version, and per file what each commit changed in
 * its data (read from the content file's versions, `./field-changes.ts`). Everything here is pure
 * so it can be tested on fixture text.
 */

/**
 * The `--format` the parser expects, for `git log -z`: full hash, parent hashes, committer date
 * (strict ISO 8601) and subject, separated by NUL. NUL is the one character a commit message
 * cannot contain, so no subject can end a field or start a record (a subject with `\x1e`, `\x1f`
 * or a line break once could, and with them forge a commit's hash and date). `-z` ends each commit
 * with NUL too, and writes the `--raw` entries as NUL-separated fields.
 */
export const LOG_FORMAT = '%H%x00%P%x00%cI%x00%s';

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
  /**
   * First line of the message, without hidden characters (src/lib/hidden-characters.ts). A note
   * between developers, never shown to readers: pages and feeds describe the content's changes.
   */
  readonly subject: string;
}

export type ChangeKind = 'added' | 'modified' | 'deleted' | 'renamed' | 'copied';

export interface PathChange {
  readonly kind: ChangeKind;
  /** Path after the commit (for a deletion: the path that was removed). */
  readonly path: string;
  /** Path before a rename or copy. */
  readonly previousPath?: string;
  /** Git object id of the file's content before the commit; undefined for a new file. */
  readonly before?: string;
  /** Git object id of the file's content after the commit; undefined for a deleted file. */
  readonly after?: string;
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

const HASH = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;
/** `%cI`, e.g. `2026-03-12T09:15:00+07:00`: anything else is not a date git wrote. */
const STRICT_ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$/;
/**
 * A `--raw --no-abbrev` entry: modes, object ids before and after, and the status letter, with a
 * similarity score for renames and copies (`R087`). An id of zeros means "no file" on that side.
 */
const RAW = /^:\d{6} \d{6} ([0-9a-f]{40}(?:[0-9a-f]{24})?) ([0-9a-f]{40}(?:[0-9a-f]{24})?) ([A-Z])\d*$/;
const NO_OBJECT = /^0+$/;
const objectId = (id: string | undefined): string | undefined => (id === undefined || NO_OBJECT.test(id) ? undefined : id);

/**
 * Parses `git log -z --format=<LOG_FORMAT> --raw --no-abbrev` output; commits stay in the order git
 * gave (newest first). The output is a run of NUL-ended fields: per commit, hash, parents, date and
 * subject, then, when it changed files, a line feed and per file its raw entry and its path (two for
 * a rename or copy: old, then new). Fields are read by position, never by what they contain.
 */
export function parseGitLog(output: string): LoggedCommit[] {
  const fields = output.split('\0');
  const commits: LoggedCommit[] = [];
  let index = 0;
  const next = (): string | undefined => fields[index++];
  while (index < fields.length) {
    const hash = next() ?? '';
    // Only a hash can start a commit; anything else (the empty field after the last NUL) is skipped.
    if (!HASH.test(hash)) continue;
    const parents = next() ?? '';
    const date = next() ?? '';
    const subject = next() ?? '';
    const changes: PathChange[] = [];
    // A line feed opens the list of changed files; a merge commit has none.
    if (fields[index]?.startsWith('\n')) fields[index] = fields[index]!.slice(1);
    for (let raw = RAW.exec(fields[index] ?? ''); raw; raw = RAW.exec(fields[index] ?? '')) {
      index++;
      const kind = STATUS_KINDS[raw[3]!];
      const first = next() ?? '';
      const second = kind === 'renamed' || kind === 'copied' ? next() : undefined;
      if (kind === undefined) continue;
      const objects = { before: objectId(raw[1]), after: objectId(raw[2]) };
      changes.push(second === undefined ? { kind, path: first, ...objects } : { kind, path: second, previousPath: first, ...objects });
    }
    if (!STRICT_ISO_DATE.test(date) || Number.isNaN(Date.parse(date))) continue;
    commits.push({
      hash,
      shortHash: hash.slice(0, 7),
      parents: parents.split(' ').filter((parent) => parent !== ''),
      date,
      day: todayInJakarta(new Date(date)),
      subject: withoutHiddenCharacters(subject).trim(),
      changes,
    });
  }
  return commits;
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
  /** What the commit changed in the file's data. */
  readonly content: ContentChange;
}

/**
 * The version of the data a build publishes: the newest commit that changed content/ or data/.
 * A commit that changed only code leaves it as it was, so two builds of the same data say the same.
 */
export type DataVersion = Pick<Commit, 'hash' | 'shortHash' | 'date' | 'day'>;

/** How much of the history this checkout can tell. */
export type HistoryStatus = 'complete' | 'shallow' | 'unavailable';

export interface ContentHistory {
  readonly status: HistoryStatus;
  /**
   * Commits that changed content/ or data/, newest first (causally: never a parent before its
   * child): every data version. A commit that changed only data/ has no content file among its changes.
   */
  readonly commits: readonly LoggedCommit[];
  /** Changes per file, keyed by the file's current path (its latest name), newest first; content/ and data/ files alike. */
  readonly byFile: ReadonlyMap<string, readonly FileChange[]>;
  /** The newest commit; undefined when this checkout cannot tell (no git). */
  readonly version: DataVersion | undefined;
}

export interface HistoryVersions {
  /** The content files' versions by git object id; a change whose versions are missing is described as "changed". */
  readonly objects?: ReadonlyMap<string, Version>;
}

/** What a change did to its file's data, from the versions before and after it. */
function contentOf(change: PathChange, objects: ReadonlyMap<string, Version>): ContentChange {
  if (change.kind === 'added' || change.kind === 'copied') return { kind: 'created' };
  // The same object on both sides: a move or a mode change, nothing a reader sees.
  if (change.before !== undefined && change.before === change.after) return { kind: 'none' };
  const location = change.path.startsWith(`${CONTENT_DIR}/`) ? locateEntry(change.path.slice(CONTENT_DIR.length + 1)) : undefined;
  const before = change.before === undefined ? undefined : objects.get(change.before);
  if (change.kind === 'deleted') return { kind: 'deleted', name: before && nameOf(before) };
  const after = change.after === undefined ? undefined : objects.get(change.after);
  if (!location || before === undefined || after === undefined) return { kind: 'unknown' };
  return compareVersions(location.kind, before, after);
}

const NO_OBJECTS: ReadonlyMap<string, Version> = new Map();

/**
 * Indexes commits by file, following renames: walking from newest to oldest, a rename `old → new`
 * makes older changes of `old` belong to whatever `new` is called today. A path reused after a
 * rename (a new file created at the old name later on) keeps its own history, because its
 * changes are met before the rename that sets up the alias.
 */
export function indexHistory(commits: readonly LoggedCommit[], status: HistoryStatus, versions: HistoryVersions = {}): ContentHistory {
  const objects = versions.objects ?? NO_OBJECTS;
  const byFile = new Map<string, FileChange[]>();
  const currentName = new Map<string, string>();
  const resolve = (path: string) => currentName.get(path) ?? path;
  for (const commit of commits) {
    const boundary = status === 'shallow' && commit.parents.length === 0;
    for (const change of commit.changes) {
      const current = resolve(change.path);
      const list = byFile.get(current) ?? [];
      list.push({ commit, ...change, boundary, content: boundary ? { kind: 'unknown' } : contentOf(change, objects) });
      byFile.set(current, list);
      if (change.kind === 'renamed' && change.previousPath !== undefined) currentName.set(change.previousPath, current);
    }
  }
  const newest = status === 'unavailable' ? undefined : commits[0];
  return { status, commits, byFile, version: newest && { hash: newest.hash, shortHash: newest.shortHash, date: newest.date, day: newest.day } };
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
 * One file's changes to its data, newest first, without shallow-boundary snapshots and without
 * commits that changed nothing a reader sees (a move, a reformat); `last` is the newest: the
 * page's "last updated". When nothing is known, `gap` says why, so pages can tell readers instead
 * of showing nothing.
 */
export type FileHistory =
  | { readonly last: FileChange; readonly changes: readonly FileChange[]; readonly gap: 'none' | 'shallow' }
  | { readonly last: undefined; readonly changes: readonly []; readonly gap: Exclude<HistoryGap, 'none'> };

/** The history of one file, by its path from the project root, e.g. `content/kota-contoh/index.mdx`. */
export function historyOfFile(history: ContentHistory, file: string): FileHistory {
  if (history.status === 'unavailable') return { last: undefined, changes: [], gap: 'unavailable' };
  const all = history.byFile.get(file) ?? [];
  if (all.length === 0) return { last: undefined, changes: [], gap: 'uncommitted' };
  const changes = all.filter((change) => !change.boundary && change.content.kind !== 'none');
  const [last] = changes;
  // A file is created by a change that counts, so an empty list means its creation is out of reach: a shallow clone.
  if (!last) return { last: undefined, changes: [], gap: 'shallow' };
  return { last, changes, gap: history.status === 'shallow' ? 'shallow' : 'none' };
}
