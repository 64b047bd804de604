import { createHash } from 'node:crypto';
import { satteri } from '@astrojs/markdown-satteri';
import { z } from 'astro/zod';
import type { HastPluginEntry, MdastPluginEntry } from 'satteri';
import { MARKDOWN_FEATURES } from '../content/safety/policy.ts';
import { dimensionPageSchema } from '../schema/dimension-page.ts';
import { programmeSchema } from '../schema/programme.ts';
import { regionSchema } from '../schema/region.ts';
import { externalLinksPlugin } from './external-links-plugin.ts';
import { contentGuardPlugin } from './guard-plugin.ts';
import { glossaryPlugin } from './glossary-plugin.ts';
import { authoredMermaid } from './mermaid-plugin.ts';

/**
 * The one Markdown/MDX pipeline of the portal: `.md` and `.mdx` bodies are parsed by Sätteri and
 * pass these plugins at content-sync time, before anything reaches a page. The guard plugins
 * enforce the content rules on the very tree that is compiled, so `astro build` and `astro dev`
 * stay safe even when `npm run check` was skipped or fooled.
 */
/**
 * Astro keeps parsed content until its own configuration changes, and a change to a schema is not
 * one: after pulling a new field, a build would validate stale entries. Naming the guard after the
 * schemas' fingerprint makes a schema change a configuration change, so the content is read anew.
 */
const schemaFingerprint = createHash('sha256')
  .update(JSON.stringify([regionSchema, dimensionPageSchema, programmeSchema].map((schema) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }))))
  .digest('hex')
  .slice(0, 12);

export const CONTENT_PIPELINE = {
  mdastPlugins: [{ ...contentGuardPlugin, name: `${contentGuardPlugin.name}-${schemaFingerprint}` }] as MdastPluginEntry[],
  hastPlugins: [glossaryPlugin(), externalLinksPlugin, authoredMermaid()] as HastPluginEntry[],
  features: MARKDOWN_FEATURES,
};

export const contentProcessor = () => satteri(CONTENT_PIPELINE);
