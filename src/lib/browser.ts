import { existsSync } from 'node:fs';

/**
 * Where a headless Chrome or Chromium is found, for build-time diagrams and for browser tests:
 * `$CHROMIUM_PATH`, else Debian's `chromium-headless-shell` or `chromium`, else Google Chrome (as on
 * GitHub's runners).
 *
 * The headless shell comes first: it is Chromium's engine without the browser around it, and on
 * these two-core machines the same browser tests cost it less than half the CPU (a test file that
 * loads the compare page 14 times: 52 → 20 CPU-s), while it draws the same diagrams (a build
 * drawing every diagram afresh wrote the same bytes with either) and passes the same tests.
 */

const BROWSER_CANDIDATES = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

/** The flags these machines need: no sandbox as root, and no calls home on a closed network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const explicit = env.CHROMIUM_PATH?.trim();
  if (explicit) return existsSync(explicit) ? explicit : undefined;
  return BROWSER_CANDIDATES.find((candidate) => existsSync(candidate));
}
