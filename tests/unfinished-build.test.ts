import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { INCREMENTAL_RECORD, UNFINISHED_MARKER, unfinishedBuildGuard } from '../src/integrations/unfinished-build.ts';

/**
 * A build that stops halfway must not leave copies of pages that a later build takes for current
 * (src/integrations/unfinished-build.ts): the hooks are driven here as Astro drives them.
 */

type Hooks = ReturnType<typeof unfinishedBuildGuard>['hooks'];
type ConfigDone = NonNullable<Hooks['astro:config:done']>;
type BuildStart = NonNullable<Hooks['astro:build:start']>;
type BuildDone = NonNullable<Hooks['astro:build:done']>;

let cacheFolder: string;
afterEach(() => rm(cacheFolder, { recursive: true, force: true }));

/** One build's hooks, from the configuration to (if it gets there) the end. */
async function build(finishes: boolean): Promise<ReturnType<typeof vi.fn>> {
  const { hooks } = unfinishedBuildGuard();
  const info = vi.fn();
  await hooks['astro:config:done']!({ config: { cacheDir: pathToFileURL(`${cacheFolder}/`) } } as unknown as Parameters<ConfigDone>[0]);
  await hooks['astro:build:start']!({ logger: { info } } as unknown as Parameters<BuildStart>[0]);
  if (finishes) await hooks['astro:build:done']!({} as Parameters<BuildDone>[0]);
  return info;
}

describe('a build that did not finish', () => {
  it('makes the next build render every page: the record of current copies is deleted, and the log says why', async () => {
    cacheFolder = await mkdtemp(path.join(tmpdir(), 'unfinished-'));
    const record = path.join(cacheFolder, INCREMENTAL_RECORD);
    await writeFile(record, '{}');

    await build(false);
    expect(existsSync(path.join(cacheFolder, UNFINISHED_MARKER))).toBe(true);
    expect(existsSync(record)).toBe(true);

    const info = await build(true);
    expect(existsSync(record)).toBe(false);
    expect(info).toHaveBeenCalledWith('Build sebelumnya tidak selesai: semua halaman dirender ulang / the last build did not finish: every page is rendered again');
    expect(existsSync(path.join(cacheFolder, UNFINISHED_MARKER))).toBe(false);
  });

  it('leaves the record of a build that finished to the next one', async () => {
    cacheFolder = await mkdtemp(path.join(tmpdir(), 'unfinished-'));
    await build(true);
    const record = path.join(cacheFolder, INCREMENTAL_RECORD);
    await writeFile(record, '{}');
    const info = await build(true);
    expect(existsSync(record)).toBe(true);
    expect(info).not.toHaveBeenCalled();
  });
});
