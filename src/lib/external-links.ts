/**
 * Links that leave the portal carry `rel="noopener noreferrer"`: the other site gets no handle on
 * the portal's window and no referrer. Content bodies get it from
 * src/lib/render/external-links-plugin.ts; components that print an address from frontmatter
 * write it themselves.
 */
const OUTSIDE_LINK_REL = ['noopener', 'noreferrer'] as const;

/** Stands in for the page a link sits on; only ever compared, never fetched. */
const PAGE = new URL('https://portal.invalid/halaman/');

/**
 * Whether following `href` leaves the portal for a web address elsewhere. The address is read
 * the way a browser reads it (`//host`, `HTTPS://`, stray tabs), so no spelling slips through.
 * An absolute address of the portal's own host counts too: the rel costs such a link nothing,
 * and a body then renders the same whatever address a city serves the portal from.
 */
export function leavesPortal(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href, PAGE);
  } catch {
    return false;
  }
  return (url.protocol === 'https:' || url.protocol === 'http:') && url.host !== PAGE.host;
}

/** The link's `rel` tokens plus whichever of `noopener noreferrer` it lacks; undefined when it lacks none. */
export function withOutsideRel(rel: readonly string[]): string[] | undefined {
  const missing = OUTSIDE_LINK_REL.filter((token) => !rel.some((existing) => existing.toLowerCase() === token));
  return missing.length === 0 ? undefined : [...rel, ...missing];
}
