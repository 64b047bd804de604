import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_DATASETS } from '../src/lib/exports/data-files.ts';
import { redirectsFile } from '../src/lib/redirects.ts';
import { MOVED_PATHS, dataFilePath, demoDataPath, regionDataPath, schemaPath } from '../src/lib/routes.ts';
import { getStaticPaths as schemaPaths } from '../src/pages/data/skema/[schema].schema.json.ts';

/**
 * The data files moved from English to Indonesian names. Reusers' scripts and bookmarks still ask
 * for the old addresses, so each must lead, by a 301, to a file the build still writes.
 */

/** Every data address the portal published before the rename (a region file stands for all). */
const OLD_DATA_URLS = [
  '/data/programmes.csv',
  '/data/programmes.json',
  '/data/evaluations.csv',
  '/data/evaluations.json',
  '/data/register.csv',
  '/data/register.json',
  '/data/cohorts.csv',
  '/data/cohorts.json',
  '/data/demo/programmes.csv',
  '/data/demo/programmes.json',
  '/data/demo/evaluations.csv',
  '/data/demo/evaluations.json',
  '/data/regions/kota-contoh.json',
  '/data/schemas/region.schema.json',
  '/data/schemas/dimension-page.schema.json',
  '/data/schemas/programme.schema.json',
  '/data/schemas/register.schema.json',
  '/data/schemas/cohorts.schema.json',
];

/** Where a request for `url` is sent, as a host applying `_redirects` would: exact rules, then folders. */
function redirectOf(url: string): string | undefined {
  const exact = MOVED_PATHS.find((entry) => entry.from === url);
  if (exact) return exact.to;
  const folder = MOVED_PATHS.find((entry) => entry.from.endsWith('/*') && url.startsWith(entry.from.slice(0, -1)));
  return folder && `${folder.to.slice(0, -1)}${url.slice(folder.from.length - 1)}`;
}

/** The endpoint files of src/pages as address patterns: `/data/daerah/[region].json`. */
const ENDPOINTS = readdirSync('src/pages', { recursive: true, encoding: 'utf8' })
  .map((file) => file.split(path.sep).join('/'))
  .filter((file) => file.endsWith('.ts') && !file.split('/').some((segment) => segment.startsWith('_')))
  .map((file) => `/${file.slice(0, -'.ts'.length)}`);

/** The endpoint file that serves `url`, if any; a `[param]` segment stands for any one segment. */
function endpointOf(url: string): string | undefined {
  return ENDPOINTS.find((pattern) => {
    const source = pattern
      .split('/')
      .map((segment) => segment.split(/(\[[^\]]+\])/).map((part) => (part.startsWith('[') ? '[^/]+' : part.replace(/[.*+?^${}()|\\]/g, '\\$&'))).join(''))
      .join('/');
    return new RegExp(`^${source}$`).test(url);
  });
}

/** Every file the data endpoints write, by the route builders; a region file stands for all. */
const BUILT_DATA_URLS = new Set([
  ...(['program', 'evaluasi', 'wilayah', 'kohort'] as const).flatMap((file) => [dataFilePath(file, 'csv'), dataFilePath(file, 'json')]),
  ...DEMO_DATASETS.flatMap((dataset) => [demoDataPath(dataset, 'csv'), demoDataPath(dataset, 'json')]),
  regionDataPath('kota-contoh'),
  ...schemaPaths().map(({ props }) => schemaPath(props.schema)),
]);

describe('moved data files', () => {
  it('send every address published before the rename to a file the build writes', () => {
    for (const url of OLD_DATA_URLS) {
      const target = redirectOf(url);
      expect(target, url).toBeDefined();
      expect(BUILT_DATA_URLS.has(target!), `${url} → ${target}`).toBe(true);
    }
    expect(redirectOf('/data/regions/kota-contoh.json')).toBe(regionDataPath('kota-contoh'));
    expect(new Set(OLD_DATA_URLS.map(redirectOf)).size).toBe(OLD_DATA_URLS.length);
  });

  it('lead to addresses an endpoint serves, and no endpoint serves an old address any more', () => {
    for (const { from, to } of MOVED_PATHS) {
      const example = (pattern: string) => pattern.replace(/\*$/, 'kota-contoh.json');
      expect(endpointOf(example(to)), to).toBeDefined();
      // An old address may fit a pattern (`/data/demo/[dataset].csv`) whose parameters are now the
      // new names; an endpoint file of its own must be gone, and no builder may name it.
      expect(ENDPOINTS, from).not.toContain(example(from));
      expect(BUILT_DATA_URLS.has(example(from)), from).toBe(false);
    }
    // The schema endpoint writes exactly the schemas the builders name, under their new names.
    expect(schemaPaths().map(({ params }) => params.schema)).toEqual(['daerah', 'dimensi', 'program', 'wilayah', 'kohort']);
  });

  it('never chain: no new address is itself an old one, and each old address is listed once', () => {
    const froms = MOVED_PATHS.map((entry) => entry.from);
    expect(new Set(froms).size).toBe(froms.length);
    for (const { to } of MOVED_PATHS) expect(redirectOf(to), to).toBeUndefined();
    for (const { from, to } of MOVED_PATHS) expect(from.endsWith('/*'), from).toBe(to.endsWith('/*'));
  });
});

describe('the _redirects file', () => {
  it('is one permanent redirect per moved address, single files first, the folder with :splat', () => {
    expect(redirectsFile('/')).toBe(
      [
        '# Alamat yang pindah / addresses that moved (src/lib/routes.ts, MOVED_PATHS)',
        '/data/programmes.csv /data/program.csv 301',
        '/data/programmes.json /data/program.json 301',
        '/data/evaluations.csv /data/evaluasi.csv 301',
        '/data/evaluations.json /data/evaluasi.json 301',
        '/data/register.csv /data/wilayah.csv 301',
        '/data/register.json /data/wilayah.json 301',
        '/data/cohorts.csv /data/kohort.csv 301',
        '/data/cohorts.json /data/kohort.json 301',
        '/data/demo/programmes.csv /data/demo/program.csv 301',
        '/data/demo/programmes.json /data/demo/program.json 301',
        '/data/demo/evaluations.csv /data/demo/evaluasi.csv 301',
        '/data/demo/evaluations.json /data/demo/evaluasi.json 301',
        '/data/schemas/region.schema.json /data/skema/daerah.schema.json 301',
        '/data/schemas/dimension-page.schema.json /data/skema/dimensi.schema.json 301',
        '/data/schemas/programme.schema.json /data/skema/program.schema.json 301',
        '/data/schemas/register.schema.json /data/skema/wilayah.schema.json 301',
        '/data/schemas/cohorts.schema.json /data/skema/kohort.schema.json 301',
        '/data/regions/* /data/daerah/:splat 301',
        '',
      ].join('\n'),
    );
  });

  it('puts the base path in front of both addresses', () => {
    const rules = redirectsFile('/masterplan/').split('\n');
    expect(rules).toContain('/masterplan/data/programmes.csv /masterplan/data/program.csv 301');
    expect(rules).toContain('/masterplan/data/regions/* /masterplan/data/daerah/:splat 301');
    expect(rules.filter((rule) => rule !== '' && !rule.startsWith('#')).every((rule) => /^\/masterplan\/\S+ \/masterplan\/\S+ 301$/.test(rule))).toBe(true);
  });
});
