import type { NationalFile } from '../../lib/exports/national-files.ts';
import type { PageUrl } from '../../lib/exports/data-files.ts';
import type { PageLocals } from '../../lib/page-locals.ts';

/**
 * Absolute page addresses for the data files and the data page: the configured `site` plus the
 * base path (src/middleware.ts hands both to every route), so a city that hosts the portal
 * elsewhere gets its own URLs in the data. Data files are Indonesian-only, so their links lead to
 * the Indonesian pages. Shared by the endpoints beside this file and the data page (whose sizes
 * must be those of the files served); the leading underscore keeps it from becoming a route.
 */
export const pageUrlOf = (locals: PageLocals): PageUrl => (path) => locals.absoluteUrl(path, 'id');

/** A national download as its endpoint answers it. */
export const serve = (file: NationalFile): Response => new Response(file.body, { headers: { 'Content-Type': file.contentType } });
