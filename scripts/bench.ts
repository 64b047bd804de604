/**
 * `npm run bench`: does the portal hold up at national scale (514 regions)? Generates synthetic
 * regions into a temporary folder, checks and builds them, measures time, memory, output size,
 * page weight and the first search, and builds the same content with Hugo + Pagefind as a
 * yardstick in the same run. Method and results: docs/performance.md.
 *
 *   npm run bench                          sizes 10, 100 and 514
 *   npm run bench -- --quick               size 10 only
 *   npm run bench -- --sizes 10,100        chosen sizes
 *   npm run bench -- --regions 25          only generate 25 regions (kept) and print where
 *   options: --seed S (default 1), --json FILE (default <tmpdir>/bench-results.json), --keep
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeContent } from './bench/generator.ts';
import { table, verdictText, verdicts, type Outcome } from './bench/report.ts';
import { runSize, snapshotPortal } from './bench/run-size.ts';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const DEFAULT_SIZES = [10, 100, 514];

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    quick: { type: 'boolean', default: false },
    regions: { type: 'string' },
    seed: { type: 'string', default: '1' },
    json: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
  strict: true,
});

const seed = positiveInteger(values.seed, '--seed', true);
const onlyGenerate = values.regions === undefined ? undefined : positiveInteger(values.regions, '--regions');
const sizes = values.quick ? [10] : values.sizes ? values.sizes.split(',').map((size) => positiveInteger(size.trim(), '--sizes')) : DEFAULT_SIZES;
const workDir = await mkdtemp(path.join(os.tmpdir(), 'masterplan-bench-'));

if (onlyGenerate !== undefined) {
  const written = await writeContent(workDir, { regions: onlyGenerate, seed });
  console.log(`${onlyGenerate} regions, ${written.programmes} programmes, ${written.files} files in ${path.join(workDir, 'content')}`);
  console.log(`Build them with: CONTENT_ROOT=${workDir} npm run build`);
} else {
  const jsonFile = path.resolve(values.json ?? path.join(os.tmpdir(), 'bench-results.json'));
  const started = new Date();
  // Taken before the snapshot of the sources, so the commit named is the one measured.
  const setup = machine();
  const outcomes: Outcome[] = [];
  // Written after every size, so a long run that is stopped keeps what it measured.
  const save = (): Promise<void> =>
    writeFile(jsonFile, `${JSON.stringify({ started: started.toISOString(), seed, machine: setup, outcomes, verdicts: verdicts(outcomes) }, null, 2)}\n`);
  try {
    const portal = path.join(workDir, 'portal');
    await snapshotPortal(REPO_ROOT, portal);
    for (const regions of sizes) {
      try {
        outcomes.push(await runSize({ regions, seed, workDir, portal, repoRoot: REPO_ROOT, log: (message) => console.log(`· ${message}`) }));
      } catch (error) {
        // One size failing (say, out of memory at 514) must not lose the sizes measured before it.
        const message = error instanceof Error ? error.message : String(error);
        console.error(`✗ ${regions} regions failed: ${message}`);
        outcomes.push({ regions, error: message });
      }
      await save();
      console.log(`\n${table(outcomes.slice(-1))}\n`);
    }
  } finally {
    if (values.keep) console.log(`Kept ${workDir}`);
    else await rm(workDir, { recursive: true, force: true });
  }
  console.log(`\n${table(outcomes)}\n\nTargets (docs/performance.md):\n${verdictText(outcomes)}`);
  console.log(`\nResults: ${jsonFile}`);
  process.exitCode = outcomes.some((outcome) => 'error' in outcome) ? 1 : 0;
}

function positiveInteger(text: string, flag: string, allowZero = false): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < (allowZero ? 0 : 1)) {
    console.error(`${flag} needs a ${allowZero ? 'non-negative' : 'positive'} integer, not "${text}"`);
    process.exit(2);
  }
  return value;
}

/** What the figures depend on: they are only comparable as ratios within one run on one machine. */
function machine(): Record<string, string | number> {
  const cpu = /^model name\s*:\s*(.*)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? os.cpus()[0]?.model ?? 'unknown';
  const version = (name: string): string => (JSON.parse(readFileSync(path.join(REPO_ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;
  return {
    ...source(),
    cpu,
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    kernel: os.release(),
    node: process.version,
    astro: version('astro'),
    pagefind: version('pagefind'),
    mermaid: version('mermaid'),
  };
}

/** Which code was measured: the commit, and how many files differed from it when the run began. */
function source(): { commit: string; uncommittedFiles: number } {
  const git = (...args: string[]): string => execFileSync('git', ['--no-optional-locks', ...args], { cwd: REPO_ROOT, encoding: 'utf8' });
  try {
    return { commit: git('rev-parse', 'HEAD').trim(), uncommittedFiles: git('status', '--porcelain').split('\n').filter(Boolean).length };
  } catch {
    return { commit: 'unknown (no git)', uncommittedFiles: 0 };
  }
}
