import { withoutHiddenCharacters } from './hidden-characters.ts';

/**
 * One escape function per output context, for text that goes where Astro's automatic escaping does
 * not reach: HTML built as a string in src/lib/**, `set:html`, feeds. Inside an Astro template,
 * `{text}` and `attr={text}` are already escaped and need none of these.
 *
 * The contexts: HTML text (`escapeHtmlText`), a quoted HTML attribute (`escapeHtmlAttribute`), XML
 * for the Atom feeds (`escapeXml`), JSON inside a `<script>` (`jsonForScript`) and a label in
 * Mermaid flowchart source (`mermaidLabel`). Every site that writes one of these outputs calls the
 * function of its context here; no other module escapes (tests/escape.test.ts).
 *
 * The HTML and XML functions also drop the characters no output may carry
 * (src/lib/hidden-characters.ts): control characters, Unicode line separators and bidirectional
 * controls. `mermaidLabel` turns them into spaces, since a line break would end a Mermaid statement.
 */

/** Text between HTML tags: `&`, `<` and `>` are escaped, so no tag or entity can start. */
export function escapeHtmlText(text: string): string {
  return withoutHiddenCharacters(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * An HTML attribute value, quoted with `"` or `'`: both quotes are escaped too, so the value cannot
 * end early. Write it quoted: an unquoted value also ends at a space.
 */
export function escapeHtmlAttribute(text: string): string {
  return escapeHtmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/**
 * Characters XML 1.0 forbids even when escaped: C0 controls other than tab, LF and CR, lone
 * surrogates, U+FFFE and U+FFFF. One in a feed would make the whole document unreadable.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text inside an XML element or a quoted attribute: the five predefined entities, no forbidden characters. */
export function escapeXml(text: string): string {
  return withoutHiddenCharacters(text)
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/**
 * A value as JSON inside `<script type="application/json">`. The HTML parser ends a script at the
 * first `</script`, and `<!--` changes how it looks for that end, whatever the JSON means; so every
 * `<` is written as the JSON escape `\u003c`, which `JSON.parse` reads back as `<`.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

/*
 * Mermaid labels: the one way content text enters Mermaid source. The portal writes Mermaid only
 * as flowcharts (src/lib/diagrams/flowchart.ts), and every name, title or label in them that comes
 * from `content/` goes through `mermaidLabel`, so no programme name can end a label, start a
 * statement, smuggle in a `%%{init}%%` directive or an entity, or make the parser fail.
 *
 * What is dangerous there (verified against mermaid 12.3's lexers and renderers, see
 * tests/diagrams/escape.test.ts and tests/diagrams/render.test.ts):
 *
 * - Mermaid reads `%%{…}%%` directives and `%%` comments from the whole text before parsing, and
 *   turns `#name;` / `#123;` into entities. A line break ends a statement.
 * - Flowchart labels are written inside `"…"`. With SVG (non-HTML) labels Mermaid shows entities
 *   literally and passes the text through DOMPurify, which deletes anything that looks like a tag
 *   and decodes `&amp;`-style references. So the few characters that cannot be written there are
 *   replaced by look-alikes that read the same (typographic quotes, single angle quotes), and
 *   an invisible word joiner goes after `#` and `&` and between `%%`. One cosmetic quirk remains:
 *   Mermaid drops the last `;` of a line containing `style` or `classDef`, then `:`, then `#`.
 */

/**
 * Longest label, in user-perceived characters, unless the caller says otherwise. Labels wrap, so
 * they can be this long before the diagram becomes a wall of text; the full text is always in the
 * HTML table or list beside the diagram.
 */
const MAX_LABEL_LENGTH = 80;

const ELLIPSIS = '…';
const EMPTY_LABEL = '–';
/** U+2060 WORD JOINER: invisible, not whitespace for Mermaid's lexers, breaks a token apart. */
const WORD_JOINER = '\u2060';

/** Line and paragraph separators and control characters that would end a Mermaid statement. */
const LINE_BREAKING = /[\s\p{Cc}\u2028\u2029]+/gu;

const graphemes = new Intl.Segmenter('id', { granularity: 'grapheme' });

/**
 * Writes `text` as one line of a flowchart label, to go inside `"…"`, cut to `maxLength`
 * characters; see the comment above for what it guards against.
 */
export function mermaidLabel(text: string, maxLength: number = MAX_LABEL_LENGTH): string {
  // A blank label would leave `""`, which Mermaid cannot parse.
  const oneLine = truncate(text.replace(LINE_BREAKING, ' ').trim(), maxLength) || EMPTY_LABEL;
  return (
    oneLine
      // Straight quotes would close the label: opening or closing curly quotes by position.
      .replace(/"/g, (_quote, offset: number, whole: string) => (offset === 0 || /[\s([{]/.test(whole[offset - 1]!) ? '“' : '”'))
      // A label wrapped in backticks is Markdown; a modifier grave accent looks the same.
      .replace(/`/g, 'ˋ')
      // DOMPurify would delete `<b>…</b>`-like text; single angle quotes keep it readable.
      .replace(/</g, '‹')
      .replace(/>/g, '›')
      // `#name;` would be read as a Mermaid entity; the joiner splits it and `#` stays visible.
      .replace(/#/g, `#${WORD_JOINER}`)
      // `&amp;` and `&copy` would be decoded by DOMPurify; the joiner keeps them literal.
      .replace(/&(?=[#\p{L}\p{N}])/gu, `&${WORD_JOINER}`)
      // `%%` starts directives and comments anywhere in the source.
      .replace(/%(?=%)/g, `%${WORD_JOINER}`)
  );
}

/** Cuts to `maxLength` graphemes, preferring a word boundary, and marks the cut with an ellipsis. */
function truncate(text: string, maxLength: number): string {
  const characters = Array.from(graphemes.segment(text), (s) => s.segment);
  if (characters.length <= maxLength) return text;
  const kept = characters.slice(0, maxLength - 1).join('');
  const lastSpace = kept.lastIndexOf(' ');
  // Break at a space only when it does not throw away much of the name.
  const atWord = lastSpace >= kept.length * 0.7 ? kept.slice(0, lastSpace) : kept;
  return `${atWord.replace(/[\s\p{P}]+$/u, '')}${ELLIPSIS}`;
}
