import { cp, mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';

/** What a build or dev server reads of the project besides content and node_modules. */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json', 'src', 'scripts', 'data', 'public'];

/**
 * Copies the project's code into the folder `project`, for a test that builds or serves content of
 * its own: run the build there (`cwd`), with the content in its `content/` or pointed at by
 * CONTENT_ROOT. Returns `project`.
 *
 * Why a copy: Astro keeps one `.astro/` per project, whatever CONTENT_ROOT says, and every build
 * and dev server writes into it the list of MDX modules its pages import. A build of other content
 * running beside one of the repository's content replaced that list while the latter bundled its
 * pages, and it crashed (`UnknownContentCollectionError`) — once in a clean-clone run of the suite.
 * A copy has a `.astro/` and Astro cache of its own. node_modules and the diagram cache stay shared
 * (links): a drawing is stored under the digest of its source, written whole or not at all.
 */
export async function projectCopy(project: string): Promise<string> {
  await Promise.all(PROJECT_FILES.map((file) => cp(file, path.join(project, file), { recursive: true })));
  await mkdir(path.resolve('.cache', 'diagrams'), { recursive: true });
  await mkdir(path.join(project, '.cache'), { recursive: true });
  await symlink(path.resolve('node_modules'), path.join(project, 'node_modules'), 'dir');
  await symlink(path.resolve('.cache', 'diagrams'), path.join(project, '.cache', 'diagrams'), 'dir');
  return project;
}
