import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROGRAMME_LINES, REGION_LINES, text } from './helpers/content-fixture.ts';
import { projectCopy } from './helpers/project-copy.ts';
import { scratchDir } from './helpers/site.ts';

/**
 * The build enforces the content rules itself: `astro build` run directly, without `npm run
 * check`, on content a hostile merge request could bring. Nothing of it may run on the build
 * machine, and the build must fail naming the file.
 */

const run = promisify(execFile);

async function buildWithoutCheck(name: string, files: Record<string, string>): Promise<{ failed: boolean; output: string; root: string }> {
  const root = await projectCopy(scratchDir(name));
  for (const [relative, content] of Object.entries(files)) {
    const target = path.join(root, 'content', relative);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  try {
    const { stdout, stderr } = await run('npx', ['astro', 'build', '--outDir', path.join(root, 'dist')], {
      cwd: root,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, REGION: '' },
    });
    return { failed: false, output: stdout + stderr, root };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { failed: true, output: stdout + stderr, root };
  }
}

describe('astro build without the check', () => {
  it('refuses MDX that would run code on the build machine, before any of it runs', async () => {
    const marker = path.join(scratchDir('mdx-code-ran'), 'ran.txt');
    const closing = PROGRAMME_LINES.indexOf('---', 1);
    const { failed, output, root } = await buildWithoutCheck('hostile-mdx', {
      'kota-uji/index.md': text(REGION_LINES),
      'kota-uji/program/layanan-daring.mdx': text([
        ...PROGRAMME_LINES.slice(0, closing + 1),
        `export const ran = (await import('node:fs')).writeFileSync(${JSON.stringify(marker)}, 'ran')`,
        '',
        'Teks.',
      ]),
    });
    expect(failed).toBe(true);
    expect(output).toContain('Content rejected: content/kota-uji/program/layanan-daring.mdx');
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(path.join(root, 'dist', 'index.html'))).toBe(false);
  });

  it('refuses raw HTML that would run script in readers’ browsers', async () => {
    const closing = PROGRAMME_LINES.indexOf('---', 1);
    const { failed, output } = await buildWithoutCheck('hostile-md', {
      'kota-uji/index.md': text(REGION_LINES),
      'kota-uji/program/layanan-daring.md': text([...PROGRAMME_LINES.slice(0, closing + 1), 'Teks.', '', '<img src="/x.png" alt="" onerror="alert(1)">']),
    });
    expect(failed).toBe(true);
    expect(output).toContain('Content rejected: content/kota-uji/program/layanan-daring.md');
    expect(output).toContain('The attribute onerror is not allowed');
  });
});
