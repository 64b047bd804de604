import { href } from '../../i18n/ui.ts';
import type { PageUrl } from '../../lib/exports/data-files.ts';

/**
 * Absolute page addresses for the data files and the data page: the configured `site` plus the
 * base path (via `href`), so a city that hosts the portal elsewhere gets its own URLs in the data.
 * Shared by the endpoints beside this file; the leading underscore keeps it from becoming a route.
 */
export function pageUrlOf(site: URL | undefined): PageUrl {
  if (!site) throw new Error('The data files need absolute URLs: set `site` in astro.config.mjs (or SITE_URL).');
  return (path) => new URL(href(path), site).href;
}
