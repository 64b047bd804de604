import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_SECTIONS } from '../src/lib/content/links.ts';
import { loadContentFromDisk } from '../src/lib/content/load.ts';
import { DIMENSION_LINES, PROGRAMME_LINES, REGION_LINES, text } from './helpers/content-fixture.ts';
import { projectCopy } from './helpers/project-copy.ts';
import { scratchDir } from './helpers/site.ts';

/**
 * Whatever the check accepts, `astro build` builds: one build of a project holding the richest
 * sample region (content/kota-contoh), a region and programme straight from `npm run new`'s
 * templates, and a region whose bodies use every form of internal link and image the check
 * accepts. The links are then followed in the built site, anchors included. (The repository's own
 * content is built by the site tests' global setup.)
 */

const run = promisify(execFile);
const NODE = path.resolve('node_modules/.bin/node');

/** Links the check accepts on the page /kota-uji/program/layanan-daring/, each with the page and section it reaches. */
const LINKS: readonly { written: string; page: string; section?: string }[] = [
  { written: '/kota-uji/', page: '/kota-uji/' },
  { written: '/kota-uji/peta-jalan/', page: '/kota-uji/peta-jalan/' },
  { written: '/kota-uji/dimensi/smart-living/', page: '/kota-uji/dimensi/smart-living/' },
  { written: '/kota-uji/program/layanan-daring/#kemajuan', page: '/kota-uji/program/layanan-daring/', section: 'kemajuan' },
  { written: '/en/kota-uji/#visi', page: '/en/kota-uji/', section: 'visi' },
  { written: '../../dimensi/smart-economy/#pasar-rakyat--digital-1', page: '/kota-uji/dimensi/smart-economy/', section: 'pasar-rakyat--digital-1' },
  { written: '#deskripsi', page: '/kota-uji/program/layanan-daring/', section: 'deskripsi' },
  { written: '/kota-contoh/program/antrean-puskesmas-daring/', page: '/kota-contoh/program/antrean-puskesmas-daring/' },
  { written: '/dimensi/smart-economy/', page: '/dimensi/smart-economy/' },
  { written: '/tentang/#kontribusi', page: '/tentang/', section: 'kontribusi' },
];

async function writeFiles(folder: string, files: Record<string, string>): Promise<void> {
  for (const [relative, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, relative)), { recursive: true });
    await writeFile(path.join(folder, relative), content);
  }
}

describe('every sample the check accepts', () => {
  const root = scratchDir('accepted-samples');
  const dist = path.join(root, 'dist');
  const environment = { ...process.env, REGION: '' };

  beforeAll(async () => {
    await projectCopy(root);
    await cp('content/kota-contoh', path.join(root, 'content/kota-contoh'), { recursive: true });
    await writeFiles(path.join(root, 'content'), {
      'kota-uji/index.mdx': text([...REGION_LINES, '', 'Program unggulan: <ProgramRef id="layanan-daring" />.']),
      'kota-uji/dimensi/smart-economy.md': text([...DIMENSION_LINES, '', '## Pasar “Rakyat” -- digital', '', '## Pasar rakyat -- digital', '', '![Ikon portal](/favicon.svg)']),
      'kota-uji/program/layanan-daring.mdx': text([
        ...PROGRAMME_LINES,
        '',
        ...LINKS.map(({ written }, index) => `- [tautan ${index + 1}](${written})`),
        '',
        '<a href="/kota-uji/dimensi/smart-economy/#pasar-rakyat--digital">Pasar</a>',
        '',
        '![Ikon][ikon]',
        '',
        '[ikon]: /favicon.svg',
      ]),
    });
    const runNew = (args: readonly string[]) => run(NODE, [path.join(root, 'scripts/new.ts'), ...args], { cwd: root, env: environment });
    await runNew(['kota-templat', '--name', 'Kota Templat', '--province', 'Provinsi Templat', '--type', 'kota']);
    await runNew(['kota-templat/program', 'layanan-templat', '--name', 'Layanan Templat', '--dimension', 'smart-living']);

    expect((await loadContentFromDisk(root)).problems).toEqual([]);
    await run(NODE, [path.join(root, 'scripts/build.ts'), '--outDir', dist], { cwd: root, maxBuffer: 64 * 1024 * 1024, env: environment });
  });

  it('builds, and its internal links reach their pages and sections', async () => {
    const built = (page: string) => readFile(path.join(dist, page, 'index.html'), 'utf8');

    expect((await built('/kota-templat/program/layanan-templat/')).includes('Layanan Templat')).toBe(true);
    const linking = await built('/kota-uji/program/layanan-daring/');
    for (const { page, section } of LINKS) {
      const html = await built(page);
      if (section) expect(html.includes(`id="${section}"`), `${page}#${section}`).toBe(true);
    }
    expect((await built('/kota-uji/dimensi/smart-economy/')).includes('id="pasar-rakyat--digital"')).toBe(true);
    expect(linking.includes('src="/favicon.svg"')).toBe(true);

    // The sections the check knows of each kind of page are on the richest sample's pages.
    const samples = { region: '/kota-contoh/', dimensionPage: '/kota-contoh/dimensi/smart-living/', programme: '/kota-contoh/program/antrean-puskesmas-daring/' } as const;
    for (const [kind, page] of Object.entries(samples) as [keyof typeof samples, string][]) {
      const html = await built(page);
      for (const section of PAGE_SECTIONS[kind]) expect(html.includes(`id="${section}"`), `${page}#${section}`).toBe(true);
    }
  });

});
