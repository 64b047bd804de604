import type { ExampleMessage, Values, Wording } from '../messages.ts';
import type { Bilingual } from '../problem.ts';
import { closestMatch } from '../suggest.ts';
import { ALLOWED_TAGS, CALLOUT_TYPES, COMPONENT_NAMES, componentList } from './policy.ts';

/**
 * What an author reads when a content body breaks a rule of src/lib/content/safety/policy.ts:
 * worded like every other message of the check (src/lib/content/messages.ts), from values that
 * are all texts quoted from the body.
 */

export const shorten = (text: string): string => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

const BODY_RULES = {
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
  'construct-not-allowed': {
    message: (v) => ({
      id: `Bentuk penulisan "${v.construct}" tidak didukung di isi halaman portal.`,
      en: `The construct "${v.construct}" is not supported in portal page content.`,
    }),
    hint: () => ({
      id: 'Pakai Markdown biasa: paragraf, judul, daftar, tabel, tautan, gambar, dan komponen portal.',
      en: 'Use plain Markdown: paragraphs, headings, lists, tables, links, images and the portal components.',
    }),
  },
  'image-not-public': {
    message: (v) => ({
      id: `Alamat gambar "${v.url}" harus berupa alamat di portal yang diawali /, tanpa .. atau \\.`,
      en: `The image address "${v.url}" must be a path on the portal starting with /, without .. or \\.`,
    }),
    hint: () => ({
      id: 'Simpan gambar di folder public/ (mis. public/gambar/foto.jpg) lalu tulis /gambar/foto.jpg.',
      en: 'Put the image in the public/ folder (e.g. public/gambar/foto.jpg) and write /gambar/foto.jpg.',
    }),
  },
  'mdx-syntax': {
    message: (v) => ({
      id: 'Teks ini tidak bisa dibaca sebagai MDX, sehingga halamannya tidak bisa dibangun.',
      en: `This text cannot be read as MDX, so its page cannot be built: ${v.detail}`,
    }),
    hint: () => ({
      id: 'Periksa komponen yang belum ditutup (mis. <Callout …> tanpa </Callout>) dan kurung kurawal. Untuk kurung kurawal sebagai teks, tulis \\{ dan \\}.',
      en: 'Look for a component that is not closed (e.g. <Callout …> without </Callout>) and for curly braces. To write a curly brace as text, write \\{ and \\}.',
    }),
  },
  'markup-contains-code': {
    message: () => ({
      id: 'Tanda kode (` atau baris ```/~~~) berada di dalam tag HTML atau alamat tautan, sehingga tidak jelas mana yang kode.',
      en: 'A code mark (` or a ```/~~~ line) sits inside an HTML tag or link address, so it is unclear what is code.',
    }),
    hint: () => ({ id: 'Pindahkan contoh kode ke luar tag atau tautan.', en: 'Move the code example out of the tag or link.' }),
  },
} satisfies Record<string, Wording<string>>;

export type BodyRuleId = keyof typeof BODY_RULES;

/**
 * One example of each rule's values, so that PANDUAN's table of messages (`npm run docs:errors`,
 * scripts/error-table.ts) shows every message as an editor reads it. Keyed by BodyRuleId: a new
 * rule does not type-check until its example is here.
 */
const BODY_RULE_EXAMPLES: Readonly<Record<BodyRuleId, Values<string>>> = {
  esm: { keyword: 'import' },
  expression: {},
  'component-unknown': { name: 'Callot' },
  'component-in-md': { name: 'Callout' },
  'component-attribute-unknown': { attribute: 'title', name: 'Figure', allowed: 'src, alt, caption' },
  'component-attribute-missing': { name: 'Figure', attribute: 'alt' },
  'attribute-not-text': { attribute: 'caption' },
  'callout-type': { value: 'danger' },
  'programme-ref-id': { value: 'E Kelurahan' },
  'tag-forbidden': { tag: 'iframe' },
  'tag-not-allowed': { tag: 'font' },
  'tag-malformed': { tag: 'a' },
  'html-special': {},
  'comment-malformed': {},
  'comment-in-mdx': {},
  'autolink-in-mdx': { url: 'https://balikpapan.go.id' },
  'attribute-event-handler': { attribute: 'onclick' },
  'attribute-style': {},
  'attribute-not-allowed': { attribute: 'class', tag: 'span', allowed: 'title, lang, dir' },
  'url-script': { url: 'javascript:alert(1)', scheme: 'javascript' },
  'url-scheme': { url: 'ftp://data.balikpapan.go.id/peta.zip', scheme: 'ftp' },
  'image-not-local': { url: 'https://situs-lain.example/foto.jpg' },
  'construct-not-allowed': { construct: 'footnoteDefinition' },
  'image-not-public': { url: '../gambar/foto.jpg' },
  'mdx-syntax': { detail: 'Expected a closing tag for `<Callout>` (3:1-3:22) before the end of `paragraph`' },
  'markup-contains-code': {},
};

/** Every rule of this catalogue worded with its example values, for PANDUAN's table of messages. */
export function exampleBodyMessages(): ExampleMessage[] {
  return (Object.keys(BODY_RULES) as BodyRuleId[]).map((rule) => {
    if (!(rule in BODY_RULE_EXAMPLES)) throw new Error(`The rule "${rule}" has no example in BODY_RULE_EXAMPLES (src/lib/content/safety/messages.ts).`);
    return describeFinding({ offset: 0, rule, values: BODY_RULE_EXAMPLES[rule] });
  });
}

/** One rule broken at one place of a body. */
export interface Finding {
  /** Offset in the body. */
  readonly offset: number;
  readonly rule: BodyRuleId;
  readonly values?: Values<string>;
}

export function describeFinding(finding: Finding): { message: Bilingual; hint?: Bilingual } {
  const wording: Wording<string> = BODY_RULES[finding.rule];
  const values = finding.values ?? {};
  const hint = wording.hint?.(values);
  return { message: wording.message(values), ...(hint ? { hint } : {}) };
}

/** Shown instead of a rule's own hint when the finding sits in text that looks like code but cannot be skipped safely. */
export const UNRECOGNISED_CODE_HINT: Bilingual = {
  id: 'Ini tampak seperti contoh kode, tetapi tidak bisa dikenali dengan pasti. Letakkan ``` di awal baris (tanpa spasi, di luar daftar atau kutipan), dan jangan pakai `…` di baris yang sama dengan tautan, tabel, atau tag HTML.',
  en: 'This looks like a code example but cannot be recognised with certainty. Put ``` at the very start of a line (no spaces, outside lists and quotes), and avoid `…` on lines with links, tables or HTML tags.',
};
