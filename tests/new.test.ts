import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { fieldNamesAt } from '../src/lib/content/field-names.ts';
import { loadContentFromDisk } from '../src/lib/content/load.ts';
import { SCHEMAS } from '../src/lib/content/read.ts';
import { DIMENSIONS, DIMENSION_IDS } from '../src/lib/dimensions.ts';

/** `npm run new` is run as authors run it: the project's Node, in a folder holding only an empty content/. */
const NODE = path.resolve('node_modules/.bin/node');
const SCRIPT = path.resolve('scripts/new.ts');

let root: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'masterplan-new-'));
  await mkdir(path.join(root, 'content'));
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function run(args: readonly string[], input?: string): Promise<Run> {
  const pending = promisify(execFile)(NODE, [SCRIPT, ...args], { cwd: root, env: { ...process.env, CONTENT_ROOT: root } });
  if (input !== undefined) pending.child.stdin?.end(input);
  try {
    const { stdout, stderr } = await pending;
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

const NEW_REGION = ['kota-contoh', '--name', 'Kota Contoh', '--province', 'Kalimantan Timur', '--type', 'kota'];

async function filesUnder(folder: string): Promise<string[]> {
  return (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** Every field name the schema knows, at any depth (list items included). */
function allFieldNames(schema: z.ZodType, at: readonly PropertyKey[] = []): string[] {
  return fieldNamesAt(schema, at).flatMap((name) => [name, ...allFieldNames(schema, [...at, name]), ...allFieldNames(schema, [...at, name, 0])]);
}

/** What an author does with a template: remove "# " before every example field and list item. */
function uncommentExamples(text: string, fields: ReadonlySet<string>): string {
  return text
    .split('\n')
    .map((line) => {
      const example = /^# ( *)(?:- |([A-Za-z]+):)/.exec(line);
      return example && (example[2] === undefined || fields.has(example[2])) ? line.slice(2) : line;
    })
    .join('\n');
}

describe('npm run new <region>', () => {
  it('creates a region that passes the check as it is', async () => {
    const result = await run(NEW_REGION);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(await filesUnder(path.join(root, 'content'))).toEqual(
      [
        'kota-contoh/index.md',
        ...DIMENSION_IDS.map((dimension) => `kota-contoh/dimensi/${dimension}.md`),
        'kota-contoh/program/contoh-program.md',
      ].sort(),
    );
    const { problems, counts } = await loadContentFromDisk(root);
    expect(problems).toEqual([]);
    expect(counts).toEqual({ regions: 1, programmes: 1, files: 8 });

    const index = await readFile(path.join(root, 'content/kota-contoh/index.md'), 'utf8');
    expect(index).toContain('fictional: true');
    expect(index).toContain('# Ubah ke false setelah sumber (sources, di bagian bawah) diisi:');
    expect(index).toMatch(/^name: "Kota Contoh"/m);
  });

  it('shows every schema field, required ones filled in and optional ones as commented examples', async () => {
    await run(NEW_REGION);
    const files = {
      region: 'content/kota-contoh/index.md',
      dimension: 'content/kota-contoh/dimensi/smart-governance.md',
      programme: 'content/kota-contoh/program/contoh-program.md',
    } as const;
    for (const [kind, file] of Object.entries(files) as [keyof typeof files, string][]) {
      const text = await readFile(path.join(root, file), 'utf8');
      for (const field of allFieldNames(SCHEMAS[kind])) {
        expect(text, `${file} shows ${field}`).toMatch(new RegExp(`^(?:# )? *(?:- )?${field}:`, 'm'));
      }
    }
  });

  it('has commented examples that are valid once uncommented, sources included', async () => {
    await run(NEW_REGION);
    const filled = await mkdtemp(path.join(tmpdir(), 'masterplan-filled-'));
    try {
      await cp(path.join(root, 'content'), path.join(filled, 'content'), { recursive: true });
      for (const file of await filesUnder(path.join(filled, 'content'))) {
        const location = path.join(filled, 'content', file);
        const kind = file.endsWith('index.md') ? 'region' : file.includes('/dimensi/') ? 'dimension' : 'programme';
        const text = uncommentExamples(await readFile(location, 'utf8'), new Set(allFieldNames(SCHEMAS[kind])));
        await writeFile(location, text.replace('fictional: true', 'fictional: false'));
      }
      const region = await readFile(path.join(filled, 'content/kota-contoh/index.md'), 'utf8');
      expect(region).toMatch(/^sources:/m);
      expect(region).toMatch(/^ {2}kind: perwal/m);
      expect((await loadContentFromDisk(filled)).problems).toEqual([]);
    } finally {
      await rm(filled, { recursive: true, force: true });
    }
  });

  it('refuses to overwrite an existing region', async () => {
    await run(NEW_REGION);
    const index = path.join(root, 'content/kota-contoh/index.md');
    await writeFile(index, `${await readFile(index, 'utf8')}\nSudah disunting.\n`);
    const result = await run(NEW_REGION);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      [
        'content/kota-contoh/',
        '  ✗ Daerah "kota-contoh" sudah ada. Tidak ada berkas yang ditimpa.',
        '    Region "kota-contoh" already exists. No file was overwritten.',
        '    Petunjuk: Untuk menambah program: npm run new -- kota-contoh/program <id>',
        '    Hint: To add a programme: npm run new -- kota-contoh/program <id>',
        '',
        '✗ Tidak ada berkas yang dibuat. · Nothing was created.',
        '',
      ].join('\n'),
    );
    expect(await readFile(index, 'utf8')).toContain('Sudah disunting.');
  });

  it('refuses a slug that does not match the type, in the words of the check', async () => {
    const result = await run(['kota-buleleng', '--name', 'Kabupaten Buleleng', '--province', 'Bali', '--type', 'kabupaten']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Slug "kota-buleleng" harus diawali "kabupaten-" sesuai jenis daerah.');
    expect(result.stderr).toContain('Slug "kota-buleleng" must start with "kabupaten-" to match the region type.');
    expect(await filesUnder(path.join(root, 'content'))).toEqual([]);
  });

  it('refuses an unknown type and a slug that is not a slug, before touching the disk', async () => {
    const type = await run(['kota-contoh', '--province', 'Bali', '--type', 'kecamatan']);
    expect(type.code).toBe(1);
    expect(type.stderr).toContain('Unknown value "kecamatan". Choose one of: kota, kabupaten.');
    const slug = await run(['../kota-contoh', '--province', 'Bali', '--type', 'kota']);
    expect(slug.code).toBe(1);
    expect(slug.stderr).toContain('npm run new › slug\n  ✗ Hanya huruf kecil, angka, dan tanda hubung (-), tanpa spasi.');
    expect(await filesUnder(root)).toEqual([]);
  });

  it('takes the type and name from the slug when they are not given', async () => {
    expect((await run(['kabupaten-contoh', '--province', 'Bali'])).code).toBe(0);
    const index = await readFile(path.join(root, 'content/kabupaten-contoh/index.md'), 'utf8');
    expect(index).toMatch(/^type: kabupaten/m);
    expect(index).toMatch(/^name: "Kabupaten Contoh"/m);
    expect(index).toContain('chair: "Bupati"');
  });

  it('asks in Indonesian when run without arguments', async () => {
    const result = await run([], ['1', 'Kota Bau-Bau', '', '', 'Sulawesi Tenggara', ''].join('\n'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Nama resmi daerah, mis. Kota Balikpapan: ');
    expect(result.stdout).toContain('Slug, yaitu alamat halaman dan nama folder [kota-bau-bau]: ');
    expect((await loadContentFromDisk(root)).counts.regions).toBe(1);
    expect(await readFile(path.join(root, 'content/kota-bau-bau/index.md'), 'utf8')).toMatch(/^province: "Sulawesi Tenggara"/m);
  });
});

describe('npm run new <region>/program <id>', () => {
  it('adds one programme that passes the check', async () => {
    await run(NEW_REGION);
    const result = await run(['kota-contoh/program', 'e-kelurahan', '--name', 'E-Kelurahan']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('content/kota-contoh/program/e-kelurahan.md');
    const text = await readFile(path.join(root, 'content/kota-contoh/program/e-kelurahan.md'), 'utf8');
    expect(text).toMatch(/^id: e-kelurahan/m);
    expect(text).toMatch(/^name: "E-Kelurahan"/m);
    const { problems, counts } = await loadContentFromDisk(root);
    expect(problems).toEqual([]);
    expect(counts.programmes).toBe(2);
  });

  it('refuses an existing programme', async () => {
    await run(NEW_REGION);
    const result = await run(['kota-contoh/program', 'contoh-program']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      [
        'content/kota-contoh/program/contoh-program.md',
        '  ✗ Program "contoh-program" sudah ada. Tidak ada berkas yang ditimpa.',
        '    Programme "contoh-program" already exists. No file was overwritten.',
        '    Petunjuk: Pilih id lain, atau sunting berkas yang sudah ada.',
        '    Hint: Choose another id, or edit the existing file.',
        '',
        '✗ Tidak ada berkas yang dibuat. · Nothing was created.',
        '',
      ].join('\n'),
    );
  });

  it('refuses a region that does not exist and an id that is not a slug', async () => {
    const missing = await run(['kota-nihil/program', 'e-kelurahan']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Region "kota-nihil" does not exist yet.');
    await run(NEW_REGION);
    const badId = await run(['kota-contoh/program', 'E Kelurahan']);
    expect(badId.code).toBe(1);
    expect(badId.stderr).toContain('npm run new › id\n  ✗ Hanya huruf kecil, angka, dan tanda hubung (-), tanpa spasi.');
    expect(await filesUnder(path.join(root, 'content/kota-contoh/program'))).toEqual(['contoh-program.md']);
  });
});

describe('PANDUAN.md', () => {
  it('documents every field, dimension and element an author can write', async () => {
    const guide = await readFile('PANDUAN.md', 'utf8');
    const names = [
      ...Object.values(SCHEMAS).flatMap((schema) => allFieldNames(schema)),
      ...DIMENSIONS.flatMap((dimension) => [dimension.id, ...dimension.elements.map((element) => element.id)]),
    ];
    for (const name of new Set(names)) expect(guide, `PANDUAN.md mentions \`${name}\``).toContain(`\`${name}\``);
  });
});
