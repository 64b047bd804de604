import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mergeShardOutputs } from '../src/lib/build/merge.ts';
import { currentShard, defaultShardCount, diagramPagesOfBuild, parseShard, pathsOfShard } from '../src/lib/build/shards.ts';

const GIB = 1024 ** 3;

describe('which paths a shard builds', () => {
  const paths = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

  it('deals every path to exactly one of the shards, whatever their number', () => {
    for (const count of [1, 2, 3, 4, 7, 9]) {
      const dealt = Array.from({ length: count }, (_, position) => pathsOfShard(paths, { index: position + 1, count }));
      expect(dealt.flat().sort()).toEqual(paths);
    }
  });

  it('keeps the shards of a page kind within one page of each other', () => {
    const sizes = [1, 2, 3].map((index) => pathsOfShard(paths, { index, count: 3 }).length);
    expect(sizes).toEqual([3, 2, 2]);
  });

  it('builds every path when the build is not sharded', () => {
    expect(pathsOfShard(paths, undefined)).toEqual(paths);
  });

  it('reads the shard from BUILD_SHARD', () => {
    expect(currentShard({ BUILD_SHARD: '2/4' })).toEqual({ index: 2, count: 4 });
    expect(currentShard({})).toBeUndefined();
  });

  it('refuses a shard that would drop pages', () => {
    expect(() => parseShard('0/2')).toThrow('BUILD_SHARD="0/2": expected <index>/<count> with 1 ≤ index ≤ count, e.g. 1/2');
    expect(() => parseShard('3/2')).toThrow('BUILD_SHARD="3/2"');
    expect(() => parseShard('half')).toThrow('BUILD_SHARD="half"');
  });
});

describe('how many shards a local build runs', () => {
  const national = { contentFiles: 21_639, previewingOneRegion: false };

  it('runs one per core when memory allows', () => {
    expect(defaultShardCount({ cores: 2, memoryBytes: 24 * GIB, ...national })).toBe(2);
    expect(defaultShardCount({ cores: 4, memoryBytes: 16 * GIB, ...national })).toBe(4);
  });

  it('runs fewer when memory would not hold them', () => {
    expect(defaultShardCount({ cores: 4, memoryBytes: 7 * GIB, ...national })).toBe(2);
    expect(defaultShardCount({ cores: 4, memoryBytes: 2 * GIB, ...national })).toBe(1);
  });

  it('runs one for a single-region preview', () => {
    expect(defaultShardCount({ cores: 8, memoryBytes: 64 * GIB, ...national, previewingOneRegion: true })).toBe(1);
  });

  it('runs one for a small site, such as the repository’s own content', () => {
    expect(defaultShardCount({ cores: 8, memoryBytes: 64 * GIB, contentFiles: 168, previewingOneRegion: false })).toBe(1);
    expect(defaultShardCount({ cores: 8, memoryBytes: 64 * GIB, contentFiles: 2_000, previewingOneRegion: false })).toBe(8);
  });
});

describe('how many pages one build draws its diagrams in', () => {
  it('gives a build alone on the machine one page per core, up to four', () => {
    expect(diagramPagesOfBuild(2, 1)).toBe(2);
    expect(diagramPagesOfBuild(4, 1)).toBe(4);
    expect(diagramPagesOfBuild(16, 1)).toBe(4);
  });

  it('gives shards side by side one page each where they already fill the cores', () => {
    expect(diagramPagesOfBuild(2, 2)).toBe(1);
    expect(diagramPagesOfBuild(4, 4)).toBe(1);
    expect(diagramPagesOfBuild(8, 2)).toBe(4);
    expect(diagramPagesOfBuild(1, 1)).toBe(1);
  });
});

describe('merging the shards into one site', () => {
  let root: string;
  afterEach(() => rm(root, { recursive: true, force: true }));

  async function shard(name: string, files: Record<string, string>): Promise<string> {
    const folder = path.join(root, name);
    for (const [relative, text] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(folder, relative)), { recursive: true });
      await writeFile(path.join(folder, relative), text);
    }
    return folder;
  }

  it('joins the pages of every shard and keeps one copy of what they share', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'merge-'));
    const first = await shard('dist.shard-1', { 'kota-a/index.html': 'A', '_astro/site.css': 'css', '404.html': 'nf' });
    const second = await shard('dist.shard-2', { 'en/kota-a/index.html': 'A en', '_astro/site.css': 'css', '404.html': 'nf' });
    const site = path.join(root, 'dist');
    expect(await mergeShardOutputs([first, second], site)).toEqual({ files: 4 });
    const files = (await readdir(site, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
    expect(files.map((entry) => path.relative(site, path.join(entry.parentPath, entry.name))).sort()).toEqual([
      '404.html',
      '_astro/site.css',
      'en/kota-a/index.html',
      'kota-a/index.html',
    ]);
    expect(await readFile(path.join(site, 'en/kota-a/index.html'), 'utf8')).toBe('A en');
    expect(await readdir(root)).toEqual(['dist']);
  });

  it('joins pages that two shards wrote into the same folder, and moves a folder only one shard wrote whole', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'merge-'));
    const first = await shard('dist.shard-1', { 'kota-a/program/x/index.html': 'x', 'kota-a/index.html': 'A' });
    const second = await shard('dist.shard-2', { 'kota-a/program/y/index.html': 'y', 'kota-b/program/z/index.html': 'z' });
    const site = path.join(root, 'dist');
    expect(await mergeShardOutputs([first, second], site)).toEqual({ files: 4 });
    expect(await readFile(path.join(site, 'kota-a/program/x/index.html'), 'utf8')).toBe('x');
    expect(await readFile(path.join(site, 'kota-a/program/y/index.html'), 'utf8')).toBe('y');
    expect(await readFile(path.join(site, 'kota-b/program/z/index.html'), 'utf8')).toBe('z');
    expect(await readdir(root)).toEqual(['dist']);
  });

  it('stops when one shard wrote a file where another wrote a folder', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'merge-'));
    const first = await shard('dist.shard-1', { 'data/index.html': 'page' });
    const second = await shard('dist.shard-2', { data: 'file' });
    await expect(mergeShardOutputs([first, second], path.join(root, 'dist'))).rejects.toThrow(
      `Shards disagree on data: ${second} and another shard wrote different bytes`,
    );
  });

  it('stops when two shards wrote different bytes for one file', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'merge-'));
    const first = await shard('dist.shard-1', { '_astro/site.css': 'a{}' });
    const second = await shard('dist.shard-2', { '_astro/site.css': 'b{}' });
    await expect(mergeShardOutputs([first, second], path.join(root, 'dist'))).rejects.toThrow(
      `Shards disagree on _astro/site.css: ${second} and another shard wrote different bytes`,
    );
  });
});
