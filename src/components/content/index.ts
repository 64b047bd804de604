import Callout from './Callout.astro';
import Figure from './Figure.astro';
import ProgramRef from './ProgramRef.astro';

/**
 * The only components content may use (the check enforces the same list, see
 * src/lib/content/safe-content.ts). Passed to every rendered body, since content cannot import.
 */
export const contentComponents = { Callout, Figure, ProgramRef };
