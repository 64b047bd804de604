import type { AstroConfig } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import { quietBuildLog, type WarningHandler } from '../src/integrations/quiet-build-log.ts';

/**
 * The build log shows editors only what needs their attention: the warning every .mdx file
 * causes is left out, every other warning still shows (src/integrations/quiet-build-log.ts).
 */

type ConfigSetup = NonNullable<ReturnType<typeof quietBuildLog>['hooks']['astro:config:setup']>;

/** The bundler's warning handler, as the integration sets it in Astro's config. */
function configuredWarningHandler(): WarningHandler {
  let update: Partial<AstroConfig> | undefined;
  const setup = quietBuildLog().hooks['astro:config:setup'] as ConfigSetup;
  void setup({ updateConfig: (config: Partial<AstroConfig>) => (update = config) } as unknown as Parameters<ConfigSetup>[0]);
  const onwarn = update?.vite?.build?.rolldownOptions?.onwarn;
  expect(onwarn).toBeTypeOf('function');
  return onwarn!;
}

/** Rolldown's warning for the directive Astro writes into the module it wraps each .mdx in. */
const MDX_DIRECTIVE = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message: 'The semantics of the module level directive "use astro:head-inject" in "content/kota-contoh/index.mdx?astroPropagatedAssets" may not be preserved when bundling.',
};

describe('quietBuildLog', () => {
  it('leaves out the directive warning Astro causes for every .mdx file', () => {
    const warn = vi.fn();
    configuredWarningHandler()(MDX_DIRECTIVE, warn);
    expect(warn).not.toHaveBeenCalled();
  });

  it('shows every other warning, of the same kind or not', () => {
    const handler = configuredWarningHandler();
    const others = [
      { code: 'MODULE_LEVEL_DIRECTIVE', message: 'The semantics of the module level directive "use client" in "src/x.ts" may not be preserved when bundling.' },
      { code: 'CIRCULAR_DEPENDENCY', message: 'Circular dependency: a.ts -> b.ts -> a.ts' },
      { message: 'no code at all, "use astro:head-inject"' },
    ];
    for (const warning of others) {
      const warn = vi.fn();
      handler(warning, warn);
      expect(warn).toHaveBeenCalledWith(warning);
    }
  });
});
