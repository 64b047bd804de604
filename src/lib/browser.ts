import { existsSync } from 'node:fs';

/**
 * Where a headless Chrome or Chromium is found, for build-time diagrams and for browser tests:
 * Debian's `chromium` on these machines, Google Chrome on GitHub's runners, or `$CHROMIUM_PATH`.
 */

const BROWSER_CANDIDATES = [
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
