import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Runs a command and measures it from outside: wall time, and the memory of its whole process
 * tree (Astro's Node process, Pagefind's binary and Chromium's renderers all count), sampled
 * from /proc every POLL_MS. Output lines are kept with the moment they arrived, so phases that
 * only announce themselves in the log (the search index) can be timed between two log lines.
 */

const POLL_MS = 100;

export interface LogLine {
  /** Seconds since the command started. */
  readonly at: number;
  readonly text: string;
}

export interface RunResult {
  readonly exitCode: number;
  readonly seconds: number;
  /** Highest sum of VmRSS over the process and all its descendants at one sample, in bytes. */
  readonly peakTreeRss: number;
  /** Highest VmRSS of any single process of the tree, in bytes, and which program it was. */
  readonly peakProcessRss: number;
  readonly peakProcessName: string;
  /** Highest VmRSS seen per program ("node astro.mjs", "pagefind_extended", "chromium --type=renderer"). */
  readonly peakRssByProgram: Readonly<Record<string, number>>;
  readonly lines: readonly LogLine[];
}

export interface RunOptions {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  /** Where the full output goes; the build logs of 514 regions are too long to keep in memory twice. */
  readonly logFile: string;
  /** Only lines matching this are kept in `lines`. */
  readonly keepLines: RegExp;
}

/** Lines of a failed command's log that its error carries. */
const FAILURE_LINES = 20;

/**
 * The error for a command that failed: its exit code and the end of its log, without the page
 * list. The log's folder is deleted when the benchmark ends (unless --keep), and the error is what
 * the results file keeps of a failed size, so the cause must travel in it.
 */
export async function failedRun(what: string, exitCode: number, logFile: string): Promise<Error> {
  const lines = stripAnsi(await readFile(logFile, 'utf8'))
    .split('\n')
    .filter((line) => line.trim() !== '' && !/[├└]─/.test(line));
  const end = lines.slice(-FAILURE_LINES).map((line) => `    ${line}`);
  return new Error([`${what} exited with ${exitCode}; the end of its log (${logFile}):`, ...end].join('\n'));
}

export async function runMeasured(command: string, args: readonly string[], options: RunOptions): Promise<RunResult> {
  const log = createWriteStream(options.logFile);
  const started = performance.now();
  const elapsed = (): number => (performance.now() - started) / 1000;
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: LogLine[] = [];
  const collect = (stream: NodeJS.ReadableStream): void => {
    let pending = '';
    stream.on('data', (chunk: Buffer) => {
      const at = elapsed();
      log.write(chunk);
      const parts = (pending + chunk.toString('utf8')).split('\n');
      pending = parts.pop() ?? '';
      for (const text of parts) {
        const clean = stripAnsi(text);
        if (options.keepLines.test(clean)) lines.push({ at, text: clean });
      }
    });
  };
  collect(child.stdout);
  collect(child.stderr);

  let peakTreeRss = 0;
  let peakProcessRss = 0;
  let peakProcessName = '';
  const peakRssByProgram: Record<string, number> = {};
  const sample = (): void => {
    if (child.pid === undefined) return;
    const processes = treeRss(child.pid);
    peakTreeRss = Math.max(peakTreeRss, processes.reduce((sum, p) => sum + p.rss, 0));
    for (const p of processes) {
      // Read at every sample, not once per process: a process caught between fork and exec still
      // shows its parent's command line, or none ("?"), and the search indexer is started that way.
      const name = programName(readProc(`/proc/${p.pid}/cmdline`));
      if (p.rss > 0) peakRssByProgram[name] = Math.max(peakRssByProgram[name] ?? 0, p.rss);
      if (p.rss > peakProcessRss) {
        peakProcessRss = p.rss;
        peakProcessName = name;
      }
    }
  };
  const timer = setInterval(sample, POLL_MS);

  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  const seconds = elapsed();
  clearInterval(timer);
  await new Promise<void>((resolve) => log.end(resolve));
  return { exitCode, seconds, peakTreeRss, peakProcessRss, peakProcessName, peakRssByProgram, lines };
}

interface ProcessRss {
  readonly pid: number;
  readonly rss: number;
}

/**
 * The process and its descendants, found through /proc/<pid>/task/<tid>/children (a child may
 * hang off any thread: Chromium starts its helpers from a launcher thread). Synchronous on
 * purpose: a walk reads a few hundred tiny files, and promise round-trips through the thread pool
 * for each cost the measuring process a fifth of a core, which the build it measures would miss.
 */
function treeRss(root: number): ProcessRss[] {
  const found: ProcessRss[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const pid = pending.pop()!;
    const status = readProc(`/proc/${pid}/status`);
    // The process ended between listing and reading: it no longer holds memory.
    if (status === undefined) continue;
    found.push({ pid, rss: kibibytes(status, 'VmRSS') });
    pending.push(...childrenOf(pid));
  }
  return found;
}

/**
 * "node astro.mjs" or "chromium --type=renderer": Node names its main thread "MainThread", and
 * every Chromium process is "chromium", so the status name alone would not say which it was.
 */
function programName(cmdline: string | undefined): string {
  let words = (cmdline ?? '').split('\0').filter(Boolean);
  // Chromium rewrites its helpers' command lines into one space-separated string.
  if (words.length === 1) words = words[0]!.split(' ');
  const [program = '?', ...args] = words;
  const base = path.basename(program);
  const detail = base === 'node' ? args.find((arg) => !arg.startsWith('-')) : args.find((arg) => arg.startsWith('--type='));
  return detail ? `${base} ${base === 'node' ? path.basename(detail) : detail}` : base;
}

function childrenOf(pid: number): number[] {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  return tasks.flatMap((task) => (readProc(`/proc/${pid}/task/${task}/children`) ?? '').split(/\s+/).filter(Boolean).map(Number));
}

function readProc(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
}

function kibibytes(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s*(\\d+)\\s*kB`, 'm').exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

// Astro colours its log even when the output is a pipe.
const ANSI = /\u001b\[[0-9;]*m/g;

function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}
