// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { searchIndex } from './src/integrations/search-index.ts';

// SITE_URL and BASE_PATH let a city host the portal at its own address (see README).
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://masterplan-terbuka.example',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [mdx(), searchIndex()],
  devToolbar: { enabled: false },
  // Short class names instead of data attributes keep every page lighter.
  scopedStyleStrategy: 'class',
});
