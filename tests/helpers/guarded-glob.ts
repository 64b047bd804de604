import { pathToFileURL } from 'node:url';
import { glob, type LoaderContext } from 'astro/loaders';
import { guardContentLoader } from '../../src/lib/content/files.ts';
import { contentDirectory } from '../../src/lib/content/layout.ts';
import { withFixtureRoot, type Fixture } from './content-fixture.ts';

/**
 * A loader context with what Astro's glob() uses (its data store, config paths, entry types);
 * the rest of Astro's context is not needed to read files.
 */
function globContext(root: string, entryInfoTexts: string[]): LoaderContext {
  const rootUrl = pathToFileURL(`${root}/`);
  const stored = new Map<string, { id: string }>();
  const context = {
    collection: 'programmes',
    config: { root: rootUrl, srcDir: new URL('src/', rootUrl), publicDir: new URL('public/', rootUrl) },
    logger: { warn: () => undefined, info: () => undefined, error: (message: string) => entryInfoTexts.push(`logged: ${message}`) },
    parseData: async ({ data }: { data: unknown }) => data,
    generateDigest: (data: unknown) => JSON.stringify(data),
    store: {
      keys: () => stored.keys(),
      get: (id: string) => stored.get(id),
      set: (entry: { id: string }) => Boolean(stored.set(entry.id, entry)),
      delete: (id: string) => stored.delete(id),
    },
    entryTypes: new Map([['.md', { getEntryInfo: ({ contents }: { contents: string }) => (entryInfoTexts.push(contents), { data: {}, body: contents }) }]]),
  };
  return context as unknown as LoaderContext;
}

/** Astro's glob() as src/content.config.ts sets it up, guarded, loading one collection (by default the programmes) of a fixture root. */
export async function loadWithGlob(fixture: Fixture, pattern = '*/program/*.{md,mdx}'): Promise<{ texts: string[]; error?: string }> {
  return withFixtureRoot(fixture, async (root) => {
    const texts: string[] = [];
    const loader = guardContentLoader(glob({ pattern, base: contentDirectory(root) }), root);
    try {
      await loader.load(globContext(root, texts));
      return { texts };
    } catch (error) {
      return { texts, error: error instanceof Error ? error.message : String(error) };
    }
  });
}

