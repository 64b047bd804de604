import { defineMiddleware } from 'astro:middleware';
import { langOf } from './i18n/lang.ts';
import { pageLocals } from './lib/page-locals.ts';

/**
 * Sets a page's language, `t()`, formatters and URL builders once (src/lib/page-locals.ts), from the
 * locale Astro's i18n routing read from the URL. The one place the build's base path is read.
 */
export const onRequest = defineMiddleware((context, next) => {
  if (!context.site) throw new Error('Pages need absolute URLs: set `site` in astro.config.mjs (or SITE_URL).');
  Object.assign(context.locals, pageLocals(langOf(context.currentLocale), { base: import.meta.env.BASE_URL, site: context.site }));
  return next();
});
