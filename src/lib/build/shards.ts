/**
 * Splitting page generation into shards, so a national build uses every core (or every runner of
 * a CI matrix). A shard is one `astro build` that generates every n-th path of each route; the
 * shards' outputs are merged, then one search index and one `_headers` are written for the whole
 * site (scripts/build.ts). Every shard bundles the same code from the same content, so files that
 * more than one shard writes (assets, routes without parameters) are identical, and the merged
 * site is the same, byte for byte, whatever the number of shards.
 */

export interface Shard {
  /** 1-based, as people and CI matrices count: shard 1 of 2. */
  readonly index: number;
  readonly count: number;
}

/** The environment variable a shard's `astro build` reads: `BUILD_SHARD=1/2`. */
export const SHARD_VARIABLE = 'BUILD_SHARD';

/**
 * How many Astro builds scripts/build.ts runs side by side on this machine: all shards of a local
 * build, one for a shard of a CI matrix (`--shard 2/4`, a runner of its own). Unset means one.
 */
export const SHARDS_AT_ONCE_VARIABLE = 'BUILD_SHARDS_AT_ONCE';

/** Reads `<index>/<count>`, e.g. `2/4`; throws on anything else, since a wrong shard would drop pages. */
export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count) {
    throw new Error(`${SHARD_VARIABLE}="${text}": expected <index>/<count> with 1 ≤ index ≤ count, e.g. 1/2`);
  }
  return { index, count };
}

/** The shard this process builds, or undefined for a whole-site build. */
export function currentShard(env: NodeJS.ProcessEnv = process.env): Shard | undefined {
  const value = env[SHARD_VARIABLE];
  return value ? parseShard(value) : undefined;
}

/**
 * The paths of one route that this shard generates: every `count`-th, starting at its own
 * position. Dealing out each route's list in turn keeps the shards equal for every page kind
 * (programme pages cost more than directory pages), which a split by region would not.
 */
export function pathsOfShard<T>(paths: readonly T[], shard: Shard | undefined = currentShard()): T[] {
  if (!shard || shard.count === 1) return [...paths];
  return paths.filter((_, position) => position % shard.count === shard.index - 1);
}

/** What decides how many shards a local build runs. */
export interface BuildMachine {
  readonly cores: number;
  readonly memoryBytes: number;
  /** Content files (Markdown and MDX) the build reads: a measure of the pages it generates. */
  readonly contentFiles: number;
  /** `REGION=<slug>`: an editor's preview of one region. */
  readonly previewingOneRegion: boolean;
}

/**
 * How many shards a local build runs: one per core, but no more than memory allows (each shard
 * holds the whole content store; see docs/performance.md), and one where the site is small — a
 * single-region preview, the repository's own content, a test's fixture — since every shard pays
 * Astro's start-up, content sync and bundling again, which a small site's pages do not repay.
 */
export function defaultShardCount(machine: BuildMachine): number {
  if (machine.previewingOneRegion || machine.contentFiles < FILES_WORTH_A_SHARD) return 1;
  const byMemory = Math.floor(machine.memoryBytes / BYTES_PER_SHARD);
  return Math.max(1, Math.min(machine.cores, byMemory, MAX_SHARDS));
}

/**
 * Below this many content files one Astro build is as fast as two: the repository's 168 files
 * took 12 s in one shard and 14.5 s in two (warm, two cores), and at 100 synthetic regions (4,144
 * files) two shards were only just ahead (docs/performance.md).
 */
const FILES_WORTH_A_SHARD = 2_000;

/**
 * How many pages of the diagram browser one Astro build draws in at once: the cores it has to
 * itself. Mermaid runs on its page's main thread, one core, and an Astro build alone on two
 * cores drew one diagram at a time while the machine stood 40 % idle (a 30-region cold build,
 * one shard). Shards side by side already fill the cores, each with its own browser, so each
 * then draws in one page. Each page is a renderer process of its own (0.46 GiB after drawing half
 * a national build's diagrams, docs/performance.md), hence the cap.
 */
export function diagramPagesOfBuild(cores: number, shardsAtOnce: number): number {
  return Math.max(1, Math.min(MAX_DIAGRAM_PAGES, Math.floor(cores / Math.max(1, shardsAtOnce))));
}

const MAX_DIAGRAM_PAGES = 4;

/** What one shard may need at national scale, with room for the diagram browser beside it. */
const BYTES_PER_SHARD = 3 * 1024 ** 3;
/** Beyond this, each shard's fixed cost (start-up, content sync, bundling) outweighs its share. */
const MAX_SHARDS = 8;
