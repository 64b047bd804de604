import { defineMiddleware } from 'astro:middleware';
import { href } from './i18n/ui.ts';
import { GLOSSARY } from './lib/glossary.ts';
import { renderAuthoredDiagrams } from './lib/diagrams/authored.ts';
import { markExternalLinks } from './lib/external-links.ts';
import { compileGlossary, markGlossaryTerms } from './lib/glossary-marker.ts';
import { completeStylePolicy } from './lib/security.ts';

/**
 * Finishing touches on every rendered HTML page, at build time: the first use of each glossary term
 * is explained in place, Mermaid blocks written by authors become diagrams, and the page's CSP
 * learns the hashes of its inline SVG styles; links to other hosts get rel="noopener noreferrer".
 */
const glossary = compileGlossary(GLOSSARY);

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.includes('text/html')) return response;
  const lang = context.url.pathname.startsWith(`${import.meta.env.BASE_URL}en/`) ? 'en' : 'id';
  const withDiagrams = await renderAuthoredDiagrams(await response.text(), lang);
  const marked = markGlossaryTerms(withDiagrams, glossary, {
    lang,
    glossaryHref: href('/glosarium/', lang),
    linkLabel: lang === 'id' ? 'Lihat glosarium' : 'See the glossary',
  });
  const html = completeStylePolicy(markExternalLinks(marked, context.site?.host ?? ''));
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
