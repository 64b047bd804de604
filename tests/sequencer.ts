import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The order test files start in. Vitest runs one project's files after the other's, so on a
 * two-core machine the unit tests waited for the last browser test; and without timings from an
 * earlier run (a clean clone, CI) it starts the largest files first, so the whole-site sweeps,
 * two small files that take the longest, started last and ran alone at the end.
 *
 * Here the sweeps start first, then the rest of both projects alternate, each project in Vitest's
 * own order (earlier failures, then the longest or largest first): the unit tests fill the gaps
 * while a browser test waits for a build or a server.
 */
export class SweepsFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const ordered = await super.sort(files);
    const isSweep = (file: TestSpecification) => /[\\/]sweep-[^\\/]+\.browser\.test\.ts$/.test(file.moduleId);
    const queues = new Map<string, TestSpecification[]>();
    for (const file of ordered.filter((file) => !isSweep(file))) {
      const queue = queues.get(file.project.name) ?? [];
      queue.push(file);
      queues.set(file.project.name, queue);
    }
    const alternated: TestSpecification[] = [];
    for (let index = 0; alternated.length + ordered.filter(isSweep).length < ordered.length; index++) {
      for (const queue of queues.values()) if (index < queue.length) alternated.push(queue[index]!);
    }
    return [...ordered.filter(isSweep), ...alternated];
  }
}
