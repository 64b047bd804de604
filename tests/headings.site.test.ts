import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS } from '../src/lib/dimensions.ts';
import { builtSite, htmlFiles, page } from './helpers/site.ts';

/**
 * Readers see names, not identifiers: no heading, caption or table header of any page shows a
 * dimension's id (`smart-governance`), which is a URL word and a data value, not a name.
 */

/** Text of every heading, caption and header cell of a page, tags and hidden notes removed. */
function headingTexts(html: string): string[] {
  const texts: string[] = [];
  for (const match of html.matchAll(/<(h[1-6]|caption|figcaption|th|summary|legend)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
    const text = match[2]!
      .replace(/<(svg|script|style)\b[\s\S]*?<\/\1>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    texts.push(text);
  }
  return texts;
}

describe('headings', () => {
  it('recognise a dimension id in a heading, so that the sweep below can fail', () => {
    expect(headingTexts('<h1 class="t"><svg><title>x</title></svg> Tata Kelola <span>(smart-governance)</span></h1>')).toEqual(['Tata Kelola (smart-governance)']);
  });

  it('name dimensions by their names on every page, never by their ids', async () => {
    const ids = new RegExp(`\\b(?:${DIMENSION_IDS.join('|')})\\b`);
    const found: string[] = [];
    for (const file of await htmlFiles()) {
      const html = await readFile(path.join(builtSite(), file), 'utf8');
      for (const text of headingTexts(html)) if (ids.test(text)) found.push(`${file}: ${text}`);
    }
    expect(found).toEqual([]);
  });

  it('give the national dimension page the dimension’s name alone, and explain the regions’ own elements', async () => {
    const html = await page('/dimensi/smart-governance/');
    expect(headingTexts(html)[0]).toBe('Tata Kelola');
    expect(html).toContain('Program yang topiknya di luar ketiganya dihitung sesudahnya, di elemen yang dinamai daerahnya sendiri.');
  });
});
