import type { Lang } from '../../i18n/lang.ts';

/** Wording shared by several diagrams; labels come from the dictionaries (src/i18n/). */

/** Marks quick wins in every diagram, so the colour is never the only signal. */
export const QUICK_WIN_MARK = '★ ';

/** The name of a dimension or element in the page's language. */
export function nameIn(named: { readonly nameId: string; readonly nameEn: string }, lang: Lang): string {
  return lang === 'id' ? named.nameId : named.nameEn;
}
