/**
 * `npm run new`: creates content from the templates in scripts/templates/, so that an author
 * starts from files that already pass `npm run check` and show every field with an explanation.
 *
 *   npm run new -- 64.71             (a region of the national register, by code …)
 *   npm run new -- "Balikpapan"      (… or by name, with or without Kota/Kabupaten;
 *   npm run new -- --code 64.71       also as flags)
 *   npm run new -- kota-contoh --name "Kota Contoh" --province "Provinsi Contoh" --type kota
 *                                    (a fictional demo region, not in the register)
 *   npm run new -- kota-contoh/program e-kelurahan [--name "E-Kelurahan"] [--dimension smart-living]
 *   npm run new                      (asks step by step, in Indonesian)
 *
 * A region of the register gets its slug, name, type, province and code from the register
 * (data/wilayah/), the values `npm run check` will hold it to. A slug without its type
 * (`bontang`) is completed (`kota-bontang`).
 *
 * Every value is checked before anything is written, in the same words as `npm run check`
 * (src/lib/content/new-answers.ts); asked step by step, a bad answer is asked again at once.
 * Nothing is ever overwritten, and the filled templates are validated with the check's own code.
 */
import { mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { parseFrontmatter } from '../src/lib/content/frontmatter.ts';
import { CONTENT_DIR, contentDirectory, locateEntry } from '../src/lib/content/layout.ts';
import { describeRule } from '../src/lib/content/messages.ts';
import {
  COMMAND,
  DIMENSION_CHOICES,
  EXAMPLE,
  EXAMPLE_FICTIONAL,
  checkCandidate,
  checkCreation,
  checkDimension,
  checkExistingRegion,
  checkProgrammeId,
  checkProgrammeName,
  checkProvince,
  checkRegionName,
  checkRegionSlug,
  checkRegionType,
  checkRegisteredCode,
  exampleHint,
  nameFromSlug,
  registeredLabel,
  resolveRegion,
  typePrefix,
  type Checked,
} from '../src/lib/content/new-answers.ts';
import { formatProblem, type Bilingual, type Problem } from '../src/lib/content/problem.ts';
import { validateEntry } from '../src/lib/content/read.ts';
import { compareWithRegister } from '../src/lib/content/register-check.ts';
import { checkContentBody } from '../src/lib/content/safety/check-body.ts';
import { DIMENSIONS, OTHER_ELEMENT, dimensionById, type DimensionId } from '../src/lib/dimensions.ts';
import { FUNDING_SOURCES, INDICATOR_LEVELS, PROGRAMME_KINDS, PROGRAMME_STATUSES } from '../src/lib/schema/programme.ts';
import { loadRegister, slugify, type Register, type RegionType, type RegisteredRegion } from '../src/lib/register/register.ts';
import { BODY_KINDS, HORIZONS, LEGAL_KINDS, MILESTONE_KINDS, REGION_TYPES } from '../src/lib/schema/region.ts';

const TEMPLATES = path.join(import.meta.dirname, 'templates');
/** The project's own register, wherever the content goes (CONTENT_ROOT) and whatever the working directory. */
const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');
const EXAMPLE_PROGRAMME = 'contoh-program';

const USAGE = `Membuat konten baru dari templat · Create new content from the templates

  ${EXAMPLE}
  ${COMMAND} -- "Balikpapan"
  ${COMMAND} -- --code 64.71
  ${COMMAND} -- --name "Kota Balikpapan"
      daerah baru dari daftar wilayah Kemendagri, menurut kode atau nama: index.md, enam halaman
      dimensi, dan satu contoh program; slug, nama, jenis, provinsi dan kode diisi dari daftar
      new region from the Kemendagri register, by code or name: index.md, six dimension pages and
      one example programme; slug, name, type, province and code come from the register
  ${EXAMPLE_FICTIONAL}
      daerah contoh (fiktif) yang tidak ada di daftar · a fictional demo region, not in the register
  ${COMMAND} -- kota-contoh/program e-kelurahan [--name "E-Kelurahan"] [--dimension smart-governance]
      satu program baru di daerah yang sudah ada · one new programme in an existing region
  ${COMMAND}
      tanya jawab langkah demi langkah; jawaban yang salah ditanyakan lagi
      step-by-step questions; a wrong answer is asked again`;

/** What to create, every value already checked. */
interface RegionRequest {
  readonly kind: 'region';
  readonly slug: string;
  readonly name: string;
  readonly province: string;
  readonly type: RegionType;
  /** Set for a region of the register; a fictional demo region has none. */
  readonly code?: string;
}

interface ProgrammeRequest {
  readonly kind: 'programme';
  readonly region: string;
  readonly id: string;
  readonly name: string;
  readonly dimension: DimensionId;
}

type Request = RegionRequest | ProgrammeRequest;

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

const tooMany = (extra: readonly string[]): Refusal =>
  refuse(COMMAND, '', { id: `Terlalu banyak isian: ${extra.join(' ')}`, en: `Too many arguments: ${extra.join(' ')}` }, exampleHint);

/** "  → …" under the answer it is about: said when an answer was completed, not taken as typed. */
const formatNote = (note: Bilingual): string => `  → ${note.id}\n    ${note.en}`;

/** The value of a checked answer in flags mode, where there is no asking again: a problem stops. */
function accepted<T>(checked: Checked<T>): T {
  if (!checked.ok) throw new Refusal(checked.problems);
  if (checked.note) console.log(formatNote(checked.note));
  return checked.value;
}

let loadedRegister: Register | undefined;
const theRegister = (): Register => (loadedRegister ??= loadRegister(PROJECT_ROOT));

interface IdentityFlags {
  readonly slug?: string | undefined;
  readonly name?: string | undefined;
  readonly province?: string | undefined;
  readonly type?: string | undefined;
}

/**
 * A region of the register, its identity taken from there. Flags given as well must agree with it,
 * in the words of the check, since the check would refuse the files otherwise.
 */
function registeredRequest(region: RegisteredRegion, flags: IdentityFlags = {}): RegionRequest {
  const type = flags.type === undefined ? region.type : accepted(checkRegionType(flags.type));
  const slug = flags.slug === undefined ? region.slug : accepted(checkRegionSlug(flags.slug, type));
  const identity = { fictional: false, code: region.code, slug, name: flags.name ?? region.name, type, province: flags.province ?? region.province.name };
  const findings = compareWithRegister(identity, theRegister());
  if (findings.length > 0) {
    // The slug is the argument itself; the other fields are flags.
    throw new Refusal(findings.map((finding) => ({ file: COMMAND, field: finding.field === 'slug' ? 'slug' : `--${finding.field}`, ...describeRule(finding.rule, finding.values) })));
  }
  return { kind: 'region', slug: region.slug, name: region.name, type: region.type, province: region.province.name, code: region.code };
}

/** The region folders under content/ that hold a region file, i.e. where a programme can go. */
async function existingRegions(contentDir: string): Promise<string[]> {
  const folders = await readdir(contentDir, { withFileTypes: true }).catch(() => []);
  const regions = await Promise.all(
    folders
      .filter((folder) => folder.isDirectory())
      .map(async ({ name }) => ((await exists(path.join(contentDir, name, 'index.md'))) || (await exists(path.join(contentDir, name, 'index.mdx'))) ? name : undefined)),
  );
  return regions.filter((region) => region !== undefined);
}

/** A new region's slug, unless its folder exists: nothing is ever overwritten. */
async function checkNewRegion(slug: string, contentDir: string): Promise<Checked<string>> {
  if (!(await exists(path.join(contentDir, slug)))) return { ok: true, value: slug };
  return {
    ok: false,
    problems: [
      {
        file: `${CONTENT_DIR}/${slug}/`,
        field: '',
        message: { id: `Daerah "${slug}" sudah ada. Tidak ada berkas yang ditimpa.`, en: `Region "${slug}" already exists. No file was overwritten.` },
        hint: { id: `Untuk menambah program: ${COMMAND} -- ${slug}/program <id>`, en: `To add a programme: ${COMMAND} -- ${slug}/program <id>` },
      },
    ],
  };
}

/** A new programme's id, checked as the check would, unless the programme exists. */
async function checkNewProgramme(region: string, answer: string, contentDir: string): Promise<Checked<string>> {
  const checked = checkProgrammeId(answer);
  if (!checked.ok) return checked;
  const id = checked.value;
  for (const extension of ['.md', '.mdx']) {
    if (await exists(path.join(contentDir, region, 'program', `${id}${extension}`))) {
      return {
        ok: false,
        problems: [
          {
            file: `${CONTENT_DIR}/${region}/program/${id}${extension}`,
            field: '',
            message: { id: `Program "${id}" sudah ada. Tidak ada berkas yang ditimpa.`, en: `Programme "${id}" already exists. No file was overwritten.` },
            hint: { id: 'Pilih id lain, atau sunting berkas yang sudah ada.', en: 'Choose another id, or edit the existing file.' },
          },
        ],
      };
    }
  }
  return checked;
}

async function fromArguments(argv: readonly string[], contentDir: string): Promise<Request> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: { name: { type: 'string' }, province: { type: 'string' }, type: { type: 'string' }, code: { type: 'string' }, dimension: { type: 'string' } },
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw refuse(COMMAND, '', { id: `Perintah tidak bisa dibaca: ${detail}`, en: `The command cannot be read: ${detail}` }, exampleHint);
  }
  const { values, positionals } = parsed;
  const [target = '', ...rest] = positionals;
  const programme = /^(.*)\/program\/?$/.exec(target);
  if (programme) {
    // Only a programme takes a second argument, its id.
    const [id, ...extra] = rest;
    if (extra.length > 0) throw tooMany(extra);
    const region = accepted(checkExistingRegion(programme[1] ?? '', await existingRegions(contentDir)));
    if (!id) {
      throw refuse(COMMAND, '<id>', { id: 'id program belum diisi.', en: 'The programme id is missing.' }, {
        id: `Contoh: ${COMMAND} -- ${region}/program e-kelurahan`,
        en: `Example: ${COMMAND} -- ${region}/program e-kelurahan`,
      });
    }
    const checkedId = accepted(await checkNewProgramme(region, id, contentDir));
    return {
      kind: 'programme',
      region,
      id: checkedId,
      name: accepted(checkProgrammeName(values.name ?? nameFromSlug(checkedId))),
      dimension: accepted(checkDimension(values.dimension ?? DIMENSIONS[0].id)),
    };
  }
  const region = identifyRegion(positionals, values);
  return { ...region, slug: accepted(await checkNewRegion(region.slug, contentDir)) };
}

/**
 * The region the flags name: by --code, or by a code or name as argument or --name; a name the
 * register lacks is a fictional demo region when its province is given too.
 */
function identifyRegion(positionals: readonly string[], values: IdentityFlags & { readonly code?: string | undefined }): RegionRequest {
  const [target = '', ...rest] = positionals;
  if (values.code !== undefined) {
    if (rest.length > 0) throw tooMany(rest);
    // An argument beside --code is the slug the author expects: compared with the register.
    return registeredRequest(accepted(checkRegisteredCode(values.code, theRegister())), { ...values, slug: target || undefined });
  }
  // An unquoted name (npm run new -- Kota Balikpapan) arrives as several words.
  const byName = positionals.length === 0 && values.name !== undefined;
  const query = byName ? (values.name ?? '') : positionals.join(' ');
  const resolution = resolveRegion(query, theRegister());
  // --name alone is the query, not a second name to compare.
  if (resolution.kind === 'found') return registeredRequest(resolution.region, byName ? { ...values, name: undefined } : values);
  if (resolution.kind === 'ambiguous' || values.province === undefined) throw new Refusal([resolution.problem]);
  if (rest.length > 0) throw tooMany(rest);
  const written = byName ? slugify(query) : target;
  const type = accepted(checkRegionType(values.type ?? typePrefix(written)));
  const slug = accepted(checkRegionSlug(written, type));
  return {
    kind: 'region',
    slug,
    name: accepted(checkRegionName(values.name ?? nameFromSlug(slug))),
    province: accepted(checkProvince(values.province)),
    type,
  };
}

/**
 * The step-by-step questions. Each answer is checked as soon as it is given: a bad one is answered
 * with the problem, in the words of the check, and the same question is asked again; the answers
 * before it are kept.
 */
async function askQuestions(contentDir: string): Promise<Request> {
  const terminal = createInterface({ input: process.stdin, output: process.stdout, terminal: Boolean(process.stdin.isTTY) });
  // Answers are read as a stream of lines: piped input may arrive all at once and must not be lost.
  const answers = terminal[Symbol.asyncIterator]();
  // A terminal shows what is typed; piped answers are written out, so the transcript reads the same.
  const echo = !process.stdin.isTTY;
  const ask = async (question: string, suggestion: string): Promise<string> => {
    process.stdout.write(suggestion ? `${question} [${suggestion}]: ` : `${question}: `);
    const answer = await answers.next();
    if (answer.done) throw refuse(COMMAND, '', { id: 'Dibatalkan: jawaban tidak lengkap.', en: 'Cancelled: the answers are incomplete.' });
    const text = String(answer.value);
    if (echo) process.stdout.write(`${text}\n`);
    return text.trim() || suggestion;
  };
  const askUntilValid = async <T>(question: string, suggestion: string, check: (answer: string) => Checked<T> | Promise<Checked<T>>): Promise<T> => {
    for (;;) {
      const checked = await check(await ask(question, suggestion));
      if (checked.ok) {
        if (checked.note) console.log(formatNote(checked.note));
        return checked.value;
      }
      console.log(`${checked.problems.map(formatProblem).join('\n\n')}\n`);
    }
  };
  /** One region of several that share a name, by its number in the list or its code. */
  const choose = (problem: Problem, candidates: readonly RegisteredRegion[]): Promise<RegisteredRegion> => {
    console.log(`${problem.message.id}\n${problem.message.en}`);
    console.log(candidates.map((candidate, index) => `  ${index + 1} = ${registeredLabel(candidate)}`).join('\n'));
    return askUntilValid('Pilih nomor atau kode wilayahnya', '', (answer) => checkCandidate(answer, candidates));
  };
  try {
    console.log('Membuat konten baru. Tekan Enter untuk memakai isian di dalam [ ].');
    console.log('Creating new content. Press Enter to accept the suggestion in [ ].\n');
    const creation = await askUntilValid('Buat apa? 1 = daerah baru dari daftar Kemendagri, 2 = program baru, 3 = daerah contoh (fiktif)', '1', checkCreation);
    if (creation === 'programme') {
      const regions = await existingRegions(contentDir);
      const region = await askUntilValid('Slug daerah (nama foldernya di content/), mis. kota-balikpapan', '', (answer) => checkExistingRegion(answer, regions));
      const id = await askUntilValid('id program (huruf kecil, angka, tanda hubung), mis. e-kelurahan', '', (answer) => checkNewProgramme(region, answer, contentDir));
      const name = await askUntilValid('Nama program', nameFromSlug(id), checkProgrammeName);
      console.log(`Dimensi · Dimensions:\n${DIMENSION_CHOICES}`);
      const dimension = await askUntilValid('Dimensi program (nomor, id, atau nama)', DIMENSIONS[0].id, checkDimension);
      return { kind: 'programme', region, id, name, dimension };
    }
    if (creation === 'fictional') {
      const name = await askUntilValid('Nama daerah contoh, mis. Kota Contoh', '', checkRegionName);
      const type = await askUntilValid(`Jenis daerah (${REGION_TYPES.join('/')})`, typePrefix(name) ?? '', checkRegionType);
      const suggested = checkRegionSlug(slugify(name), type);
      const slug = await askUntilValid('Slug, yaitu alamat halaman dan nama folder', suggested.ok ? suggested.value : '', async (answer) => {
        const checked = checkRegionSlug(answer, type);
        if (!checked.ok) return checked;
        const isNew = await checkNewRegion(checked.value, contentDir);
        return isNew.ok ? checked : isNew;
      });
      const province = await askUntilValid('Provinsi, mis. Provinsi Contoh', '', checkProvince);
      return { kind: 'region', slug, name, type, province };
    }
    return await askUntilValid('Kode wilayah Kemendagri atau nama daerah, mis. 64.71 atau Balikpapan', '', async (answer): Promise<Checked<RegionRequest>> => {
      const resolution = resolveRegion(answer, theRegister());
      if (resolution.kind === 'unknown') return { ok: false, problems: [resolution.problem] };
      const request = registeredRequest(resolution.kind === 'found' ? resolution.region : await choose(resolution.problem, resolution.candidates));
      const isNew = await checkNewRegion(request.slug, contentDir);
      return isNew.ok ? { ok: true, value: request } : isNew;
    });
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

/** Who heads the region and which regulation legalises its masterplan, for the commented examples. */
const HEAD_OF_REGION: Record<RegionType, { title: string; regulation: string }> = {
  kota: { title: 'Wali Kota', regulation: 'perwal' },
  kabupaten: { title: 'Bupati', regulation: 'perbup' },
};

function programmeFile(id: string, name: string, dimensionId: DimensionId): Promise<string> {
  const dimension = dimensionById(dimensionId) ?? DIMENSIONS[0];
  return fillTemplate('program.md', {
    ...CHOICES,
    id,
    name: yamlText(name),
    dimension: dimension.id,
    element: dimension.elements[0].id,
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
  files.set(`${folder}/program/${EXAMPLE_PROGRAMME}.md`, await programmeFile(EXAMPLE_PROGRAMME, nameFromSlug(EXAMPLE_PROGRAMME), DIMENSIONS[0].id));
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

/** Writes the files of a checked request; returns their paths. */
async function create(request: Request, contentDir: string): Promise<string[]> {
  const files =
    request.kind === 'region'
      ? await regionFiles(request.slug, request.type, request.name, request.province, request.code)
      : new Map([[`${CONTENT_DIR}/${request.region}/program/${request.id}.md`, await programmeFile(request.id, request.name, request.dimension)]]);
  // The templates are held to the check before anything is written.
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
    const contentDir = contentDirectory();
    const request = argv.length === 0 ? await askQuestions(contentDir) : await fromArguments(argv, contentDir);
    const created = await create(request, contentDir);
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
