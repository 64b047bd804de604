import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failedRun, runMeasured } from '../scripts/bench/process-tree.ts';

describe('a command the benchmark runs that fails', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'bench-run-'));
  });
  afterEach(() => rm(folder, { recursive: true, force: true }));

  it('is reported with its exit code and the end of its log, without the page list or colours, so the cause outlives the deleted work folder', async () => {
    const logFile = path.join(folder, 'build-cold.log');
    const script = [
      "for (let i = 1; i <= 30; i++) console.log('  \\u001b[32m├─\\u001b[39m /halaman-' + i + '/index.html');",
      "console.error('step one');",
      "console.error('\\u001b[31m[ERROR]\\u001b[39m Diagram \"d1\": Mermaid tidak selesai dalam 30 detik');",
      'process.exit(3);',
    ].join('\n');
    const run = await runMeasured(process.execPath, ['-e', script], { cwd: folder, env: process.env, logFile, keepLines: /ERROR/ });
    expect(run.exitCode).toBe(3);
    const error = await failedRun('the build (cold)', run.exitCode, logFile);
    expect(error.message).toBe(
      [`the build (cold) exited with 3; the end of its log (${logFile}):`, '    step one', '    [ERROR] Diagram "d1": Mermaid tidak selesai dalam 30 detik'].join('\n'),
    );
  });
});
