/**
 * Links to other hosts get `rel="noopener noreferrer"`: the other site gets no handle on the
 * portal's window and no referrer. Applied to finished pages, so links in content are covered too.
 */
const REQUIRED = ['noopener', 'noreferrer'];

export function markExternalLinks(html: string, siteHost: string): string {
  return html.replace(/<a\b[^>]*>/g, (tag) => {
    const href = /\shref="(https?:\/\/[^"]*)"/i.exec(tag)?.[1];
    if (!href) return tag;
    let host: string;
    try {
      host = new URL(href.replace(/&amp;/g, '&')).host;
    } catch {
      return tag;
    }
    if (host === siteHost) return tag;
    const rel = /\srel="([^"]*)"/i.exec(tag);
    if (!rel) return tag.replace(/^<a\b/, '<a rel="noopener noreferrer"');
    const tokens = rel[1]!.split(/\s+/).filter(Boolean);
    const missing = REQUIRED.filter((token) => !tokens.includes(token));
    return missing.length === 0 ? tag : tag.replace(rel[0], ` rel="${[...tokens, ...missing].join(' ')}"`);
  });
}
