import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Merges the output folders of a sharded build into one site. Files only one shard wrote move
 * across (a rename, so merging 44,000 pages costs no copying); a file several shards wrote — the
 * bundled assets, routes without parameters — must be the same bytes in each, or the shards did
 * not build the same site and the merge stops rather than publish one of them at random.
 */
export async function mergeShardOutputs(shardDirs: readonly string[], siteDir: string): Promise<{ readonly files: number }> {
  const [first, ...others] = shardDirs;
  if (!first) throw new Error('No shard output to merge');
  await rm(siteDir, { recursive: true, force: true });
  await mkdir(path.dirname(siteDir), { recursive: true });
  await rename(first, siteDir);
  let files = await countFiles(siteDir);
  for (const shardDir of others) {
    for (const relative of await filesBelow(shardDir)) {
      const from = path.join(shardDir, relative);
      const to = path.join(siteDir, relative);
      if (await exists(to)) {
        if (!(await readFile(from)).equals(await readFile(to))) {
          throw new Error(`Shards disagree on ${relative}: ${shardDir} and another shard wrote different bytes`);
        }
        continue;
      }
      await mkdir(path.dirname(to), { recursive: true });
      await rename(from, to);
      files += 1;
    }
    await rm(shardDir, { recursive: true, force: true });
  }
  return { files };
}

async function filesBelow(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)));
}

async function countFiles(folder: string): Promise<number> {
  return (await filesBelow(folder)).length;
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}
