import { satteri } from '@astrojs/markdown-satteri';
import type { HastPluginEntry, MdastPluginEntry } from 'satteri';
import { MARKDOWN_FEATURES } from '../content/safety/policy.ts';
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
export const CONTENT_PIPELINE = {
  mdastPlugins: [contentGuardPlugin] as MdastPluginEntry[],
  hastPlugins: [glossaryPlugin(), externalLinksPlugin, authoredMermaid()] as HastPluginEntry[],
  features: MARKDOWN_FEATURES,
};

export const contentProcessor = () => satteri(CONTENT_PIPELINE);
