import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { guardContentLoader } from './lib/content/files.ts';
import { COLLECTION_GLOBS, contentDirectory } from './lib/content/layout.ts';
import { dimensionPageSchema } from './lib/schema/dimension-page.ts';
import { programmeSchema } from './lib/schema/programme.ts';
import { regionSchema } from './lib/schema/region.ts';

/**
 * The site reads content through Astro's content layer with the same schemas as `npm run check`.
 * `npm run build` runs the check first, because Astro stops at the first invalid entry.
 *
 * Astro's glob() loader does the reading, guarded by the same file rules as the check
 * (src/lib/content/files.ts): a link, hidden file, stray or oversized file, or a forbidden
 * character in content/ or public/ stops `astro build` and `astro dev` even without the check,
 * and every file is read as the same normalised text the check read. The glob pattern cannot
 * list the checked files one by one (tinyglobby takes seconds per thousand literal patterns), so
 * the guard vouches for each file as glob() reads it instead.
 */

/**
 * Astro parses frontmatter as YAML 1.1, which turns unquoted dates into Date objects; the schemas
 * (like the check, which reads YAML 1.2) expect `YYYY-MM-DD` text, so convert Dates back.
 */
function datesToText(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(datesToText);
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, datesToText(inner)]));
  }
  return value;
}

/** Entry ids are the path below content/ without extension, e.g. `kota-contoh/program/e-warga`. */
const idFromPath = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/, '');

const collection = <T extends z.ZodType>(pattern: string, schema: T) =>
  defineCollection({
    // Pages use the rendered body only; keeping the raw text too would double what the build
    // carries in memory at national scale (the check reads the files itself).
    loader: guardContentLoader(glob({ pattern, base: contentDirectory(), generateId: idFromPath, retainBody: false })),
    schema: z.preprocess(datesToText, schema),
  });

export const collections = {
  regions: collection(COLLECTION_GLOBS.region, regionSchema),
  dimensionPages: collection(COLLECTION_GLOBS.dimensionPage, dimensionPageSchema),
  programmes: collection(COLLECTION_GLOBS.programme, programmeSchema),
};
