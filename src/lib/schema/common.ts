import { z } from 'astro/zod';
import { firstHiddenCharacter, type TextKind } from '../hidden-characters.ts';

/**
 * Building blocks shared by the region, dimension-page and programme schemas.
 *
 * Rules that span fields of one file are written as `custom` issues whose `params.rule` names a
 * message in `src/lib/content/messages.ts`, so authors read them in plain Indonesian.
 */

/** Raise a cross-field problem that the check words in Indonesian and English. */
export function addRuleIssue(
  ctx: z.RefinementCtx,
  path: (string | number)[],
  rule: string,
  values: Record<string, string | number> = {},
): void {
  ctx.addIssue({ code: 'custom', path, message: rule, params: { rule, ...values } });
}

/**
 * The text editors read about a field: on hover in VS Code (Astro's collection schemas, from
 * `astro sync`) and in the published JSON Schemas (/data/schemas/). Indonesian first, English
 * after the dash, as every text an author reads.
 */
export function fieldHelp(id: string, en: string): { description: string } {
  return { description: `${id} — ${en}` };
}

/**
 * The longest name, title or label: 200 characters. Regulation titles, the longest names written
 * here, run to about 150; anything longer belongs in the page body, below the frontmatter.
 */
const MAX_LINE_LENGTH = 200;

/** Refuses the characters `kind` of text may not hold (src/lib/hidden-characters.ts), naming the first. */
function refuseHiddenCharacters(kind: TextKind) {
  return (text: string, ctx: z.RefinementCtx): void => {
    const hidden = firstHiddenCharacter(text, kind);
    if (!hidden) return;
    const rule = kind === 'line' && hidden.character === '\n' ? 'text-one-line' : 'text-hidden-character';
    addRuleIssue(ctx, [], rule, { code: hidden.code, position: hidden.position });
  };
}

/**
 * A name, title or label: not empty, one line, at most `maxLength` characters, and none of the
 * hidden characters (control characters, Unicode line separators, bidirectional controls). Every
 * free-text field of the frontmatter is this or `proseText` (codes, dates and addresses have
 * patterns of their own); Astro validates with these schemas too, so this guards every text a
 * page shows, whether or not the check ran.
 */
export function lineText(maxLength: number = MAX_LINE_LENGTH) {
  return z.string().min(1).max(maxLength).superRefine(refuseHiddenCharacters('line'));
}

/**
 * A statement or note that may span lines (tab and line feed allowed), at most `maxLength`
 * characters, which each field chooses and documents; otherwise as `lineText`.
 */
export function proseText(maxLength: number) {
  return z.string().min(1).max(maxLength).superRefine(refuseHiddenCharacters('prose'));
}

/**
 * `inferred`: the fields of a file whose value is the editor's reading of the sources rather than
 * their words, e.g. a dimension the article never names, or horizons worked out from the years.
 * Each entry is the name of a top-level field of the same file (`horizons`, `dimension`); pages
 * mark those fields "(tafsiran penyunting)" and the downloads carry the list. At most 30, more
 * than any file has fields worth marking.
 */
export const inferredSchema = z.array(lineText()).max(30).default([]);

/** Reports each `inferred` entry that is not a field of the file, with the fields it may name. */
export function checkInferredFields(inferred: readonly string[], fields: readonly string[], ctx: z.RefinementCtx): void {
  inferred.forEach((field, index) => {
    if (!fields.includes(field)) addRuleIssue(ctx, ['inferred', index], 'inferred-field-unknown', { field, choices: fields.join(', ') });
  });
}

/** A calendar year; the programme runs from 2017, the plans look decades ahead. */
export const yearSchema = z.number().int().min(2000).max(2100);

/** A lowercase URL slug: letters, digits and single hyphens. */
export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

const DATE_PATTERN = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;

/** True when `text` is `YYYY-MM` or `YYYY-MM-DD` naming a day or month that exists. */
export function isRealCalendarDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day >= 1 && day <= daysInMonth;
}

/**
 * Runs a date's calendar check only when its layout was right: a date written another way gets one
 * message (with its ISO form), not also "not in the calendar". Not `abort`, which would also stop
 * the checks across the file's fields.
 */
export const onlyWhenWellFormed = (payload: { readonly issues: readonly unknown[] }): boolean => payload.issues.length === 0;

/**
 * A date written `YYYY-MM-DD` (or `YYYY-MM` when only the month is known). Kept as text so that a
 * day that does not exist (`2024-02-30`) is reported instead of silently becoming 1 March.
 */
export const dateSchema = z
  .string()
  .regex(DATE_PATTERN)
  .refine(isRealCalendarDate, { params: { rule: 'date-not-real' }, when: onlyWhenWellFormed });

/** Month names as editors write them, in Indonesian and English, full or shortened to three letters. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['januari', 'january', 'jan'],
  ['februari', 'pebruari', 'february', 'feb', 'peb'],
  ['maret', 'march', 'mar'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['agustus', 'august', 'agu', 'agt', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nopember', 'nov', 'nop'],
  ['desember', 'december', 'des', 'dec'],
];

function monthNumber(name: string): number | undefined {
  const index = MONTH_NAMES.findIndex((names) => names.includes(name.toLowerCase().replace(/\.$/, '')));
  return index === -1 ? undefined : index + 1;
}

const pad = (value: number): string => String(value).padStart(2, '0');

/**
 * The `YYYY-MM-DD` (or `YYYY-MM`) form of a date written another way, when it reads as a real
 * date: `17-08-2024`, `17/08/2024`, `2024-8-17`, `2024/08/17`, `20240817`, `17 Agustus 2024`,
 * `8/2024`, `Agustus 2024`. Day before month, as Indonesians write it; month first only when
 * that is the sole reading that names a real day (`08/17/2024`).
 */
export function suggestIsoDate(written: string): string | undefined {
  const text = written.trim();
  const real = (...candidates: string[]): string | undefined => candidates.find(isRealCalendarDate);
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (match) return real(`${match[1]}-${pad(Number(match[2]))}-${pad(Number(match[3]))}`);
  match = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{4})$/.exec(text);
  if (match) return real(`${match[3]}-${pad(Number(match[2]))}-${pad(Number(match[1]))}`, `${match[3]}-${pad(Number(match[1]))}-${pad(Number(match[2]))}`);
  match = /^(\d{4})[-/.](\d{1,2})$/.exec(text);
  if (match) return real(`${match[1]}-${pad(Number(match[2]))}`);
  match = /^(\d{1,2})[-/.](\d{4})$/.exec(text);
  if (match) return real(`${match[2]}-${pad(Number(match[1]))}`);
  match = /^(?:(\d{1,2})[-/. ]+)?([A-Za-z]+\.?)[-/. ]+(\d{4})$/.exec(text);
  if (match) {
    const month = monthNumber(match[2]!);
    if (month === undefined) return undefined;
    return real(match[1] === undefined ? `${match[3]}-${pad(month)}` : `${match[3]}-${pad(month)}-${pad(Number(match[1]))}`);
  }
  return undefined;
}

/**
 * A web address starting with http:// or https://, at most 2,000 characters (what every browser
 * and server handles). Zod drops tabs and line breaks from it, as browsers do; any other hidden
 * character is refused, since a link whose text reads differently from where it goes misleads.
 */
export const urlSchema = z.url({ protocol: /^https?$/ }).max(2000).superRefine(refuseHiddenCharacters('line'));

/** A year span, for periods and horizons. */
export const yearSpanSchema = z
  .strictObject({
    start: yearSchema.meta(fieldHelp('Tahun pertama, termasuk tahun itu sendiri.', 'First year (inclusive).')),
    end: yearSchema.meta(
      fieldHelp('Tahun terakhir, termasuk tahun itu sendiri; sama dengan start bila hanya satu tahun.', 'Last year (inclusive); equal to start for a one-year span.'),
    ),
  })
  .superRefine((span, ctx) => {
    if (span.end < span.start) addRuleIssue(ctx, ['end'], 'span-end-before-start', { start: span.start, end: span.end });
  });

export type YearSpan = z.infer<typeof yearSpanSchema>;

/**
 * Where a fact comes from: a news article, a masterplan book, a decree. Facts about a real
 * region are published only with a source.
 */
const sourceSchema = z.strictObject({
  title: lineText().meta(fieldHelp('Judul berita atau dokumen yang dikutip. Wajib.', 'Title of the article or document. Required.')),
  outlet: lineText()
    .optional()
    .meta(fieldHelp('Media atau penerbit, mis. "Kaltim Today" atau "Diskominfo Kota Balikpapan".', 'Publisher or outlet, e.g. "Kaltim Today" or "Diskominfo Kota Balikpapan".')),
  date: dateSchema
    .optional()
    .meta(fieldHelp('Tanggal terbit: YYYY-MM-DD, atau YYYY-MM bila hanya bulannya yang diketahui.', 'Publication date: YYYY-MM-DD, or YYYY-MM when only the month is known.')),
  url: urlSchema.optional().meta(fieldHelp('Alamat web sumber (https://…), bila ada di internet.', 'Web address of the source (https://…), if it is online.')),
  page: z.number().int().positive().optional().meta(fieldHelp('Nomor halaman di dokumen, untuk buku.', 'Page number in the document, for books.')),
});

/**
 * The sources of one file, at most 50: every page prints its whole source list, real regions cite
 * a handful, and a list longer than 50 is no longer read.
 */
export const sourceListSchema = z.array(sourceSchema).max(50).default([]);

export type Source = z.infer<typeof sourceSchema>;
