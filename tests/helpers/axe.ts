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

/** One run of axe: every WCAG A/AA rule, only `rules` or all but `except`, in the whole page or in what the last look changed. */
export interface AxeRun {
  readonly rules?: readonly string[];
  readonly except?: readonly string[];
  /** Only the elements the last `noteLookChanges` found changed (and what they contain). */
  readonly onlyChangedElements?: boolean;
}

/** Where the elements a look changed are kept in the page between `noteLookChanges` and `axeViolations`. */
const CHANGED = '__elementsChangedByLook';
const LOOK = '__lastLook';

/**
 * Compares every element with the page's previous look (another width or colour scheme) and keeps
 * those whose colour contrast may have changed: shown or hidden, text or background colour,
 * background image, opacity, font size or weight, text shadow. An element whose background
 * changed takes its descendants with it, since axe checks every element inside one it is given.
 * Returns how many changed; the first look of a page changes all.
 */
export async function noteLookChanges(page: Page): Promise<number> {
  return page.evaluate(
    ([changedKey, lookKey]) => {
      const store = window as unknown as Record<string, unknown>;
      const previous = store[lookKey] as Map<Element, string> | undefined;
      const look = new Map<Element, string>();
      const changed: Element[] = [];
      for (const element of document.querySelectorAll('body, body *')) {
        const style = getComputedStyle(element);
        const colourInputs = element.checkVisibility({ visibilityProperty: true })
          ? [style.color, style.backgroundColor, style.backgroundImage, style.opacity, style.fontSize, style.fontWeight, style.textShadow].join('|')
          : 'hidden';
        look.set(element, colourInputs);
        if (previous?.get(element) !== colourInputs) changed.push(element);
      }
      store[lookKey] = look;
      store[changedKey] = changed;
      return changed.length;
    },
    [CHANGED, LOOK] as const,
  );
}

/**
 * WCAG 2.2 A/AA violations on the page as it is now, one line each with up to three elements. A
 * page checked again (narrowed to a phone, switched to dark mode) keeps the script it was given:
 * reading it in again cost as much as a third of a run.
 */
export async function axeViolations(page: Page, { rules, except = [], onlyChangedElements = false }: AxeRun = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const runOnly = rules ? { type: 'rule', values: [...rules] } : { type: 'tag', values: WCAG_TAGS };
  const switchedOff = Object.fromEntries(except.map((rule) => [rule, { enabled: false }]));
  const results = await page.evaluate(
    ([only, off, changedKey]) => {
      const context = changedKey ? { include: (window as unknown as Record<string, Element[]>)[changedKey] } : document;
      return (window as unknown as { axe: { run: (context: object, options: object) => Promise<AxeResults> } }).axe.run(context, {
        runOnly: only,
        rules: off,
        resultTypes: ['violations'],
      });
    },
    [runOnly, switchedOff, onlyChangedElements ? CHANGED : ''] as const,
  );
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
}
