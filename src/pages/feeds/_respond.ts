import { href } from '../../i18n/ui.ts';
import { renderAtom } from '../../lib/feeds/atom.ts';
import { buildFeed, type FeedScope } from '../../lib/feeds/content-feeds.ts';
import { contentHistory } from '../../lib/history/git.ts';
import { getSiteModel } from '../../lib/site-model.ts';

/** Shared by the feed endpoints (the leading underscore keeps this file from becoming a route). */
export async function feedResponse(scope: FeedScope, site: URL | undefined): Promise<Response> {
  // Atom needs absolute links; astro.config.mjs always sets `site`, so this only guards a misconfiguration.
  if (!site) throw new Error('Atom feeds need `site` in astro.config.mjs for absolute links');
  const feed = buildFeed(scope, await contentHistory(), await getSiteModel(), (path) => new URL(href(path), site).href);
  return new Response(renderAtom(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
