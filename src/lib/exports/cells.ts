import type { CohortSource } from '../schema/cohort.ts';
import { FUNDING_SOURCES, INDICATOR_LEVELS, type Funding, type Indicator } from '../schema/programme-parts.ts';

/**
 * How a list, or a list of records (funding entries, indicators), fits in one CSV cell, and how
 * to read it back. The format is chosen so that parsing never guesses:
 *
 * - Items of a list, and records of a record list, are separated by ` ; ` (space, semicolon, space).
 * - The fields of a record are separated by `|`, always all of them (an unknown field is empty),
 *   in the documented order.
 * - Inside an item or field, the three characters `%`, `;` and `|` are percent-encoded (`%25`,
 *   `%3B`, `%7C`), so a separator is always a separator. Decoding is any URL decoder
 *   (`decodeURIComponent`, Python's `urllib.parse.unquote`).
 * - An empty field means "not stated": text fields in the content are never empty.
 * - An indicator's baseline or target may be a number or a text. A field written as a plain decimal
 *   number (`-?digits[.digits][e[±]digits]`, `e` in either case) is a number; a text that would
 *   look like one, such as the text "45", has its first character percent-encoded (`%345`), so it
 *   stays a text.
 *
 * The parse functions are the exact inverse of the writers; they are the executable definition of
 * the format that the data page documents and the tests check.
 */

type Measure = Indicator['target'];

/** Between the items of a list cell and between the records of a record-list cell. */
export const ITEM_SEPARATOR = ' ; ';

/** Between the fields of one record. */
export const FIELD_SEPARATOR = '|';

/** Field order of one funding record in `funding_detail`. */
export const FUNDING_FIELDS = ['source', 'year', 'amount', 'note'] as const satisfies readonly (keyof Funding)[];

/** Field order of one indicator record in `indicators`. */
export const INDICATOR_FIELDS = ['level', 'name', 'baseline', 'target', 'unit', 'year'] as const satisfies readonly (keyof Indicator)[];

/** Field order of one source record in the `sources` of cohorts.csv. */
export const COHORT_SOURCE_FIELDS = ['id', 'title', 'outlet', 'url', 'date'] as const satisfies readonly (keyof CohortSource)[];

const RESERVED = /[%;|]/g;
const NUMBER_TEXT = /^-?\d+(?:\.\d+)?(?:e[+-]?\d+)?$/i;

const percentEncode = (char: string): string => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;

/** Makes any text safe to put in an item or field. */
export function encodePart(text: string): string {
  return text.replace(RESERVED, percentEncode);
}

export function decodePart(part: string): string {
  return decodeURIComponent(part);
}

export function listCell(items: readonly string[]): string {
  return items.map(encodePart).join(ITEM_SEPARATOR);
}

export function parseListCell(cell: string): string[] {
  return cell === '' ? [] : cell.split(ITEM_SEPARATOR).map(decodePart);
}

const optionalText = (text: string | undefined): string => (text === undefined ? '' : encodePart(text));
const optionalNumber = (value: number | undefined): string => (value === undefined ? '' : String(value));

function measurePart(value: Measure | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const encoded = encodePart(value);
  return NUMBER_TEXT.test(encoded) ? percentEncode(encoded.charAt(0)) + encoded.slice(1) : encoded;
}

function parseMeasure(part: string): Measure | undefined {
  if (part === '') return undefined;
  return NUMBER_TEXT.test(part) ? Number(part) : decodePart(part);
}

function parseNumber(part: string, what: string): number {
  const value = Number(part);
  if (!NUMBER_TEXT.test(part) || !Number.isFinite(value)) throw new Error(`${what}: "${part}" is not a number`);
  return value;
}

function parseChoice<T extends string>(choices: readonly T[], part: string, what: string): T {
  const choice = choices.find((c) => c === part);
  if (choice === undefined) throw new Error(`${what}: "${part}" is not one of ${choices.join(', ')}`);
  return choice;
}

/** Splits a record-list cell into records of exactly `width` raw (still encoded) fields. */
function recordsOf(cell: string, width: number, what: string): string[][] {
  if (cell === '') return [];
  return cell.split(ITEM_SEPARATOR).map((record) => {
    const fields = record.split(FIELD_SEPARATOR);
    if (fields.length !== width) throw new Error(`${what}: "${record}" has ${fields.length} fields, expected ${width}`);
    return fields;
  });
}

/** `apbd|2028|5000000000|Halte dan sistem pembayaran ; csr|||` — see FUNDING_FIELDS. */
export function fundingCell(funding: readonly Funding[]): string {
  return funding
    .map((f) => [f.source, optionalNumber(f.year), optionalNumber(f.amount), optionalText(f.note)].join(FIELD_SEPARATOR))
    .join(ITEM_SEPARATOR);
}

export function parseFundingCell(cell: string): Funding[] {
  return recordsOf(cell, FUNDING_FIELDS.length, 'funding_detail').map(([source = '', year = '', amount = '', note = '']) => ({
    source: parseChoice(FUNDING_SOURCES, source, 'funding source'),
    ...(year === '' ? {} : { year: parseNumber(year, 'funding year') }),
    ...(amount === '' ? {} : { amount: parseNumber(amount, 'funding amount') }),
    ...(note === '' ? {} : { note: decodePart(note) }),
  }));
}

/** `output|Koridor bus yang beroperasi|0|4|koridor|2031 ; …` — see INDICATOR_FIELDS. */
export function indicatorsCell(indicators: readonly Indicator[]): string {
  return indicators
    .map((i) =>
      [i.level, encodePart(i.name), measurePart(i.baseline), measurePart(i.target), optionalText(i.unit), optionalNumber(i.year)].join(
        FIELD_SEPARATOR,
      ),
    )
    .join(ITEM_SEPARATOR);
}

export function parseIndicatorsCell(cell: string): Indicator[] {
  return recordsOf(cell, INDICATOR_FIELDS.length, 'indicators').map(([level = '', name = '', baseline = '', target = '', unit = '', year = '']) => {
    const baselineValue = parseMeasure(baseline);
    const targetValue = parseMeasure(target);
    if (name === '' || targetValue === undefined) throw new Error(`indicators: name and target are required in "${level}|${name}|…"`);
    return {
      level: parseChoice(INDICATOR_LEVELS, level, 'indicator level'),
      name: decodePart(name),
      ...(baselineValue === undefined ? {} : { baseline: baselineValue }),
      target: targetValue,
      ...(unit === '' ? {} : { unit: decodePart(unit) }),
      ...(year === '' ? {} : { year: parseNumber(year, 'indicator year') }),
    };
  });
}

/** `L18a|Daftar 50 kota/kabupaten …|National Geographic Indonesia|https://…| ; …` — see COHORT_SOURCE_FIELDS. */
export function cohortSourcesCell(sources: readonly CohortSource[]): string {
  return sources
    .map((s) => [encodePart(s.id), encodePart(s.title), encodePart(s.outlet), encodePart(s.url), optionalText(s.date)].join(FIELD_SEPARATOR))
    .join(ITEM_SEPARATOR);
}

export function parseCohortSourcesCell(cell: string): CohortSource[] {
  return recordsOf(cell, COHORT_SOURCE_FIELDS.length, 'sources').map(([id = '', title = '', outlet = '', url = '', date = '']) => {
    if (id === '' || title === '' || outlet === '' || url === '') throw new Error(`sources: id, title, outlet and url are required in "${id}|${title}|…"`);
    return {
      id: decodePart(id),
      title: decodePart(title),
      outlet: decodePart(outlet),
      url: decodePart(url),
      ...(date === '' ? {} : { date: decodePart(date) }),
    };
  });
}
