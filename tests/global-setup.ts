import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

/**
 * Builds the portal once, exactly as `npm run build` does (check first, then Astro), into a
 * folder of its own so a developer's dist/ is left alone. Build and browser tests read it.
 */
export const BUILT_SITE = path.resolve('.cache/test-site');

export default async function setup(project: TestProject): Promise<void> {
  const { stdout } = await promisify(execFile)('npm', ['run', 'build', '--', '--outDir', BUILT_SITE], {
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, REGION: '' },
  });
  project.provide('buildLog', stdout);
  project.provide('builtSite', BUILT_SITE);
}

declare module 'vitest' {
  export interface ProvidedContext {
    builtSite: string;
    buildLog: string;
  }
}
