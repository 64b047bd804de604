import { GLOSSARY, type GlossaryTerm } from './glossary.ts';

/**
 * Finds the first use of each glossary term in plain text, so that it can be explained in place:
 * the term becomes a button that opens a popover with the explanation. Popovers need no
 * JavaScript; where a browser lacks them the explanation simply shows inline.
 *
 * Only text goes in and only text comes out, split into stretches: the markup around a term is
 * built by the caller as nodes (src/lib/render/glossary-plugin.ts for content bodies,
 * src/components/GlossaryText.astro for the portal's own pages), so nothing written in the text,
 * or in an attribute beside it, can ever become markup.
 */

/**
 * Text inside these elements is never marked: links and buttons cannot nest interactive content,
 * and headings, code, captions and drawn diagrams read badly with a button in them.
 */
export const UNMARKED_ELEMENTS: ReadonlySet<string> = new Set([
  'a', 'button', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'kbd', 'abbr', 'summary', 'caption', 'th', 'figcaption',
  'svg', 'script', 'style',
]);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Acronyms match exactly; words match regardless of case. */
function patternFor(spelling: string): RegExp {
  const isAcronym = spelling === spelling.toUpperCase();
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(spelling)}(?![\\p{L}\\p{N}-])`, isAcronym ? 'u' : 'iu');
}

export interface CompiledTerm {
  readonly term: GlossaryTerm;
  readonly patterns: readonly RegExp[];
}

function compileGlossary(terms: readonly GlossaryTerm[]): readonly CompiledTerm[] {
  return terms.map((term) => ({ term, patterns: [term.term, ...(term.aliases ?? [])].map(patternFor) }));
}

/** The portal's glossary, compiled once. */
const PORTAL_GLOSSARY = compileGlossary(GLOSSARY);

/** A stretch of text: plain, or the first use of a term, to be explained by the note `noteId`. */
export type TextSegment =
  | { readonly text: string; readonly term?: undefined }
  | { readonly text: string; readonly term: GlossaryTerm; readonly noteId: string };

/**
 * Explains each term once: the first time any text handed to `split` uses it. One marker serves
 * one part of a page (a content body, or the page's own text), and its `idPrefix` keeps the ids
 * of its notes apart from those of the page's other parts: ids must be unique on a page.
 */
export class FirstUses {
  readonly #pending: Map<string, CompiledTerm>;
  readonly #idPrefix: string;

  constructor(idPrefix: string, glossary: readonly CompiledTerm[] = PORTAL_GLOSSARY) {
    this.#pending = new Map(glossary.map((compiled) => [compiled.term.slug, compiled]));
    this.#idPrefix = idPrefix;
  }

  /** Id of the note explaining `term`: `istilah-<slug>`, or `istilah-<prefix>-<slug>`. */
  noteId(term: GlossaryTerm): string {
    return this.#idPrefix ? `istilah-${this.#idPrefix}-${term.slug}` : `istilah-${term.slug}`;
  }

  /** `text` as plain stretches and the first uses, in order, of terms not explained before. */
  split(text: string): TextSegment[] {
    const segments: TextSegment[] = [];
    let rest = text;
    while (this.#pending.size > 0) {
      let earliest: { compiled: CompiledTerm; index: number; matched: string } | undefined;
      for (const compiled of this.#pending.values()) {
        for (const pattern of compiled.patterns) {
          const match = pattern.exec(rest);
          if (match && (!earliest || match.index < earliest.index)) earliest = { compiled, index: match.index, matched: match[0] };
        }
      }
      if (!earliest) break;
      const { term } = earliest.compiled;
      this.#pending.delete(term.slug);
      if (earliest.index > 0) segments.push({ text: rest.slice(0, earliest.index) });
      segments.push({ text: earliest.matched, term, noteId: this.noteId(term) });
      rest = rest.slice(earliest.index + earliest.matched.length);
    }
    if (rest) segments.push({ text: rest });
    return segments;
  }
}
