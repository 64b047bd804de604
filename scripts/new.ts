/**
 * `npm run new`: creates content from the templates in scripts/templates/, so that an author
 * starts from files that already pass `npm run check` and show every field with an explanation.
 *
 *   npm run new -- 64.71             (a region of the national register, by code …)
 *   npm run new -- "Balikpapan"      (… or by name, with or without Kota/Kabupaten)
 *   npm run new -- kota-contoh --name "Kota Contoh" --province "Provinsi Contoh" --type kota
 *                                    (a fictional demo region, not in the register)
 *   npm run new -- kota-contoh/program e-kelurahan [--name "E-Kelurahan"]
 *   npm run new                      (asks step by step, in Indonesian)
 *
 * A region of the register gets its slug, name, type, province and code from the register
 * (data/wilayah/), the values `npm run check` will hold it to.
 *
 * Nothing is ever overwritten. The files are validated with the check's own code before they are
 * written, so a wrong type or slug is reported in the same words as `npm run check`.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { z } from 'astro/zod';
import { parseFrontmatter } from '../src/lib/content/frontmatter.ts';
import { CONTENT_DIR, contentDirectory, locateEntry } from '../src/lib/content/layout.ts';
import { describeIssue, describeRule } from '../src/lib/content/messages.ts';
import { formatProblem, type Bilingual, type Problem } from '../src/lib/content/problem.ts';
import { validateEntry } from '../src/lib/content/read.ts';
import { compareWithRegister } from '../src/lib/content/register-check.ts';
import { checkContentBody } from '../src/lib/content/safety/check-body.ts';
import { closestMatch } from '../src/lib/content/suggest.ts';
import { DIMENSIONS, OTHER_ELEMENT } from '../src/lib/dimensions.ts';
import { FUNDING_SOURCES, INDICATOR_LEVELS, PROGRAMME_KINDS, PROGRAMME_STATUSES, programmeSchema } from '../src/lib/schema/programme.ts';
import { loadRegister, slugify, type Register, type RegisteredRegion } from '../src/lib/register/register.ts';
import { BODY_KINDS, HORIZONS, LEGAL_KINDS, MILESTONE_KINDS, REGION_TYPES, regionSchema } from '../src/lib/schema/region.ts';

const TEMPLATES = path.join(import.meta.dirname, 'templates');
/** The project's own register, wherever the content goes (CONTENT_ROOT) and whatever the working directory. */
const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');
const EXAMPLE_PROGRAMME = 'contoh-program';
const COMMAND = 'npm run new';
const EXAMPLE = `${COMMAND} -- 64.71`;
const EXAMPLE_FICTIONAL = `${COMMAND} -- kota-contoh --name "Kota Contoh" --province "Provinsi Contoh" --type kota`;

const USAGE = `Membuat konten baru dari templat · Create new content from the templates

  ${EXAMPLE}
  ${COMMAND} -- "Balikpapan"
      daerah baru dari daftar wilayah Kemendagri, menurut kode atau nama: index.md, enam halaman
      dimensi, dan satu contoh program; slug, nama, jenis, provinsi dan kode diisi dari daftar
      new region from the Kemendagri register, by code or name: index.md, six dimension pages and
      one example programme; slug, name, type, province and code come from the register
  ${EXAMPLE_FICTIONAL}
      daerah contoh (fiktif) yang tidak ada di daftar · a fictional demo region, not in the register
  ${COMMAND} -- kota-contoh/program e-kelurahan [--name "E-Kelurahan"]
      satu program baru di daerah yang sudah ada · one new programme in an existing region
  ${COMMAND}
      tanya jawab langkah demi langkah · step-by-step questions`;

type Request =
  | {
      readonly kind: 'region';
      readonly slug: string;
      readonly name: string;
      readonly province: string;
      readonly type: string;
      /** Set for a region of the register; a fictional demo region has none. */
      readonly code?: string;
    }
  | { readonly kind: 'programme'; readonly region: string; readonly id: string; readonly name: string };

/** A reason to stop without writing anything, worded like the check's problems. */
class Refusal extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(problems.map((problem) => problem.message.en).join('\n'));
    this.problems = problems;
  }
}

function refuse(where: string, field: string, message: Bilingual, hint?: Bilingual): Refusal {
  return new Refusal([{ file: where, field, message, ...(hint ? { hint } : {}) }]);
}

const exampleHint: Bilingual = { id: `Contoh: ${EXAMPLE}`, en: `Example: ${EXAMPLE}` };

let loadedRegister: Register | undefined;
const theRegister = (): Register => (loadedRegister ??= loadRegister(PROJECT_ROOT));

/** "64.71 Kota Balikpapan (Kalimantan Timur)". */
const registeredLabel = (region: RegisteredRegion): string => `${region.code} ${region.name} (${region.province.name})`;

type Resolution =
  | { readonly kind: 'found'; readonly region: RegisteredRegion }
  /** Not one region: several share the name, or none has it; `problem` says which. */
  | { readonly kind: 'ambiguous' | 'unknown'; readonly problem: Problem };

/** The region of the register that a code, slug or name (with or without Kota/Kabupaten) names. */
function resolveRegion(query: string): Resolution {
  const text = query.trim();
  if (text === '') {
    return { kind: 'unknown', problem: { file: COMMAND, field: '', message: { id: 'Kode wilayah atau nama daerah belum diisi.', en: 'The region code or name is missing.' }, hint: exampleHint } };
  }
  if (/^\d{2}\.\d{2}$/.test(text)) {
    const region = theRegister().byCode(text);
    return region ? { kind: 'found', region } : { kind: 'unknown', problem: { file: COMMAND, field: '', ...describeRule('register-code-unknown', { value: text }) } };
  }
  const bySlug = theRegister().bySlug(text);
  if (bySlug) return { kind: 'found', region: bySlug };
  const matches = theRegister().find(text);
  const [first] = matches;
  if (first && matches.length === 1) return { kind: 'found', region: first };
  if (first) {
    const list = matches.map(registeredLabel).join('; ');
    return {
      kind: 'ambiguous',
      problem: {
        file: COMMAND,
        field: '',
        message: { id: `"${text}" cocok dengan ${matches.length} daerah: ${list}.`, en: `"${text}" matches ${matches.length} regions: ${list}.` },
        hint: { id: `Pilih dengan kodenya, mis. ${COMMAND} -- ${first.code}`, en: `Choose one by its code, e.g. ${COMMAND} -- ${first.code}` },
      },
    };
  }
  return { kind: 'unknown', problem: notInRegister(text) };
}

/** More suggestions than this are no help: the author is better served by the list in data/wilayah/. */
const MAX_SUGGESTIONS = 6;

/** The registered regions a name the register lacks most likely means. */
function nearestRegions(text: string): RegisteredRegion[] {
  const register = theRegister();
  const slug = slugify(text);
  // The right name with the wrong type ("kota-buleleng"): the region of that name.
  const sameName = register.find(slug.replace(/^(kota|kabupaten)-/, ''));
  if (sameName.length > 0) return sameName;
  // The first words of a name ("Jakarta"): the regions whose name starts so, when they are few.
  const starting = register.regions.filter((region) => slugify(region.shortName).startsWith(`${slug}-`));
  if (starting.length > 0 && starting.length <= MAX_SUGGESTIONS) return starting;
  // A letter or two off ("Balikpapn").
  const nearest = closestMatch(slug, register.regions.flatMap((region) => [region.slug, slugify(region.shortName)]));
  return nearest === undefined ? [] : register.find(nearest);
}

/** Words a name the register lacks, with the regions it most likely means. */
function notInRegister(text: string): Problem {
  const choices = nearestRegions(text).map((region) => `${region.name} (${COMMAND} -- ${region.code})`);
  return {
    file: COMMAND,
    field: '',
    message: { id: `"${text}" tidak ada di daftar wilayah Kemendagri.`, en: `"${text}" is not in the Kemendagri register.` },
    hint:
      choices.length === 1
        ? { id: `Mungkin maksud Anda ${choices[0]}?`, en: `Did you mean ${choices[0]}?` }
        : choices.length > 1
          ? { id: `Mungkin maksud Anda salah satu dari: ${choices.join('; ')}?`, en: `Did you mean one of: ${choices.join('; ')}?` }
          : {
              id: `Tulis kode atau nama resminya (daftar: data/wilayah/kode-wilayah-2025.tsv). Daerah contoh fiktif: ${EXAMPLE_FICTIONAL}`,
              en: `Write its code or official name (list: data/wilayah/kode-wilayah-2025.tsv). A fictional demo region: ${EXAMPLE_FICTIONAL}`,
            },
  };
}

interface IdentityFlags {
  readonly name?: string | undefined;
  readonly province?: string | undefined;
  readonly type?: string | undefined;
}

/**
 * A region of the register, its identity taken from there. Flags given as well must agree with it,
 * in the words of the check, since the check would refuse the files otherwise.
 */
function registeredRequest(region: RegisteredRegion, flags: IdentityFlags = {}): Request {
  const type = flags.type === undefined ? region.type : checkField('type', regionSchema.shape.type, flags.type);
  const identity = { fictional: false, code: region.code, slug: region.slug, name: flags.name ?? region.name, type, province: flags.province ?? region.province.name };
  const findings = compareWithRegister(identity, theRegister());
  if (findings.length > 0) {
    throw new Refusal(findings.map((finding) => ({ file: COMMAND, field: `--${finding.field}`, ...describeRule(finding.rule, finding.values) })));
  }
  return { kind: 'region', slug: region.slug, name: region.name, type: region.type, province: region.province.name, code: region.code };
}

/** "kota-balikpapan" → "Kota Balikpapan": a starting point the author can correct. */
function nameFromSlug(slug: string): string {
  return slug
    .split('-')
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** The region type a slug or name starts with, if any ("kota-x" or "Kota X" → "kota"). */
function typePrefix(text: string): string | undefined {
  const first = text.toLowerCase().split(/[-\s]/)[0] ?? '';
  return (REGION_TYPES as readonly string[]).includes(first) ? first : undefined;
}

/**
 * Checks one field with its own schema and words the problem as `npm run check` would. Run before
 * any path is built from the value, so that a slug like `../x` never reaches the file system.
 */
function checkField<T extends z.ZodType>(field: string, schema: T, value: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue): Problem => {
    const { message, hint } = describeIssue({ ...issue, path: [field] }, value, []);
    return { file: COMMAND, field, message, ...(hint ? { hint } : {}) };
  });
  throw new Refusal(problems);
}

function fromArguments(argv: readonly string[]): Request {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { name: { type: 'string' }, province: { type: 'string' }, type: { type: 'string' } },
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw refuse(COMMAND, '', { id: `Perintah tidak bisa dibaca: ${detail}`, en: `The command cannot be read: ${detail}` }, exampleHint);
  }
  const { values, positionals } = parsed;
  const [target = '', ...rest] = positionals;
  const programme = /^(.*)\/program\/?$/.exec(target);
  const tooMany = (extra: readonly string[]): Refusal =>
    refuse(COMMAND, '', { id: `Terlalu banyak isian: ${extra.join(' ')}`, en: `Too many arguments: ${extra.join(' ')}` }, exampleHint);
  if (programme) {
    // Only a programme takes a second argument, its id.
    const [id, ...extra] = rest;
    if (extra.length > 0) throw tooMany(extra);
    if (!id) {
      throw refuse(COMMAND, '<id>', { id: 'id program belum diisi.', en: 'The programme id is missing.' }, {
        id: `Contoh: ${COMMAND} -- ${programme[1]}/program e-kelurahan`,
        en: `Example: ${COMMAND} -- ${programme[1]}/program e-kelurahan`,
      });
    }
    return { kind: 'programme', region: programme[1] ?? '', id, name: values.name ?? nameFromSlug(id) };
  }
  // An unquoted name (npm run new -- Kota Balikpapan) arrives as several words.
  const resolution = resolveRegion(positionals.join(' '));
  if (resolution.kind === 'found') return registeredRequest(resolution.region, values);
  // A name the register lacks is a fictional demo region only when its province is given too.
  if (resolution.kind === 'ambiguous' || values.province === undefined) throw new Refusal([resolution.problem]);
  if (rest.length > 0) throw tooMany(rest);
  return {
    kind: 'region',
    slug: target,
    name: values.name ?? nameFromSlug(target),
    province: values.province,
    type: values.type ?? typePrefix(target) ?? '',
  };
}

async function askQuestions(): Promise<Request> {
  const terminal = createInterface({ input: process.stdin, output: process.stdout, terminal: Boolean(process.stdin.isTTY) });
  // Read answers as a stream of lines: piped input arrives all at once and must not be lost.
  const answers = terminal[Symbol.asyncIterator]();
  const ask = async (question: string, suggestion = ''): Promise<string> => {
    process.stdout.write(suggestion ? `${question} [${suggestion}]: ` : `${question}: `);
    const answer = await answers.next();
    if (answer.done) throw refuse(COMMAND, '', { id: 'Dibatalkan: jawaban tidak lengkap.', en: 'Cancelled: the answers are incomplete.' });
    return String(answer.value).trim() || suggestion;
  };
  try {
    console.log('Membuat konten baru. Tekan Enter untuk memakai isian di dalam [ ].');
    console.log('Creating new content. Press Enter to accept the suggestion in [ ].\n');
    const what = await ask('Buat apa? 1 = daerah baru dari daftar Kemendagri, 2 = program baru, 3 = daerah contoh (fiktif)', '1');
    if (what === '2') {
      const region = await ask('Slug daerah (nama foldernya di content/), mis. kota-balikpapan');
      const id = await ask('id program (huruf kecil, angka, tanda hubung), mis. e-kelurahan');
      const name = await ask('Nama program', nameFromSlug(id));
      return { kind: 'programme', region, id, name };
    }
    if (what === '3') {
      const name = await ask('Nama daerah contoh, mis. Kota Contoh');
      const type = await ask(`Jenis daerah (${REGION_TYPES.join('/')})`, typePrefix(name));
      const slug = await ask('Slug, yaitu alamat halaman dan nama folder', slugify(name));
      const province = await ask('Provinsi, mis. Provinsi Contoh');
      return { kind: 'region', slug, name, type, province };
    }
    // Asked again until the answer names exactly one region of the register.
    for (;;) {
      const resolution = resolveRegion(await ask('Kode wilayah Kemendagri atau nama daerah, mis. 64.71 atau Balikpapan'));
      if (resolution.kind === 'found') return registeredRequest(resolution.region);
      console.log(`${formatProblem(resolution.problem)}\n`);
    }
  } finally {
    terminal.close();
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/** Fills `{{placeholders}}`; a placeholder without a value is a bug in the templates. */
async function fillTemplate(template: string, values: Readonly<Record<string, string>>): Promise<string> {
  const text = await readFile(path.join(TEMPLATES, template), 'utf8');
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    if (!Object.hasOwn(values, key)) throw new Error(`scripts/templates/${template}: no value for {{${key}}}`);
    return values[key] ?? '';
  });
}

/** YAML text for a value typed by the author: JSON strings are valid YAML and cannot break out. */
const yamlText = (value: string): string => JSON.stringify(value);

const CHOICES = {
  regionTypes: REGION_TYPES.join(', '),
  bodyKinds: BODY_KINDS.join(', '),
  legalKinds: LEGAL_KINDS.join(', '),
  milestoneKinds: MILESTONE_KINDS.join(', '),
  programmeKinds: PROGRAMME_KINDS.join(', '),
  horizons: HORIZONS.join(', '),
  fundingSources: FUNDING_SOURCES.join(', '),
  indicatorLevels: INDICATOR_LEVELS.join(', '),
  programmeStatuses: PROGRAMME_STATUSES.join(', '),
};

type RegionType = (typeof REGION_TYPES)[number];

/** Who heads the region and which regulation legalises its masterplan, for the commented examples. */
const HEAD_OF_REGION: Record<RegionType, { title: string; regulation: string }> = {
  kota: { title: 'Wali Kota', regulation: 'perwal' },
  kabupaten: { title: 'Bupati', regulation: 'perbup' },
};

function programmeFile(id: string, name: string): Promise<string> {
  const [first] = DIMENSIONS;
  return fillTemplate('program.md', {
    ...CHOICES,
    id,
    name: yamlText(name),
    dimension: first.id,
    element: first.elements[0].id,
    otherElement: OTHER_ELEMENT,
    dimensionGuide: DIMENSIONS.map((d) => `#   ${d.id} (${d.nameId}): ${d.elements.map((e) => e.id).join(', ')}`).join('\n'),
  });
}

/** Relative path (from the project root) → text of each file of a new region. */
async function regionFiles(slug: string, type: RegionType, name: string, province: string, code: string | undefined): Promise<Map<string, string>> {
  const folder = `${CONTENT_DIR}/${slug}`;
  const files = new Map<string, string>();
  files.set(
    `${folder}/index.md`,
    await fillTemplate('index.md', {
      ...CHOICES,
      slug,
      name: yamlText(name),
      type,
      province: yamlText(province),
      // A fictional region has no code: the line stays a commented example.
      codeLine: `${code === undefined ? '# ' : ''}code: ${yamlText(code ?? '64.71')}`,
      headOfRegion: HEAD_OF_REGION[type].title,
      legalKind: HEAD_OF_REGION[type].regulation,
    }),
  );
  for (const dimension of DIMENSIONS) {
    files.set(
      `${folder}/dimensi/${dimension.id}.md`,
      await fillTemplate('dimensi.md', {
        dimensionId: dimension.id,
        dimensionName: dimension.nameId,
        dimensionSummary: dimension.summaryId,
        elementList: dimension.elements.map((e) => `${e.id} = ${e.nameId}`).join('; '),
      }),
    );
  }
  files.set(`${folder}/program/${EXAMPLE_PROGRAMME}.md`, await programmeFile(EXAMPLE_PROGRAMME, nameFromSlug(EXAMPLE_PROGRAMME)));
  return files;
}

/** The check's own validation of a file that is about to be written. */
function problemsIn(file: string, text: string): Problem[] {
  const location = locateEntry(file.slice(CONTENT_DIR.length + 1));
  const parsed = parseFrontmatter(text);
  if (!location || !parsed.ok) throw new Error(`${file}: the template does not produce a content file`);
  const frontmatter = parsed.value;
  return [...validateEntry(file, location, frontmatter).problems, ...checkContentBody(file, frontmatter.body, frontmatter.bodyLine)];
}

async function refuseExisting(request: Request, contentDir: string): Promise<void> {
  if (request.kind === 'region') {
    if (await exists(path.join(contentDir, request.slug))) {
      throw refuse(
        `${CONTENT_DIR}/${request.slug}/`,
        '',
        { id: `Daerah "${request.slug}" sudah ada. Tidak ada berkas yang ditimpa.`, en: `Region "${request.slug}" already exists. No file was overwritten.` },
        { id: `Untuk menambah program: ${COMMAND} -- ${request.slug}/program <id>`, en: `To add a programme: ${COMMAND} -- ${request.slug}/program <id>` },
      );
    }
    return;
  }
  const regionIndex = await Promise.all(['index.md', 'index.mdx'].map((name) => exists(path.join(contentDir, request.region, name))));
  if (!regionIndex.includes(true)) {
    throw refuse(
      `${CONTENT_DIR}/${request.region}/`,
      '',
      { id: `Daerah "${request.region}" belum ada.`, en: `Region "${request.region}" does not exist yet.` },
      {
        id: `Buat dulu dengan: ${COMMAND} -- ${request.region} --name "…" --province "…"`,
        en: `Create it first with: ${COMMAND} -- ${request.region} --name "…" --province "…"`,
      },
    );
  }
  for (const extension of ['.md', '.mdx']) {
    const file = `${CONTENT_DIR}/${request.region}/program/${request.id}${extension}`;
    if (await exists(path.join(contentDir, request.region, 'program', `${request.id}${extension}`))) {
      throw refuse(
        file,
        '',
        { id: `Program "${request.id}" sudah ada. Tidak ada berkas yang ditimpa.`, en: `Programme "${request.id}" already exists. No file was overwritten.` },
        { id: 'Pilih id lain, atau sunting berkas yang sudah ada.', en: 'Choose another id, or edit the existing file.' },
      );
    }
  }
}

/** Validates the request, refuses to overwrite, then writes the files; returns their paths. */
async function create(request: Request): Promise<string[]> {
  const contentDir = contentDirectory();
  let files: Map<string, string>;
  if (request.kind === 'region') {
    checkField('slug', regionSchema.shape.slug, request.slug);
    const type = checkField('type', regionSchema.shape.type, request.type);
    await refuseExisting(request, contentDir);
    files = await regionFiles(request.slug, type, request.name, request.province, request.code);
  } else {
    checkField('slug', regionSchema.shape.slug, request.region);
    checkField('id', programmeSchema.shape.id, request.id);
    await refuseExisting(request, contentDir);
    files = new Map([[`${CONTENT_DIR}/${request.region}/program/${request.id}.md`, await programmeFile(request.id, request.name)]]);
  }
  const problems = [...files].flatMap(([file, text]) => problemsIn(file, text));
  if (problems.length > 0) throw new Refusal(problems);
  const root = path.dirname(contentDir);
  for (const [file, text] of files) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    // 'wx' fails if the file appeared meanwhile: never overwrite, even in a race.
    await writeFile(path.join(root, file), text, { flag: 'wx' });
  }
  return [...files.keys()];
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  try {
    const request = argv.length === 0 ? await askQuestions() : fromArguments(argv);
    const created = await create(request);
    if (request.kind === 'region' && request.code !== undefined) {
      const identity = `${request.code} ${request.name}, ${request.type}, ${request.province}`;
      console.log(`\nDari daftar wilayah Kemendagri · From the Kemendagri register: ${identity}`);
    }
    console.log(`\n✓ Berkas dibuat · Files created:\n${created.map((file) => `  ${file}`).join('\n')}\n`);
    console.log('Berikutnya: isi datanya (lihat PANDUAN.md), lalu jalankan npm run check.');
    console.log('Next: fill in the data (see PANDUAN.md), then run npm run check.');
    return 0;
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    console.error(error.problems.map(formatProblem).join('\n\n'));
    console.error('\n✗ Tidak ada berkas yang dibuat. · Nothing was created.');
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
