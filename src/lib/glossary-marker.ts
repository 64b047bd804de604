import type { GlossaryTerm } from './glossary.ts';

/**
 * Marks the first use of each glossary term inside a page's <main> and explains it in place:
 * the term becomes a button that opens a popover with the explanation. Popovers need no
 * JavaScript; where a browser lacks them the explanation simply shows inline.
 *
 * Works on the finished HTML so UI text and content bodies are treated alike.
 */

export interface MarkerOptions {
  readonly lang: 'id' | 'en';
  /** URL of the glossary page, e.g. `/glosarium/`. */
  readonly glossaryHref: string;
  readonly linkLabel: string;
}

/** Text inside these elements is never marked: links and buttons cannot nest interactive content. */
const SKIPPED = new Set(['a', 'button', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style', 'svg', 'title', 'abbr', 'time', 'label', 'textarea', 'select', 'option', 'summary', 'caption', 'th', 'dt', 'figcaption', 'nav', 'form']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Acronyms match exactly; words match regardless of case. */
function patternFor(spelling: string): RegExp {
  const isAcronym = spelling === spelling.toUpperCase();
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(spelling)}(?![\\p{L}\\p{N}-])`, isAcronym ? 'u' : 'iu');
}

interface CompiledTerm {
  readonly term: GlossaryTerm;
  readonly patterns: readonly RegExp[];
}

export function compileGlossary(terms: readonly GlossaryTerm[]): readonly CompiledTerm[] {
  return terms.map((term) => ({ term, patterns: [term.term, ...(term.aliases ?? [])].map(patternFor) }));
}

function explanation(term: GlossaryTerm, matched: string, options: MarkerOptions): string {
  const id = `istilah-${term.slug}`;
  return (
    `<button type="button" class="term" popovertarget="${id}">${matched}</button>` +
    `<span class="term-note" id="${id}" popover data-pagefind-ignore><strong>${escapeHtml(term.term)}</strong>: ${escapeHtml(term[options.lang])} ` +
    `<a href="${options.glossaryHref}#${term.slug}">${escapeHtml(options.linkLabel)}</a></span>`
  );
}

function markText(text: string, pending: Map<string, CompiledTerm>, options: MarkerOptions): string {
  let result = '';
  let rest = text;
  for (;;) {
    let earliest: { compiled: CompiledTerm; index: number; matched: string } | undefined;
    for (const compiled of pending.values()) {
      for (const pattern of compiled.patterns) {
        const match = pattern.exec(rest);
        if (match && (!earliest || match.index < earliest.index)) earliest = { compiled, index: match.index, matched: match[0] };
      }
    }
    if (!earliest) return result + rest;
    pending.delete(earliest.compiled.term.slug);
    result += rest.slice(0, earliest.index) + explanation(earliest.compiled.term, earliest.matched, options);
    rest = rest.slice(earliest.index + earliest.matched.length);
  }
}

/** Returns `html` with the first use of each term inside <main> explained in place. */
export function markGlossaryTerms(html: string, glossary: readonly CompiledTerm[], options: MarkerOptions): string {
  const start = html.search(/<main[\s>]/);
  const end = html.lastIndexOf('</main>');
  if (start === -1 || end === -1 || html.includes('data-glossary-page')) return html;
  const pending = new Map(glossary.map((compiled) => [compiled.term.slug, compiled]));
  const parts = html.slice(start, end).split(/(<[^>]*>)/);
  const open: string[] = [];
  let skipDepth = 0;
  const marked = parts.map((part) => {
    if (part.startsWith('<')) {
      const tag = /^<\/?([a-zA-Z][\w-]*)/.exec(part)?.[1]?.toLowerCase();
      if (!tag || part.startsWith('<!') || VOID.has(tag) || part.endsWith('/>')) return part;
      if (part.startsWith('</')) {
        const index = open.lastIndexOf(tag);
        if (index !== -1) {
          for (const closed of open.splice(index)) if (SKIPPED.has(closed)) skipDepth -= 1;
        }
      } else {
        open.push(tag);
        if (SKIPPED.has(tag)) skipDepth += 1;
      }
      return part;
    }
    return skipDepth === 0 && pending.size > 0 && part.trim() ? markText(part, pending, options) : part;
  });
  return html.slice(0, start) + marked.join('') + html.slice(end);
}
