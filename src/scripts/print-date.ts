import { formatDate } from '../i18n/format.ts';
import { langOf } from '../i18n/lang.ts';
import { localDay } from '../lib/dates.ts';

/**
 * The date in the line on every printed page (Base.astro). The built page cannot know
 * when it will be printed, so it carries the date of its data, labelled as such; just before the
 * browser prints, this puts the reader's own day in its place. `data-printed-on` holds the
 * wording with DATE_SLOT where the date goes.
 */
export const DATE_SLOT = '{date}';

export function fillPrintDateOnPrint(root: ParentNode): void {
  for (const date of root.querySelectorAll<HTMLElement>('[data-print-date]')) {
    const wording = date.dataset.printedOn;
    if (!wording) continue;
    addEventListener('beforeprint', () => {
      date.textContent = wording.replace(DATE_SLOT, formatDate(localDay(new Date()), langOf(date.dataset.lang)));
    });
  }
}
