/**
 * `npm run build` (after `npm run check`): builds the portal with every core. Page generation is
 * split into shards (src/lib/build/shards.ts), each an `astro build` of its share running at the
 * same time; their outputs are merged, then one search index and one `_headers` are written for
 * the whole site. The site is the same, byte for byte, whatever the number of shards.
 *
 *   node scripts/build.ts [--shards N] [--outDir DIR] [astro build options]
 *       all shards here (default: one per core, as memory allows; one for REGION=… previews
 *       and for small sites)
 *   node scripts/build.ts --shard I/N [--outDir DIR]
 *       only shard I of N, into DIR.shard-I (one job of a CI matrix, see docs/performance.md)
 *   node scripts/build.ts --merge N [--outDir DIR]
 *       merge DIR.shard-1 … DIR.shard-N into DIR, then index it (the matrix's last job)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, rename, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { mergeShardOutputs } from '../src/lib/build/merge.ts';
import { contentDirectory } from '../src/lib/content/layout.ts';
import { defaultShardCount, parseShard, SHARD_VARIABLE, SHARDS_AT_ONCE_VARIABLE, type Shard } from '../src/lib/build/shards.ts';
import { indexedMessage, writeSearchIndex } from '../src/integrations/search-index.ts';
import { writeHeadersFile } from '../src/integrations/security-headers.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
/**
 * V8's young generation, per semi-space. Rendering makes many short-lived strings per page: with
 * V8's default (16 MiB at most) garbage collection took an eighth of a shard's time at 514 regions;
 * with 64 MiB a shard ran about a tenth faster, and Astro's peak in the 514-region benchmark stayed
 * 1.91 GiB (docs/performance.md).
 */
const NODE_FLAGS = ['--max-semi-space-size=64'];

const { values, tokens } = parseArgs({
  options: {
    shards: { type: 'string' },
    shard: { type: 'string' },
    merge: { type: 'string' },
    outDir: { type: 'string', default: 'dist' },
  },
  strict: false,
  tokens: true,
});

const siteDir = path.resolve(String(values.outDir));
/** Options meant for Astro (e.g. `--force`) pass through to every shard. */
const astroOptions = tokens.flatMap((token) => {
  if (token.kind !== 'option' || ['shards', 'shard', 'merge', 'outDir'].includes(token.name)) return [];
  return token.inlineValue ? [token.rawName, token.value ?? ''] : token.value === undefined ? [token.rawName] : [token.rawName, token.value];
});
/**
 * Where a shard writes: beside the site, or inside the project when the site is outside it. Astro
 * puts a build's temporary server code in `<outDir>/.prerender`, but in the working directory's
 * `.astro/.prerender` when outDir lies outside it (`getOutDirWithinCwd`, astro/dist/core/build/
 * common.js): shards side by side would share that folder, and the first to finish would delete
 * it under the others.
 */
const shardDir = (shard: Shard): string =>
  path.relative(ROOT, siteDir).startsWith('..') ? path.join(ROOT, '.cache', `build.shard-${shard.index}`) : `${siteDir}.shard-${shard.index}`;
const shardsOf = (count: number): Shard[] => Array.from({ length: count }, (_, position) => ({ index: position + 1, count }));

try {
  if (values.shard !== undefined) {
    await buildShards([parseShard(String(values.shard))]);
  } else if (values.merge !== undefined) {
    await mergeAndIndex(shardsOf(wholeNumber(String(values.merge), '--merge')));
  } else {
    const count =
      values.shards !== undefined
        ? wholeNumber(String(values.shards), '--shards')
        : defaultShardCount({
            cores: os.availableParallelism(),
            memoryBytes: os.totalmem(),
            contentFiles: await countContentFiles(),
            previewingOneRegion: Boolean(process.env.REGION),
          });
    if (count === 1) {
      // One shard is a plain Astro build: its integrations index the site and write `_headers`.
      await runAstro(['build', '--outDir', siteDir, ...astroOptions], process.env, '');
    } else {
      console.log(`Membangun dalam ${count} bagian sekaligus / building in ${count} shards at once`);
      await Promise.all([removeOldSite(), buildShards(shardsOf(count))]);
      await mergeAndIndex(shardsOf(count));
    }
  }
} catch (error) {
  // Astro has printed its own error above; this line says which step stopped.
  console.error(`✗ Build gagal / build failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}

async function buildShards(shards: readonly Shard[]): Promise<void> {
  const running = new Set<ChildProcess>();
  const stopAll = () => {
    for (const child of running) child.kill('SIGTERM');
  };
  await Promise.all(
    shards.map((shard) => {
      const env = { ...process.env, [SHARD_VARIABLE]: `${shard.index}/${shard.count}`, [SHARDS_AT_ONCE_VARIABLE]: String(shards.length) };
      const prefix = shard.count > 1 ? `[${shard.index}/${shard.count}] ` : '';
      return runAstro(['build', '--outDir', shardDir(shard), ...astroOptions], env, prefix, running).catch((error: unknown) => {
        // One failed shard fails the build; the others would only waste the machine.
        stopAll();
        throw error;
      });
    }),
  );
}

/**
 * Moves the last build's site aside and deletes it while the shards render: deleting a national
 * site's 68,000 files waits mostly on the disk, and took 20 s of the merge when it came after.
 */
async function removeOldSite(): Promise<void> {
  const aside = `${siteDir}.old-${process.pid}`;
  try {
    await rename(siteDir, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // No earlier build to remove.
    throw error;
  }
  await rm(aside, { recursive: true, force: true });
}

async function mergeAndIndex(shards: readonly Shard[]): Promise<void> {
  const { files } = await mergeShardOutputs(shards.map(shardDir), siteDir);
  console.log(`Bagian digabung: ${files} berkas / shards merged: ${files} files`);
  // Side by side: Pagefind leaves part of a core idle, and reading every page's head for `_headers`
  // waits mostly on the disk (9 s of a 514-region build when it came after the index).
  const [indexed] = await Promise.all([writeSearchIndex(siteDir), writeHeadersFile(siteDir)]);
  console.log(indexedMessage(indexed));
  console.log(`Situs siap / site ready: ${siteDir}`);
}

/** Runs Astro with this Node (the project's Node 24), its lines prefixed by the shard they come from. */
function runAstro(args: readonly string[], env: NodeJS.ProcessEnv, prefix: string, running?: Set<ChildProcess>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...NODE_FLAGS, ASTRO, ...args], { cwd: ROOT, env, stdio: prefix ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    running?.add(child);
    if (prefix) {
      prefixLines(child.stdout, process.stdout, prefix);
      prefixLines(child.stderr, process.stderr, prefix);
    }
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      running?.delete(child);
      if (code === 0) resolve();
      else reject(new Error(`${prefix}astro ${args.join(' ')} stopped (${signal ?? `exit ${code}`})`));
    });
  });
}

function prefixLines(from: NodeJS.ReadableStream | null, to: NodeJS.WritableStream, prefix: string): void {
  let pending = '';
  from?.setEncoding('utf8');
  from?.on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) to.write(`${prefix}${line}\n`);
  });
  from?.on('end', () => {
    if (pending) to.write(`${prefix}${pending}\n`);
  });
}

/** Markdown and MDX files under content/ (names only: the build reads them, not this count). */
async function countContentFiles(): Promise<number> {
  const names = await readdir(contentDirectory(), { recursive: true });
  return names.filter((name) => /\.mdx?$/.test(name)).length;
}

function wholeNumber(text: string, option: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${option} ${text}: expected a whole number of at least 1`);
  return value;
}
