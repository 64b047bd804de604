import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentFromDisk } from '../src/lib/content/load.ts';
import { DIMENSIONS } from '../src/lib/dimensions.ts';
import { allChangesFeedPath, dimensionFeedPath, regionFeedPath } from '../src/lib/routes.ts';
import { contentHistory } from '../src/lib/history/git.ts';
import type { SiteModel } from '../src/lib/model.ts';
import { builtSite } from './helpers/site.ts';
import { xmlProblems } from './helpers/xml.ts';
import { modelOf } from './helpers/model.ts';

describe('the built feeds', () => {
  let model: SiteModel;

  beforeAll(async () => {
    model = modelOf(await loadContentFromDisk(path.resolve('.')))!;
  });

  const feed = (feedPath: string) => readFile(path.join(builtSite(), feedPath), 'utf8');
  const feedPaths = () => [allChangesFeedPath(), ...model.regions.map((r) => regionFeedPath(r.slug)), ...DIMENSIONS.map((d) => dimensionFeedPath(d.id))];

  /** The built file behind an absolute link of the site, honouring BASE_PATH as the build did. */
  const builtFileOf = (url: string) => {
    const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
    const { pathname } = new URL(url);
    expect(pathname.startsWith(base)).toBe(true);
    const relative = pathname.slice(base.length);
    return path.join(builtSite(), relative, relative.endsWith('.xml') ? '' : 'index.html');
  };

  it('exist for all content, every region and every dimension, and are well-formed Atom', async () => {
    for (const feedPath of feedPaths()) {
      const xml = await feed(feedPath);
      expect(xmlProblems(xml), feedPath).toEqual([]);
      expect(xml.match(/<feed[ >]/g), feedPath).toHaveLength(1);
      expect(xml).toMatch(/<updated>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})<\/updated>/);
      for (const entry of xml.match(/<entry>[\s\S]*?<\/entry>/g) ?? []) {
        expect(entry).toMatch(/<id>tag:[^<]+<\/id>/);
        expect(entry).toMatch(/<updated>\d{4}-\d{2}-\d{2}T[^<]+<\/updated>/);
        expect(entry).toMatch(/<link rel="alternate" type="text\/html" href="https?:\/\/[^"]+"\/>/);
      }
    }
  });

  it('link every entry to a page that was built', async () => {
    const xml = await feed(allChangesFeedPath());
    const links = [...xml.matchAll(/<link rel="(?:alternate|self)" type="[^"]+" href="([^"]+)"\/>/g)].map((match) => match[1]!);
    expect(links.length).toBeGreaterThan(1);
    for (const link of new Set(links)) await expect(access(builtFileOf(link)), link).resolves.toBeUndefined();
  });

  it('say what changed in the data, never a commit message, in every feed that was built', async () => {
    const history = await contentHistory();
    const subjects = history.commits.map((commit) => commit.subject);
    const built = [];
    for (const feedPath of feedPaths()) {
      const xml = await feed(feedPath).catch(() => undefined);
      if (xml === undefined) continue;
      built.push(feedPath);
      const shown = [...xml.matchAll(/<(title|content)[^>]*>([^<]*)<\/\1>/g)].map((match) => match[2]).join('\n');
      for (const subject of subjects) expect(shown.includes(subject), `${feedPath}: ${subject}`).toBe(false);
    }
    expect(built).toContain(allChangesFeedPath());
    // A real change in this repository's history: Kota Bontang's region file lost its cohort field.
    if (built.includes(regionFeedPath('kota-bontang')) && history.status === 'complete') {
      expect(await feed(regionFeedPath('kota-bontang'))).toContain('<title type="text">Kota Bontang: Tahun kohort dihapus (sebelumnya 2019)</title>');
    }
  });

  it('date the feed of all changes by the newest commit that changed a real region, as git reports it', async () => {
    const history = await contentHistory();
    if (history.status !== 'complete') return;
    // The feed leaves out the fictional showcase and the national lists in data/.
    const fictional = model.regions.filter((region) => region.data.fictional).map((region) => `content/${region.slug}/`);
    const changesRealRegion = (file: string) => file.startsWith('content/') && !fictional.some((folder) => file.startsWith(folder));
    const newest = history.commits.find((commit) => commit.changes.some((change) => changesRealRegion(change.path) || (change.previousPath !== undefined && changesRealRegion(change.previousPath))))!;
    const xml = await feed(allChangesFeedPath());
    expect(xml).toContain(`  <updated>${newest.date}</updated>`);
    expect(xml.match(/<entry>/g)?.length).toBeGreaterThan(0);
  });
});
