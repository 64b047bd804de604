import { lstatSync, readdirSync, type Stats } from 'node:fs';
import { lstat, open, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unicodeNotation } from '../hidden-characters.ts';
import { contentImagePath } from '../routes.ts';
import { CONTENT_DIR, contentDirectory, locateEntry, type EntryLocation } from './layout.ts';
import { describeRule, fileProblem, type RuleId } from './messages.ts';
import { formatProblem, type Bilingual, type Problem } from './problem.ts';
import { urlScheme } from './safety/policy.ts';
import { closestMatch } from './suggest.ts';
import { inspectSvg } from './svg-drawing.ts';

/**
 * The one place that lists and reads the files authors contribute (content/ and public/) and
 * judges their bytes. The check (`read.ts`) and Astro's loaders (`content.config.ts`) both go
 * through it, so a file the check accepts is read by the build as the very same text, and a file
 * the check refuses stops the build even when nobody ran the check.
 *
 * Every entry is accounted for: a link, a hidden file, a file of the wrong type or size is a
 * problem with a message, never skipped in silence (a skipped file is a file nobody reviewed).
 */

export const PUBLIC_DIR = 'public';
const MAX_CONTENT_FILE_KB = 512;

/** Images a page may show; `.ico` is allowed in public/ too, for the browser's tab icon only. */
const CONTENT_IMAGE_TYPES = ['.png', '.jpg', '.jpeg', '.webp', '.avif', '.svg'] as const;
const PUBLIC_FILE_TYPES: readonly string[] = [...CONTENT_IMAGE_TYPES, '.ico'];
const CONTENT_FILE_TYPES: readonly string[] = ['.md', '.mdx'];

export interface ContentFile {
  /** Path as problems name it, e.g. `content/kota-contoh/index.md`. */
  readonly file: string;
  readonly absolute: string;
  readonly location: EntryLocation;
}

export interface ContentListing {
  /** Files in the layout that may be read, sorted by path. */
  readonly entries: readonly ContentFile[];
  /** Top-level folders holding at least one visible file: region folders, each needs an index. */
  readonly regionFolders: readonly string[];
  readonly problems: readonly Problem[];
}

export type DecodedText = { readonly text: string } | { readonly problems: readonly Problem[] };

type Folder = typeof CONTENT_DIR | typeof PUBLIC_DIR;

/**
 * What one entry is, judged from its own lstat (never following a link). Folders are named with
 * a trailing slash, as `region-missing-index` names them.
 */
function judgeEntry(folder: Folder, relative: string, stats: Stats): Problem | 'folder' | 'file' {
  const name = `${folder}/${relative}${stats.isDirectory() && relative ? '/' : ''}`;
  if (stats.isSymbolicLink()) return fileProblem(relative ? name : `${folder}/`, 'symlink');
  if (path.posix.basename(relative).startsWith('.')) return fileProblem(name, 'hidden-file', undefined, { folder });
  if (stats.isDirectory()) return 'folder';
  return stats.isFile() ? 'file' : fileProblem(name, 'not-a-file', undefined, { folder });
}

interface WalkedFile {
  readonly relative: string;
  readonly absolute: string;
  readonly size: number;
}

/** Every entry below `directory`; links and hidden entries are reported and not entered. */
async function walk(folder: Folder, directory: string): Promise<{ files: WalkedFile[]; problems: Problem[] }> {
  const files: WalkedFile[] = [];
  const problems: Problem[] = [];
  const visit = async (relative: string): Promise<void> => {
    const absolute = path.join(directory, relative);
    const stats = await lstat(absolute);
    const judged = judgeEntry(folder, relative, stats);
    if (judged === 'file') {
      files.push({ relative, absolute, size: stats.size });
    } else if (judged === 'folder') {
      const names = await readdir(absolute);
      await Promise.all(names.map((name) => visit(relative ? `${relative}/${name}` : name)));
    } else {
      problems.push(judged);
    }
  };
  await visit('');
  files.sort((a, b) => compareText(a.relative, b.relative));
  return { files, problems };
}

/** Code-point order, independent of the machine's locale: `index.md` before `index.mdx`. */
const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Files editors keep beside their notes that the portal never publishes: office documents, PDFs, tables, archives. */
const DOCUMENT_TYPES: readonly string[] = ['.pdf', '.doc', '.docx', '.odt', '.rtf', '.xls', '.xlsx', '.ods', '.csv', '.ppt', '.pptx', '.odp', '.zip', '.rar'];

/** The problem with a file that is not Markdown, telling where it belongs. */
function misplacedFile(file: string, relative: string, name: string): Problem {
  const extension = path.posix.extname(name).toLowerCase();
  if ((CONTENT_IMAGE_TYPES as readonly string[]).includes(extension)) {
    // Beside the region's other images: public/gambar/<region>/, shown at /gambar/<region>/<name>.
    const region = relative.includes('/') ? relative.slice(0, relative.indexOf('/')) : '';
    const address = contentImagePath(region, name);
    return fileProblem(file, 'content-image-file', undefined, { name, destination: `${PUBLIC_DIR}${address}`, address });
  }
  if (DOCUMENT_TYPES.includes(extension)) return fileProblem(file, 'content-document-file', undefined, { name });
  return fileProblem(file, 'content-file-type', undefined, { name });
}

/** Whether a regular, visible file below content/ may be read, judged by its path and size. */
function judgeContentFile(relative: string, size: number): Problem | EntryLocation {
  const file = `${CONTENT_DIR}/${relative}`;
  const name = path.posix.basename(relative);
  if (!CONTENT_FILE_TYPES.includes(path.posix.extname(name).toLowerCase())) return misplacedFile(file, relative, name);
  const location = locateEntry(relative);
  if (!location) return fileProblem(file, 'stray-file');
  if (size > MAX_CONTENT_FILE_KB * 1024) return fileProblem(file, 'file-too-large', undefined, { bytes: size, maxBytes: MAX_CONTENT_FILE_KB * 1024 });
  return location;
}

/** Lists `<root>/content` (root defaults as in `contentDirectory`), judging every entry. */
export async function listContentFiles(root?: string): Promise<ContentListing> {
  const directory = contentDirectory(root);
  const walked = await walk(CONTENT_DIR, directory);
  const problems = [...walked.problems];
  const entries: ContentFile[] = [];
  const regionFolders = new Set<string>();
  for (const { relative, absolute, size } of walked.files) {
    if (relative.includes('/')) regionFolders.add(relative.slice(0, relative.indexOf('/')));
    const judged = judgeContentFile(relative, size);
    if ('file' in judged) problems.push(judged);
    else entries.push({ file: `${CONTENT_DIR}/${relative}`, absolute, location: judged });
  }
  return { entries, regionFolders: [...regionFolders].sort(compareText), problems };
}

/**
 * Judges one content file as the listing would, from the content folder down to the file, so a
 * loader can vouch for a file it is about to read (one added while `astro dev` runs, or one
 * swapped for a link after the listing).
 */
async function judgeContentPath(directory: string, absolute: string): Promise<Problem | undefined> {
  const relative = path.relative(directory, absolute).split(path.sep).join('/');
  if (relative === '' || relative === '..' || relative.startsWith('../') || path.isAbsolute(relative)) return fileProblem(absolute, 'stray-file');
  const parts = relative.split('/');
  let judged: Problem | 'folder' | 'file' = judgeEntry(CONTENT_DIR, '', await lstat(directory));
  for (let depth = 1; depth <= parts.length && judged === 'folder'; depth++) {
    const partial = parts.slice(0, depth).join('/');
    const stats = await lstat(path.join(directory, partial));
    judged = judgeEntry(CONTENT_DIR, partial, stats);
    if (judged === 'file') {
      const file = judgeContentFile(partial, stats.size);
      return 'file' in file ? file : undefined;
    }
  }
  return typeof judged === 'string' ? fileProblem(`${CONTENT_DIR}/${relative}`, 'stray-file') : judged;
}

const READ_CONCURRENCY = 64;

/** Reads the listed files (concurrently: the disk is the slow part at national scale) and decodes each. */
export async function readContentFiles(entries: readonly ContentFile[]): Promise<DecodedText[]> {
  const decoded: DecodedText[] = new Array(entries.length);
  let next = 0;
  const worker = async () => {
    while (next < entries.length) {
      const index = next++;
      const entry = entries[index]!;
      decoded[index] = decodeContent(entry.file, await readFile(entry.absolute));
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, entries.length) }, worker));
  return decoded;
}

/** The text every reader uses: bytes checked, then normalised. */
function decodeContent(file: string, bytes: Buffer): DecodedText {
  if (bytes.toString('utf8').trim() === '') return { problems: [fileProblem(file, 'empty-file')] };
  let text: string;
  try {
    // ignoreBOM keeps a leading BOM in the text, so that normaliseText is the one place removing it.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { problems: [fileProblem(file, 'not-utf8')] };
  }
  const problems = checkBytes(file, text);
  return problems.length > 0 ? { problems } : { text: normaliseText(text) };
}

/** Drops a leading byte order mark and turns CRLF line ends into LF. */
export function normaliseText(text: string): string {
  return (text.startsWith(BOM) ? text.slice(1) : text).replaceAll('\r\n', '\n');
}

const BOM = '\uFEFF';

/**
 * Characters that two readers of the same file could read differently, or that show other text
 * than the file holds:
 *  - a CR not followed by LF ends a line for some readers (YAML, editors) and not for others;
 *  - U+2028/U+2029 end a line in JavaScript and some editors, not in YAML or Markdown;
 *  - C0 controls other than tab, LF and CRLF's CR, DEL and C1 controls (YAML 1.1 reads U+0085
 *    as a line break; the rest are invisible and never part of prose);
 *  - bidirectional controls reorder how text is displayed (the "Trojan Source" trick). The portal's
 *    text is Indonesian, written left to right, and even a quoted Arabic name displays correctly
 *    without them, so all of them are refused, the marks (U+061C, U+200E, U+200F) included:
 *    one simple rule, nothing legitimate lost;
 *  - a BOM after the first character, which JavaScript's trim() counts as space and Markdown not;
 *  - U+FFFD, left where text was damaged; refusing it also lets the build, which reads files
 *    without failing on bad UTF-8, notice bytes that were not UTF-8.
 */
const FORBIDDEN_CHARACTER = /\r(?!\n)|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uFFFD]/g;
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** One problem per line is enough to find it; a file full of them (saved as UTF-16) gets a summary. */
const MAX_CHARACTER_PROBLEMS = 10;

function characterRule(character: string): RuleId {
  if (character === '\r') return 'lone-carriage-return';
  if (character === '\u2028' || character === '\u2029') return 'line-separator';
  if (character === BOM) return 'byte-order-mark-inside';
  if (character === '\uFFFD') return 'replacement-character';
  return BIDI_CONTROLS.test(character) ? 'bidi-control' : 'control-character';
}

/**
 * Problems with the characters of a decoded file, one per line at most. Lines are counted by LF,
 * columns in UTF-16 code units, as editors count them (and as src/lib/hidden-characters.ts does).
 */
export function checkBytes(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  let line = 1;
  let lineStart = 0;
  let lastProblemLine = 0;
  let moreLines = 0;
  let firstMoreLine: number | undefined;
  for (const match of text.matchAll(FORBIDDEN_CHARACTER)) {
    const offset = match.index;
    if (offset === 0 && match[0] === BOM) continue;
    for (let newline = text.indexOf('\n', lineStart); newline !== -1 && newline < offset; newline = text.indexOf('\n', newline + 1)) {
      line += 1;
      lineStart = newline + 1;
    }
    if (line === lastProblemLine) continue;
    lastProblemLine = line;
    if (problems.length === MAX_CHARACTER_PROBLEMS) {
      moreLines += 1;
      firstMoreLine ??= line;
      continue;
    }
    problems.push(fileProblem(file, characterRule(match[0]), line, { code: unicodeNotation(match[0]), column: offset - lineStart + 1 }));
  }
  if (firstMoreLine !== undefined) problems.push(fileProblem(file, 'more-character-problems', firstMoreLine, { count: moreLines }));
  return problems;
}

/** How each kind of image starts; a renamed document or page is not an image. */
function hasImageSignature(extension: string, head: Buffer): boolean {
  const ascii = (start: number, end: number) => head.toString('latin1', start, end);
  switch (extension) {
    case '.png':
      return head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    case '.jpg':
    case '.jpeg':
      return head.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]));
    case '.webp':
      return ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP';
    case '.ico':
      return head.subarray(0, 4).equals(Buffer.from([0x00, 0x00, 0x01, 0x00]));
    case '.avif': {
      // An ISO media file: a `ftyp` box whose major or compatible brands name AVIF.
      if (ascii(4, 8) !== 'ftyp') return false;
      const boxEnd = Math.min(head.length >= 4 ? head.readUInt32BE(0) : 0, head.length);
      for (let offset = 8; offset + 4 <= boxEnd; offset += offset === 8 ? 8 : 4) {
        if (['avif', 'avis'].includes(ascii(offset, offset + 4))) return true;
      }
      return false;
    }
    default:
      return false;
  }
}

const SIGNATURE_BYTES = 64;

async function readHead(absolute: string): Promise<Buffer> {
  const handle = await open(absolute, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(SIGNATURE_BYTES), 0, SIGNATURE_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The problem with one file in public/, read only as far as needed. */
async function judgePublicFile(relative: string, absolute: string): Promise<Problem | undefined> {
  const file = `${PUBLIC_DIR}/${relative}`;
  const name = path.posix.basename(relative);
  const extension = path.posix.extname(name).toLowerCase();
  if (!PUBLIC_FILE_TYPES.includes(extension)) return fileProblem(file, 'public-file-type', undefined, { name, allowed: PUBLIC_FILE_TYPES.join(', ') });
  if (extension !== '.svg') {
    return hasImageSignature(extension, await readHead(absolute)) ? undefined : fileProblem(file, 'public-file-content', undefined, { extension });
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await readFile(absolute));
  } catch {
    return fileProblem(file, 'not-utf8');
  }
  const finding = await inspectSvg(text);
  switch (finding?.rule) {
    case undefined:
      return undefined;
    case 'svg-not-well-formed':
      return fileProblem(file, finding.rule, finding.line, { detail: finding.detail });
    case 'svg-not-drawing':
      return fileProblem(file, finding.rule, undefined, { found: finding.found });
    case 'public-file-content':
      return fileProblem(file, finding.rule, undefined, { extension });
  }
}

/**
 * Lists a project's public/ folder (copied as-is into the site, at the portal's own address) and
 * returns its problems: images only, each one what its name says, SVG only when it merely draws.
 * No public/ at all is fine.
 */
export async function checkPublicFiles(publicDirectory: string): Promise<Problem[]> {
  if (!lstatSync(publicDirectory, { throwIfNoEntry: false })) return [];
  const walked = await walk(PUBLIC_DIR, publicDirectory);
  const judged = await Promise.all(walked.files.map(({ relative, absolute }) => judgePublicFile(relative, absolute)));
  return [...walked.problems, ...judged.filter((problem) => problem !== undefined)];
}

/** Folders and file names of an image address: letters, digits, `-`, `_`, dots, never a leading dot. */
const IMAGE_PATH = /^(?:\/[A-Za-z0-9_-][A-Za-z0-9._-]*)+$/;

export type ImageReferenceRule = Extract<RuleId, 'image-path-invalid' | 'image-path-relative' | 'image-type-not-allowed' | 'image-not-found'>;

/** `gambar/peta.png`, `./peta.png`, `../../public/gambar/peta.png`: written as if beside the content file. */
function relativeImageFix(reference: string): Record<string, string> | undefined {
  if (reference === '' || reference.startsWith('/') || reference.startsWith('\\') || urlScheme(reference) !== undefined) return undefined;
  const fromPublic = `/${reference.replace(/^(?:\.\.?\/)+/, '').replace(/^public\//, '')}`;
  return IMAGE_PATH.test(fromPublic) ? { suggestion: fromPublic } : {};
}

/** The name in `folder` closest to a misspelt one (`Peta.PNG` for `peta.png`), for "did you mean". */
function closestEntry(folder: string, name: string): string | undefined {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return undefined;
  }
  return closestMatch(name, names.filter((candidate) => !candidate.startsWith('.')));
}

/**
 * Whether an image address in content (`/gambar/foto.jpg`) names an image file in public/.
 * The address grammar leaves no room for `..`, `\`, `//`, `%`, `?` or a scheme, and every folder
 * on the way must be a real folder, so the file found is the file served. Whether that file is
 * safe is `checkPublicFiles`'s judgement, made once for all of public/.
 */
export function imageReferenceProblem(
  reference: string,
  publicDirectory: string,
): { readonly rule: ImageReferenceRule; readonly message: Bilingual; readonly hint?: Bilingual } | undefined {
  const describe = (rule: ImageReferenceRule, values: Record<string, string> = {}) => ({
    rule,
    ...describeRule(rule, { path: reference, allowed: CONTENT_IMAGE_TYPES.join(', '), ...values }),
  });
  const relative = relativeImageFix(reference);
  if (relative) return describe('image-path-relative', relative);
  if (!IMAGE_PATH.test(reference)) return describe('image-path-invalid');
  if (!(CONTENT_IMAGE_TYPES as readonly string[]).includes(path.posix.extname(reference).toLowerCase())) return describe('image-type-not-allowed');
  const segments = reference.slice(1).split('/');
  let current = publicDirectory;
  for (const [index, segment] of segments.entries()) {
    const folder = current;
    current = path.join(current, segment);
    const stats = lstatSync(current, { throwIfNoEntry: false });
    const isLast = index === segments.length - 1;
    if (!stats || stats.isSymbolicLink() || !(isLast ? stats.isFile() : stats.isDirectory())) {
      const near = closestEntry(folder, segment);
      const suggestion = near === undefined || near === segment ? undefined : `/${[...segments.slice(0, index), near, ...segments.slice(index + 1)].join('/')}`;
      return describe('image-not-found', suggestion === undefined ? {} : { suggestion });
    }
  }
  return undefined;
}

/** What the build prints when it refuses to start: every problem, as the check words it. */
function unsafeFilesMessage(problems: readonly Problem[]): string {
  return [
    'Berkas di content/ atau public/ tidak aman dibaca; build dihentikan. Jalankan `npm run check` untuk semua masalah.',
    'Files in content/ or public/ are not safe to read; the build stopped. Run `npm run check` for every problem.',
    '',
    ...problems.map(formatProblem),
  ].join('\n');
}

/** The part of an Astro content entry type that reads a file's text. */
export interface EntryType {
  getEntryInfo(params: { fileUrl: URL; contents: string }): unknown;
}

export interface GuardableContext {
  readonly config: { readonly publicDir: URL };
  readonly logger: { error(message: string): void };
  /** Passed by Astro's content layer to every loader (not in its public type); glob() reads files through it. */
  readonly entryTypes?: ReadonlyMap<string, EntryType>;
}

export interface GuardableLoader<Context> {
  readonly name: string;
  load(context: Context): Promise<void>;
}

/** Listings under way, keyed by folders: the collections Astro loads side by side share one walk. */
const listingsUnderWay = new Map<string, Promise<readonly Problem[]>>();

function problemsOfAllFiles(root: string | undefined, publicDirectory: string): Promise<readonly Problem[]> {
  const key = `${contentDirectory(root)}\n${publicDirectory}`;
  const underWay = listingsUnderWay.get(key);
  if (underWay) return underWay;
  const listing = Promise.all([listContentFiles(root), checkPublicFiles(publicDirectory)])
    .then(([content, publicProblems]) => [...content.problems, ...publicProblems])
    .finally(() => listingsUnderWay.delete(key));
  listingsUnderWay.set(key, listing);
  return listing;
}

/**
 * Wraps a file loader (Astro's glob()) so that the build reads content only through these rules:
 * before loading, the whole of content/ and public/ is listed and any problem stops the build;
 * then every file the loader reads is judged again on the way in (from its own path, and from the
 * very text the loader read) and handed on normalised. Glob patterns follow links, and in
 * `astro dev` files come and go, so the second judgement is what guarantees no link is ever read.
 */
export function guardContentLoader<Context extends GuardableContext>(inner: GuardableLoader<Context>, root?: string): GuardableLoader<Context> {
  const directory = contentDirectory(root);
  const refuse = (problems: readonly Problem[]): never => {
    throw new Error(unsafeFilesMessage(problems));
  };
  const guardEntryType = <T extends EntryType>(entryType: T): T => ({
    ...entryType,
    getEntryInfo: async ({ fileUrl, contents }: { fileUrl: URL; contents: string }) => {
      const absolute = fileURLToPath(fileUrl);
      const pathProblem = await judgeContentPath(directory, absolute);
      if (pathProblem) refuse([pathProblem]);
      const file = `${CONTENT_DIR}/${path.relative(directory, absolute).split(path.sep).join('/')}`;
      const byteProblems = checkBytes(file, contents);
      if (byteProblems.length > 0) refuse(byteProblems);
      return entryType.getEntryInfo({ fileUrl, contents: normaliseText(contents) });
    },
  });
  return {
    name: `guarded-${inner.name}`,
    load: async (context) => {
      const problems = await problemsOfAllFiles(root, fileURLToPath(context.config.publicDir));
      if (problems.length > 0) refuse(problems);
      if (!context.entryTypes) {
        throw new Error('Astro did not pass entryTypes to the content loader; the content guard cannot vouch for what it reads.');
      }
      const entryTypes = new Map([...context.entryTypes].map(([extension, entryType]) => [extension, guardEntryType(entryType)]));
      // glob() logs a body that fails to render (one the content guard in src/lib/render/ refused)
      // and carries on with an empty page; a build must stop instead.
      const failures: string[] = [];
      const logger = Object.create(context.logger, {
        error: {
          value: (message: string) => {
            failures.push(message);
            context.logger.error(message);
          },
        },
      }) as Context['logger'];
      await inner.load({ ...context, entryTypes, logger });
      if (failures.length > 0) throw new Error(failures.join('\n'));
    },
  };
}
