/**
 * Paths of the Atom feeds, beside the page paths of `../paths.ts` and in the same style: endpoints,
 * `<link rel="alternate">` tags and tests all take them from here.
 */

export const allChangesFeedPath = (): string => '/feeds/semua.xml';
export const regionFeedPath = (region: string): string => `/feeds/daerah/${region}.xml`;
export const dimensionFeedPath = (dimension: string): string => `/feeds/dimensi/${dimension}.xml`;
