import type { Lang } from '../i18n/lang.ts';

/**
 * Every address of the portal is built here and nowhere else (tests/routes.test.ts looks for path
 * literals in the rest of src/). Builders return language-neutral paths from the site root, such
 * as `/kota-bontang/peta-jalan/`; `localPath` adds the configured base path and the language
 * prefix, `absoluteUrl` the site's address. Model objects carry their own path (`region.path`,
 * `programme.path`), so pages link to what they are given. Ids never change with titles.
 *
 * URL words are Indonesian, the portal's language, for pages, feeds and data files alike
 * (CONTRIBUTING.md, "Names"); English pages add `/en` in front and keep the Indonesian words.
 */

export const homePath = (): string => '/';
export const regionPath = (region: string): string => `/${region}/`;
export const roadmapPath = (region: string): string => `/${region}/peta-jalan/`;
export const regionDimensionPath = (region: string, dimension: string): string => `/${region}/dimensi/${dimension}/`;
export const programmePath = (region: string, programmeId: string): string => `/${region}/program/${programmeId}/`;
export const dimensionsPath = (): string => '/dimensi/';
export const nationalDimensionPath = (dimension: string): string => `/dimensi/${dimension}/`;
/** One province's regions and their programmes of a dimension; `province` is the register's slug, e.g. `kalimantan-timur`. */
export const nationalDimensionProvincePath = (dimension: string, province: string): string => `/dimensi/${dimension}/${province}/`;

/** The national directory of all kabupaten/kota; its filter pages are `/daerah/<group>/<value>/`. */
export const directoryPath = (): string => '/daerah/';
export interface DirectoryFilterSegments {
  readonly group: 'provinsi' | 'kohort' | 'status';
  readonly value: string;
}
export const directoryFilterPath = ({ group, value }: DirectoryFilterSegments): string => `${directoryPath()}${group}/${value}/`;

export const searchPath = (): string => '/cari/';
export const comparePath = (): string => '/bandingkan/';
export const dataPagePath = (): string => '/data/';
export const glossaryPath = (): string => '/glosarium/';
/** A term's entry on the glossary page. */
export const glossaryTermPath = (term: string): string => `${glossaryPath()}#${term}`;
export const aboutPath = (): string => '/tentang/';
export const faviconPath = (): string => '/favicon.svg';

/** Atom feeds of content changes. */
export const allChangesFeedPath = (): string => '/feeds/semua.xml';
export const regionFeedPath = (region: string): string => `/feeds/daerah/${region}.xml`;
export const dimensionFeedPath = (dimension: string): string => `/feeds/dimensi/${dimension}.xml`;

/** Where the portal is served: Astro's `base` (e.g. `/portal/`) and `site`. */
export interface SiteAddress {
  readonly base: string;
  readonly site: URL;
}

/** A language-neutral path as served: `/en/kota-x/` under base `/` for English, `/portal/kota-x/` under `/portal/`. */
export function localPath(path: string, lang: Lang, base: string): string {
  const prefixed = lang === 'en' ? `/en${path}` : path;
  return `${base.replace(/\/$/, '')}${prefixed}`;
}

/** The full address of a path in a language, for permalinks, feeds, data files and `<link rel>`. */
export function absoluteUrl(path: string, lang: Lang, address: SiteAddress): string {
  return new URL(localPath(path, lang, address.base), address.site).href;
}

/** An id attribute from free text (province names have spaces): `Kalimantan Timur` → `kalimantan-timur`. */
export const anchorId = (text: string): string =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
