import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { CONTENT_DIR, DATA_DIR } from '../content/layout.ts';
import { readVersion, type Version } from './field-changes.ts';
import { LOG_FORMAT, historyOfFile, indexHistory, parseGitLog, type Commit, type ContentHistory, type FileHistory, type LoggedCommit } from './log.ts';

/**
 * Reads the content history from git once per build: one `git log` over all of content/ and data/
 * instead of one `git log --follow` per file, which would cost a process per page, then every
 * version of every content file it names in one `git cat-file --batch` (a process for all of them,
 * each object read once however many commits share it). The parsed index is cached per working
 * directory in a module-level promise that every page shares.
 *
 * A build never fails because of git: without git, outside a repository, or in a shallow clone
 * (CI often clones with depth 1) the history says less, and the components say so.
 */

export interface HistoryOptions {
  /** Project root: where content/ lives. Defaults to the current directory, as for Astro's content loader. */
  readonly cwd?: string;
}

const run = promisify(execFile);

async function git(cwd: string, args: readonly string[]): Promise<string> {
  const { stdout } = await run('git', [...args], { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' });
  return stdout;
}

/**
 * Folders whose data the portal publishes: content/ and the national lists in data/. Every commit
 * that changes either is a data version (the newest is the one a build publishes), so the log
 * covers both; pages' change histories come from the content/ files alone.
 */
const DATA_FOLDERS = [CONTENT_DIR, DATA_DIR] as const;

const LOG_ARGS = [
  'log',
  // NUL-separated fields and records: no commit subject can pass for a separator (see LOG_FORMAT),
  // and paths come verbatim, never quoted, whatever core.quotePath says.
  '-z',
  `--format=${LOG_FORMAT}`,
  // The object ids before and after each change, so each file's versions can be read by id.
  '--raw',
  '--no-abbrev',
  // Renames are followed explicitly, whatever diff.renames is set to.
  '-M',
  // Children before parents (needed to follow renames), otherwise by commit date.
  '--date-order',
  '--no-show-signature',
  '--no-color',
  // Paths relative to the project root, which need not be the repository root.
  '--relative',
  '--',
  ...DATA_FOLDERS.map((folder) => `${folder}/`),
] as const;

/**
 * The text of each object, by id, from one `git cat-file --batch`: it answers each id on its own
 * line with `<id> blob <size>`, the bytes and a line feed (or `<id> missing`, in a partial clone).
 */
function readObjects(cwd: string, ids: readonly string[]): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'ignore'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file exited with ${code}`));
      const output = Buffer.concat(chunks);
      const objects = new Map<string, string>();
      let offset = 0;
      while (offset < output.length) {
        const lineEnd = output.indexOf(0x0a, offset);
        if (lineEnd === -1) break;
        const [id = '', type, size] = output.toString('utf8', offset, lineEnd).split(' ');
        offset = lineEnd + 1;
        if (size === undefined) continue;
        const length = Number(size);
        if (type === 'blob') objects.set(id, output.toString('utf8', offset, offset + length));
        offset += length + 1;
      }
      resolve(objects);
    });
    child.stdin.on('error', reject);
    child.stdin.end(ids.map((id) => `${id}\n`).join(''));
  });
}

const MARKDOWN = /\.mdx?$/;
const isContentFile = (path: string): boolean => path.startsWith(`${CONTENT_DIR}/`) && MARKDOWN.test(path);

/** Every version of every content file the log names, read and parsed once each. */
async function readVersions(cwd: string, commits: readonly LoggedCommit[]): Promise<Map<string, Version>> {
  // Content files only: images and other files under content/, and the lists in data/, have no fields to compare.
  const entries = commits.flatMap((commit) => commit.changes.filter((change) => isContentFile(change.path)));
  const ids = new Set(entries.flatMap((change) => [change.before, change.after].filter((id) => id !== undefined)));
  const texts = await readObjects(cwd, [...ids]);
  return new Map([...texts].map(([id, text]) => [id, readVersion(text)]));
}

async function readHistory(cwd: string): Promise<ContentHistory> {
  try {
    const [shallow, log] = await Promise.all([git(cwd, ['rev-parse', '--is-shallow-repository']), git(cwd, LOG_ARGS)]);
    const commits = parseGitLog(log);
    const status = shallow.trim() === 'true' ? 'shallow' : 'complete';
    let objects: Map<string, Version> | undefined;
    try {
      objects = await readVersions(cwd, commits);
    } catch (error) {
      // The dates still hold without the versions: changes are then described as "changed", not how.
      console.warn(`[history] old versions of content unreadable, changes will not say what changed: ${messageOf(error)}`);
    }
    return indexHistory(commits, status, { objects });
  } catch (error) {
    // Said once per build, so whoever publishes knows why pages show no change dates.
    console.warn(`[history] git history unavailable, pages will say so: ${messageOf(error)}`);
    return indexHistory([], 'unavailable');
  }
}

const messageOf = (error: unknown): string => (error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));

const cache = new Map<string, Promise<ContentHistory>>();

/** The parsed history of content/ and data/, read once per project root. */
export function contentHistory(options: HistoryOptions = {}): Promise<ContentHistory> {
  const cwd = options.cwd ?? process.cwd();
  let history = cache.get(cwd);
  if (!history) {
    history = readHistory(cwd);
    cache.set(cwd, history);
  }
  return history;
}

/** Commits that changed `file` (path from the project root), newest first, and what the list may miss. */
export async function fileHistory(file: string, options: HistoryOptions = {}): Promise<FileHistory> {
  return historyOfFile(await contentHistory(options), file);
}

/** The last commit that changed `file`, or undefined when this checkout cannot tell (see `fileHistory` for why). */
export async function lastChanged(file: string, options: HistoryOptions = {}): Promise<Commit | undefined> {
  return (await fileHistory(file, options)).last?.commit;
}
