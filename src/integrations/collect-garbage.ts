import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AstroIntegration } from 'astro';

/**
 * Runs a full garbage collection between content sync and bundling. A cold sync builds every
 * entry of the content store in memory and then drops it; V8 would collect that only once the
 * heap grew far past it, which at national scale put Astro's peak at 3.2 GiB while bundling and
 * starting to render (2.2 GiB when collected first; docs/performance.md).
 */
export function collectGarbageAfterSync(): AstroIntegration {
  return {
    name: 'masterplan-collect-garbage',
    hooks: {
      'astro:build:start': () => {
        // Node exposes gc() only behind a flag; setting it now gives new contexts the function.
        setFlagsFromString('--expose-gc');
        (runInNewContext('gc') as () => void)();
      },
    },
  };
}
