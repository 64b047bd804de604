import { renderAtom } from '../../lib/feeds/atom.ts';
import { buildFeed, type FeedScope } from '../../lib/feeds/content-feeds.ts';
import type { PageLocals } from '../../lib/page-locals.ts';
import { getSiteModel } from '../../lib/site-model.ts';

/**
 * Shared by the feed endpoints (the leading underscore keeps this file from becoming a route). The
 * git history comes with the site model, read once per build; feeds are Indonesian, like their text.
 */
export async function feedResponse(scope: FeedScope, locals: PageLocals): Promise<Response> {
  // Atom needs absolute links: the site's address and base path, set for every route by src/middleware.ts.
  const feed = buildFeed(scope, await getSiteModel(), (path) => locals.absoluteUrl(path, 'id'));
  return new Response(renderAtom(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
