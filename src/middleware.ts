import { defineMiddleware } from 'astro:middleware';
import { href } from './i18n/ui.ts';
import { GLOSSARY } from './lib/glossary.ts';
import { compileGlossary, markGlossaryTerms } from './lib/glossary-marker.ts';

/** Explains the first use of each glossary term on every HTML page, at build time. */
const glossary = compileGlossary(GLOSSARY);

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const lang = context.url.pathname.startsWith(`${import.meta.env.BASE_URL}en/`) ? 'en' : 'id';
  const html = markGlossaryTerms(await response.text(), glossary, {
    lang,
    glossaryHref: href('/glosarium/', lang),
    linkLabel: lang === 'id' ? 'Lihat glosarium' : 'See the glossary',
  });
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
