import { cp, lstat, mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Merges the output folders of a sharded build into one site. What only one shard wrote moves
 * across whole: a folder that is not in the site yet is one rename, however many pages it holds,
 * so merging 44,000 pages costs neither copying nor a rename per file. A file several shards wrote
 * — the bundled assets, routes without parameters — must be the same bytes in each, or the shards
 * did not build the same site and the merge stops rather than publish one of them at random.
 */
export async function mergeShardOutputs(shardDirs: readonly string[], siteDir: string): Promise<{ readonly files: number }> {
  const [first, ...others] = shardDirs;
  if (!first) throw new Error('No shard output to merge');
  await rm(siteDir, { recursive: true, force: true });
  await mkdir(path.dirname(siteDir), { recursive: true });
  await move(first, siteDir);
  for (const shardDir of others) {
    await mergeFolder(shardDir, siteDir, '');
    await rm(shardDir, { recursive: true, force: true });
  }
  const entries = await readdir(siteDir, { recursive: true, withFileTypes: true });
  return { files: entries.filter((entry) => entry.isFile()).length };
}

/**
 * Moves `shardFolder/relative` into `siteDir/relative`, entries side by side: the file system
 * answers many small requests at once far sooner than one after another.
 */
async function mergeFolder(shardFolder: string, siteDir: string, relative: string): Promise<void> {
  const entries = await readdir(path.join(shardFolder, relative), { withFileTypes: true });
  await Promise.all(
    entries.map(async (entry) => {
      const entryPath = path.join(relative, entry.name);
      const from = path.join(shardFolder, entryPath);
      const to = path.join(siteDir, entryPath);
      const existing = await lstat(to).catch(() => undefined);
      if (!existing) return move(from, to);
      if (entry.isDirectory() && existing.isDirectory()) return mergeFolder(shardFolder, siteDir, entryPath);
      if (!entry.isFile() || !existing.isFile() || !(await readFile(from)).equals(await readFile(to))) {
        throw new Error(`Shards disagree on ${entryPath}: ${shardFolder} and another shard wrote different bytes`);
      }
    }),
  );
}

/** A rename, or a copy where the two lie on different file systems (the project and /tmp may). */
async function move(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  }
}
