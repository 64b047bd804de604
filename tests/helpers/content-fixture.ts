import { execFileSync } from 'node:child_process';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadContentFromDisk, type LoadResult } from '../../src/lib/content/load.ts';

/**
 * What to put at one path: text, raw bytes (a Buffer), a symbolic link to `linkTo` (as written,
 * so relative to the link's folder), or a named pipe (neither file nor folder).
 */
export type FixtureEntry = string | Buffer | { readonly linkTo: string } | { readonly pipe: true };

/** Files for a scenario, by path below `content/` (or `public/`). */
export type FixtureFiles = Record<string, FixtureEntry>;

export interface Fixture {
  readonly content: FixtureFiles;
  readonly public?: FixtureFiles;
  /** Paths beside content/ and public/, e.g. the target of a link that leads out of content/. */
  readonly outside?: FixtureFiles;
}

export const TODAY = '2026-11-23';

async function writeEntries(folder: string, files: FixtureFiles): Promise<void> {
  await mkdir(folder, { recursive: true });
  for (const [relative, entry] of Object.entries(files)) {
    const target = path.join(folder, relative);
    await mkdir(path.dirname(target), { recursive: true });
    if (typeof entry === 'string' || Buffer.isBuffer(entry)) await writeFile(target, entry);
    else if ('linkTo' in entry) await symlink(entry.linkTo, target);
    else execFileSync('mkfifo', [target]);
  }
}

/** Writes a fixture into a fresh temporary project root, hands the root to `use`, then cleans up. */
export async function withFixtureRoot<T>(fixture: Fixture, use: (root: string) => Promise<T>): Promise<T> {
  const root = await mkdtemp(path.join(tmpdir(), 'masterplan-fixture-'));
  try {
    await writeEntries(path.join(root, 'content'), fixture.content);
    if (fixture.public) await writeEntries(path.join(root, 'public'), fixture.public);
    if (fixture.outside) await writeEntries(root, fixture.outside);
    return await use(root);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

/** Writes `files` into a fresh temporary project, runs the check's loader on it, then cleans up. */
export async function checkFixture(files: FixtureFiles): Promise<LoadResult> {
  return withFixtureRoot({ content: files }, (root) => loadContentFromDisk(root, TODAY));
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

/** A real region (Kota Bontang in the Kemendagri register) whose frontmatter passes the check; add a body. */
export const BONTANG_LINES = [
  '---',
  'fictional: false',
  'slug: kota-bontang',
  'name: Kota Bontang',
  'type: kota',
  'province: Kalimantan Timur',
  'code: "64.74"',
  'sources:',
  '  - title: Bontang menyusun masterplan Smart City',
  '    outlet: Diskominfo Bontang',
  '    date: 2022-03-16',
  '---',
];
