/**
 * The environment a build started from the tests should run in: the user's, without what Vitest
 * adds to it (NODE_ENV=test, MODE, DEV=1, BASE_URL…). Astro reads those, and a build made
 * with them is a development variant (the search page then shows its "run a build" notice).
 */
export function buildEnvironment(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const added = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL']);
  const environment = Object.fromEntries(Object.entries(process.env).filter(([name]) => !added.has(name) && !name.startsWith('VITEST')));
  return { ...environment, ...extra };
}
