/**
 * The portal's languages. Indonesian is the default and has no URL prefix; English pages live under
 * `/en/` with the same slugs. Content stays Indonesian in both.
 */
export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'id';

/** The language a page's language switch leads to. */
export const otherLanguage = (lang: Lang): Lang => (lang === 'id' ? 'en' : 'id');

/** `Astro.currentLocale` (or a route parameter) as a language; anything else is the default. */
export const langOf = (locale: string | undefined): Lang => (locale === 'en' ? 'en' : DEFAULT_LANG);

/** A text in both languages, for data that carries its own wording (schema field descriptions, data dictionary). */
export type Text = Readonly<Record<Lang, string>>;
