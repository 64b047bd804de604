import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { buildEnvironment } from './helpers/build-environment.ts';

const run = promisify(execFile);

/**
 * Builds the portal once, exactly as `npm run build` does (check first, then Astro), into a folder
 * of this test run's own (so a developer's dist/ and other test runs are left alone). Build and
 * browser tests read it; it is removed when the run ends. `TEST_SITE=<folder>` reuses a site built
 * before (the quick loop while working on site and browser tests).
 *
 * The types of all code (`npm run typecheck`) are checked beside the build (not with `TEST_SITE`,
 * which builds nothing), since the build leaves part of a core idle: on two cores with an empty
 * diagram cache the two took about 60 s side by side and 65 s one after the other (the build alone
 * about 42 s, the check 22 s).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await mkdir('.cache', { recursive: true });
  const runDir = await mkdtemp(path.resolve('.cache/test-run-'));
  const prebuilt = process.env.TEST_SITE ? path.resolve(process.env.TEST_SITE) : undefined;
  const site = prebuilt ?? path.join(runDir, 'site');
  if (!prebuilt) {
    const build = run('npm', ['run', 'build', '--', '--outDir', site], { maxBuffer: 64 * 1024 * 1024, env: buildEnvironment({ REGION: '' }) });
    await Promise.all([build, typecheck()]);
  }
  project.provide('builtSite', site);
  project.provide('testRunDir', runDir);
  return () => rm(runDir, { recursive: true, force: true });
}

async function typecheck(): Promise<void> {
  try {
    await run('npm', ['run', 'typecheck'], { maxBuffer: 64 * 1024 * 1024, env: buildEnvironment() });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm run typecheck found errors / menemukan kesalahan tipe:\n${stdout}${stderr}`);
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    builtSite: string;
    /** A folder for this run's extra builds; removed with it. */
    testRunDir: string;
  }
}
