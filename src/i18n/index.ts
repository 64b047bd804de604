import { en } from './en/index.ts';
import { id, type Dictionary } from './id/index.ts';
import type { Lang } from './lang.ts';
import { createTranslators, type MessageKey, type Translator } from './translate.ts';

/**
 * The interface text of the portal. Pages and components call `Astro.locals.t('area.key')` (set by
 * src/middleware.ts for the page's language); plain modules that write text for a language (data
 * exports, diagrams, search records) take a `Translate` made by `translator(lang)`.
 */

export type Translate = Translator<Dictionary>;
export type TextKey = MessageKey<Dictionary>;

const TRANSLATORS = createTranslators<Dictionary>({ id, en });

export const translator = (lang: Lang): Translate => TRANSLATORS[lang];

export { LANGS, DEFAULT_LANG, langOf, otherLanguage, type Lang, type Text } from './lang.ts';
