import { execFile, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { fieldNamesAt } from '../src/lib/content/field-names.ts';
import { loadContentFromDisk } from '../src/lib/content/load.ts';
import { templatePlaceholders } from '../src/lib/content/placeholders.ts';
import { SCHEMAS } from '../src/lib/content/read.ts';
import { DIMENSIONS, DIMENSION_IDS } from '../src/lib/dimensions.ts';

/**
 * `npm run new` is run as authors run it: the project's Node, in a folder holding only content/.
 * Starting Node is what takes the time, so all tests share one project, each with its own regions.
 */
const NODE = path.resolve('node_modules/.bin/node');
const SCRIPT = path.resolve('scripts/new.ts');
/** Each test starts Node up to four times; on a busy 2-core machine one start has taken over ten seconds. */
const TIMEOUT = 240_000;

let root: string;
/** The fictional demo region every test may add to, created once. */
let created: Run;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'masterplan-new-'));
  await mkdir(path.join(root, 'content'));
  created = await run(NEW_REGION);
}, TIMEOUT);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

const environment = (): NodeJS.ProcessEnv => ({ ...process.env, CONTENT_ROOT: root });

async function run(args: readonly string[]): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(NODE, [SCRIPT, ...args], { cwd: root, env: environment() });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/**
 * `npm run new` without arguments, answered through piped stdin the way a person answers: one line
 * at a time, each written only once its question has been printed.
 */
class Conversation {
  private readonly child = spawn(NODE, [SCRIPT], { cwd: root, env: environment() });
  private output = '';
  private errors = '';
  /** How far the test has read `output`. */
  private read = 0;
  private exitCode: number | undefined;
  private readonly exited: Promise<number>;
  /** Wakes a test waiting for more output, or for the end. */
  private wake: () => void = () => {};

  constructor() {
    this.child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      this.output += chunk;
      this.wake();
    });
    this.child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      this.errors += chunk;
    });
    this.exited = new Promise((resolve) => {
      this.child.on('close', (code) => {
        this.exitCode = code ?? -1;
        this.wake();
        resolve(this.exitCode);
      });
    });
  }

  /** Waits until `question` is asked, answers it, and returns what was printed since the previous question. */
  async reply(question: string, answer: string): Promise<string> {
    for (;;) {
      const at = this.output.indexOf(question, this.read);
      if (at >= 0) {
        const before = this.output.slice(this.read, at);
        this.read = at + question.length;
        this.child.stdin.write(`${answer}\n`);
        return before;
      }
      if (this.exitCode !== undefined) {
        throw new Error(`"${question}" was not asked; npm run new ended with:\n${this.output.slice(this.read)}${this.errors}`);
      }
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
  }

  /** Closes stdin and returns how it ended, with the output after the last question. */
  async end(): Promise<Run> {
    this.child.stdin.end();
    const code = await this.exited;
    return { code, stdout: this.output.slice(this.read), stderr: this.errors };
  }
}

/** What follows a refused answer: the answer (echoed), the problem as the check words it, then the same question. */
const askedAgain = (answer: string, ...problem: readonly string[]): string => `${answer}\n${problem.join('\n')}\n\n`;

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

/** The identity lines of a new region's index.md. */
async function identityOf(slug: string): Promise<string[]> {
  const index = await readFile(path.join(root, `content/${slug}/index.md`), 'utf8');
  return index.split('\n').filter((line) => /^(fictional|slug|name|type|province|code):/.test(line)).map((line) => line.replace(/ {3}#.*$/, ''));
}

/** Every region made so far, by every test, still passes the check. */
async function problemsInProject(): Promise<readonly unknown[]> {
  return (await loadContentFromDisk(root)).problems;
}

const QUESTIONS = {
  what: 'Buat apa? 1 = daerah baru dari daftar Kemendagri, 2 = program baru, 3 = daerah contoh (fiktif) [1]: ',
  codeOrName: 'Kode wilayah Kemendagri atau nama daerah, mis. 64.71 atau Balikpapan: ',
  candidate: 'Pilih nomor atau kode wilayahnya: ',
  name: 'Nama daerah contoh, mis. Kota Contoh: ',
  province: 'Provinsi, mis. Provinsi Contoh: ',
  region: 'Slug daerah (nama foldernya di content/), mis. kota-balikpapan: ',
  id: 'id program (huruf kecil, angka, tanda hubung), mis. e-kelurahan: ',
  dimension: 'Dimensi program (nomor, id, atau nama) [smart-governance]: ',
} as const;

const NOT_A_SLUG = [
  '  ✗ Hanya huruf kecil, angka, dan tanda hubung (-), tanpa spasi.',
  '    Only lowercase letters, digits and hyphens (-), no spaces.',
  '    Petunjuk: Contoh: aplikasi-e-kelurahan',
  '    Hint: For example: aplikasi-e-kelurahan',
];

describe('npm run new <region>', { timeout: TIMEOUT }, () => {
  it('creates a region that passes the check as it is', async () => {
    expect(created.stderr).toBe('');
    expect(created.code).toBe(0);
    expect(await filesUnder(path.join(root, 'content/kota-contoh'))).toEqual(
      ['index.md', ...DIMENSION_IDS.map((dimension) => `dimensi/${dimension}.md`), 'program/contoh-program.md'].sort(),
    );
    expect(await problemsInProject()).toEqual([]);

    const index = await readFile(path.join(root, 'content/kota-contoh/index.md'), 'utf8');
    expect(index).toContain('fictional: true');
    expect(index).toContain('# Ubah ke false setelah sumber (sources, di bagian bawah) diisi:');
    expect(index).toMatch(/^name: "Kota Contoh"/m);
  });

  it('shows every schema field, required ones filled in and optional ones as commented examples', async () => {
    const files = {
      region: 'content/kota-contoh/index.md',
      dimensionPage: 'content/kota-contoh/dimensi/smart-governance.md',
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
    expect((await run(['--code', '64.72'])).code).toBe(0);
    const filled = await mkdtemp(path.join(tmpdir(), 'masterplan-filled-'));
    try {
      await cp(path.join(root, 'content/kota-samarinda'), path.join(filled, 'content/kota-samarinda'), { recursive: true });
      for (const file of await filesUnder(path.join(filled, 'content'))) {
        const location = path.join(filled, 'content', file);
        const kind = file.endsWith('index.md') ? 'region' : file.includes('/dimensi/') ? 'dimensionPage' : 'programme';
        // `cohort` is for fictional regions only: a real region's cohort lives in data/kohort.yaml.
        const fields = new Set(allFieldNames(SCHEMAS[kind]).filter((field) => field !== 'cohort'));
        const text = uncommentExamples(await readFile(location, 'utf8'), fields);
        await writeFile(location, text.replace('fictional: true', 'fictional: false'));
      }
      const region = await readFile(path.join(filled, 'content/kota-samarinda/index.md'), 'utf8');
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

  it('refuses a slug that is not a slug before touching the disk', async () => {
    const before = await filesUnder(root);
    const result = await run(['../kota-lain', '--province', 'Bali', '--type', 'kota']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(['npm run new › slug', ...NOT_A_SLUG, '', '✗ Tidak ada berkas yang dibuat. · Nothing was created.', ''].join('\n'));
    expect(await filesUnder(root)).toEqual(before);
  });

  it('takes the type and name from the slug when they are not given', async () => {
    expect((await run(['kabupaten-contoh-lain', '--province', 'Bali'])).code).toBe(0);
    const index = await readFile(path.join(root, 'content/kabupaten-contoh-lain/index.md'), 'utf8');
    expect(index).toMatch(/^type: kabupaten/m);
    expect(index).toMatch(/^name: "Kabupaten Contoh Lain"/m);
    expect(index).toContain('chair: "Bupati"');
  });

  it('completes a slug written without its type, and says so', async () => {
    const result = await run(['contoh-baru', '--province', 'Provinsi Contoh', '--type', 'kota']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('  → Slug menjadi "kota-contoh-baru": slug daerah diawali jenisnya.\n    The slug becomes "kota-contoh-baru": a region\'s slug starts with its type.\n');
    expect(await identityOf('kota-contoh-baru')).toEqual(['fictional: true', 'slug: kota-contoh-baru', 'name: "Kota Contoh Baru"', 'type: kota', 'province: "Provinsi Contoh"']);
    expect(await problemsInProject()).toEqual([]);
  });

  it('asks step by step, refuses each bad answer as it is given and asks the same question again, keeping the answers before it', async () => {
    const talk = new Conversation();
    expect(await talk.reply(QUESTIONS.what, '4')).toContain('Membuat konten baru. Tekan Enter untuk memakai isian di dalam [ ].\n');
    expect(await talk.reply(QUESTIONS.what, '3')).toBe(askedAgain('4', 'npm run new', '  ✗ Jawab 1, 2, atau 3, bukan "4".', '    Answer 1, 2 or 3, not "4".'));
    await talk.reply(QUESTIONS.name, '');
    expect(await talk.reply(QUESTIONS.name, 'Contoh Jaya')).toBe(askedAgain('', 'npm run new › name', '  ✗ Tidak boleh kosong.', '    Must not be empty.'));
    // No type in the name, so none is suggested.
    await talk.reply('Jenis daerah (kota/kabupaten): ', 'kab');
    expect(await talk.reply('Jenis daerah (kota/kabupaten): ', 'kabupaten')).toBe(
      askedAgain(
        'kab',
        'npm run new › type',
        '  ✗ Nilai "kab" tidak dikenal. Pilihan: kota, kabupaten.',
        '    Unknown value "kab". Choose one of: kota, kabupaten.',
        '    Petunjuk: Mungkin maksud Anda "kabupaten"?',
        '    Hint: Did you mean "kabupaten"?',
      ),
    );
    const slugQuestion = 'Slug, yaitu alamat halaman dan nama folder [kabupaten-contoh-jaya]: ';
    await talk.reply(slugQuestion, 'contoh jaya');
    expect(await talk.reply(slugQuestion, 'contoh-jaya')).toBe(askedAgain('contoh jaya', 'npm run new › slug', ...NOT_A_SLUG));
    expect(await talk.reply(QUESTIONS.province, '')).toBe(
      'contoh-jaya\n  → Slug menjadi "kabupaten-contoh-jaya": slug daerah diawali jenisnya.\n    The slug becomes "kabupaten-contoh-jaya": a region\'s slug starts with its type.\n',
    );
    expect(await talk.reply(QUESTIONS.province, 'Provinsi Contoh')).toBe(askedAgain('', 'npm run new › province', '  ✗ Tidak boleh kosong.', '    Must not be empty.'));
    const result = await talk.end();
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('✓ Berkas dibuat · Files created:\n  content/kabupaten-contoh-jaya/index.md\n');
    expect(await identityOf('kabupaten-contoh-jaya')).toEqual([
      'fictional: true',
      'slug: kabupaten-contoh-jaya',
      'name: "Contoh Jaya"',
      'type: kabupaten',
      'province: "Provinsi Contoh"',
    ]);
    expect(await problemsInProject()).toEqual([]);
  });
});

describe('npm run new <code or name>: a region of the national register', { timeout: TIMEOUT }, () => {
  it('fills slug, name, type, province and code in from the register, by code or name, as argument or flag, and passes the check', async () => {
    const [byCode, byCodeFlag, byNameFlag, byShortName] = await Promise.all([
      run(['64.71']),
      run(['--code', '64.74']),
      run(['--name', 'kabupaten sleman']),
      run(['mimika']),
    ]);
    for (const result of [byCode, byCodeFlag, byNameFlag, byShortName]) expect(result.stderr).toBe('');
    expect(byCode.stdout).toContain('Dari daftar wilayah Kemendagri · From the Kemendagri register: 64.71 Kota Balikpapan, kota, Kalimantan Timur');
    expect(await identityOf('kota-balikpapan')).toEqual([
      'fictional: true',
      'slug: kota-balikpapan',
      'name: "Kota Balikpapan"',
      'type: kota',
      'province: "Kalimantan Timur"',
      'code: "64.71"',
    ]);
    expect(await identityOf('kota-bontang')).toEqual(['fictional: true', 'slug: kota-bontang', 'name: "Kota Bontang"', 'type: kota', 'province: "Kalimantan Timur"', 'code: "64.74"']);
    expect(await identityOf('kabupaten-sleman')).toContain('code: "34.04"');
    expect(await identityOf('kabupaten-mimika')).toContain('province: "Papua Tengah"');
    expect(await readFile(path.join(root, 'content/kabupaten-sleman/index.md'), 'utf8')).toContain('chair: "Bupati"');
    expect(await problemsInProject()).toEqual([]);
  });

  it('lists the candidates of an ambiguous name and asks for the code', async () => {
    const before = await filesUnder(root);
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
    expect(await filesUnder(root)).toEqual(before);
  });

  it('refuses flags that contradict the register, in the words of the check', async () => {
    const before = await filesUnder(root);
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
    expect(await filesUnder(root)).toEqual(before);
  });

  it('asks for a code or name, lets the author choose among regions of the same name, and asks again for one that exists', async () => {
    // Kabupaten Bandung is there already: choosing it is refused, and the question asked again.
    const existing = path.join(root, 'content/kabupaten-bandung');
    await mkdir(existing);
    try {
      const talk = new Conversation();
      await talk.reply(QUESTIONS.what, '');
      await talk.reply(QUESTIONS.codeOrName, 'Bandung');
      expect(await talk.reply(QUESTIONS.candidate, '3')).toBe(
        [
          'Bandung',
          '"Bandung" cocok dengan 2 daerah: 32.04 Kabupaten Bandung (Jawa Barat); 32.73 Kota Bandung (Jawa Barat).',
          '"Bandung" matches 2 regions: 32.04 Kabupaten Bandung (Jawa Barat); 32.73 Kota Bandung (Jawa Barat).',
          '  1 = 32.04 Kabupaten Bandung (Jawa Barat)',
          '  2 = 32.73 Kota Bandung (Jawa Barat)',
          '',
        ].join('\n'),
      );
      expect(await talk.reply(QUESTIONS.candidate, '1')).toBe(
        askedAgain('3', 'npm run new', '  ✗ Jawab dengan nomor 1 sampai 2 atau kode wilayahnya, bukan "3".', '    Answer with a number from 1 to 2 or the region code, not "3".'),
      );
      expect(await talk.reply(QUESTIONS.codeOrName, '32.73')).toBe(
        askedAgain(
          '1',
          'content/kabupaten-bandung/',
          '  ✗ Daerah "kabupaten-bandung" sudah ada. Tidak ada berkas yang ditimpa.',
          '    Region "kabupaten-bandung" already exists. No file was overwritten.',
          '    Petunjuk: Untuk menambah program: npm run new -- kabupaten-bandung/program <id>',
          '    Hint: To add a programme: npm run new -- kabupaten-bandung/program <id>',
        ),
      );
      const result = await talk.end();
      expect(result.code).toBe(0);
      expect(result.stdout).toContain('Dari daftar wilayah Kemendagri · From the Kemendagri register: 32.73 Kota Bandung, kota, Jawa Barat');
    } finally {
      await rm(existing, { recursive: true });
    }
    expect(await identityOf('kota-bandung')).toContain('code: "32.73"');
    expect(await problemsInProject()).toEqual([]);
  });
});

describe('npm run new <region>/program <id>', { timeout: TIMEOUT }, () => {
  it('adds one programme that passes the check, in the dimension asked for', async () => {
    const result = await run(['kota-contoh/program', 'e-kelurahan', '--name', 'E-Kelurahan', '--dimension', 'smart-living']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('content/kota-contoh/program/e-kelurahan.md');
    const text = await readFile(path.join(root, 'content/kota-contoh/program/e-kelurahan.md'), 'utf8');
    expect(text).toMatch(/^id: e-kelurahan/m);
    expect(text).toMatch(/^name: "E-Kelurahan"/m);
    expect(text).toMatch(/^dimension: smart-living/m);
    expect(await problemsInProject()).toEqual([]);
  });

  it('refuses an existing programme', async () => {
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

  it('refuses a region that does not exist', async () => {
    const before = await filesUnder(root);
    const result = await run(['kota-nihil/program', 'e-kelurahan']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('npm run new › slug\n  ✗ Daerah "kota-nihil" belum ada.\n    Region "kota-nihil" does not exist yet.\n');
    expect(await filesUnder(root)).toEqual(before);
  });

  it('asks step by step, completing the region slug and asking again for a bad id and an unknown dimension', async () => {
    const talk = new Conversation();
    await talk.reply(QUESTIONS.what, '2');
    await talk.reply(QUESTIONS.region, 'contoh');
    expect(await talk.reply(QUESTIONS.id, 'E Pasar')).toBe('contoh\n  → Daerahnya: "kota-contoh".\n    The region: "kota-contoh".\n');
    expect(await talk.reply(QUESTIONS.id, 'contoh-program')).toBe(askedAgain('E Pasar', 'npm run new › id', ...NOT_A_SLUG));
    expect(await talk.reply(QUESTIONS.id, 'e-pasar')).toBe(
      askedAgain(
        'contoh-program',
        'content/kota-contoh/program/contoh-program.md',
        '  ✗ Program "contoh-program" sudah ada. Tidak ada berkas yang ditimpa.',
        '    Programme "contoh-program" already exists. No file was overwritten.',
        '    Petunjuk: Pilih id lain, atau sunting berkas yang sudah ada.',
        '    Hint: Choose another id, or edit the existing file.',
      ),
    );
    await talk.reply('Nama program [E Pasar]: ', 'E-Pasar');
    expect(await talk.reply(QUESTIONS.dimension, '7')).toBe(
      [
        'E-Pasar',
        'Dimensi · Dimensions:',
        ...DIMENSIONS.map((dimension, index) => `  ${index + 1} = ${dimension.id} (${dimension.nameId})`),
        '',
      ].join('\n'),
    );
    expect(await talk.reply(QUESTIONS.dimension, 'kehidupan')).toBe(
      askedAgain(
        '7',
        'npm run new › dimension',
        `  ✗ Dimensi "7" tidak dikenal. Pilihan: ${DIMENSION_IDS.join(', ')}.`,
        `    Unknown dimension "7". Choose one of: ${DIMENSION_IDS.join(', ')}.`,
      ),
    );
    const result = await talk.end();
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('✓ Berkas dibuat · Files created:\n  content/kota-contoh/program/e-pasar.md\n');
    const text = await readFile(path.join(root, 'content/kota-contoh/program/e-pasar.md'), 'utf8');
    expect(text).toMatch(/^name: "E-Pasar"/m);
    expect(text).toMatch(/^dimension: smart-living/m);
    expect(await problemsInProject()).toEqual([]);
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
