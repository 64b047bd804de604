import type { PageUrl } from '../../lib/exports/data-files.ts';
import { absoluteUrl } from '../../lib/routes.ts';

/**
 * Absolute page addresses for the data files and the data page: the configured `site` plus the
 * base path, so a city that hosts the portal elsewhere gets its own URLs in the data. Data files
 * are Indonesian-only, so their links lead to the Indonesian pages. Shared by the endpoints beside
 * this file; the leading underscore keeps it from becoming a route.
 */
export function pageUrlOf(site: URL | undefined): PageUrl {
  if (!site) throw new Error('The data files need absolute URLs: set `site` in astro.config.mjs (or SITE_URL).');
  const address = { base: import.meta.env.BASE_URL, site };
  return (path) => absoluteUrl(path, 'id', address);
}
