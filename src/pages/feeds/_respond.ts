import { renderAtom } from '../../lib/feeds/atom.ts';
import { buildFeed, type FeedScope } from '../../lib/feeds/content-feeds.ts';
import { absoluteUrl } from '../../lib/routes.ts';
import { getSiteModel } from '../../lib/site-model.ts';

/**
 * Shared by the feed endpoints (the leading underscore keeps this file from becoming a route). The
 * git history comes with the site model, read once per build; feeds are Indonesian, like their text.
 */
export async function feedResponse(scope: FeedScope, site: URL | undefined): Promise<Response> {
  // Atom needs absolute links; astro.config.mjs always sets `site`, so this only guards a misconfiguration.
  if (!site) throw new Error('Atom feeds need `site` in astro.config.mjs for absolute links');
  const address = { base: import.meta.env.BASE_URL, site };
  const feed = buildFeed(scope, await getSiteModel(), (path) => absoluteUrl(path, 'id', address));
  return new Response(renderAtom(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
