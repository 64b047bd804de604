import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Astro's resolved id of `astro:data-layer-content`, through which `astro:content` gets the content store. */
const RESOLVED_STORE_MODULE = '\0astro:data-layer-content';

/**
 * Lets the pages read the content store from disk when the build renders them, instead of from a
 * copy bundled into the build's code. Astro bundles the store (every entry's data and rendered
 * body: 17 MB of JSON at 100 regions, about 85 MB at 514) as one string literal in a module:
 * bundling that module was the build's memory peak, and importing it cost every build (every
 * shard) 3.2 s at 100 regions where reading and parsing the same file takes 0.5 s
 * (docs/performance.md). The module this plugin writes reads the very file Astro's content sync
 * has just written to its cache folder, and parses it the same way Astro's own module does.
 * Only `astro build` uses it; `astro dev` keeps Astro's module, which it updates on every edit.
 */
export function contentStoreFromDisk(): AstroIntegration {
  return {
    name: 'masterplan-content-store-from-disk',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        const storeFile = fileURLToPath(new URL('data-store.json', config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'masterplan-content-store-from-disk',
                // Before Astro's own plugin, which would otherwise answer for the module first.
                load: {
                  order: 'pre',
                  handler: (id: string) =>
                    id === RESOLVED_STORE_MODULE
                      ? `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`
                      : undefined,
                },
              },
            ],
          },
        });
      },
    },
  };
}
