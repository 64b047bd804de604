import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { siteDataKey, type KeyedFile } from './build/data-key.ts';
import { pathsOfShard } from './build/shards.ts';
import type { Entry } from './content/entries.ts';
import { crossCheck } from './content/cross-check.ts';
import { CONTENT_DIR, DATA_DIR, contentDirectory, locateEntry } from './content/layout.ts';
import { todayInJakarta } from './dates.ts';
import { formatProblem } from './content/problem.ts';
import { diagramsDrawn } from './diagrams/render.ts';
import { contentHistory } from './history/git.ts';
import { loadCohorts } from './cohorts.ts';
import { buildModel, type SiteModel } from './model.ts';
import { loadRegister } from './register/register.ts';
import { allowPortalStyles, bodyStyleHashes, type PortalStyles } from './security.ts';

/**
 * The model for pages, built once per build from Astro's collections. Pages call `getSiteModel()`
 * and never query collections themselves; `renderBody` renders an entry's Markdown/MDX body.
 *
 * `REGION=<slug>` limits the build to one region, for a quick preview while authoring.
 */

type CollectionName = 'regions' | 'dimensionPages' | 'programmes';

function toEntry<T extends CollectionEntry<CollectionName>>(entry: T): Entry<T['data']> {
  const relative = entry.filePath && path.relative(contentDirectory(), path.resolve(entry.filePath)).split(path.sep).join('/');
  const location = relative ? locateEntry(relative) : undefined;
  if (!location) throw new Error(`Content entry ${entry.id} is outside the content layout (${entry.filePath ?? 'no file'})`);
  return { ...location, file: `${CONTENT_DIR}/${relative}`, data: entry.data };
}

async function entriesOf<C extends CollectionName>(name: C, onlyRegion: string | undefined): Promise<Entry<CollectionEntry<C>['data']>[]> {
  const entries = (await getCollection(name)).map(toEntry);
  return onlyRegion ? entries.filter((entry) => entry.region === onlyRegion) : entries;
}

let model: Promise<SiteModel> | undefined;

export function getSiteModel(): Promise<SiteModel> {
  model ??= (async () => {
    const onlyRegion = process.env.REGION || undefined;
    const content = {
      regions: await entriesOf('regions', onlyRegion),
      dimensionPages: await entriesOf('dimensionPages', onlyRegion),
      programmes: await entriesOf('programmes', onlyRegion),
    };
    const cohorts = loadCohorts();
    const problems = [...cohorts.problems, ...crossCheck(content, todayInJakarta())];
    if (problems.length > 0) throw new Error(`Content failed the cross-checks:\n${problems.map(formatProblem).join('\n')}`);
    const built = buildModel(content, { register: loadRegister(), cohorts, history: await contentHistory() });
    if (!onlyRegion) return built;
    // A preview of one region: its page, whether it has a content folder or only cohort claims.
    const participants = built.participants.filter((participant) => participant.slug === onlyRegion);
    if (content.regions.length === 0 && participants.length === 0) throw new Error(`REGION=${onlyRegion}: no such region in ${CONTENT_DIR}/ or data/kohort.yaml`);
    return { ...built, participants };
  })();
  return model;
}

/**
 * The paths of a page route that this build generates (its shard's share, src/lib/build/shards.ts),
 * each with the site's data key (src/lib/build/data-key.ts) as its `cacheKey`: Astro's incremental
 * build then copies a page from the last build instead of rendering it again when neither the data
 * nor the code changed. Without a key every page is rendered.
 */
export async function pagePaths<T extends object>(paths: readonly T[]): Promise<(T & { cacheKey?: string })[]> {
  const cacheKey = await dataKeyOfBuild();
  return pathsOfShard(paths).map((entry) => (cacheKey === undefined ? entry : { ...entry, cacheKey }));
}

let dataKey: Promise<string | undefined> | undefined;

/** The site's data key (src/lib/build/data-key.ts) of this build, worked out once. */
function dataKeyOfBuild(): Promise<string | undefined> {
  dataKey ??= (async () => {
    const collections = ['regions', 'dimensionPages', 'programmes'] as const;
    const entries = (await Promise.all(collections.map(async (collection) => (await getCollection(collection)).map(({ id, digest }) => ({ collection, id, digest }))))).flat();
    const [dataFiles, sourceFiles] = await Promise.all([filesUnder(DATA_DIR), filesUnder('src')]);
    const config = { path: 'astro.config.mjs', bytes: await readFile(path.resolve(process.cwd(), 'astro.config.mjs')) };
    return siteDataKey({
      entries,
      dataFiles,
      codeFiles: [...sourceFiles, config],
      history: await contentHistory(),
      previewedRegion: process.env.REGION || undefined,
      diagramsDrawn: diagramsDrawn(),
    });
  })();
  return dataKey;
}

/** Every file under a folder of the project, by its path in the project, with its bytes. */
async function filesUnder(folder: string): Promise<KeyedFile[]> {
  const root = process.cwd();
  const entries = (await readdir(path.resolve(root, folder), { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  return Promise.all(
    entries.map(async (entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return { path: path.relative(root, file).split(path.sep).join('/'), bytes: await readFile(file) };
    }),
  );
}

/**
 * Renders an entry's body and allows, in the page's Content-Security-Policy, the styles of the
 * diagrams the build drew into it (recorded by src/lib/render/mermaid-plugin.ts).
 */
export async function renderBody(collection: CollectionName, entryId: string, page: PortalStyles) {
  const entry = await getEntry(collection, entryId);
  if (!entry) throw new Error(`No ${collection} entry ${entryId}`);
  const { Content, remarkPluginFrontmatter } = await render(entry);
  allowPortalStyles(page, bodyStyleHashes(remarkPluginFrontmatter));
  return Content;
}
