import path from 'node:path';
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import type { Entry } from './content/entries.ts';
import { crossCheck } from './content/cross-check.ts';
import { CONTENT_DIR, contentDirectory, locateEntry } from './content/layout.ts';
import { todayInJakarta } from './dates.ts';
import { formatProblem } from './content/problem.ts';
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

/** Renders the body of a content entry (by its model `entryId`) to an Astro component. */
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
