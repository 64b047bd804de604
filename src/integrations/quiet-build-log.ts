import type { AstroConfig, AstroIntegration } from 'astro';

/** What a bundler warning says, as far as telling an expected one apart needs. */
interface BundlerWarning {
  readonly code?: string;
  readonly message: string;
}

/**
 * Warnings every build prints although nothing is wrong; an editor reading the build log would
 * take them for a problem with their content. Each is named exactly, so any other warning, even
 * of the same kind, still shows.
 *
 * - `"use astro:head-inject"`: Astro wraps every .mdx file in a module starting with this
 *   directive (astro/dist/content/vite-plugin-content-assets.js), and Rolldown warns that
 *   bundling drops module-level directives. Nothing reads the directive after bundling (Astro
 *   finds head content from its module graph, not from this string), so dropping it is harmless.
 */
export function isExpectedWarning(warning: BundlerWarning): boolean {
  return warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('"use astro:head-inject"');
}

/** The bundler's warning handler in Astro's Vite config (Vite 8 bundles with Rolldown). */
export type WarningHandler = NonNullable<NonNullable<NonNullable<AstroConfig['vite']['build']>['rolldownOptions']>['onwarn']>;

const onwarn: WarningHandler = (warning, warn) => {
  if (!isExpectedWarning(warning)) warn(warning);
};

/** Leaves the expected warnings (see `isExpectedWarning`) out of the build log, and nothing else. */
export function quietBuildLog(): AstroIntegration {
  return {
    name: 'masterplan-quiet-build-log',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { rolldownOptions: { onwarn } } } });
      },
    },
  };
}
