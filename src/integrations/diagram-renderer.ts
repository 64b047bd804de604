import type { AstroIntegration } from 'astro';

/** Closes the build's shared diagram browser when the build is done (see src/lib/diagrams/render.ts). */
export function diagramRenderer(): AstroIntegration {
  return {
    name: 'masterplan-diagram-renderer',
    hooks: {
      'astro:build:done': async () => {
        const { closeRenderer } = await import('../lib/diagrams/render.ts');
        await closeRenderer();
      },
    },
  };
}
