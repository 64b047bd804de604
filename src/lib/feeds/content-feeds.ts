import { translator } from '../../i18n/index.ts';
import { CONTENT_DIR, locateEntry, type EntryKind } from '../content/layout.ts';
import type { SmartDimension } from '../dimensions.ts';
import { escapeHtmlAttribute, escapeHtmlText } from '../escape.ts';
import { describeContentChange } from '../history/describe.ts';
import type { FileChange, LoggedCommit } from '../history/log.ts';
import type { RegionModel, SiteModel } from '../model.ts';
import { allChangesFeedPath, dimensionFeedPath, homePath, nationalDimensionPath, regionDimensionPath, regionFeedPath } from '../routes.ts';
import type { AtomEntry, AtomFeed } from './atom.ts';

/**
 * The portal's change feeds: what changed in the data of which pages, for all content, one region
 * or one dimension, in the same words as the pages' change history (src/lib/history/describe.ts);
 * commit messages, ids and file names are developers' business and stay out. Dates come from git
 * only (the model's content history), never from the build clock, so building the same commit
 * twice gives the same bytes.
 */

export type FeedScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'region'; readonly region: RegionModel }
  | { readonly kind: 'dimension'; readonly dimension: SmartDimension };

/** Feed readers show recent changes; older ones stay in git and on the pages' change lists. */
const MAX_ENTRIES = 100;

/**
 * Atom requires an `updated` date. Without any git history there is no honest date, and the
 * build time is ruled out, so the feed carries the one date that is clearly "unknown".
 */
const UNKNOWN_DATE = '1970-01-01T00:00:00Z';

const collator = new Intl.Collator('id');

/** Feeds are Indonesian files, like the content they describe. */
const FEED_LANG = 'id';

/** An entry's title names this many pages, then "dan N lainnya". */
const TITLES_SHOWN = 3;

/** A page whose content comes from one content file. */
interface ContentPage {
  readonly kind: EntryKind;
  /** Language-neutral path (src/lib/routes.ts). */
  readonly path: string;
  readonly title: string;
  readonly region: string;
  readonly dimension: string | undefined;
  /** From a fictional showcase region: only that region's own feed lists it. */
  readonly fictional: boolean;
}

const fictionalMark = (region: RegionModel): string => (region.data.fictional ? ' (fiktif)' : '');

/** Built once per model: every region's feed looks its files up here (514 feeds at national scale). */
const pagesByModel = new WeakMap<SiteModel, ReadonlyMap<string, ContentPage>>();

/** Content file → the page built from it, for every file in the model. */
function pagesOfModel(model: SiteModel): ReadonlyMap<string, ContentPage> {
  const known = pagesByModel.get(model);
  if (known) return known;
  const pages = new Map<string, ContentPage>();
  pagesByModel.set(model, pages);
  for (const region of model.regions) {
    const mark = fictionalMark(region);
    const { fictional } = region.data;
    pages.set(region.file, { kind: 'region', path: region.path, title: `${region.data.name}${mark}`, region: region.slug, dimension: undefined, fictional });
    for (const { dimension, page } of region.dimensions) {
      if (!page) continue;
      pages.set(page.file, {
        kind: 'dimensionPage',
        path: regionDimensionPath(region.slug, dimension.id),
        title: `${region.data.name}${mark}: dimensi ${dimension.nameId}`,
        region: region.slug,
        dimension: dimension.id,
        fictional,
      });
    }
    for (const programme of region.programmes) {
      pages.set(programme.file, {
        kind: 'programme',
        path: programme.path,
        title: `${programme.data.name} (${region.data.name}${mark})`,
        region: region.slug,
        dimension: programme.dimension.id,
        fictional,
      });
    }
  }
  return pages;
}

/**
 * A file git knows but the model does not: deleted since, or left out by a `REGION=` preview.
 * Its change still matters (a programme was removed), so it links to its region when that exists,
 * and is named by the name its last version gave, else by its region and id. Files outside the content layout
 * (notes, images) have no page and are left out.
 */
function pageOfMissingFile(file: string, changes: readonly FileChange[], model: SiteModel): ContentPage | undefined {
  const location = file.startsWith(`${CONTENT_DIR}/`) ? locateEntry(file.slice(CONTENT_DIR.length + 1)) : undefined;
  if (!location) return undefined;
  const region = model.regionBySlug(location.region);
  const id = location.kind === 'region' ? location.region : `${location.region}: ${location.name}`;
  const name = changes.flatMap((change) => (change.content.kind === 'deleted' && change.content.name ? [change.content.name] : []))[0] ?? id;
  return {
    kind: location.kind,
    path: region ? region.path : homePath(),
    title: `${name} (tidak ada lagi di portal)`,
    region: location.region,
    dimension: undefined,
    fictional: region?.data.fictional ?? false,
  };
}

/** The national feeds (all changes, one dimension) leave the fictional showcase out, like every national figure. */
function inScope(page: ContentPage, scope: FeedScope): boolean {
  switch (scope.kind) {
    case 'all':
      return !page.fictional;
    case 'region':
      return page.region === scope.region.slug;
    case 'dimension':
      return !page.fictional && page.dimension === scope.dimension.id;
  }
}

export interface ScopeFacts {
  /** Distinguishes this feed's entries from other feeds' entries for the same commit. */
  readonly key: string;
  readonly title: string;
  readonly subtitle: string;
  readonly feedPath: string;
  /** The feed's page, linked from the feed itself and from entries spanning several regions. */
  readonly pagePath: string;
}

/** A feed's name, address and page: for the feed itself and for the `<link rel="alternate">` of pages that advertise it. */
export function feedFacts(scope: FeedScope): ScopeFacts {
  switch (scope.kind) {
    case 'all':
      return {
        key: 'semua',
        title: 'Masterplan Terbuka: semua perubahan',
        subtitle: 'Setiap perubahan data masterplan di semua daerah nyata, dari riwayat git.',
        feedPath: allChangesFeedPath(),
        pagePath: homePath(),
      };
    case 'region':
      return {
        key: `daerah/${scope.region.slug}`,
        title: `Masterplan Terbuka: ${scope.region.data.name}${fictionalMark(scope.region)}`,
        subtitle: `Perubahan data masterplan ${scope.region.data.name}, dari riwayat git.`,
        feedPath: regionFeedPath(scope.region.slug),
        pagePath: scope.region.path,
      };
    case 'dimension':
      return {
        key: `dimensi/${scope.dimension.id}`,
        title: `Masterplan Terbuka: dimensi ${scope.dimension.nameId}`,
        subtitle: `Perubahan program dan halaman dimensi ${scope.dimension.nameId} di semua daerah nyata, dari riwayat git.`,
        feedPath: dimensionFeedPath(scope.dimension.id),
        pagePath: nationalDimensionPath(scope.dimension.id),
      };
  }
}

/**
 * Where an entry links: the one page that changed, else the narrowest page covering all of them
 * (the region, or the region's dimension page in a dimension feed), else the feed's own page.
 */
function linkOf(pages: readonly ContentPage[], scope: FeedScope, facts: ScopeFacts, model: SiteModel): string {
  const [first] = pages;
  if (first && pages.length === 1) return first.path;
  const regions = new Set(pages.map((page) => page.region));
  const region = regions.size === 1 && first ? model.regionBySlug(first.region) : undefined;
  if (!region) return facts.pagePath;
  return scope.kind === 'dimension' ? regionDimensionPath(region.slug, scope.dimension.id) : region.path;
}

/** What changed on one page in one commit, in the feed's words. */
interface PageChange {
  readonly page: ContentPage;
  readonly lines: readonly string[];
}

function entryTitle(changes: readonly PageChange[]): string {
  const [first] = changes;
  if (first && changes.length === 1) return `${first.page.title}: ${first.lines.join('; ')}`;
  const shown = changes.slice(0, TITLES_SHOWN).map((change) => change.page.title);
  const more = changes.length - shown.length;
  return `Perubahan data: ${[...shown, ...(more > 0 ? [translator(FEED_LANG)('layout.changeHistory.moreItems', more)] : [])].join(', ')}`;
}

function entryOf(commit: LoggedCommit, link: string, changes: readonly PageChange[], facts: ScopeFacts, tagAuthority: string, absoluteUrl: (path: string) => string): AtomEntry {
  const list = changes
    .map(({ page, lines }) => {
      const items = lines.map((line) => `<li>${escapeHtmlText(line)}</li>`).join('');
      return `<li><a href="${escapeHtmlAttribute(absoluteUrl(page.path))}">${escapeHtmlText(page.title)}</a><ul>${items}</ul></li>`;
    })
    .join('');
  return {
    // RFC 4151 asks for a day on which the host name was ours; the day of the commit is one.
    id: `tag:${tagAuthority},${commit.day}:${facts.key}/${commit.hash}`,
    title: entryTitle(changes),
    updated: commit.date,
    link: absoluteUrl(link),
    contentHtml: `<ul>${list}</ul>`,
  };
}

/**
 * The Atom feed of a scope: one entry per commit of the model's content history that changed the
 * data of a page in it, newest first; a commit that changed nothing a reader sees (a file moved)
 * has none. `absoluteUrl` turns a language-neutral path into the page's absolute URL
 * (site + base path).
 */
export function buildFeed(scope: FeedScope, model: SiteModel, absoluteUrl: (path: string) => string): AtomFeed {
  const { history } = model;
  const facts = feedFacts(scope);
  const modelPages = pagesOfModel(model);
  const pagesByCommit = new Map<string, Map<string, PageChange>>();
  for (const [file, changes] of history.byFile) {
    const page = modelPages.get(file) ?? pageOfMissingFile(file, changes, model);
    if (!page || !inScope(page, scope)) continue;
    for (const change of changes) {
      if (change.boundary) continue;
      const lines = describeContentChange(page.kind, change.content, FEED_LANG);
      if (lines.length === 0) continue;
      const pages = pagesByCommit.get(change.commit.hash) ?? new Map<string, PageChange>();
      const key = `${page.path} ${page.title}`;
      pages.set(key, { page, lines: [...(pages.get(key)?.lines ?? []), ...lines] });
      pagesByCommit.set(change.commit.hash, pages);
    }
  }
  const tagAuthority = new URL(absoluteUrl(homePath())).hostname;
  const entries = history.commits
    .flatMap((commit) => {
      const pages = pagesByCommit.get(commit.hash);
      if (!pages) return [];
      const sorted = [...pages.values()].sort((a, b) => collator.compare(a.page.title, b.page.title) || collator.compare(a.page.path, b.page.path));
      return [entryOf(commit, linkOf(sorted.map((change) => change.page), scope, facts, model), sorted, facts, tagAuthority, absoluteUrl)];
    })
    .slice(0, MAX_ENTRIES);
  const feedUrl = absoluteUrl(facts.feedPath);
  return {
    // The feed's own address identifies it: stable, and unique to this portal.
    id: feedUrl,
    title: facts.title,
    subtitle: facts.subtitle,
    updated: entries[0]?.updated ?? history.commits[0]?.date ?? UNKNOWN_DATE,
    links: [
      { rel: 'self', type: 'application/atom+xml', href: feedUrl },
      { rel: 'alternate', type: 'text/html', href: absoluteUrl(facts.pagePath) },
    ],
    author: 'Masterplan Terbuka',
    lang: 'id',
    entries,
  };
}
