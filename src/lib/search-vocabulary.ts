import { closestMatch } from './content/suggest.ts';

/**
 * "Did you mean …?" for the search page, from the index's own words: the build lists the words of
 * the indexed text (src/integrations/search-index.ts), the page loads that list when a search finds
 * nothing and offers the query with each unknown word replaced by the closest known one.
 */

/** Words as the vocabulary and the queries are compared: lowercase runs of letters. */
export const wordsOf = (text: string): string[] => text.toLowerCase().match(/\p{L}+/gu) ?? [];

/** Shorter words are left alone: at one or two letters' distance nearly every short word is close to another. */
const MIN_LENGTH = 4;
const MAX_LENGTH = 24;

/**
 * The vocabulary of some texts (one per indexed page): every word of at least four letters, the
 * words found on most pages first, so that where two words are equally close to a typo the
 * commoner one is offered. At most `limit` words, which keeps the file small at national scale
 * (rare words are mostly names, which readers rarely mistype into something that finds nothing).
 */
export function vocabularyOf(texts: Iterable<string>, limit: number): string[] {
  const pages = new Map<string, number>();
  for (const text of texts) {
    for (const word of new Set(wordsOf(text))) {
      if (word.length >= MIN_LENGTH && word.length <= MAX_LENGTH) pages.set(word, (pages.get(word) ?? 0) + 1);
    }
  }
  return [...pages]
    .sort(([a, pagesOfA], [b, pagesOfB]) => pagesOfB - pagesOfA || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([word]) => word);
}

/**
 * The query with each word the vocabulary does not know replaced by the closest word it knows, or
 * undefined when no word changed (every word is known, too short, or has nothing close).
 */
export function suggestQuery(query: string, vocabulary: readonly string[]): string | undefined {
  const known = new Set(vocabulary);
  const words = wordsOf(query);
  const corrected = words.map((word) => (word.length < MIN_LENGTH || known.has(word) ? word : (closestMatch(word, vocabulary) ?? word)));
  return corrected.some((word, index) => word !== words[index]) ? corrected.join(' ') : undefined;
}
