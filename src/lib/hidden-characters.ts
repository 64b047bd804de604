/**
 * Characters no published text may carry. The frontmatter schemas refuse them
 * (src/lib/schema/common.ts) and every writer of output drops them (src/lib/escape.ts, the CSV and
 * JSON exports), so that what is refused at the door is still never written should it arrive
 * another way: a commit subject, a field added later, a bug.
 *
 * - Control characters: C0 (U+0000–U+001F), DEL (U+007F) and C1 (U+0080–U+009F). They are
 *   invisible, and some act as commands: ESC starts terminal escape sequences in the check's
 *   output, NUL ends strings in C tools, a tab or CR at the start of a CSV cell starts a formula.
 * - U+2028 LINE SEPARATOR and U+2029 PARAGRAPH SEPARATOR: line breaks for JavaScript and Mermaid,
 *   invisible to the author.
 * - Bidirectional controls: embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069)
 *   make text display in another order than it is stored ("Trojan Source", CVE-2021-42574), so a
 *   name could read as something it is not; the marks (U+061C, U+200E, U+200F) go with them, as
 *   in the byte check of content files (src/lib/content/files.ts): the portal's text runs left to
 *   right, and even a quoted Arabic name displays correctly without any of them.
 *
 * Tab and line feed are ordinary in multi-line text. The output formats also keep CR, which RFC
 * 4180 quotes and JSON escapes; frontmatter never needs one, because YAML turns every line break
 * into LF, so a CR there can only come from a `"\r"` escape.
 */

/** Refused in one-line frontmatter text (names, titles): every character above, tab and LF too. */
const NOT_IN_LINE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/** Refused in multi-line frontmatter text (notes, statements): as above, but tab and LF are fine. */
const NOT_IN_PROSE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;

/** Dropped from every output: as in prose, but CR is kept (see the module comment). */
const NOT_IN_OUTPUT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu;

/** `line`: a name or title, on one line. `prose`: a note or statement that may span lines. */
export type TextKind = 'line' | 'prose';

export interface HiddenCharacter {
  readonly character: string;
  /** Unicode notation, e.g. `U+202E`. */
  readonly code: string;
  /** 1-based position in the text, counted as editors count columns (UTF-16 code units). */
  readonly position: number;
}

/** Unicode notation of a character: `U+000A`, `U+202E`. */
export function unicodeNotation(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first character `kind` of text may not contain, if any. */
export function firstHiddenCharacter(text: string, kind: TextKind): HiddenCharacter | undefined {
  const match = (kind === 'line' ? NOT_IN_LINE : NOT_IN_PROSE).exec(text);
  if (!match) return undefined;
  return { character: match[0], code: unicodeNotation(match[0]), position: match.index + 1 };
}

/** The text without the characters no output may carry; tab, LF and CR stay. */
export function withoutHiddenCharacters(text: string): string {
  return text.replace(NOT_IN_OUTPUT, '');
}

const SHOWN = new RegExp(NOT_IN_LINE.source, 'gu');

/**
 * The text with every hidden character written as `[U+…]`, for messages that quote an author's
 * value: the terminal then shows what is there instead of obeying it.
 */
export function showHiddenCharacters(text: string): string {
  return text.replace(SHOWN, (character) => `[${unicodeNotation(character)}]`);
}
