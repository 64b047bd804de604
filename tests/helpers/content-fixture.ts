import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadContentFromDisk, type LoadResult } from '../../src/lib/content/load.ts';

/** Files for a scenario, by path below `content/`; a Buffer is written as raw bytes. */
export type FixtureFiles = Record<string, string | Buffer>;

export const TODAY = '2026-11-23';

/** Writes `files` into a fresh temporary project, runs the check's loader on it, then cleans up. */
export async function checkFixture(files: FixtureFiles): Promise<LoadResult> {
  const root = await mkdtemp(path.join(tmpdir(), 'masterplan-fixture-'));
  try {
    for (const [relative, text] of Object.entries(files)) {
      const target = path.join(root, 'content', relative);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, text);
    }
    await mkdir(path.join(root, 'content'), { recursive: true });
    return await loadContentFromDisk(root, TODAY);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** A valid fictional region, `kota-uji`, as lines so a scenario can change one. */
export const REGION_LINES = [
  '---',
  'fictional: true',
  'slug: kota-uji',
  'name: Kota Uji',
  'type: kota',
  'province: Provinsi Uji',
  'period:',
  '  start: 2022',
  '  end: 2031',
  'horizons:',
  '  short:',
  '    start: 2022',
  '    end: 2023',
  '  medium:',
  '    start: 2024',
  '    end: 2027',
  '  long:',
  '    start: 2028',
  '    end: 2031',
  '---',
  'Ringkasan eksekutif.',
];

export const PROGRAMME_LINES = [
  '---',
  'id: layanan-daring',
  'name: Layanan Daring',
  'dimension: smart-governance',
  'element: pelayanan-publik',
  'kind: priority',
  'horizon: medium',
  'startYear: 2024',
  'endYear: 2026',
  '---',
  'Deskripsi program.',
];

export const DIMENSION_LINES = ['---', 'dimension: smart-economy', 'goals:', '  - Ekonomi tumbuh', '---', 'Narasi.'];

export const text = (lines: readonly string[]): string => `${lines.join('\n')}\n`;

/** Replaces the line starting with `prefix` (or appends it before the closing --- when absent). */
export function withLine(lines: readonly string[], prefix: string, replacement: string | readonly string[]): string[] {
  const replacementLines = typeof replacement === 'string' ? [replacement] : [...replacement];
  const index = lines.findIndex((line) => line.startsWith(prefix));
  if (index === -1) {
    const closing = lines.indexOf('---', 1);
    return [...lines.slice(0, closing), ...replacementLines, ...lines.slice(closing)];
  }
  return [...lines.slice(0, index), ...replacementLines, ...lines.slice(index + 1)];
}

export const validRegion = (): FixtureFiles => ({ 'kota-uji/index.mdx': text(REGION_LINES) });
