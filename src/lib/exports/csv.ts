import { withoutHiddenCharacters } from '../hidden-characters.ts';

/**
 * A CSV writer for files that people open in spreadsheet programs as often as in code.
 *
 * - RFC 4180: fields separated by commas, records ended by CRLF (the last one too); a field that
 *   contains a comma, a double quote, CR or LF is wrapped in double quotes, with its quotes doubled.
 * - UTF-8 with a byte order mark, because Excel reads a CSV without one in the PC's legacy code
 *   page and garbles every Indonesian name with a non-ASCII character (e.g. “–” in titles).
 * - Formula neutralisation (CSV injection, see OWASP "CSV Injection"): a spreadsheet runs a cell
 *   that starts with `=`, `+`, `-` or `@` as a formula; some programs also after leading spaces
 *   or a leading tab or CR, and some read the full-width forms `＝＋－＠` (typed by East Asian
 *   input methods) as the ASCII ones. So content text such as `=HYPERLINK(...)` could act on the
 *   reader's machine. Such a cell gets one leading apostrophe, which spreadsheets treat as "this is
 *   text". A cell that already starts with an apostrophe gets one too, so that the rule reverses
 *   exactly: a reader in code removes one leading apostrophe from any cell that has one, and has
 *   the original text.
 * - No hidden characters (src/lib/hidden-characters.ts): control characters other than tab, LF
 *   and CR, Unicode line separators and bidirectional controls are dropped before anything else,
 *   so none reaches a reader and none can hide a formula (`\u0000=1+1` is written `'=1+1`). The
 *   content check already refuses them in frontmatter; this holds whatever the text came from.
 */

/** Byte order mark written before the header. */
export const BOM = '\uFEFF';

const CSV_LINE_END = '\r\n';

/**
 * Starts that make a spreadsheet evaluate a cell (see above), plus the apostrophe itself. `\s`
 * covers every Unicode space, the ideographic space included.
 */
const NEEDS_APOSTROPHE = /^(?:[\t\r']|\s*[=+\-@＝＋－＠])/u;

const NEEDS_QUOTES = /[",\r\n]/;

/** The cell text a spreadsheet shows as text, never runs: `=1+1` → `'=1+1`, ` ＝1+1` → `' ＝1+1`. */
export function formulaSafe(text: string): string {
  return NEEDS_APOSTROPHE.test(text) ? `'${text}` : text;
}

/** One CSV field: hidden characters dropped, formula-safe, then quoted when RFC 4180 requires it. */
export function csvField(text: string): string {
  const safe = formulaSafe(withoutHiddenCharacters(text));
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A whole CSV file: BOM, header row, then one line per row. Every row must have one cell per
 * header column; a short or long row would shift every later column, so it is an error here.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((cells, index) => {
    if (cells.length !== header.length) {
      throw new Error(`CSV row ${index} has ${cells.length} cells; the header has ${header.length}`);
    }
    return cells.map(csvField).join(',') + CSV_LINE_END;
  });
  return BOM + lines.join('');
}
