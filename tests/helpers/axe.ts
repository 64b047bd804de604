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
 * One run of axe: every WCAG A/AA rule, only `rules` or all but `except`, in the whole page, in
 * what the last look changed, or in one element of each look of text.
 */
export interface AxeRun {
  readonly rules?: readonly string[];
  readonly except?: readonly string[];
  /**
   * `changed`: only the elements the last `noteLookChanges` found changed; `one per look`: only
   * those `noteOneElementPerLook` kept (each with what it contains). The whole page when absent.
   */
  readonly elements?: 'changed' | 'one per look';
}

/** Where the elements a look changed are kept in the page between `noteLookChanges` and `axeViolations`. */
const CHANGED = '__elementsChangedByLook';
const LOOK = '__lastLook';
/** Where `noteOneElementPerLook` keeps its elements for `axeViolations`. */
const ONE_PER_LOOK = '__oneElementPerLook';

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
 * Keeps one element for each look of text on the page as it is now, for the colour rules: an
 * element with text of its own, its text colour, size, weight, shadow and decoration, the colour
 * of the text around it (what link-in-text-block compares), and the background colours and
 * opacities it sits on up to the first opaque one. Contrast gives every element of one look the
 * same answer, so one of each is enough; the national lists repeat one row's look hundreds of
 * times. A form field, an element on a background image, or one in or under an absolutely placed,
 * fixed or sticky element (which may lie over other content), is always kept. SVG text counts its
 * fill. Returns how many were kept.
 */
export async function noteOneElementPerLook(page: Page): Promise<number> {
  return page.evaluate((key) => {
    const opaque = (colour: string) => colour.startsWith('rgb(') || /[,/]\s*1\)$/.test(colour);
    const looks = new Set<string>();
    const kept: Element[] = [];
    for (const element of document.querySelectorAll('body *')) {
      const hasOwnText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
      // A form field's text is its value or placeholder, not a child: each field is kept.
      const isField = element.matches('input, select, textarea');
      if (!(hasOwnText || isField) || !element.checkVisibility({ visibilityProperty: true })) continue;
      const style = getComputedStyle(element);
      const look = [element.localName, style.color, style.fill, style.fontSize, style.fontWeight, style.textShadow, style.textDecorationLine, style.textDecorationStyle];
      look.push(element.parentElement ? getComputedStyle(element.parentElement).color : '');
      let alwaysKept = isField;
      for (let layer: Element | null = element; layer; layer = layer.parentElement) {
        const layerStyle = layer === element ? style : getComputedStyle(layer);
        if (['absolute', 'fixed', 'sticky'].includes(layerStyle.position) || layerStyle.backgroundImage !== 'none') alwaysKept = true;
        look.push(layerStyle.backgroundColor, layerStyle.opacity, layerStyle.filter, layerStyle.mixBlendMode);
        if (alwaysKept || opaque(layerStyle.backgroundColor)) break;
      }
      const summary = look.join('|');
      if (alwaysKept || !looks.has(summary)) kept.push(element);
      looks.add(summary);
    }
    (window as unknown as Record<string, Element[]>)[key] = kept;
    return kept.length;
  }, ONE_PER_LOOK);
}

/**
 * WCAG 2.2 A/AA violations on the page as it is now, one line each with up to three elements. A
 * page checked again (narrowed to a phone, switched to dark mode) keeps the script it was given:
 * reading it in again cost as much as a third of a run.
 */
export async function axeViolations(page: Page, { rules, except = [], elements }: AxeRun = {}): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const runOnly = rules ? { type: 'rule', values: [...rules] } : { type: 'tag', values: WCAG_TAGS };
  const switchedOff = Object.fromEntries(except.map((rule) => [rule, { enabled: false }]));
  const results = await page.evaluate(
    ([only, off, elementsKey]) => {
      const context = elementsKey ? { include: (window as unknown as Record<string, Element[]>)[elementsKey] } : document;
      return (window as unknown as { axe: { run: (context: object, options: object) => Promise<AxeResults> } }).axe.run(context, {
        runOnly: only,
        rules: off,
        resultTypes: ['violations'],
      });
    },
    [runOnly, switchedOff, elements === 'changed' ? CHANGED : elements === 'one per look' ? ONE_PER_LOOK : ''] as const,
  );
  return results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
}
