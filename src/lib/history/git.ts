import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { CONTENT_DIR } from '../content/layout.ts';
import { LOG_FORMAT, historyOfFile, indexHistory, parseGitLog, type Commit, type ContentHistory, type FileHistory } from './log.ts';

/**
 * Reads the content history from git once per build: one `git log` over all of content/ instead
 * of one `git log --follow` per file, which would cost a process per page. The parsed index is
 * cached per working directory in a module-level promise that every page shares.
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

const LOG_ARGS = [
  'log',
  // NUL-separated fields and records: no commit subject can pass for a separator (see LOG_FORMAT),
  // and paths come verbatim, never quoted, whatever core.quotePath says.
  '-z',
  `--format=${LOG_FORMAT}`,
  '--name-status',
  // Renames are followed explicitly, whatever diff.renames is set to.
  '-M',
  // Children before parents (needed to follow renames), otherwise by commit date.
  '--date-order',
  '--no-show-signature',
  '--no-color',
  // Paths relative to the project root, which need not be the repository root.
  '--relative',
  '--',
  `${CONTENT_DIR}/`,
] as const;

async function readHistory(cwd: string): Promise<ContentHistory> {
  try {
    const [shallow, log] = await Promise.all([git(cwd, ['rev-parse', '--is-shallow-repository']), git(cwd, LOG_ARGS)]);
    return indexHistory(parseGitLog(log), shallow.trim() === 'true' ? 'shallow' : 'complete');
  } catch (error) {
    // Said once per build, so whoever publishes knows why pages show no change dates.
    console.warn(`[history] git history unavailable, pages will say so: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    return indexHistory([], 'unavailable');
  }
}

const cache = new Map<string, Promise<ContentHistory>>();

/** The parsed history of content/, read once per project root. */
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
