/**
 * `npm run dev` and `npm run preview`: run `astro dev` or `astro preview` (with any flags given
 * after `--`), and stop the server whenever it is told to stop.
 *
 *   node scripts/astro-server.ts dev|preview [astro flags]
 *
 * Astro run straight from package.json outlives a stop by process id (`kill <pid of npm>`): npm
 * runs a script through `sh -c`, forwards SIGTERM only to that shell, and the shell dies without
 * passing it on to the server it started (dash does not replace itself with the command). So this
 * script starts the server itself, passes every stop signal on, and stops the server too when the
 * shell that started it is gone, which it notices by being handed to a new parent process.
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const COMMANDS = ['dev', 'preview'];
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** How often to look whether the starting shell is gone; Node has no event for a parent's exit. */
const PARENT_CHECK_MILLISECONDS = 250;

const [command, ...flags] = process.argv.slice(2);
if (!command || !COMMANDS.includes(command)) {
  console.error(`Pakai / usage: node scripts/astro-server.ts ${COMMANDS.join('|')} [flags]`);
  process.exit(2);
}

const astro = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../node_modules/astro/bin/astro.mjs');
const server = spawn(process.execPath, [astro, command, ...flags], { stdio: 'inherit' });

const stop = (signal: NodeJS.Signals): void => {
  if (server.exitCode === null && server.signalCode === null) server.kill(signal);
};
for (const signal of STOP_SIGNALS) process.on(signal, () => stop(signal));

const parent = process.ppid;
const parentCheck = setInterval(() => {
  if (process.ppid !== parent) stop('SIGTERM');
}, PARENT_CHECK_MILLISECONDS);

server.on('exit', (code, signal) => {
  clearInterval(parentCheck);
  // Like a shell: a server ended by a signal exits with 128 + the signal's number.
  process.exitCode = code ?? 128 + (signal ? constants.signals[signal] : 0);
});
