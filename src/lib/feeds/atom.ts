import { escapeXml } from '../escape.ts';

/**
 * Atom 1.0 (RFC 4287) serialisation. Pure: the feed's facts come in, a complete XML document
 * comes out, so escaping and structure are tested without a build. Every text and attribute value
 * goes through `escapeXml`, which also drops what XML 1.0 cannot carry (a control character in a
 * commit subject would otherwise make the whole feed unreadable).
 */

export interface AtomLink {
  readonly href: string;
  readonly rel?: 'alternate' | 'self';
  readonly type?: string;
}

export interface AtomEntry {
  /** Permanent, unique IRI; here a `tag:` URI so it survives changes of the site address. */
  readonly id: string;
  readonly title: string;
  /** RFC 3339 date-time. */
  readonly updated: string;
  readonly link: string;
  /** HTML fragment (not yet escaped for XML) shown as the entry's body. */
  readonly contentHtml?: string;
}

export interface AtomFeed {
  readonly id: string;
  readonly title: string;
  readonly subtitle?: string;
  /** RFC 3339 date-time. */
  readonly updated: string;
  readonly links: readonly AtomLink[];
  /** Feed-level author, which Atom requires when entries have none of their own. */
  readonly author: string;
  readonly lang: string;
  readonly entries: readonly AtomEntry[];
}

const element = (name: string, text: string, indent: string): string => `${indent}<${name}>${escapeXml(text)}</${name}>`;

function link({ href, rel, type }: AtomLink, indent: string): string {
  const attributes = [rel && `rel="${escapeXml(rel)}"`, type && `type="${escapeXml(type)}"`, `href="${escapeXml(href)}"`].filter(Boolean).join(' ');
  return `${indent}<link ${attributes}/>`;
}

function entry(item: AtomEntry): string {
  return [
    '  <entry>',
    element('id', item.id, '    '),
    `    <title type="text">${escapeXml(item.title)}</title>`,
    element('updated', item.updated, '    '),
    link({ href: item.link, rel: 'alternate', type: 'text/html' }, '    '),
    ...(item.contentHtml === undefined ? [] : [`    <content type="html">${escapeXml(item.contentHtml)}</content>`]),
    '  </entry>',
  ].join('\n');
}

/** The feed as a UTF-8 XML document. */
export function renderAtom(feed: AtomFeed): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.lang)}">`,
    element('id', feed.id, '  '),
    `  <title type="text">${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle === undefined ? [] : [`  <subtitle type="text">${escapeXml(feed.subtitle)}</subtitle>`]),
    element('updated', feed.updated, '  '),
    ...feed.links.map((item) => link(item, '  ')),
    `  <author>\n${element('name', feed.author, '    ')}\n  </author>`,
    ...feed.entries.map(entry),
    '</feed>',
    '',
  ].join('\n');
}
