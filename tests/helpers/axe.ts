import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';

/**
 * axe-core run straight in the page under test. The script is handed in through the browser's
 * debugging protocol, which the page's Content-Security-Policy does not govern, and the portal's
 * pages have no frames, so one run in the top document sees everything (a wrapper that also
 * prepares frames and finishes the run in a second page took three times as long per page).
 */

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The WCAG A/AA rules whose answer depends on the colours of the page: contrast of text, and links
 * told apart from the text around them by colour alone. The only ones a colour scheme can change.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'] as const;

/**
 * WCAG 2.2 A/AA violations on the page as it is now, one line each with up to three elements; only
 * those of `rules` when given. A page checked again (narrowed to a phone, switched to dark mode)
 * keeps the script it was given: reading it in again cost as much as a third of a run.
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const runOnly = rules ? { type: 'rule', values: [...rules] } : { type: 'tag', values: WCAG_TAGS };
  const results = await page.evaluate(
    (only) => (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
      runOnly: only,
      resultTypes: ['violations'],
    }),
    runOnly,
  );
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
}
