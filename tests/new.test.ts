import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { fieldNamesAt } from '../src/lib/content/field-names.ts';
import { loadContentFromDisk } from '../src/lib/content/load.ts';
import { templatePlaceholders } from '../src/lib/content/placeholders.ts';
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

/** A fictional demo region: not in the register, so its identity is given in full. */
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

  it('has commented examples that are valid once uncommented, sources included, for a real region, where only its template text is refused', async () => {
    await run(['64.71']);
    const filled = await mkdtemp(path.join(tmpdir(), 'masterplan-filled-'));
    try {
      await cp(path.join(root, 'content'), path.join(filled, 'content'), { recursive: true });
      for (const file of await filesUnder(path.join(filled, 'content'))) {
        const location = path.join(filled, 'content', file);
        const kind = file.endsWith('index.md') ? 'region' : file.includes('/dimensi/') ? 'dimension' : 'programme';
        // `cohort` is for fictional regions only: a real region's cohort lives in data/kohort.yaml.
        const fields = new Set(allFieldNames(SCHEMAS[kind]).filter((field) => field !== 'cohort'));
        const text = uncommentExamples(await readFile(location, 'utf8'), fields);
        await writeFile(location, text.replace('fictional: true', 'fictional: false'));
      }
      const region = await readFile(path.join(filled, 'content/kota-balikpapan/index.md'), 'utf8');
      expect(region).toMatch(/^sources:/m);
      expect(region).toMatch(/^ {2}kind: perwal/m);
      const { problems } = await loadContentFromDisk(filled);
      const leftovers = problems.filter((problem) => problem.message.id.startsWith('Teks contoh dari templat masih ada: '));
      expect(problems.filter((problem) => !leftovers.includes(problem))).toEqual([]);
      // Every placeholder the templates write is caught when a real region keeps it.
      const reported = new Set(leftovers.map((problem) => /"(.*)"\.$/.exec(problem.message.id)?.[1]));
      expect([...reported].sort()).toEqual(templatePlaceholders().map((placeholder) => placeholder.text).sort());
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

  it('asks in Indonesian when run without arguments, for a fictional demo region', async () => {
    const result = await run([], ['3', 'Kota Contoh Jaya', '', '', 'Provinsi Contoh', ''].join('\n'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Nama daerah contoh, mis. Kota Contoh: ');
    expect(result.stdout).toContain('Slug, yaitu alamat halaman dan nama folder [kota-contoh-jaya]: ');
    expect((await loadContentFromDisk(root)).counts.regions).toBe(1);
    const index = await readFile(path.join(root, 'content/kota-contoh-jaya/index.md'), 'utf8');
    expect(index).toMatch(/^province: "Provinsi Contoh"/m);
    expect(index).toMatch(/^# code: "64.71"/m);
  });
});

describe('npm run new <code or name>: a region of the national register', () => {
  /** The identity lines of a new region's index.md. */
  async function identityOf(slug: string): Promise<string[]> {
    const index = await readFile(path.join(root, `content/${slug}/index.md`), 'utf8');
    return index.split('\n').filter((line) => /^(fictional|slug|name|type|province|code):/.test(line)).map((line) => line.replace(/ {3}#.*$/, ''));
  }

  it('fills slug, name, type, province and code in from the register, by code, and passes the check', async () => {
    const result = await run(['64.71']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Dari daftar wilayah Kemendagri · From the Kemendagri register: 64.71 Kota Balikpapan, kota, Kalimantan Timur');
    expect(await identityOf('kota-balikpapan')).toEqual([
      'fictional: true',
      'slug: kota-balikpapan',
      'name: "Kota Balikpapan"',
      'type: kota',
      'province: "Kalimantan Timur"',
      'code: "64.71"',
    ]);
    const { problems, counts } = await loadContentFromDisk(root);
    expect(problems).toEqual([]);
    expect(counts.regions).toBe(1);
  });

  it('finds the region by name, with or without Kota/Kabupaten, and corrects a slug without its type', async () => {
    for (const args of [['Balikpapan'], ['kabupaten buleleng'], ['kota-jakarta-pusat'], ['mimika'], ['Kota', 'Bontang']]) expect((await run(args)).code, args.join(' ')).toBe(0);
    expect((await run(['samarinda', '--province', 'Kalimantan Timur'])).code).toBe(0);
    expect((await readdir(path.join(root, 'content'))).sort()).toEqual([
      'kabupaten-buleleng',
      'kabupaten-mimika',
      'kota-balikpapan',
      'kota-bontang',
      'kota-jakarta-pusat',
      'kota-samarinda',
    ]);
    expect(await identityOf('kabupaten-mimika')).toContain('province: "Papua Tengah"');
    expect(await identityOf('kota-jakarta-pusat')).toContain('name: "Kota Administrasi Jakarta Pusat"');
    expect(await readFile(path.join(root, 'content/kabupaten-buleleng/index.md'), 'utf8')).toContain('chair: "Bupati"');
    expect((await loadContentFromDisk(root)).problems).toEqual([]);
  });

  it('lists the candidates of an ambiguous name and asks for the code', async () => {
    const result = await run(['Bandung']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      [
        'npm run new',
        '  ✗ "Bandung" cocok dengan 2 daerah: 32.04 Kabupaten Bandung (Jawa Barat); 32.73 Kota Bandung (Jawa Barat).',
        '    "Bandung" matches 2 regions: 32.04 Kabupaten Bandung (Jawa Barat); 32.73 Kota Bandung (Jawa Barat).',
        '    Petunjuk: Pilih dengan kodenya, mis. npm run new -- 32.04',
        '    Hint: Choose one by its code, e.g. npm run new -- 32.04',
        '',
        '✗ Tidak ada berkas yang dibuat. · Nothing was created.',
        '',
      ].join('\n'),
    );
    expect(await filesUnder(root)).toEqual([]);
  });

  it('suggests the registered regions a misspelt, mistyped or partial name means, and refuses an unknown code', async () => {
    const misspelt = await run(['Balikpapn']);
    expect(misspelt.code).toBe(1);
    expect(misspelt.stderr).toContain(
      [
        'npm run new',
        '  ✗ "Balikpapn" tidak ada di daftar wilayah Kemendagri.',
        '    "Balikpapn" is not in the Kemendagri register.',
        '    Petunjuk: Mungkin maksud Anda Kota Balikpapan (npm run new -- 64.71)?',
        '    Hint: Did you mean Kota Balikpapan (npm run new -- 64.71)?',
      ].join('\n'),
    );
    const wrongType = await run(['kota-buleleng']);
    expect(wrongType.stderr).toContain('    Petunjuk: Mungkin maksud Anda Kabupaten Buleleng (npm run new -- 51.08)?\n');
    const firstWord = await run(['Jakarta']);
    expect(firstWord.stderr).toContain(
      '    Petunjuk: Mungkin maksud Anda salah satu dari: Kota Administrasi Jakarta Pusat (npm run new -- 31.71); Kota Administrasi Jakarta Utara (npm run new -- 31.72); ' +
        'Kota Administrasi Jakarta Barat (npm run new -- 31.73); Kota Administrasi Jakarta Selatan (npm run new -- 31.74); Kota Administrasi Jakarta Timur (npm run new -- 31.75)?\n',
    );
    const unknown = await run(['64.99']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(
      [
        'npm run new',
        '  ✗ Kode wilayah "64.99" tidak ada di daftar Kemendagri.',
        '    Region code "64.99" is not in the Kemendagri register.',
        '    Petunjuk: Cari kodenya di data/wilayah/kode-wilayah-2025.tsv.',
      ].join('\n'),
    );
    expect(await filesUnder(root)).toEqual([]);
  });

  it('refuses flags that contradict the register, in the words of the check', async () => {
    const result = await run(['64.71', '--province', 'Kalimantan Timr', '--name', 'Kota Samarinda']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      [
        'npm run new › --name',
        '  ✗ Nama "Kota Samarinda" tidak sesuai daftar Kemendagri: nama resmi kode 64.71 adalah "Kota Balikpapan".',
        '    Name "Kota Samarinda" does not match the Kemendagri register: the official name for code 64.71 is "Kota Balikpapan".',
        '    Petunjuk: "Kota Samarinda" adalah Kota Samarinda, kode 64.72: bila itu daerahnya, ganti code menjadi "64.72".',
        '    Hint: "Kota Samarinda" is Kota Samarinda, code 64.72: if that is the region, change code to "64.72".',
        '',
        'npm run new › --province',
        '  ✗ Provinsi "Kalimantan Timr" tidak sesuai daftar Kemendagri: kode 64.71 (Kota Balikpapan) ada di provinsi "Kalimantan Timur".',
        '    Province "Kalimantan Timr" does not match the Kemendagri register: code 64.71 (Kota Balikpapan) is in the province "Kalimantan Timur".',
        '    Petunjuk: Mungkin maksud Anda "Kalimantan Timur"?',
        '    Hint: Did you mean "Kalimantan Timur"?',
        '',
        '✗ Tidak ada berkas yang dibuat. · Nothing was created.',
        '',
      ].join('\n'),
    );
    expect(await filesUnder(root)).toEqual([]);
  });

  it('asks for a code or name when run without arguments, again until it names one region', async () => {
    const result = await run([], ['1', 'Bandung', '32.73', ''].join('\n'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Kode wilayah Kemendagri atau nama daerah, mis. 64.71 atau Balikpapan: ');
    expect(result.stdout).toContain('"Bandung" cocok dengan 2 daerah: 32.04 Kabupaten Bandung (Jawa Barat); 32.73 Kota Bandung (Jawa Barat).');
    expect(await identityOf('kota-bandung')).toContain('code: "32.73"');
    expect((await loadContentFromDisk(root)).problems).toEqual([]);
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
