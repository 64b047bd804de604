import type { IncomingMessage } from 'node:http';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Problem } from '../lib/content/problem.ts';

/** What the check reads: a change in any of them can make content valid or invalid. */
const CHECKED_FOLDERS = ['content', 'public', 'data'] as const;

/**
 * How long the files must stay unchanged before the check runs again: saving in an editor, or
 * `git checkout`, touches several files at once, and one run for all of them is enough.
 */
const SETTLE_MILLISECONDS = 150;

/** A page the browser navigates to (not a script, stylesheet or image the page loads). */
function isPageRequest(request: IncomingMessage): boolean {
  return (request.method === 'GET' || request.method === 'HEAD') && (request.headers.accept ?? '').includes('text/html');
}

function isInside(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/**
 * `npm run dev` tells the truth about content: Astro alone reports an invalid entry only in the
 * terminal, in its own words, and stops at the first; the browser does not say that anything is
 * wrong. This runs the same check as `npm run check` when the dev server starts and again whenever
 * content/, public/ or data/ changes; while it finds problems, every page request gets the list of
 * problems (src/lib/content/problem-page.ts) instead of the page, and the browser reloads whenever
 * the result changes. Dev only: the build runs `npm run check` itself.
 */
export function devCheck(): AstroIntegration {
  return {
    name: 'masterplan-dev-check',
    hooks: {
      'astro:server:setup': async ({ server, logger }) => {
        // Imported here, not at the top: the build loads this config too and never needs them.
        const [{ loadContentFromDisk }, { problemPage }, { formatProblem, formatSummary }] = await Promise.all([
          import('../lib/content/load.ts'),
          import('../lib/content/problem-page.ts'),
          import('../lib/content/problem.ts'),
        ]);
        // The same root as `npm run check` (scripts/check.ts).
        const root = process.env.CONTENT_ROOT || process.cwd();
        const folders = CHECKED_FOLDERS.map((folder) => path.resolve(root, folder));
        const reloadScript = `${server.config.base}@vite/client`;

        let problems: readonly Problem[] = [];
        let page = '';
        /** Bumped on every change; a run's result counts only if no change came after it started. */
        let generation = 0;
        let settleTimer: NodeJS.Timeout | undefined;
        /** Runs go one after another: two at once would share, and close, the diagram renderer. */
        let queue: Promise<void> = Promise.resolve();
        /** Page requests wait on this while a run is due, so they never see a result older than the files. */
        let due: PromiseWithResolvers<void> | undefined;

        const runCheck = async (ofGeneration: number): Promise<void> => {
          // A change came while this run waited for the one before: the newer run will report.
          if (ofGeneration !== generation) return;
          let result: Awaited<ReturnType<typeof loadContentFromDisk>> | undefined;
          try {
            result = await loadContentFromDisk(root);
          } catch (error) {
            logger.error(`Pemeriksaan konten gagal berjalan / the content check failed to run: ${error instanceof Error ? error.stack : String(error)}`);
          }
          if (ofGeneration !== generation) return;
          const found = result?.problems ?? [];
          const changed = JSON.stringify(found) !== JSON.stringify(problems);
          problems = found;
          page = found.length > 0 ? problemPage(found, { reloadScript }) : '';
          due?.resolve();
          due = undefined;
          if (!changed || !result) return;
          // The terminal shows what `npm run check` prints, for editors who look there first.
          const report = [...found.map(formatProblem), formatSummary(found, result.counts)].join('\n\n');
          if (found.length > 0) logger.warn(report);
          else logger.info(report);
          server.hot.send({ type: 'full-reload', path: '*' });
        };

        const scheduleCheck = (): void => {
          generation += 1;
          due ??= Promise.withResolvers();
          clearTimeout(settleTimer);
          const ofGeneration = generation;
          settleTimer = setTimeout(() => {
            queue = queue.then(() => runCheck(ofGeneration));
          }, SETTLE_MILLISECONDS);
        };

        // Content may live outside the project (CONTENT_ROOT), where Vite does not watch by itself.
        server.watcher.add(folders);
        server.watcher.on('all', (_event, file) => {
          if (folders.some((folder) => isInside(path.resolve(file), folder))) scheduleCheck();
        });
        server.httpServer?.on('close', () => clearTimeout(settleTimer));

        // Added here, before Vite's and Astro's own handlers, so it answers first.
        server.middlewares.use((request, response, next) => {
          if (!isPageRequest(request)) return next();
          void (due?.promise ?? Promise.resolve()).then(() => {
            if (problems.length === 0) return next();
            response.statusCode = 500;
            response.setHeader('Content-Type', 'text/html; charset=utf-8');
            response.setHeader('Cache-Control', 'no-store');
            response.end(page);
          });
        });

        scheduleCheck();
      },
    },
  };
}
