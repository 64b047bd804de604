import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, onTestFailed } from 'vitest';
import { REGION_LINES, text } from './helpers/content-fixture.ts';
import { projectCopy } from './helpers/project-copy.ts';
import { killServerGroup, startServer, stopServer, type ServerProcess } from './helpers/server-process.ts';

/**
 * `npm run preview` and `npm run dev` stop when told to: a stop by process id (a script, a
 * process manager, `kill <pid>`) reaches npm only, and must still end the server
 * (scripts/astro-server.ts).
 */

let server: ServerProcess | undefined;
let folder: string | undefined;

afterEach(async () => {
  // Whatever a failed test left running, and its files.
  if (server) killServerGroup(server);
  if (folder) await rm(folder, { recursive: true, force: true });
  server = folder = undefined;
});

/** Starts `npm run <script>` and checks that it serves pages. */
async function start(script: 'preview' | 'dev'): Promise<ServerProcess> {
  folder = await mkdtemp(path.join(tmpdir(), 'masterplan-server-'));
  if (script === 'preview') {
    await writeFile(path.join(folder, 'index.html'), '<!doctype html><title>Pratinjau</title><p>Situs uji</p>');
    server = await startServer('npm', ['run', 'preview', '--', '--outDir', folder, '--port', '4710']);
  } else {
    // A project of its own: the dev server writes into the project's .astro/ (tests/helpers/project-copy.ts).
    await projectCopy(folder);
    await mkdir(path.join(folder, 'content', 'kota-uji'), { recursive: true });
    await writeFile(path.join(folder, 'content', 'kota-uji', 'index.md'), text(REGION_LINES));
    server = await startServer('npm', ['run', 'dev', '--', '--port', '4720'], { REGION: '' }, folder);
  }
  const running = server;
  onTestFailed(() => console.error(`npm run ${script} printed:\n${running.output.join('')}`));
  const page = await fetch(running.url, { headers: { accept: 'text/html' } });
  expect(page.ok).toBe(true);
  return running;
}

describe('npm run preview and npm run dev', () => {
  const cases = [
    { script: 'preview', how: 'kill <pid of npm>', signal: 'SIGTERM', to: 'process' },
    { script: 'preview', how: 'Ctrl+C in its terminal', signal: 'SIGINT', to: 'group' },
    { script: 'dev', how: 'kill <pid of npm>', signal: 'SIGTERM', to: 'process' },
  ] as const;
  for (const { script, how, signal, to } of cases) {
    it(`npm run ${script} ends its server on ${how}`, async () => {
      const running = await start(script);
      // Resolves only once npm, the shell it ran, and the server have all ended.
      await stopServer(running, signal, to);
      await expect(fetch(running.url)).rejects.toThrow();
    }, 300_000);
  }
});
