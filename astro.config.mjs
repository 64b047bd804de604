// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { collectGarbageAfterSync } from './src/integrations/collect-garbage.ts';
import { contentStoreFromDisk } from './src/integrations/content-store-from-disk.ts';
import { devCheck } from './src/integrations/dev-check.ts';
import { diagramRenderer } from './src/integrations/diagram-renderer.ts';
import { quietBuildLog } from './src/integrations/quiet-build-log.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { securityHeaders } from './src/integrations/security-headers.ts';
import { unfinishedBuildGuard } from './src/integrations/unfinished-build.ts';
import { contentProcessor } from './src/lib/render/processor.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES } from './src/lib/security.ts';

// Astro caches parsed content by entry id, not by folder: content read from another root
// (CONTENT_ROOT, used by the benchmark and tests) gets a cache of its own. So does each shard of
// a sharded build (scripts/build.ts): shards run at the same time and would otherwise write one
// content store together.
const contentRoot = process.env.CONTENT_ROOT;
// In .cache/, beside the diagram cache, where `npm ci` (which empties node_modules/) leaves it:
// the publishing CI job keeps both between deployments (docs/hosting.md).
const cacheRoot = contentRoot ? `${contentRoot}/.astro-cache` : './.cache/astro';
const shard = process.env.BUILD_SHARD;
const cacheDir = shard ? `${cacheRoot}/shard-${shard.replace('/', '-of-')}` : cacheRoot;

// SITE_URL and BASE_PATH let a city host the portal at its own address (see README).
export default defineConfig({
  site: process.env.SITE_URL ?? 'https://masterplan-terbuka.example',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  // Indonesian pages have no prefix, English ones live under /en/ (src/i18n/). Astro reads each
  // page's language from its URL; src/middleware.ts hands it to the page as `Astro.locals.t`.
  i18n: { locales: ['id', 'en'], defaultLocale: 'id', routing: { prefixDefaultLocale: false } },
  cacheDir,
  // CSS stays in files: cached across pages, and no inline <style> needs a CSP hash. Four pages
  // render at a time so that writing one page's file overlaps rendering the next (measured in
  // docs/performance.md: a fifth less rendering time at 100 regions; more gave nothing).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Content is prose: code blocks stay plain text (Shiki's colours would be inline styles, which
  // the CSP refuses). A ```mermaid block becomes a diagram (src/lib/diagrams/authored.ts).
  markdown: { syntaxHighlight: false, processor: contentProcessor() },
  integrations: [mdx(), collectGarbageAfterSync(), contentStoreFromDisk(), unfinishedBuildGuard(), searchIndex(), securityHeaders(), diagramRenderer(), devCheck(), quietBuildLog()],
  // Scripts go to their own files, never inline: a file is fetched once for every page that uses
  // it, and an inline script would be hashed for the CSP of each of the 44,000 pages of a
  // national build (docs/performance.md). No asset may become a data: URL either; the CSP
  // refuses those. All CSS goes into one file (cssCodeSplit: false): per component it came as up to
  // eleven render-blocking files per page, some under 100 bytes; the whole site's CSS is about 7 KB
  // gzip, so one file, fetched once and cached for every page, costs less than the requests.
  vite: { build: { assetsInlineLimit: 0, cssCodeSplit: false } },
  devToolbar: { enabled: false },
  // Content comes from many hands: the built pages allow only scripts and styles the build hashed.
  security: { csp: { directives: [...CSP_DIRECTIVES], scriptDirective: { resources: [...SCRIPT_SOURCES] } } },
  experimental: {
    // Editors (VS Code with the Astro extension, see .vscode/) check frontmatter against the schemas.
    contentIntellisense: true,
    // When neither the data nor the code changed (the site's data key, src/lib/build/data-key.ts),
    // pages are copied from the last build instead of rendered again; `--force` renders all. A
    // build that stopped halfway makes the next one render all (src/integrations/unfinished-build.ts).
    incrementalBuild: true,
  },
  // Short class names instead of data attributes keep every page lighter.
  scopedStyleStrategy: 'class',
});
