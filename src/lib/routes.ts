import { LANGS, type Lang } from '../i18n/lang.ts';
import type { DemoDataset } from './exports/data-files.ts';
import type { DatasetSchemaName, SchemaName } from './exports/json-schema.ts';

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
/**
 * The id of a region's programmes on a province page of a dimension, and of the region's entry on
 * the dimension's overview: the old single national page had them under this id, so old links to
 * `/dimensi/<dimension>/#daerah-<slug>` still land on the region.
 */
export const nationalDimensionRegionAnchor = (region: string): string => `daerah-${region}`;
/** A region's programmes of a dimension on its province's page. */
export const nationalDimensionRegionPath = (dimension: string, province: string, region: string): string =>
  `${nationalDimensionProvincePath(dimension, province)}#${nationalDimensionRegionAnchor(region)}`;

/** The national directory of all kabupaten/kota; its filter pages are `/daerah/<group>/<value>/`. */
export const directoryPath = (): string => '/daerah/';
export interface DirectoryFilterSegments {
  readonly group: 'provinsi' | 'kohort' | 'status';
  readonly value: string;
}
export const directoryFilterPath = ({ group, value }: DirectoryFilterSegments): string => `${directoryPath()}${group}/${value}/`;
/** The id of a province's regions on a directory page, by the register's slug. */
export const directoryProvinceAnchor = (province: string): string => `provinsi-${province}`;
/** The id of a province's regions on the home page, by the province's name (fictional provinces are in no register). */
export const homeProvinceAnchor = (province: string): string => `prov-${anchorId(province)}`;

/**
 * The search page; with `filters` (the search page's filter keys and values, src/lib/search-record.ts)
 * it opens with those filters ticked and their results listed, e.g. `/cari/?daerah=Kota+Madiun&status=running`.
 */
export const searchPath = (filters: Readonly<Record<string, readonly string[]>> = {}): string => {
  const query = new URLSearchParams(Object.entries(filters).flatMap(([key, values]) => values.map((value) => [key, value]))).toString();
  return query ? `/cari/?${query}` : '/cari/';
};
/** The search index Pagefind writes into the built site (one, in Indonesian, for both languages), and the script that reads it. */
export const searchIndexPath = (): string => '/pagefind/';
export const searchIndexScriptPath = (): string => `${searchIndexPath()}pagefind.js`;
/** The words of the indexed pages, for the search page's "did you mean" (src/integrations/search-index.ts writes it beside the index). */
export const searchVocabularyPath = (): string => `${searchIndexPath()}kosakata.json`;
export const comparePath = (): string => '/bandingkan/';
export const dataPagePath = (): string => '/data/';
/** A data version's entry on the data page (`versi-e62222e`): the permalink a citation of that version gives. */
export const dataVersionAnchor = (shortHash: string): string => `versi-${shortHash}`;
export const dataVersionPath = (shortHash: string): string => `${dataPagePath()}#${dataVersionAnchor(shortHash)}`;
/**
 * The open-data downloads, under the data page. They have no English twin: their content is the
 * same in both languages. File names are the Indonesian words of what they hold, like the national
 * lists they come from (data/wilayah/, data/kohort.yaml): `program.csv`, `wilayah.json`.
 */
export type DataFormat = 'csv' | 'json';
/** The national files: every real region's programmes and evaluations, the register of regions and the cohort claims. */
export type NationalDataFile = 'program' | 'evaluasi' | 'wilayah' | 'kohort';
/** A national file's name as readers see it in texts about it: `wilayah.csv`. */
export const dataFileName = (file: NationalDataFile, format: DataFormat): string => `${file}.${format}`;
export const dataFilePath = (file: NationalDataFile, format: DataFormat): string => `${dataPagePath()}${dataFileName(file, format)}`;
/** The fictional showcase regions' programmes and evaluations, in files of their own (see `DEMO_DATASETS`). */
export const demoDataFolder = (): string => `${dataPagePath()}demo/`;
export const demoDataPath = (dataset: DemoDataset, format: DataFormat): string => `${demoDataFolder()}${dataset}.${format}`;
const regionDataFolder = (): string => `${dataPagePath()}daerah/`;
/** One region's whole masterplan as JSON: `/data/daerah/<region>.json`, like its feed `/feeds/daerah/<region>.xml`. */
export const regionDataPath = (region: string): string => `${regionDataFolder()}${region}.json`;
const SCHEMA_FILE_NAMES = {
  region: 'daerah',
  'dimension-page': 'dimensi',
  programme: 'program',
  register: 'wilayah',
  cohorts: 'kohort',
} as const satisfies Record<SchemaName | DatasetSchemaName, string>;
/** The `[schema]` parameter of the schema endpoint: what the schema describes, in Indonesian. */
export const schemaFileName = (name: SchemaName | DatasetSchemaName): string => SCHEMA_FILE_NAMES[name];
/** A published JSON Schema, named like the files it describes: `/data/skema/program.schema.json`. */
export const schemaPath = (name: SchemaName | DatasetSchemaName): string => `${dataPagePath()}skema/${schemaFileName(name)}.schema.json`;
export const glossaryPath = (): string => '/glosarium/';
/** A term's entry on the glossary page. */
export const glossaryTermPath = (term: string): string => `${glossaryPath()}#${term}`;
export const aboutPath = (): string => '/tentang/';
/** How to report a mistake or contribute a source: a section of the about page. */
export const contributePath = (): string => `${aboutPath()}#kontribusi`;
export const faviconPath = (): string => '/favicon.svg';
/** The page a static host serves for an unknown address (Astro writes it as 404.html). */
export const notFoundPath = (): string => '/404/';
/** An image an editor put in `public/gambar/<region>/` (`region` empty for shared images). */
export const contentImagePath = (region: string, name: string): string => `/gambar/${region ? `${region}/` : ''}${name}`;
/** Scripts and styles the build writes under content-hashed names, for header rules such as caching. */
export const BUILT_ASSETS_PATTERN = '/_astro/*';
/** Every address of the site, for header rules that apply to all pages. */
export const ALL_PATHS_PATTERN = '/*';

/** Atom feeds of content changes. */
export const allChangesFeedPath = (): string => '/feeds/semua.xml';
export const regionFeedPath = (region: string): string => `/feeds/daerah/${region}.xml`;
export const dimensionFeedPath = (dimension: string): string => `/feeds/dimensi/${dimension}.xml`;

/**
 * Every page exists in both languages; route files multiply their paths by this. The `lang` route
 * parameter is the URL prefix (none for Indonesian); the page reads its language from
 * `Astro.locals.lang`, which Astro's i18n routing derives from the same URL.
 */
export function inBothLanguages<P extends Record<string, string | undefined>, T>(paths: readonly { params: P; props: T }[]) {
  return LANGS.flatMap((lang) => paths.map(({ params, props }) => ({ params: { ...params, lang: lang === 'id' ? undefined : lang }, props })));
}

/**
 * Published addresses that have moved, old → new, so that links, bookmarks and scripts that fetch
 * the data keep working: the data files were renamed from English to Indonesian words like every
 * other address. The build writes this table as `_redirects` (301) for hosts that read one
 * (src/integrations/security-headers.ts); docs/hosting.md turns it into nginx or Apache rules.
 * A `from` ending in `/*` moves everything below it to the `to` folder, keeping the rest of the path.
 * Old addresses are listed here and nowhere else; never reuse one for something new.
 */
export interface MovedPath {
  readonly from: string;
  readonly to: string;
}
export const MOVED_PATHS: readonly MovedPath[] = [
  { from: '/data/programmes.csv', to: dataFilePath('program', 'csv') },
  { from: '/data/programmes.json', to: dataFilePath('program', 'json') },
  { from: '/data/evaluations.csv', to: dataFilePath('evaluasi', 'csv') },
  { from: '/data/evaluations.json', to: dataFilePath('evaluasi', 'json') },
  { from: '/data/register.csv', to: dataFilePath('wilayah', 'csv') },
  { from: '/data/register.json', to: dataFilePath('wilayah', 'json') },
  { from: '/data/cohorts.csv', to: dataFilePath('kohort', 'csv') },
  { from: '/data/cohorts.json', to: dataFilePath('kohort', 'json') },
  { from: '/data/demo/programmes.csv', to: demoDataPath('program', 'csv') },
  { from: '/data/demo/programmes.json', to: demoDataPath('program', 'json') },
  { from: '/data/demo/evaluations.csv', to: demoDataPath('evaluasi', 'csv') },
  { from: '/data/demo/evaluations.json', to: demoDataPath('evaluasi', 'json') },
  { from: '/data/schemas/region.schema.json', to: schemaPath('region') },
  { from: '/data/schemas/dimension-page.schema.json', to: schemaPath('dimension-page') },
  { from: '/data/schemas/programme.schema.json', to: schemaPath('programme') },
  { from: '/data/schemas/register.schema.json', to: schemaPath('register') },
  { from: '/data/schemas/cohorts.schema.json', to: schemaPath('cohorts') },
  { from: '/data/regions/*', to: `${regionDataFolder()}*` },
];

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
