import { slugSchema } from '../schema/common.ts';
import type { Bilingual, Problem } from './problem.ts';
import { closestMatch } from './suggest.ts';

/**
 * Keeps code out of content bodies. MDX compiles to JavaScript that runs in the build and in
 * readers' browsers, and Markdown passes raw HTML straight through, so content written by many
 * hands is limited to text, a small safe subset of HTML and the portal's own components.
 *
 * This is a small scanner, not the real Markdown/MDX parser. Where the two could read the same
 * text differently (is this backtick code or part of a tag?), the scanner either reads it the
 * way every parser must, or refuses it. So a difference can only ever cost the author a false
 * alarm, never let markup through. The rules for that, in short:
 *  - fenced code blocks are skipped only when they are unambiguous (``` or ~~~ at the start of a
 *    line, not indented, not inside a list, quote or HTML block); otherwise nothing is skipped;
 *  - inline code is skipped only in paragraphs where backticks pair up line by line and nothing
 *    else could claim a backtick (a table cell, a URL, an HTML block);
 *  - a tag, comment or link address that contains a backtick or runs into a code block is an
 *    error, because Markdown and the scanner could then pair the backticks differently;
 *  - tags must be well-formed, because browsers read sloppy tags more generously than Markdown.
 */

type Format = 'md' | 'mdx';
type Values = Readonly<Record<string, string>>;

interface Wording {
  message: (v: Values) => Bilingual;
  hint?: (v: Values) => Bilingual | undefined;
}

export const CALLOUT_TYPES = ['info', 'warning', 'note'] as const;

interface ComponentAttribute {
  readonly required: boolean;
  /** A rule to report when the value is not acceptable. */
  readonly check?: (value: string) => Finding['rule'] | undefined;
}

/** The components the portal provides to `.mdx` bodies; nothing else can be imported. */
const COMPONENTS: Readonly<Record<string, Readonly<Record<string, ComponentAttribute>>>> = {
  Callout: {
    type: { required: true, check: (value) => ((CALLOUT_TYPES as readonly string[]).includes(value) ? undefined : 'callout-type') },
  },
  Figure: {
    src: { required: true, check: (value) => urlRule(value, 'image') },
    alt: { required: true },
    caption: { required: false },
  },
  ProgramRef: {
    id: { required: true, check: (value) => (slugSchema.safeParse(value).success ? undefined : 'programme-ref-id') },
  },
};
const COMPONENT_NAMES = Object.keys(COMPONENTS);

/** Own keys only: `<__proto__>` must not find Object.prototype. */
function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
const componentList = COMPONENT_NAMES.map((name) => `<${name}>`).join(', ');

/** Tags that run code, load other documents or change the portal itself. */
const FORBIDDEN_TAGS = new Set(['script', 'iframe', 'style', 'object', 'embed', 'form', 'link', 'meta', 'base']);

/** Elements whose content a browser reads as raw text: skipped after reporting the tag, to avoid noise. */
const RAW_TEXT_TAGS = new Set(['script', 'style', 'iframe', 'textarea', 'title', 'xmp', 'noembed', 'noframes']);

const ALLOWED_TAGS = [
  'p', 'br', 'strong', 'em', 'b', 'i', 'u', 'sup', 'sub', 'abbr', 'ul', 'ol', 'li',
  'table', 'caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'a', 'img', 'details', 'summary', 'blockquote', 'code', 'pre', 'kbd', 'mark', 'small', 'span', 'div',
] as const;
const ALLOWED_TAG_SET: ReadonlySet<string> = new Set(ALLOWED_TAGS);

/**
 * Attributes allowed on the formatting tags. `id` and `class` are left out on purpose: an `id`
 * can shadow the portal's own scripts (DOM clobbering) and a `class` can dress text up as an
 * official notice of the portal.
 */
const GLOBAL_ATTRIBUTES = ['title', 'lang', 'dir'];
const ELEMENT_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'hreflang', 'target', 'rel'],
  img: ['src', 'alt', 'width', 'height', 'loading'],
  ol: ['start', 'reversed', 'type'],
  li: ['value'],
  td: ['colspan', 'rowspan', 'headers', 'align'],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'align'],
  col: ['span'],
  colgroup: ['span'],
  details: ['open'],
};

const SCRIPT_SCHEMES = new Set(['javascript', 'vbscript', 'data']);
const LINK_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

const shorten = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

const RULES = {
  esm: {
    message: (v) => ({
      id: `Baris "${v.keyword} …" tidak diizinkan: isi halaman tidak boleh memuat kode.`,
      en: `"${v.keyword} …" lines are not allowed: page content must not contain code.`,
    }),
    hint: () => ({
      id: `Komponen ${componentList} sudah tersedia tanpa import. Jika ini kalimat biasa, jangan awali baris dengan kata ini.`,
      en: `The components ${componentList} are available without an import. If this is ordinary text, do not start the line with this word.`,
    }),
  },
  expression: {
    message: () => ({
      id: 'Kurung kurawal { } tidak diizinkan: di MDX isinya dijalankan sebagai kode JavaScript.',
      en: 'Curly braces { } are not allowed: in MDX their content runs as JavaScript code.',
    }),
    hint: () => ({
      id: 'Untuk menulis kurung kurawal sebagai teks biasa, tulis \\{ dan \\}.',
      en: 'To write a curly brace as plain text, write \\{ and \\}.',
    }),
  },
  'component-unknown': {
    message: (v) => ({
      id: `Komponen <${v.name}> tidak tersedia. Yang tersedia: ${componentList}.`,
      en: `Component <${v.name}> is not available. Available: ${componentList}.`,
    }),
    hint: (v) => {
      const match = closestMatch(v.name ?? '', COMPONENT_NAMES);
      return match ? { id: `mungkin maksud Anda <${match}>?`, en: `did you mean <${match}>?` } : undefined;
    },
  },
  'component-in-md': {
    message: (v) => ({ id: `Komponen <${v.name}> hanya bisa dipakai di berkas .mdx.`, en: `Component <${v.name}> only works in .mdx files.` }),
    hint: () => ({
      id: 'Ganti akhiran nama berkas dari .md menjadi .mdx (nama lainnya tetap), atau hapus komponennya.',
      en: 'Change the file name ending from .md to .mdx (keep the rest of the name), or remove the component.',
    }),
  },
  'component-attribute-unknown': {
    message: (v) => ({
      id: `Atribut "${v.attribute}" tidak dikenal untuk <${v.name}>. Yang dikenal: ${v.allowed}.`,
      en: `Unknown attribute "${v.attribute}" for <${v.name}>. Known: ${v.allowed}.`,
    }),
  },
  'component-attribute-missing': {
    message: (v) => ({ id: `<${v.name}> memerlukan atribut ${v.attribute}="…".`, en: `<${v.name}> needs the attribute ${v.attribute}="…".` }),
  },
  'attribute-not-text': {
    message: (v) => ({
      id: `Nilai atribut ${v.attribute} harus teks biasa di dalam tanda kutip, mis. ${v.attribute}="…".`,
      en: `The value of ${v.attribute} must be plain text in quotes, e.g. ${v.attribute}="…".`,
    }),
    hint: () => ({ id: 'Nilai di dalam { } adalah kode dan tidak diizinkan.', en: 'A value in { } is code and is not allowed.' }),
  },
  'callout-type': {
    message: (v) => ({
      id: `Jenis Callout "${v.value}" tidak dikenal. Pilihan: ${CALLOUT_TYPES.join(', ')}.`,
      en: `Unknown Callout type "${v.value}". Choose one of: ${CALLOUT_TYPES.join(', ')}.`,
    }),
  },
  'programme-ref-id': {
    message: (v) => ({ id: `"${v.value}" bukan id program yang valid.`, en: `"${v.value}" is not a valid programme id.` }),
    hint: () => ({
      id: 'Tulis id program di daerah yang sama: nama berkasnya di folder program/ tanpa .md, mis. e-kelurahan.',
      en: 'Write the id of a programme in the same region: its file name in the program/ folder without .md, e.g. e-kelurahan.',
    }),
  },
  'tag-forbidden': {
    message: (v) => ({
      id: `Tag HTML <${v.tag}> dilarang: tag ini bisa menjalankan kode, memuat halaman lain, atau mengubah tampilan portal.`,
      en: `The HTML tag <${v.tag}> is forbidden: it can run code, load other pages or change how the portal looks.`,
    }),
    hint: () => ({
      id: 'Untuk video, peta, atau formulir, tulis tautan biasa: [judul](https://…).',
      en: 'For a video, map or form, write a plain link: [title](https://…).',
    }),
  },
  'tag-not-allowed': {
    message: (v) => ({ id: `Tag HTML <${v.tag}> tidak termasuk yang diizinkan.`, en: `The HTML tag <${v.tag}> is not among the allowed ones.` }),
    hint: () => ({
      id: `Tag yang boleh: ${ALLOWED_TAGS.join(', ')}. Kebanyakan format bisa ditulis dengan Markdown (**tebal**, _miring_, - daftar).`,
      en: `Allowed tags: ${ALLOWED_TAGS.join(', ')}. Most formatting can be written in Markdown (**bold**, _italic_, - lists).`,
    }),
  },
  'tag-malformed': {
    message: (v) => ({
      id: `Tag <${v.tag}> tidak ditulis dengan benar, sehingga peramban bisa membacanya berbeda dari pemeriksaan ini.`,
      en: `The tag <${v.tag}> is not written correctly, so a browser could read it differently from this check.`,
    }),
    hint: () => ({
      id: 'Tulis atribut sebagai nama="nilai" dipisah spasi, mis. <a href="https://…" title="…">.',
      en: 'Write attributes as name="value" separated by spaces, e.g. <a href="https://…" title="…">.',
    }),
  },
  'html-special': {
    message: () => ({
      id: 'Kode HTML khusus seperti <!…>, <?…?> atau <![CDATA[…]]> tidak diizinkan.',
      en: 'Special HTML such as <!…>, <?…?> or <![CDATA[…]]> is not allowed.',
    }),
  },
  'comment-malformed': {
    message: () => ({
      id: 'Komentar HTML ini memuat --!> atau tanda `, sehingga bisa terbaca berbeda oleh peramban.',
      en: 'This HTML comment contains --!> or a backtick, so a browser could read it differently.',
    }),
  },
  'comment-in-mdx': {
    message: () => ({ id: 'Komentar HTML <!-- --> tidak bisa dipakai di berkas .mdx.', en: 'HTML comments <!-- --> do not work in .mdx files.' }),
    hint: () => ({
      id: 'Hapus komentarnya; catatan untuk penyunting bisa ditulis di merge request.',
      en: 'Remove the comment; notes for reviewers belong in the merge request.',
    }),
  },
  'autolink-in-mdx': {
    message: (v) => ({ id: `Tautan <${v.url}> tidak bisa dipakai di berkas .mdx.`, en: `The link <${v.url}> does not work in .mdx files.` }),
    hint: () => ({ id: 'Tulis tautan sebagai [teks](https://…).', en: 'Write links as [text](https://…).' }),
  },
  'attribute-event-handler': {
    message: (v) => ({
      id: `Atribut ${v.attribute} tidak diizinkan: atribut on… menjalankan kode JavaScript.`,
      en: `The attribute ${v.attribute} is not allowed: on… attributes run JavaScript code.`,
    }),
  },
  'attribute-style': {
    message: () => ({
      id: 'Atribut style tidak diizinkan: tampilan diatur oleh portal agar seragam dan mudah dibaca.',
      en: 'The style attribute is not allowed: the portal sets the look so that pages stay consistent and readable.',
    }),
  },
  'attribute-not-allowed': {
    message: (v) => ({ id: `Atribut ${v.attribute} tidak diizinkan pada <${v.tag}>.`, en: `The attribute ${v.attribute} is not allowed on <${v.tag}>.` }),
    hint: (v) => ({ id: `Atribut yang boleh pada <${v.tag}>: ${v.allowed}.`, en: `Attributes allowed on <${v.tag}>: ${v.allowed}.` }),
  },
  'url-script': {
    message: (v) => ({
      id: `Alamat "${v.url}" tidak diizinkan: alamat berawalan ${v.scheme}: bisa menjalankan kode atau menyisipkan isi tersembunyi.`,
      en: `The address "${v.url}" is not allowed: ${v.scheme}: addresses can run code or embed hidden content.`,
    }),
    hint: () => ({ id: 'Pakai alamat web https://… atau alamat berkas di portal.', en: 'Use a https://… web address or the address of a file on the portal.' }),
  },
  'url-scheme': {
    message: (v) => ({
      id: `Alamat "${v.url}" memakai jenis ${v.scheme}: yang tidak diizinkan. Yang boleh: https://, http://, mailto:, tel:, atau alamat di portal.`,
      en: `The address "${v.url}" uses ${v.scheme}:, which is not allowed. Allowed: https://, http://, mailto:, tel:, or an address on the portal.`,
    }),
  },
  'image-not-local': {
    message: (v) => ({
      id: `Gambar harus berupa berkas di portal, bukan "${v.url}".`,
      en: `Images must be files on the portal, not "${v.url}".`,
    }),
    hint: () => ({
      id: 'Portal tidak memuat apa pun dari situs lain. Simpan gambar di folder public/ lalu tulis alamatnya, mis. /gambar/foto.jpg.',
      en: 'The portal loads nothing from other sites. Put the image in public/ and use its path, e.g. /gambar/foto.jpg.',
    }),
  },
  'markup-contains-code': {
    message: () => ({
      id: 'Tanda kode (` atau baris ```/~~~) berada di dalam tag HTML atau alamat tautan, sehingga tidak jelas mana yang kode.',
      en: 'A code mark (` or a ```/~~~ line) sits inside an HTML tag or link address, so it is unclear what is code.',
    }),
    hint: () => ({ id: 'Pindahkan contoh kode ke luar tag atau tautan.', en: 'Move the code example out of the tag or link.' }),
  },
} satisfies Record<string, Wording>;

type RuleId = keyof typeof RULES;

interface Finding {
  readonly offset: number;
  readonly rule: RuleId;
  readonly values?: Values;
}

/** Shown instead of a rule's own hint when the finding sits in text that looks like code but cannot be skipped safely. */
const UNRECOGNISED_CODE_HINT: Bilingual = {
  id: 'Ini tampak seperti contoh kode, tetapi tidak bisa dikenali dengan pasti. Letakkan ``` di awal baris (tanpa spasi, di luar daftar atau kutipan), dan jangan pakai `…` di baris yang sama dengan tautan, tabel, atau tag HTML.',
  en: 'This looks like a code example but cannot be recognised with certainty. Put ``` at the very start of a line (no spaces, outside lists and quotes), and avoid `…` on lines with links, tables or HTML tags.',
};

interface Range {
  readonly start: number;
  readonly end: number;
}

interface Line extends Range {
  /** The line without its line break. */
  readonly text: string;
}

function splitLines(body: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= body.length) {
    const newline = body.indexOf('\n', start);
    const end = newline === -1 ? body.length : newline + 1;
    lines.push({ start, end, text: body.slice(start, newline === -1 ? body.length : newline).replace(/\r$/, '') });
    if (newline === -1) break;
    start = end;
  }
  return lines;
}

const isBlank = (line: Line): boolean => line.text.trim() === '';
const inside = (offset: number, ranges: readonly Range[]): boolean => ranges.some((r) => offset >= r.start && offset < r.end);
const overlaps = (start: number, end: number, ranges: readonly Range[]): boolean => ranges.some((r) => start < r.end && end > r.start);

/** A line that a Markdown parser might read as a code fence, in any container or indentation. */
const FENCE_CANDIDATE = /^[ \t]*(?:(?:>|[*+-]|\d{1,9}[.)])[ \t]*)*(`{3,}|~{3,})(.*)$/;
/** A fence line the scanner trusts: at most one space before it, so it cannot belong to a list item. */
const FENCE_TRUSTED = /^ ?(`{3,}|~{3,})(.*)$/;
/** A line that may start an HTML block, also inside a list or quote. */
const HTML_BLOCK_START = /^[ \t]*(?:(?:>|[*+-]|\d{1,9}[.)])[ \t]*)*<(.*)$/;

/** End marker of the HTML block kinds that may contain blank lines (CommonMark types 1–5). */
function htmlBlockTerminator(afterAngle: string): RegExp | undefined {
  const raw = /^(script|pre|style|textarea)(?=[\s>]|$)/i.exec(afterAngle);
  if (raw) return new RegExp(`</${raw[1]}>`, 'i');
  if (afterAngle.startsWith('!--')) return /-->/;
  if (afterAngle.startsWith('?')) return /\?>/;
  if (afterAngle.startsWith('![CDATA[')) return /]]>/;
  if (/^![A-Za-z]/.test(afterAngle)) return />/;
  return undefined;
}

interface Blocks {
  /** Fenced code blocks, read loosely (any fence-like line opens or closes one). */
  readonly fences: Range[];
  /** False when some fence line could be read differently by Markdown; then no fence is skipped. */
  readonly trusted: boolean;
  /**
   * In `.md`, HTML blocks: Markdown passes their content to the browser untouched (no code, no
   * escapes). Over-estimated: a block runs to the next blank line, and past the end marker of
   * `<pre>`, `<!--` and the like wherever one starts.
   */
  readonly htmlBlocks: Range[];
}

/** Reads fences and HTML blocks line by line as CommonMark does; `withFences: false` ignores fences. */
function readBlocks(lines: readonly Line[], format: Format, withFences: boolean): Blocks {
  const fences: Range[] = [];
  const htmlBlocks: Range[] = [];
  let trusted = true;
  let fence: { marker: string; start: number } | undefined;
  let html: { start: number; pending: RegExp[] } | undefined;
  for (const line of lines) {
    const candidate = withFences ? FENCE_CANDIDATE.exec(line.text) : null;
    if (candidate && !FENCE_TRUSTED.test(line.text)) trusted = false;
    const marker = candidate?.[1] ?? '';
    const info = candidate?.[2] ?? '';
    if (fence) {
      if (candidate && marker[0] === fence.marker[0] && marker.length >= fence.marker.length && info.trim() === '') {
        fences.push({ start: fence.start, end: line.end });
        fence = undefined;
      }
      continue;
    }
    const htmlStart = format === 'md' ? HTML_BLOCK_START.exec(line.text) : null;
    if (html) {
      if (candidate) trusted = false;
      html.pending = html.pending.filter((terminator) => !terminator.test(line.text));
      const terminator = htmlStart ? htmlBlockTerminator(htmlStart[1] ?? '') : undefined;
      if (terminator && !terminator.test((htmlStart?.[1] ?? '').slice(1))) html.pending.push(terminator);
      if (html.pending.length === 0 && isBlank(line)) {
        htmlBlocks.push({ start: html.start, end: line.start });
        html = undefined;
      }
      continue;
    }
    if (candidate && !(marker[0] === '`' && info.includes('`'))) {
      fence = { marker, start: line.start };
    } else if (htmlStart) {
      const rest = htmlStart[1] ?? '';
      const terminator = htmlBlockTerminator(rest);
      html = { start: line.start, pending: terminator && !terminator.test(rest.slice(1)) ? [terminator] : [] };
    }
  }
  const end = lines.at(-1)?.end ?? 0;
  if (fence) fences.push({ start: fence.start, end });
  if (html) htmlBlocks.push({ start: html.start, end });
  return { fences, trusted, htmlBlocks };
}

/** Backtick code spans of one line, paired left to right as Markdown pairs them. */
function pairBackticks(line: Line): { spans: Range[]; unpaired: boolean } {
  const spans: Range[] = [];
  const { text } = line;
  let i = 0;
  while (i < text.length) {
    if (text[i] === '\\') {
      i += 2;
      continue;
    }
    if (text[i] !== '`') {
      i += 1;
      continue;
    }
    const length = runLength(text, i);
    let j = i + length;
    let closing = -1;
    while (j < text.length) {
      if (text[j] === '`') {
        const run = runLength(text, j);
        if (run === length) {
          closing = j;
          break;
        }
        j += run;
      } else j += 1;
    }
    if (closing === -1) return { spans, unpaired: true };
    spans.push({ start: line.start + i, end: line.start + closing + length });
    i = closing + length;
  }
  return { spans, unpaired: false };
}

function runLength(text: string, at: number): number {
  let end = at;
  while (text[end] === '`') end += 1;
  return end - at;
}

/** GFM turns `https://…`, `www.…` and the like into links that swallow a following backtick or backslash. */
const URL_BEFORE_BACKTICK = /(?:https?:\/\/|www\.|mailto:|xmpp:)\S*$/i;

/**
 * Inline code that is safe to skip: in paragraphs where every backtick pairs on its own line and
 * nothing else (a table cell, a bare URL, an HTML block) could claim one. Returns the skipped
 * spans and, for the hint, the spans that look like code but were not skipped.
 */
function findInlineCode(lines: readonly Line[], fences: readonly Range[], htmlBlocks: readonly Range[]): { skip: Range[]; unsure: Range[] } {
  const skip: Range[] = [];
  const unsure: Range[] = [];
  let paragraph: Line[] = [];
  const flush = (): void => {
    const paired = paragraph.map((line) => pairBackticks(line));
    const spans = paired.flatMap((p) => p.spans);
    const clean =
      paired.every((p) => !p.unpaired) &&
      !overlaps(paragraph[0]?.start ?? 0, paragraph.at(-1)?.end ?? 0, htmlBlocks) &&
      !paragraph.some((line) => line.text.split('`').slice(0, -1).some((before) => URL_BEFORE_BACKTICK.test(before))) &&
      spans.every((span) => !bodyOf(paragraph, span).includes('|'));
    (clean ? skip : unsure).push(...spans);
    paragraph = [];
  };
  for (const line of lines) {
    if (isBlank(line) || inside(line.start, fences)) flush();
    else paragraph.push(line);
  }
  flush();
  return { skip, unsure };
}

function bodyOf(lines: readonly Line[], span: Range): string {
  const line = lines.find((l) => span.start >= l.start && span.end <= l.end);
  return line ? line.text.slice(span.start - line.start, span.end - line.start) : '';
}

/** The named character references that spell parts of a scheme (`java&Tab;script&colon;`). */
const NAMED_URL_ENTITIES: Readonly<Record<string, string>> = { colon: ':', tab: '\t', newline: '\n' };

/** Decodes what a browser decodes before it looks at a URL's scheme, so `jav&#97;script:` is caught. */
function normaliseUrl(raw: string): string {
  const fromCodePoint = (code: number): string => (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD');
  return raw
    .replace(/&#x([0-9a-f]{1,8});?/gi, (_, hex: string) => fromCodePoint(Number.parseInt(hex, 16)))
    .replace(/&#(\d{1,10});?/g, (_, decimal: string) => fromCodePoint(Number(decimal)))
    .replace(/&(colon|tab|newline);/gi, (_, name: string) => NAMED_URL_ENTITIES[name.toLowerCase()] ?? '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/[\t\n\r]/g, '')
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '')
    .toLowerCase();
}

function urlScheme(raw: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/.exec(normaliseUrl(raw))?.[1];
}

function urlRule(raw: string, use: 'link' | 'image'): RuleId | undefined {
  const scheme = urlScheme(raw);
  if (scheme === undefined) return undefined;
  if (SCRIPT_SCHEMES.has(scheme)) return 'url-script';
  // The portal loads nothing from other hosts (and its CSP would block it): images live in public/.
  if (use === 'image') return 'image-not-local';
  return LINK_SCHEMES.has(scheme) ? undefined : 'url-scheme';
}

interface Attribute {
  readonly name: string;
  readonly offset: number;
  readonly kind: 'string' | 'unquoted' | 'boolean' | 'expression';
  readonly value: string;
}

interface Tag {
  readonly name: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  readonly attributes: readonly Attribute[];
  /** Offset just after the closing `>`. */
  readonly end: number;
  /** False when the tag is not written the way CommonMark (or JSX) requires. */
  readonly wellFormed: boolean;
}

const WHITESPACE = /\s/;
const BLANK_LINE = /\n[ \t]*\r?\n/;

/** Offset of the `}` that closes the `{` at `open`, or -1. */
function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth += 1;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/**
 * Reads a tag the way a browser finds its end (the first `>` outside a quoted value), then
 * checks it against the stricter grammar of CommonMark and JSX. Undefined when there is no end.
 */
function readTag(text: string, start: number, format: Format): Tag | undefined {
  const closing = text[start + 1] === '/';
  const nameStart = start + (closing ? 2 : 1);
  const name = /[^\s/>]+/y;
  name.lastIndex = nameStart;
  const nameMatch = name.exec(text);
  if (!nameMatch) return undefined;
  const tagName = nameMatch[0];
  const namePattern = format === 'mdx' ? /^[\p{L}$_][\p{L}\p{N}$_.:-]*$/u : /^[A-Za-z][A-Za-z0-9-]*$/;
  let wellFormed = namePattern.test(tagName);
  const attributes: Attribute[] = [];
  let j = nameStart + tagName.length;
  while (j < text.length) {
    const before = j;
    while (j < text.length && WHITESPACE.test(text[j] ?? '')) j += 1;
    const spaced = j > before;
    const char = text[j];
    if (char === undefined) return undefined;
    if (char === '>') {
      const raw = text.slice(start, j + 1);
      // Markdown ends a paragraph at a blank line, so what follows it is never part of this tag.
      if (BLANK_LINE.test(raw)) return undefined;
      return { name: tagName, closing, selfClosing: false, attributes, end: j + 1, wellFormed: wellFormed && !(closing && attributes.length > 0) };
    }
    if (char === '/' && text[j + 1] === '>') {
      const raw = text.slice(start, j + 2);
      if (BLANK_LINE.test(raw)) return undefined;
      if (closing) wellFormed = false;
      return { name: tagName, closing, selfClosing: true, attributes, end: j + 2, wellFormed };
    }
    if (!spaced) wellFormed = false;
    if (char === '/') {
      wellFormed = false;
      j += 1;
      continue;
    }
    if (char === '{' && format === 'mdx') {
      const close = matchingBrace(text, j);
      if (close === -1) return undefined;
      attributes.push({ name: '{…}', offset: j, kind: 'expression', value: text.slice(j, close + 1) });
      j = close + 1;
      continue;
    }
    const attributeName = /[^\s/>][^\s/>=]*/y;
    attributeName.lastIndex = j;
    const attribute = attributeName.exec(text)?.[0] ?? char;
    if (!/^[A-Za-z_:][A-Za-z0-9_.:-]*$/.test(attribute)) wellFormed = false;
    const offset = j;
    j += attribute.length;
    let k = j;
    while (k < text.length && WHITESPACE.test(text[k] ?? '')) k += 1;
    if (text[k] !== '=') {
      attributes.push({ name: attribute, offset, kind: 'boolean', value: '' });
      continue;
    }
    k += 1;
    while (k < text.length && WHITESPACE.test(text[k] ?? '')) k += 1;
    const quote = text[k];
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, k + 1);
      if (close === -1) return undefined;
      attributes.push({ name: attribute, offset, kind: 'string', value: text.slice(k + 1, close) });
      j = close + 1;
    } else if (quote === '{' && format === 'mdx') {
      const close = matchingBrace(text, k);
      if (close === -1) return undefined;
      attributes.push({ name: attribute, offset, kind: 'expression', value: text.slice(k, close + 1) });
      j = close + 1;
    } else {
      const unquoted = /[^\s>]*/y;
      unquoted.lastIndex = k;
      const value = unquoted.exec(text)?.[0] ?? '';
      // Unquoted values are not JSX, and CommonMark keeps them to characters browsers agree on.
      if (format === 'mdx' || !/^[^\s"'=<>]+$/.test(value)) wellFormed = false;
      attributes.push({ name: attribute, offset, kind: 'unquoted', value });
      j = k + value.length;
    }
  }
  return undefined;
}

/** CommonMark's inline link tail `(destination "title")`, read from the `(`; undefined when it is not one. */
function readLinkTail(text: string, open: number): { destination: string; destinationOffset: number; end: number } | undefined {
  let j = open + 1;
  j = skipLinkSpace(text, j);
  let destination = '';
  const destinationOffset = j;
  if (text[j] === '<') {
    const close = /[<>\n]/g;
    close.lastIndex = j + 1;
    const found = close.exec(text);
    if (!found || found[0] !== '>') return undefined;
    destination = text.slice(j + 1, found.index);
    j = found.index + 1;
  } else {
    let depth = 0;
    const from = j;
    while (j < text.length) {
      const char = text[j] ?? '';
      if (char === '\\' && /[!-/:-@[-`{-~]/.test(text[j + 1] ?? '')) j += 2;
      else if (/[\u0000-\u0020]/.test(char)) break;
      else if (char === '(') (depth += 1), (j += 1);
      else if (char === ')') {
        if (depth === 0) break;
        depth -= 1;
        j += 1;
      } else j += 1;
    }
    destination = text.slice(from, j);
  }
  const afterDestination = j;
  j = skipLinkSpace(text, j);
  const quote = text[j];
  if (j > afterDestination && (quote === '"' || quote === "'" || quote === '(')) {
    const close = text.indexOf(quote === '(' ? ')' : quote, j + 1);
    if (close === -1 || BLANK_LINE.test(text.slice(j, close))) return undefined;
    j = skipLinkSpace(text, close + 1);
  }
  return text[j] === ')' ? { destination, destinationOffset, end: j + 1 } : undefined;
}

/** Spaces, tabs and at most one line break, as allowed around link destinations. */
function skipLinkSpace(text: string, from: number): number {
  const match = /[ \t]*(?:\r?\n[ \t]*)?/y;
  match.lastIndex = from;
  return from + (match.exec(text)?.[0].length ?? 0);
}

const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\u0000-\u0020<>]*)>/y;
const EMAIL_AUTOLINK = /<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/y;
/** The destination of a link reference definition `[label]: destination`, read after the `]:`. */
const DEFINITION_DESTINATION = /[ \t]*(?:\r?\n[ \t]*)?(<[^<>\n]*>|\S+)/y;
const ESM = /(import|export)(?=[\s{*]|$)/y;

function stickyMatch(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

/** The scan proper: walks the body outside skipped code and records every finding. */
function scan(body: string, format: Format, skip: readonly Range[], fences: readonly Range[], htmlBlocks: readonly Range[]): Finding[] {
  const findings = new Map<string, Finding>();
  const add = (offset: number, rule: RuleId, values?: Values): void => {
    findings.set(`${offset}:${rule}`, values ? { offset, rule, values } : { offset, rule });
  };
  const containsCode = (start: number, end: number): boolean => body.slice(start, end).includes('`') || overlaps(start, end, fences);
  const checkUrl = (offset: number, url: string, use: 'link' | 'image'): void => {
    const rule = urlRule(url, use);
    if (rule) add(offset, rule, { url: shorten(url.trim()), scheme: urlScheme(url) ?? '' });
  };
  const skipStarts = new Map(skip.map((range) => [range.start, range.end]));
  const brackets: boolean[] = [];

  let i = 0;
  let lineStart = true;
  while (i < body.length) {
    const skipTo = skipStarts.get(i);
    if (skipTo !== undefined) {
      lineStart = body[skipTo - 1] === '\n';
      i = skipTo;
      continue;
    }
    if (lineStart) {
      lineStart = false;
      const esm = stickyMatch(ESM, body, i);
      if (esm) {
        add(i, 'esm', { keyword: esm[1] ?? '' });
        const end = body.indexOf('\n', i);
        i = end === -1 ? body.length : end;
        continue;
      }
      if (/^[ \t]*\r?$/.test(body.slice(i, lineEnd(body, i)))) brackets.length = 0;
    }
    const char = body[i];
    if (char === '\n') {
      lineStart = true;
      i += 1;
    } else if (char === '\\') {
      // No escape inside a raw HTML block, nor right after a bare URL, which swallows the backslash
      // (GFM autolink literal).
      const escapes =
        /[!-/:-@[-`{-~]/.test(body[i + 1] ?? '') && !inside(i, htmlBlocks) && !URL_BEFORE_BACKTICK.test(body.slice(lineStartOf(body, i), i));
      i += escapes ? 2 : 1;
    } else if (char === '{') {
      add(i, 'expression');
      const close = matchingBrace(body, i);
      i = close === -1 ? lineEnd(body, i) : close + 1;
    } else if (char === '[') {
      brackets.push(body[i - 1] === '!' && body[i - 2] !== '\\');
      i += 1;
    } else if (char === ']') {
      const isImage = brackets.pop() ?? false;
      if (body[i + 1] === '(') {
        const tail = readLinkTail(body, i + 1);
        if (tail) {
          checkUrl(tail.destinationOffset, tail.destination, isImage ? 'image' : 'link');
          if (containsCode(i + 1, tail.end)) add(i, 'markup-contains-code');
        }
      } else if (body[i + 1] === ':') {
        // Checked wherever it appears: a definition inside a quote or list still defines a link.
        const definition = stickyMatch(DEFINITION_DESTINATION, body, i + 2);
        const destination = definition?.[1] ?? '';
        if (destination) {
          const destinationOffset = i + 2 + (definition?.[0].length ?? 0) - destination.length;
          checkUrl(destinationOffset, destination.replace(/^<(.*)>$/, '$1'), 'link');
          if (destination.includes('`')) add(i, 'markup-contains-code');
        }
      }
      // The destination is scanned like any text: if Markdown does not make a link of it, what
      // looks like an address could be markup.
      i += 1;
    } else if (char === '<') {
      i = scanAngle(i);
    } else {
      i += 1;
    }
  }
  return [...findings.values()];

  /** Handles whatever starts with `<`; returns where scanning continues. */
  function scanAngle(at: number): number {
    if (body.startsWith('<!--', at)) return scanComment(at);
    if (body.startsWith('<!', at) || body.startsWith('<?', at)) {
      if (!/^<(?:![A-Za-z[]|\?)/.test(body.slice(at, at + 3))) return at + 1;
      add(at, 'html-special');
      const close = body.indexOf('>', at);
      return close === -1 ? at + 2 : close + 1;
    }
    const autolink = stickyMatch(AUTOLINK, body, at) ?? stickyMatch(EMAIL_AUTOLINK, body, at);
    if (autolink) {
      const url = autolink[1] ?? '';
      if (format === 'mdx') add(at, 'autolink-in-mdx', { url: shorten(url) });
      if (url.includes('`')) add(at, 'markup-contains-code');
      if (!url.includes('@') || url.includes(':')) checkUrl(at, url, 'link');
      return at + autolink[0].length;
    }
    const startsName = format === 'mdx' ? /^<\/?[\p{L}$_]/u : /^<\/?[A-Za-z]/;
    if (!startsName.test(body.slice(at, at + 3))) return at + 1;
    const tag = readTag(body, at, format);
    // In a raw HTML block a tag left open at the block's end is not text for the browser: it
    // runs on into whatever the page puts next.
    const block = htmlBlocks.find((range) => at >= range.start && at < range.end);
    if (block && (!tag || tag.end > block.end)) {
      add(at, 'tag-malformed', { tag: /[^\s/>]*/.exec(body.slice(at + 1))?.[0] ?? '' });
      return at + 1;
    }
    if (!tag) return at + 1;
    if (containsCode(at, tag.end)) add(at, 'markup-contains-code');
    if (!tag.closing) checkTag(at, tag);
    else if (!tag.wellFormed) add(at, 'tag-malformed', { tag: `/${tag.name}` });
    const lower = tag.name.toLowerCase();
    if (!tag.closing && !tag.selfClosing && FORBIDDEN_TAGS.has(lower) && RAW_TEXT_TAGS.has(lower)) {
      const close = body.toLowerCase().indexOf(`</${lower}`, tag.end);
      if (close !== -1) return close;
    }
    // A tag over several lines may be cut short by a line that starts a new block in Markdown;
    // its later lines are then scanned as text too (a false alarm at worst, never a miss).
    return Math.min(tag.end, lineEnd(body, at));
  }

  function scanComment(at: number): number {
    if (format === 'mdx') {
      add(at, 'comment-in-mdx');
      const close = body.indexOf('-->', at + 4);
      return close === -1 ? at + 4 : close + 3;
    }
    // `<!-->` and `<!--->` are complete (empty) comments for CommonMark and for browsers alike.
    const short = /<!---?>/y;
    short.lastIndex = at;
    const empty = short.exec(body);
    if (empty) return at + empty[0].length;
    const close = body.indexOf('-->', at + 4);
    // Unterminated: not a comment for Markdown, so its text is scanned like any other.
    if (close === -1) return at + 1;
    const content = body.slice(at + 4, close);
    if (content.includes('--!>') || content.includes('`') || overlaps(at, close, fences)) {
      add(at, 'comment-malformed');
      return close + 3;
    }
    // At the start of a line the comment is an HTML block that ends at `-->`, as in a browser.
    // Elsewhere it lives in a paragraph, which the next lines may end: scan those as text.
    const atLineStart = /^ {0,3}$/.test(body.slice(lineStartOf(body, at), at));
    return atLineStart || !content.includes('\n') ? close + 3 : at + 1;
  }

  function checkTag(at: number, tag: Tag): void {
    const lower = tag.name.toLowerCase();
    if (FORBIDDEN_TAGS.has(lower)) {
      add(at, 'tag-forbidden', { tag: lower });
      return;
    }
    if (!tag.wellFormed) {
      add(at, 'tag-malformed', { tag: tag.name });
      return;
    }
    if (!/^[a-z]/.test(tag.name)) {
      if (format === 'mdx') checkComponent(at, tag);
      else if (own(COMPONENTS, tag.name)) add(at, 'component-in-md', { name: tag.name });
      else checkElement(at, tag);
      return;
    }
    checkElement(at, tag);
  }

  function checkCommonAttribute(attribute: Attribute): boolean {
    if (attribute.kind === 'expression') add(attribute.offset, 'attribute-not-text', { attribute: attribute.name });
    else if (/^on/i.test(attribute.name)) add(attribute.offset, 'attribute-event-handler', { attribute: attribute.name });
    else if (attribute.name.toLowerCase() === 'style') add(attribute.offset, 'attribute-style');
    else return true;
    return false;
  }

  function checkElement(at: number, tag: Tag): void {
    const lower = tag.name.toLowerCase();
    if (!ALLOWED_TAG_SET.has(lower)) {
      add(at, 'tag-not-allowed', { tag: tag.name });
      return;
    }
    const allowed = [...(ELEMENT_ATTRIBUTES[lower] ?? []), ...GLOBAL_ATTRIBUTES];
    for (const attribute of tag.attributes) {
      if (!checkCommonAttribute(attribute)) continue;
      const name = attribute.name.toLowerCase();
      if (!allowed.includes(name)) {
        add(attribute.offset, 'attribute-not-allowed', { attribute: attribute.name, tag: lower, allowed: allowed.join(', ') });
      } else if (lower === 'a' && name === 'href') {
        checkUrl(attribute.offset, attribute.value, 'link');
      } else if (lower === 'img' && name === 'src') {
        checkUrl(attribute.offset, attribute.value, 'image');
      }
    }
  }

  function checkComponent(at: number, tag: Tag): void {
    const spec = own(COMPONENTS, tag.name);
    if (!spec) {
      add(at, 'component-unknown', { name: tag.name });
      return;
    }
    const allowed = Object.keys(spec);
    for (const attribute of tag.attributes) {
      if (!checkCommonAttribute(attribute)) continue;
      const rule = own(spec, attribute.name);
      if (!rule) {
        add(attribute.offset, 'component-attribute-unknown', { attribute: attribute.name, name: tag.name, allowed: allowed.join(', ') });
      } else if (attribute.kind !== 'string') {
        add(attribute.offset, 'attribute-not-text', { attribute: attribute.name });
      } else {
        const problem = rule.check?.(attribute.value);
        if (problem) add(attribute.offset, problem, { value: shorten(attribute.value), url: shorten(attribute.value), scheme: urlScheme(attribute.value) ?? '' });
      }
    }
    for (const [name, rule] of Object.entries(spec)) {
      if (rule.required && !tag.attributes.some((a) => a.name === name)) add(at, 'component-attribute-missing', { name: tag.name, attribute: name });
    }
  }
}

function lineStartOf(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

/**
 * Problems in a content body. `firstBodyLine` is the line of the file on which `body` starts, so
 * each problem names the line an author sees in the editor.
 */
export function checkContentBody(file: string, body: string, firstBodyLine: number): Problem[] {
  const format: Format = file.endsWith('.mdx') ? 'mdx' : 'md';
  const lines = splitLines(body);
  const blocks = readBlocks(lines, format, true);
  // Without trusted fences, HTML blocks are read as if there were no code blocks at all: more of
  // the body counts as raw HTML, so less is skipped.
  const trustedFences = blocks.trusted ? blocks.fences : [];
  const htmlBlocks = blocks.trusted ? blocks.htmlBlocks : readBlocks(lines, format, false).htmlBlocks;
  const inlineCode = findInlineCode(lines, trustedFences, htmlBlocks);
  const findings = scan(body, format, [...trustedFences, ...inlineCode.skip], trustedFences, htmlBlocks);
  const unsure = [...(blocks.trusted ? [] : blocks.fences), ...inlineCode.unsure];
  const lineStarts = lines.map((line) => line.start);

  return findings
    .sort((a, b) => a.offset - b.offset)
    .map((finding): Problem => {
      const wording: Wording = RULES[finding.rule];
      const values = finding.values ?? {};
      const hint = inside(finding.offset, unsure) ? UNRECOGNISED_CODE_HINT : wording.hint?.(values);
      return {
        file,
        line: firstBodyLine + lineIndexOf(lineStarts, finding.offset),
        field: '',
        message: wording.message(values),
        ...(hint ? { hint } : {}),
      };
    });
}

/** 0-based index of the line holding `offset`. */
function lineIndexOf(lineStarts: readonly number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if ((lineStarts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
