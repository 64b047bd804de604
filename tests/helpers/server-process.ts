import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';

/** A server started the way an editor starts it (`astro dev`, `npm run preview`). */
export interface ServerProcess {
  /** The address the server printed, ending in `/`. */
  readonly url: string;
  readonly process: ChildProcess;
  /** Everything it printed so far, for a failing test to show. */
  readonly output: readonly string[];
  /**
   * Settles when the process has exited and its output is closed: only once every process that
   * inherited the output (a shell's children, their children) has ended too.
   */
  readonly closed: Promise<unknown>;
}

/**
 * This process's environment without what Vitest adds (Astro skips its page server under
 * `VITEST`, and `NODE_ENV=test` is not how an editor runs it), plus `extra`.
 */
function editorEnvironment(extra: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV');
  return { ...Object.fromEntries(inherited), ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...extra };
}

/**
 * Starts `command` in a process group of its own (so `killServerGroup` can end whatever it left
 * behind), in the folder `cwd` (this process's own by default), and resolves once it prints the
 * address it serves at (`Local  http://…`).
 */
export function startServer(command: string, args: readonly string[], env: Readonly<Record<string, string>> = {}, cwd?: string): Promise<ServerProcess> {
  const child = spawn(command, args, { cwd, env: editorEnvironment(env), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const output: string[] = [];
  const closed = once(child, 'close');
  child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  return new Promise((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      output.push(`${line}\n`);
      const address = /Local\s+(http:\/\/\S+)/.exec(stripVTControlCharacters(line));
      if (address) resolve({ url: address[1]!.endsWith('/') ? address[1]! : `${address[1]!}/`, process: child, output, closed });
    });
    child.on('exit', (code) => reject(new Error(`${command} stopped (exit code ${String(code)}) before serving:\n${output.join('')}`)));
  });
}

/**
 * Sends `signal` to the process the test started (`kill <pid>`), or to its whole group (what a
 * terminal does on Ctrl+C), and waits until it and all it started have ended.
 */
export async function stopServer(server: ServerProcess, signal: NodeJS.Signals = 'SIGTERM', to: 'process' | 'group' = 'process'): Promise<void> {
  process.kill(to === 'group' ? -server.process.pid! : server.process.pid!, signal);
  await server.closed;
}

/** Ends every process the server's group still has, after a test that failed to stop it. */
export function killServerGroup(server: ServerProcess): void {
  try {
    process.kill(-server.process.pid!, 'SIGKILL');
  } catch {
    // The group is already gone: the server stopped as it should.
  }
}
