// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { searchIndex } from './src/integrations/search-index.ts';

// Astro caches parsed content by entry id, not by folder: content read from another root
// (CONTENT_ROOT, used by the benchmark and tests) gets a cache of its own.
const contentRoot = process.env.CONTENT_ROOT;

// SITE_URL and BASE_PATH let a city host the portal at its own address (see README).
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://masterplan-terbuka.example',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  ...(contentRoot ? { cacheDir: `${contentRoot}/.astro-cache` } : {}),
  build: { format: 'directory' },
  integrations: [mdx(), searchIndex()],
  devToolbar: { enabled: false },
  // Short class names instead of data attributes keep every page lighter.
  scopedStyleStrategy: 'class',
});
