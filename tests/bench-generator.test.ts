import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateContent, writeContent } from '../scripts/bench/generator.ts';
import { loadContentFromDisk, type LoadResult } from '../src/lib/content/load.ts';
import { DIMENSION_IDS } from '../src/lib/dimensions.ts';
import { modelOf } from './helpers/model.ts';

/** The benchmark's synthetic regions: deterministic, complete, and valid for the real check. */

const REGIONS = 3;
const roots: string[] = [];

async function generatedRoot(seed: number): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'masterplan-bench-test-'));
  roots.push(root);
  await writeContent(root, { regions: REGIONS, seed });
  return root;
}

/** Every file below `<root>/content` with its bytes, by relative path. */
async function filesOf(root: string): Promise<Map<string, Buffer>> {
  const contentDir = path.join(root, 'content');
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  const files = new Map<string, Buffer>();
  for (const entry of entries.filter((e) => e.isFile())) {
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(contentDir, file), await readFile(file));
  }
  return files;
}

afterAll(async () => {
  await Promise.all(roots.map((root) => rm(root, { recursive: true, force: true })));
});

describe('benchmark generator', () => {
  let root: string;
  let checked: LoadResult;

  beforeAll(async () => {
    root = await generatedRoot(1);
    checked = await loadContentFromDisk(root);
  });

  it('writes byte-identical files for the same seed', async () => {
    const first = await filesOf(root);
    const second = await filesOf(await generatedRoot(1));
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    for (const [file, bytes] of first) expect(second.get(file)?.equals(bytes), file).toBe(true);
  });

  it('writes different regions for another seed', () => {
    const one = generateContent({ regions: REGIONS, seed: 1 });
    const other = generateContent({ regions: REGIONS, seed: 2 });
    expect([...other.values()].join('')).not.toEqual([...one.values()].join(''));
  });

  it('keeps a region the same whatever the number of regions, so sizes share their first regions', () => {
    const small = generateContent({ regions: 2, seed: 1 });
    const large = generateContent({ regions: REGIONS, seed: 1 });
    for (const [file, text] of small) expect(large.get(file), file).toBe(text);
  });

  it('produces the requested regions, each with six dimension pages and 25–45 programmes', async () => {
    const files = [...(await filesOf(root)).keys()].map((file) => file.split(path.sep).join('/'));
    const regions = files.filter((file) => file.endsWith('/index.md')).map((file) => file.split('/')[0]!);
    expect(regions).toHaveLength(REGIONS);
    for (const region of regions) {
      expect(region).toMatch(/^(kota|kabupaten)-sintetis-\d{4}$/);
      const dimensions = files.filter((file) => file.startsWith(`${region}/dimensi/`)).map((file) => path.basename(file, '.md'));
      expect(dimensions.sort()).toEqual([...DIMENSION_IDS].sort());
      const programmes = files.filter((file) => file.startsWith(`${region}/program/`));
      expect(programmes.length).toBeGreaterThanOrEqual(25);
      expect(programmes.length).toBeLessThanOrEqual(45);
    }
  });

  it('passes the check', () => {
    expect(checked.problems).toEqual([]);
    expect(checked.counts.regions).toBe(REGIONS);
  });

  it('marks every region fictional and gives it what the diagrams draw', () => {
    const regions = modelOf(checked)?.regions ?? [];
    expect(regions).toHaveLength(REGIONS);
    for (const region of regions) {
      expect(region.data.fictional).toBe(true);
      expect(region.data.bodies.length).toBeGreaterThan(0);
      expect(region.data.milestones.length).toBeGreaterThan(0);
      expect(region.horizons).toHaveLength(3);
      expect(region.quickWins.every((programme) => programme.data.horizon === 'short')).toBe(true);
      expect(region.programmes.some((programme) => programme.span !== undefined)).toBe(true);
    }
  });
});
