import { cp, mkdir, readdir, readFile, rm, stat, symlink } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { chromiumMissing, measureInBrowser, type BrowserMeasurements } from './browser.ts';
import { writeContent } from './generator.ts';
import { findHugo, runYardstick, type YardstickResult } from './hugo.ts';
import { failedRun, runMeasured, type LogLine, type RunResult } from './process-tree.ts';

/**
 * One size of the benchmark: generate N regions into a project folder of their own, check them,
 * build them three times (cold, warm, content-cold with warm diagrams), measure what readers
 * download, and build the same content with the yardstick.
 *
 * The project folder is a copy of the portal (taken once per run, so every size measures the same
 * code even while others edit the repository) with the repository's node_modules linked in. The
 * check and the builds run there with CONTENT_ROOT pointing at it: Astro caches in
 * `<folder>/.astro-cache` and the diagram renderer in `<folder>/.cache/diagrams`, so a cold build
 * starts from empty caches, and nothing is written into the repository.
 */

const SNAPSHOT_SKIP = new Set(['node_modules', 'dist', 'content', '.git', '.astro', '.cache', 'coverage']);

/** Copies the portal's sources (not its content, output, caches or dependencies) into `target`. */
export async function snapshotPortal(repoRoot: string, target: string): Promise<void> {
  await mkdir(target, { recursive: true });
  for (const name of await readdir(repoRoot)) {
    if (SNAPSHOT_SKIP.has(name) || name.endsWith('.log')) continue;
    await cp(path.join(repoRoot, name), path.join(target, name), { recursive: true });
  }
}

/** A word that many generated programmes contain, as a reader's first query would. */
export const QUERY = 'sampah';

export interface BuildRun extends RunResult {
  /** Pages Astro reports having built, summed over the shards. */
  readonly pages: number;
  /** Astro builds that ran at the same time (scripts/build.ts picks one per core). */
  readonly shards: number;
  /** Seconds between log lines that bracket each phase; undefined when a marker was not logged. */
  readonly phases: Readonly<Record<'config' | 'contentSync' | 'bundle' | 'render' | 'searchIndex', number | undefined>>;
  /** How the build rendered diagrams, as its renderer logged it. */
  readonly diagramMode: string | undefined;
}

export interface SizeResult {
  readonly regions: number;
  readonly programmes: number;
  readonly files: number;
  readonly check: RunResult;
  readonly cold: BuildRun;
  readonly warm: BuildRun;
  /** Fresh Astro cache and --force, diagram cache kept: a CI that restores only the diagram cache. */
  readonly contentCold: BuildRun;
  /** SVG files the cold build wrote to the empty diagram cache. */
  readonly diagramsRendered: number;
  readonly distBytes: number;
  /** The largest page that belongs to no one region (home, directory, national dimension pages …), gzip level 9. */
  readonly largestNationalPage: { readonly path: string; readonly gzipBytes: number };
  readonly distFiles: number;
  readonly samplePages: { readonly region: string; readonly roadmap: string; readonly programme: string };
  readonly browser: BrowserMeasurements | { readonly skipped: string };
  readonly yardstick: YardstickResult | { readonly skipped: string };
}

export interface SizeOptions {
  readonly regions: number;
  readonly seed: number;
  readonly workDir: string;
  /** A copy of the portal made by `snapshotPortal`. */
  readonly portal: string;
  readonly repoRoot: string;
  readonly log: (message: string) => void;
}

export async function runSize(options: SizeOptions): Promise<SizeResult> {
  const { regions, seed, repoRoot, log } = options;
  const root = path.join(options.workDir, `regions-${regions}`);
  await cp(options.portal, root, { recursive: true });
  await symlink(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');

  log(`${regions} regions: generating into ${root}/content`);
  const generated = await writeContent(root, { regions, seed });
  const env = { ...process.env, CONTENT_ROOT: root, REGION: '', ASTRO_TELEMETRY_DISABLED: '1' };

  log(`${regions} regions: npm run check`);
  const check = await runMeasured(process.execPath, [path.join(root, 'scripts', 'check.ts')], {
    cwd: root,
    env,
    logFile: path.join(root, 'check.log'),
    keepLines: /daerah|regions|✗/,
  });
  if (check.exitCode !== 0) throw new Error(`npm run check failed on generated content (exit ${check.exitCode}); see ${path.join(root, 'check.log')}`);

  // Every build starts without dist/, as in CI on a fresh clone: otherwise Astro's first step
  // would be deleting the previous build's files (12 s at 514 regions), which Hugo is not timed for.
  const build = async (name: string, force: boolean): Promise<BuildRun> => {
    await rm(path.join(root, 'dist'), { recursive: true, force: true });
    log(`${regions} regions: astro build (${name})`);
    return astroBuild(root, env, name, force);
  };
  await rm(path.join(root, '.astro-cache'), { recursive: true, force: true });
  await rm(path.join(root, '.cache', 'diagrams'), { recursive: true, force: true });
  const cold = await build('cold', true);
  const diagramsRendered = await countFiles(path.join(root, '.cache', 'diagrams'), '.svg');
  const warm = await build('warm', false);
  await rm(path.join(root, '.astro-cache'), { recursive: true, force: true });
  const contentCold = await build('content-cold', true);

  const dist = path.join(root, 'dist');
  const { bytes: distBytes, files: distFiles } = await folderSize(dist);
  const largestNationalPage = await largestPageOutside(dist, new Set(await readdir(path.join(root, 'content'))));
  const samplePages = await pickSamplePages(path.join(root, 'content'));
  const missing = chromiumMissing();
  let browser: SizeResult['browser'];
  if (missing) {
    browser = { skipped: missing };
  } else {
    log(`${regions} regions: page weight and first query in Chromium`);
    browser = await measureInBrowser(dist, [samplePages.region, samplePages.roadmap, samplePages.programme], QUERY);
  }

  const hugo = findHugo();
  let yardstick: SizeResult['yardstick'];
  if (hugo) {
    log(`${regions} regions: yardstick (Hugo + Pagefind)`);
    yardstick = await runYardstick(hugo, root, root, repoRoot);
  } else {
    yardstick = { skipped: 'hugo not found on PATH (Debian: apt-get install hugo); yardstick skipped' };
    log(`NOTICE: ${yardstick.skipped}`);
  }

  return {
    regions,
    programmes: generated.programmes,
    files: generated.files,
    check,
    cold,
    warm,
    contentCold,
    diagramsRendered,
    distBytes,
    largestNationalPage,
    distFiles,
    samplePages,
    browser,
    yardstick,
  };
}

const BUILD_MARKERS = /Syncing content|Synced content|Building static entrypoints|Rearranging server assets|generating static routes|Completed in|Indeks pencarian|Bagian digabung|page\(s\) built|\[diagram\]|\[ERROR\]|error/i;

/** The build as `npm run build` runs it after the check (shards on every core), from Node 24 directly. */
async function astroBuild(root: string, env: NodeJS.ProcessEnv, name: string, force: boolean): Promise<BuildRun> {
  const args = [path.join(root, 'scripts', 'build.ts'), ...(force ? ['--force'] : [])];
  const logFile = path.join(root, `build-${name}.log`);
  const run = await runMeasured(process.execPath, args, { cwd: root, env, logFile, keepLines: BUILD_MARKERS });
  if (run.exitCode !== 0) throw await failedRun(`the build (${name})`, run.exitCode, logFile);
  const shards = shardLines(run.lines);
  const pages = [...shards.values()].reduce((sum, lines) => sum + Number(/(\d+) page\(s\) built/.exec(lines.find((line) => /page\(s\) built/.test(line.text))?.text ?? '')?.[1] ?? NaN), 0);
  return { ...run, pages, shards: shards.size, phases: phasesOf(run.lines, shards), diagramMode: diagramMode(run.lines) };
}

/** Each shard's lines, its `[i/n] ` prefix removed; a build of one shard prints Astro's lines as they are. */
function shardLines(lines: readonly LogLine[]): Map<string, LogLine[]> {
  const prefixed = new Map<string, LogLine[]>();
  for (const line of lines) {
    const match = /^\[(\d+\/\d+)\] /.exec(line.text);
    if (!match) continue;
    const own = prefixed.get(match[1]!) ?? [];
    own.push({ ...line, text: line.text.slice(match[0].length) });
    prefixed.set(match[1]!, own);
  }
  return prefixed.size > 0 ? prefixed : new Map([['1/1', [...lines]]]);
}

/** The renderer's one-line decision; it may arrive glued to a page line, as both write to stdout. */
function diagramMode(lines: readonly LogLine[]): string | undefined {
  const text = lines.find((line) => line.text.includes('[diagram]'))?.text;
  return text?.slice(text.indexOf('[diagram]'));
}

/**
 * Phase durations from when their log lines arrived: from the first shard to start a phase to
 * the last to finish it. The search index has no start line of its own: in a build of one shard
 * it runs in astro:build:done, right after the line that closes page generation, so its time is
 * measured from the line before "Indeks pencarian" (an upper bound by a few milliseconds); in a
 * sharded build it starts when the merge is reported.
 */
function phasesOf(lines: readonly LogLine[], shards: ReadonlyMap<string, readonly LogLine[]>): BuildRun['phases'] {
  const first = (pattern: RegExp): number | undefined => min([...shards.values()].map((own) => own.find((line) => pattern.test(line.text))?.at));
  const last = (pattern: RegExp): number | undefined => max([...shards.values()].map((own) => own.find((line) => pattern.test(line.text))?.at));
  const between = (from: number | undefined, to: number | undefined): number | undefined => (from === undefined || to === undefined ? undefined : to - from);
  const indexLine = lines.findIndex((line) => line.text.includes('Indeks pencarian'));
  // Page generation ends with the first bare "✓ Completed in" after it starts, in each shard.
  const rendered = max(
    [...shards.values()].map((own) => {
      const generating = own.find((line) => /generating static routes/.test(line.text))?.at;
      return own.find((line) => generating !== undefined && line.at >= generating && /^\S+ ✓ Completed in/.test(line.text))?.at;
    }),
  );
  return {
    config: first(/Syncing content/),
    contentSync: between(first(/Syncing content/), last(/Synced content/)),
    bundle: between(first(/Building static entrypoints/), last(/Rearranging server assets/)),
    render: between(first(/generating static routes/), rendered),
    searchIndex: indexLine > 0 ? lines[indexLine]!.at - lines[indexLine - 1]!.at : undefined,
  };
}

function min(values: readonly (number | undefined)[]): number | undefined {
  const known = values.filter((value): value is number => value !== undefined);
  return known.length === values.length && known.length > 0 ? Math.min(...known) : undefined;
}

function max(values: readonly (number | undefined)[]): number | undefined {
  const known = values.filter((value): value is number => value !== undefined);
  return known.length === values.length && known.length > 0 ? Math.max(...known) : undefined;
}

/** The region with the median number of programmes, its roadmap, and its first programme. */
async function pickSamplePages(contentDir: string): Promise<SizeResult['samplePages']> {
  const regions = (await readdir(contentDir)).sort();
  const counted = await Promise.all(
    regions.map(async (slug) => ({ slug, programmes: (await readdir(path.join(contentDir, slug, 'program'))).sort() })),
  );
  const sorted = [...counted].sort((a, b) => a.programmes.length - b.programmes.length || a.slug.localeCompare(b.slug));
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const programme = median.programmes[0]!.replace(/\.mdx?$/, '');
  return { region: `/${median.slug}/`, roadmap: `/${median.slug}/peta-jalan/`, programme: `/${median.slug}/program/${programme}/` };
}

/** The largest HTML page, gzipped as a static host would, outside the regions' own folders (in either language). */
async function largestPageOutside(dist: string, regionSlugs: ReadonlySet<string>): Promise<SizeResult['largestNationalPage']> {
  const pages = (await readdir(dist, { recursive: true })).filter((file) => file.endsWith('.html'));
  let largest = { path: '', gzipBytes: 0 };
  for (const page of pages) {
    const segments = page.split(path.sep);
    const first = segments[0] === 'en' ? segments[1] : segments[0];
    if (first !== undefined && regionSlugs.has(first)) continue;
    const gzipBytes = gzipSync(await readFile(path.join(dist, page)), { level: 9 }).length;
    if (gzipBytes > largest.gzipBytes) largest = { path: `/${segments.slice(0, -1).join('/')}${segments.length > 1 ? '/' : ''}`, gzipBytes };
  }
  return largest;
}

async function folderSize(folder: string): Promise<{ bytes: number; files: number }> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  let bytes = 0;
  let files = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    files++;
  }
  return { bytes, files };
}

async function countFiles(folder: string, extension: string): Promise<number> {
  try {
    return (await readdir(folder)).filter((name) => name.endsWith(extension)).length;
  } catch {
    return 0;
  }
}
