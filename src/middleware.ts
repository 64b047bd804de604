import { defineMiddleware } from 'astro:middleware';
import { langOf } from './i18n/lang.ts';
import { pageLocals } from './lib/page-locals.ts';
import { getSiteModel } from './lib/site-model.ts';

/**
 * Sets a page's language, `t()`, formatters, URL builders and the data version once
 * (src/lib/page-locals.ts), from the locale Astro's i18n routing read from the URL. The one place
 * the build's base path is read.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  if (!context.site) throw new Error('Pages need absolute URLs: set `site` in astro.config.mjs (or SITE_URL).');
  // The data version is the model's (read from git once per build); every page's footer names it.
  const { version } = await getSiteModel();
  Object.assign(context.locals, pageLocals(langOf(context.currentLocale), { base: import.meta.env.BASE_URL, site: context.site }, version));
  return next();
});
