import { withoutHiddenCharacters } from './hidden-characters.ts';

/**
 * One escape function per output context, for text that goes where Astro's automatic escaping does
 * not reach: HTML built as a string in src/lib/**, `set:html`, feeds. Inside an Astro template,
 * `{text}` and `attr={text}` are already escaped and need none of these.
 *
 * Every function also drops the characters no output may carry (src/lib/hidden-characters.ts):
 * control characters, Unicode line separators and bidirectional controls.
 *
 * Mermaid labels are a context of their own, with rules per place in the diagram source:
 * `mermaidText` in src/lib/diagrams/escape.ts.
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
