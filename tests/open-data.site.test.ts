import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentFromDisk } from '../src/lib/content/load.ts';
import { readContent } from '../src/lib/content/read.ts';
import { buildModel, type SiteModel } from '../src/lib/model.ts';
import { MOVED_PATHS, dataFilePath, dataPagePath, dataVersionPath, demoDataPath, programmePath, regionDataPath, schemaPath } from '../src/lib/routes.ts';
import { dimensionPageSchema } from '../src/lib/schema/dimension-page.ts';
import { programmeSchema } from '../src/lib/schema/programme.ts';
import { regionSchema } from '../src/lib/schema/region.ts';
import { parseFundingCell, parseIndicatorsCell, parseListCell } from '../src/lib/exports/cells.ts';
import { COHORT_COLUMN_NAMES, EVALUATION_COLUMN_NAMES, PROGRAMME_COLUMN_NAMES, REGISTER_COLUMN_NAMES } from '../src/lib/exports/columns.ts';
import { cohortRecords, cohortsCsv, cohortsFileSchema, cohortsJson, cohortsMeta } from '../src/lib/exports/cohorts.ts';
import { DEMO_DATASETS, csvHeader, dataVersionCell, dataVersionRecord, exportMeta, type PageUrl } from '../src/lib/exports/data-files.ts';
import { contentHistory } from '../src/lib/history/git.ts';
import type { DataVersion } from '../src/lib/history/log.ts';
import { evaluationRecords, evaluationsCsv, evaluationsJson } from '../src/lib/exports/evaluations.ts';
import { DATASET_SCHEMA_NAMES, SCHEMA_NAMES, datasetJsonSchemas, jsonSchemas } from '../src/lib/exports/json-schema.ts';
import { readRegisterLicence, registerCsv, registerFileSchema, registerJson, registerMeta, registerRecords } from '../src/lib/exports/register.ts';
import { loadCohorts } from '../src/lib/cohorts.ts';
import { loadRegister } from '../src/lib/register/register.ts';
import { programmeRecords, programmesCsv, programmesJson } from '../src/lib/exports/programmes.ts';
import { PROGRAMME_LINES, checkFixture, text, validRegion, withLine } from './helpers/content-fixture.ts';
import { builtSite, mainText, page } from './helpers/site.ts';
import { modelOf } from './helpers/model.ts';

/**
 * The downloads in the shared build (tests/global-setup.ts), read back the way a reuser would:
 * the CSV with an independent RFC 4180 parser, the JSON with JSON.parse, and compared with the
 * model loaded from disk.
 */

/**
 * A strict RFC 4180 reader, written here rather than exported because the portal never reads CSV:
 * records end with CRLF (the last one too), a bare CR or LF outside quotes is an error, and so is a
 * quote inside an unquoted field. It returns the cells exactly as stored (formula guard included).
 */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let at = 0;
  const fail = (why: string): never => {
    throw new Error(`CSV at ${at}: ${why}`);
  };
  while (at < csv.length) {
    if (csv[at] === '"') {
      if (cell !== '') fail('quote inside an unquoted field');
      at += 1;
      for (;;) {
        const quote = csv.indexOf('"', at);
        if (quote === -1) fail('unterminated quoted field');
        cell += csv.slice(at, quote);
        at = quote + 1;
        if (csv[at] !== '"') break;
        cell += '"';
        at += 1;
      }
      if (at < csv.length && csv[at] !== ',' && csv[at] !== '\r') fail('text after a closing quote');
      continue;
    }
    const char = csv[at]!;
    if (char === ',') {
      row.push(cell);
      cell = '';
      at += 1;
    } else if (char === '\r') {
      if (csv[at + 1] !== '\n') fail('CR without LF');
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      at += 2;
    } else if (char === '\n') {
      fail('LF without CR');
    } else {
      cell += char;
      at += 1;
    }
  }
  if (row.length > 0 || cell !== '') fail('last record not ended by CRLF');
  return rows;
}

/** Undoes the formula guard: one leading apostrophe is always added by the writer, never content. */
const unguard = (cell: string): string => (cell.startsWith("'") ? cell.slice(1) : cell);

/** Parses a whole program.csv (after the BOM) into one object per row, by column name. */
function csvRecords(csv: string, columns: readonly string[] = csvHeader(PROGRAMME_COLUMN_NAMES)): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv);
  expect(header).toEqual(columns);
  return rows.map((cells) => {
    expect(cells).toHaveLength(columns.length);
    return Object.fromEntries(columns.map((name, index) => [name, unguard(cells[index]!)]));
  });
}

const optionalNumber = (cell: string | undefined): number | undefined => (cell === '' || cell === undefined ? undefined : Number(cell));

const readBuilt = (sitePath: string): Promise<Buffer> => readFile(path.join(builtSite(), sitePath));
const readBuiltJson = async (sitePath: string): Promise<unknown> => JSON.parse((await readBuilt(sitePath)).toString('utf8'));

let model: SiteModel;
/** Absolute page URLs as the build made them, taken from program.json's own metadata. */
let pageUrl: PageUrl;
/** The data version the build read from this checkout's git history (the same commit, so the same version). */
let version: DataVersion | undefined;

beforeAll(async () => {
  const loaded = await loadContentFromDisk(process.cwd());
  expect(loaded.problems).toEqual([]);
  model = modelOf(loaded)!;
  const built = (await readBuiltJson(dataFilePath('program', 'json'))) as { generated: { portal_url: string } };
  pageUrl = (sitePath) => new URL(sitePath.slice(1), built.generated.portal_url).href;
  version = (await contentHistory()).version;
});

describe('program.csv', () => {
  it('is UTF-8 with a BOM and CRLF line ends, and parses as strict RFC 4180', async () => {
    const bytes = await readBuilt(dataFilePath('program', 'csv'));
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(() => parseCsv(csv.slice(1))).not.toThrow();
  });

  it('gives back exactly the real regions’ programmes, each once, by key', async () => {
    const rows = csvRecords((await readBuilt(dataFilePath('program', 'csv'))).toString('utf8').slice(1));
    const keys = rows.map((row) => row.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect([...keys].sort()).toEqual(model.national.programmes.map((p) => p.key).sort());
    expect(keys).toEqual([...keys].sort());
    for (const programme of model.national.programmes) {
      const row = rows.find((r) => r.key === programme.key)!;
      const { data } = programme;
      expect(row.region_slug).toBe(programme.regionSlug);
      expect(row.programme_id).toBe(data.id);
      expect(row.name).toBe(data.name);
      expect(row.fictional).toBe(String(programme.fictional));
      expect(row.dimension).toBe(data.dimension);
      expect(row.element || undefined).toBe(data.element);
      expect(row.kind).toBe(data.kind);
      expect(row.status).toBe(data.status);
      expect(optionalNumber(row.start_year)).toBe(data.startYear);
      expect(optionalNumber(row.end_year)).toBe(data.endYear);
      expect(row.latest_progress_date || undefined).toBe(data.progress.at(-1)?.date);
      expect(parseListCell(row.partners!)).toEqual(data.partners);
      expect(parseListCell(row.tags!)).toEqual(data.tags);
      expect(parseListCell(row.rpjmd_goals!)).toEqual(data.rpjmdGoals);
      expect(parseListCell(row.source_titles!)).toEqual(data.sources.map((s) => s.title));
      expect(parseFundingCell(row.funding_detail!)).toStrictEqual(data.funding);
      expect(parseIndicatorsCell(row.indicators!)).toStrictEqual(data.indicators);
      expect(Number(row.indicator_count)).toBe(data.indicators.length);
      expect(row.url).toBe(pageUrl(programmePath(programme.regionSlug, data.id)));
    }
  });

  it('flattens funding into sources and a total of the stated amounts', async () => {
    // The demonstration region has the richest funding data; its file is written the same way.
    const rows = csvRecords((await readBuilt(demoDataPath('program', 'csv'))).toString('utf8').slice(1));
    const funded = model.fictionalRegions.flatMap((r) => r.programmes).find((p) => new Set(p.data.funding.map((f) => f.source)).size > 1 && p.data.funding.some((f) => f.amount))!;
    const row = rows.find((r) => r.key === funded.key)!;
    expect(parseListCell(row.funding_sources!)).toEqual([...new Set(funded.data.funding.map((f) => f.source))]);
    expect(Number(row.funding_total_idr)).toBe(funded.data.funding.reduce((sum, f) => sum + (f.amount ?? 0), 0));
    const national = csvRecords((await readBuilt(dataFilePath('program', 'csv'))).toString('utf8').slice(1));
    const unfunded = national.find((r) => r.funding_detail === '')!;
    expect([unfunded.funding_sources, unfunded.funding_total_idr]).toEqual(['', '']);
  });
});

describe('program.json', () => {
  it('holds the same programmes as the CSV, sorted by key, with metadata and no build time', async () => {
    const json = (await readBuiltJson(dataFilePath('program', 'json'))) as { generated: Record<string, unknown>; programmes: { key: string }[] };
    const keys = json.programmes.map((p) => p.key);
    expect(keys).toEqual(model.national.programmes.map((p) => p.key).sort());
    expect(json.generated).toMatchObject({ portal: 'Masterplan Terbuka', licence: 'CC-BY-4.0', schemas: { programme: pageUrl(schemaPath('programme')) } });
    expect(JSON.stringify(json.generated)).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });

  it('is byte for byte what the export functions make from the content on disk', async () => {
    const expected = programmesJson(programmeRecords(model.national.regions, pageUrl), exportMeta(pageUrl, version));
    expect((await readBuilt(dataFilePath('program', 'json'))).toString('utf8')).toBe(expected);
    const csv = (await readBuilt(dataFilePath('program', 'csv'))).toString('utf8');
    expect(csv).toBe(programmesCsv(programmeRecords(model.national.regions, pageUrl), version));
  });

  it('does not depend on the order the content files were read in', async () => {
    const { content, problems } = await readContent(process.cwd());
    expect(problems).toEqual([]);
    const reversed = buildModel({
      regions: [...content.regions].reverse(),
      dimensionPages: [...content.dimensionPages].reverse(),
      programmes: [...content.programmes].reverse(),
    });
    const meta = exportMeta(pageUrl, version);
    expect(programmesJson(programmeRecords(reversed.national.regions, pageUrl), meta)).toBe(programmesJson(programmeRecords(model.national.regions, pageUrl), meta));
    expect(programmesCsv(programmeRecords(reversed.national.regions, pageUrl), version)).toBe(programmesCsv(programmeRecords(model.national.regions, pageUrl), version));
  });
});

describe('national and demonstration downloads', () => {
  it('keep the fictional region out of the national files and put it, alone, in /data/demo/', async () => {
    expect(model.fictionalRegions.length).toBeGreaterThan(0);
    const national = csvRecords((await readBuilt(dataFilePath('program', 'csv'))).toString('utf8').slice(1));
    expect(national.every((row) => row.fictional === 'false')).toBe(true);
    const demo = csvRecords((await readBuilt(demoDataPath('program', 'csv'))).toString('utf8').slice(1));
    expect(demo.map((row) => row.key).sort()).toEqual(model.fictionalRegions.flatMap((r) => r.programmes.map((p) => p.key)).sort());
    expect(demo.every((row) => row.fictional === 'true')).toBe(true);
    const meta = exportMeta(pageUrl, version);
    for (const dataset of DEMO_DATASETS) {
      const records = dataset === 'program' ? programmesJson(programmeRecords(model.fictionalRegions, pageUrl), meta) : evaluationsJson(evaluationRecords(model.fictionalRegions, pageUrl), meta);
      expect((await readBuilt(demoDataPath(dataset, 'json'))).toString('utf8')).toBe(records);
    }
  });

  it('publish every real region’s evaluation results, each row with its source, byte for byte what the export functions make', async () => {
    const records = evaluationRecords(model.national.regions, pageUrl);
    expect((await readBuilt(dataFilePath('evaluasi', 'csv'))).toString('utf8')).toBe(evaluationsCsv(records, version));
    expect((await readBuilt(dataFilePath('evaluasi', 'json'))).toString('utf8')).toBe(evaluationsJson(records, exportMeta(pageUrl, version)));
    const rows = csvRecords((await readBuilt(dataFilePath('evaluasi', 'csv'))).toString('utf8').slice(1), csvHeader(EVALUATION_COLUMN_NAMES));
    expect(rows).toHaveLength(model.national.regions.reduce((sum, region) => sum + region.data.evaluations.length, 0));
    for (const row of rows) expect(row.source_title, `${row.region_slug} ${row.year}`).not.toBe('');
  });
});

describe('register and cohorts downloads', () => {
  /** The model as the build makes it: content plus the national lists of data/. */
  const nationalModel = async (): Promise<SiteModel> => {
    const { content, problems } = await readContent(process.cwd());
    expect(problems).toEqual([]);
    return buildModel(content, { register: loadRegister(), cohorts: loadCohorts() });
  };

  /** Rows of a built CSV by column name, after checking its header. */
  const builtRows = async (sitePath: string, columns: readonly string[]): Promise<Record<string, string>[]> => {
    const [header, ...rows] = parseCsv((await readBuilt(sitePath)).toString('utf8').slice(1));
    expect(header).toEqual(columns);
    return rows.map((cells) => Object.fromEntries(columns.map((name, index) => [name, unguard(cells[index]!)])));
  };

  it('list every province and kabupaten/kota of the register once, with its official name, byte for byte what the export functions make', async () => {
    const national = await nationalModel();
    const records = registerRecords(national.directory, pageUrl);
    expect((await readBuilt(dataFilePath('wilayah', 'csv'))).toString('utf8')).toBe(registerCsv(records, version));
    expect((await readBuilt(dataFilePath('wilayah', 'json'))).toString('utf8')).toBe(registerJson(records, registerMeta(pageUrl, version, readRegisterLicence())));
    const register = loadRegister();
    const rows = await builtRows(dataFilePath('wilayah', 'csv'), csvHeader(REGISTER_COLUMN_NAMES));
    expect(rows.filter((row) => row.type === 'provinsi').map((row) => `${row.code} ${row.name}`)).toEqual(register.provinces.map((p) => `${p.code} ${p.name}`));
    const regions = rows.filter((row) => row.type !== 'provinsi');
    expect(regions).toHaveLength(514);
    expect(regions.map((row) => `${row.code} ${row.name} ${row.province_name}`)).toEqual(register.regions.map((r) => `${r.code} ${r.name} ${r.province.name}`).sort());
  });

  it('carry the register’s source and its MIT notice, and validate against their published schemas', async () => {
    const registerFile = registerFileSchema.parse(await readBuiltJson(dataFilePath('wilayah', 'json')));
    expect(registerFile.generated.data_source.licence_notice).toBe(await readFile('data/wilayah/LICENSE', 'utf8'));
    expect(registerFile.generated.data_source.legal_basis).toBe('Kepmendagri No. 300.2.2-2138 Tahun 2025');
    const cohortsFile = cohortsFileSchema.parse(await readBuiltJson(dataFilePath('kohort', 'json')));
    expect(cohortsFile.claims).toHaveLength(loadCohorts().claims.length);
    const generated = datasetJsonSchemas();
    for (const name of DATASET_SCHEMA_NAMES) expect(await readBuiltJson(schemaPath(name))).toEqual(generated[name]);
  });

  it('give every cohort claim a row with its sources, byte for byte what the export functions make', async () => {
    const national = await nationalModel();
    const records = cohortRecords(national, pageUrl);
    expect((await readBuilt(dataFilePath('kohort', 'csv'))).toString('utf8')).toBe(cohortsCsv(records, version));
    expect((await readBuilt(dataFilePath('kohort', 'json'))).toString('utf8')).toBe(cohortsJson(records, cohortsMeta(pageUrl, version)));
    const rows = await builtRows(dataFilePath('kohort', 'csv'), csvHeader(COHORT_COLUMN_NAMES));
    expect(rows.filter((row) => row.year === '2018').length).toBe(national.directory.cohorts.find((cohort) => cohort.year === 2018)?.regions);
    for (const row of rows) expect(row.sources, `${row.region_code} ${row.year}`).not.toBe('');
  });

  it('never name the fictional region', async () => {
    for (const file of [dataFilePath('wilayah', 'csv'), dataFilePath('wilayah', 'json'), dataFilePath('kohort', 'csv'), dataFilePath('kohort', 'json')]) {
      const text = (await readBuilt(file)).toString('utf8');
      for (const region of model.fictionalRegions) expect(text, file).not.toContain(region.slug);
    }
  });
});

describe('data version', () => {
  /** Every JSON download the build wrote under /data/, schemas apart (they describe files, not data). */
  const jsonDownloads = async (): Promise<string[]> => {
    const root = path.join(builtSite(), 'data');
    const files = await readdir(root, { recursive: true });
    return files.filter((file) => file.endsWith('.json') && !file.endsWith('.schema.json')).map((file) => `/data/${file.split(path.sep).join('/')}`);
  };

  it('ends every CSV download with a versi_data column naming it on every row', async () => {
    const root = path.join(builtSite(), 'data');
    const files = (await readdir(root, { recursive: true })).filter((file) => file.endsWith('.csv')).map((file) => `/data/${file.split(path.sep).join('/')}`);
    const national = (['program', 'evaluasi', 'wilayah', 'kohort'] as const).map((file) => dataFilePath(file, 'csv'));
    expect([...files].sort()).toEqual([...national, ...DEMO_DATASETS.map((dataset) => demoDataPath(dataset, 'csv'))].sort());
    const cell = dataVersionCell(version);
    if (version) expect(cell).toMatch(/^\d{4}-\d{2}-\d{2} [0-9a-f]{7}$/);
    let rowsSeen = 0;
    for (const file of files) {
      const [header, ...rows] = parseCsv((await readBuilt(file)).toString('utf8').slice(1));
      expect(header!.at(-1), file).toBe('versi_data');
      for (const row of rows) expect(row.at(-1), file).toBe(cell);
      rowsSeen += rows.length;
    }
    expect(rowsSeen).toBeGreaterThan(0);
  });

  it('has an entry on the data page for every version, the current one marked, that the citation and cite boxes link', async () => {
    for (const [prefix, current] of [
      ['', 'versi saat ini'],
      ['/en', 'current version'],
    ] as const) {
      const html = await page(`${prefix}/data/`);
      const section = html.slice(html.indexOf('id="versi-data"'), html.indexOf('id="pertanyaan"'));
      const entries = [...section.matchAll(/<li id="(versi-[0-9a-f]{7})"[^>]*>([\s\S]*?)<\/li>\s*(?=<li id="versi-|<\/ol>)/g)].map((m) => ({ anchor: m[1]!, html: m[2]! }));
      const history = await contentHistory();
      // One entry per content commit, plus the current version when it changed only data/.
      const expected = history.commits.map((commit) => `versi-${commit.shortHash}`);
      if (version && !history.commits.some((commit) => commit.hash === version!.hash)) expected.unshift(`versi-${version.shortHash}`);
      expect(entries.map((entry) => entry.anchor)).toEqual(expected);
      if (!version) continue;
      const [first] = entries;
      expect(first!.anchor).toBe(`versi-${version.shortHash}`);
      expect(first!.html).toContain(current);
      expect(entries.filter((entry) => entry.html.includes(current))).toHaveLength(1);
      for (const entry of entries) {
        expect(entry.html).toMatch(new RegExp(`<a href="[^"]*${dataVersionPath(entry.anchor.slice('versi-'.length)).replace(/[#/]/g, '\\$&')}"`));
        expect(entry.html).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}"/);
        // No commit subject and no file path: readers get what changed in the data.
        expect(entry.html).not.toContain('content/');
      }
      for (const commit of history.commits) expect(section).not.toContain(commit.subject);
    }
    if (!version) return;
    // A programme's or region's cite box links the version it names to that entry.
    // The fictional showcase is in every build, whichever region a preview builds.
    const permalink = new URL(pageUrl(dataVersionPath(version.shortHash)));
    expect(await page(model.fictionalRegions[0]!.path)).toContain(`href="${permalink.pathname}${permalink.hash}"`);
  });

  it('is named in every JSON download: the commit and day of the newest data change', async () => {
    const files = await jsonDownloads();
    // National files, demonstration files and the file of each region built.
    const national = (['program', 'evaluasi', 'wilayah', 'kohort'] as const).map((file) => dataFilePath(file, 'json'));
    expect(files).toEqual(expect.arrayContaining([...national, ...DEMO_DATASETS.map((dataset) => demoDataPath(dataset, 'json'))]));
    expect(files.some((file) => file.startsWith('/data/daerah/'))).toBe(true);
    const expected = dataVersionRecord(version);
    for (const file of files) {
      const json = (await readBuiltJson(file)) as { generated?: { data_version?: unknown } };
      expect(json.generated?.data_version, file).toEqual(expected);
    }
    if (version) expect(expected).toEqual({ date: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), commit: expect.stringMatching(/^[0-9a-f]{40}$/), short: version.hash.slice(0, 7) });
  });
});

describe('region JSON files', () => {
  it('exist for every region and carry its whole masterplan, valid against the schemas', async () => {
    for (const region of model.regions) {
      const json = (await readBuiltJson(regionDataPath(region.slug))) as {
        generated: { licence: string };
        region: { slug: string; data: unknown };
        dimension_pages: { dimension: string; data: unknown }[];
        programmes: { key: string; data: unknown }[];
      };
      expect(json.generated.licence).toBe('CC-BY-4.0');
      expect(json.region.slug).toBe(region.slug);
      expect(regionSchema.parse(json.region.data)).toEqual(region.data);
      expect(json.dimension_pages.map((d) => d.dimension)).toEqual(region.dimensions.filter((d) => d.page).map((d) => d.dimension.id));
      for (const dimensionPage of json.dimension_pages) expect(dimensionPageSchema.safeParse(dimensionPage.data).success).toBe(true);
      expect(json.programmes.map((p) => p.key)).toEqual(region.programmes.map((p) => p.key).sort());
      for (const programme of json.programmes) {
        expect(programmeSchema.parse(programme.data)).toEqual(region.programmes.find((p) => p.key === programme.key)!.data);
      }
    }
  });
});

describe('JSON Schema files', () => {
  it('are JSON Schema objects generated from the content schemas', async () => {
    const generated = jsonSchemas();
    for (const name of SCHEMA_NAMES) {
      const schema = (await readBuiltJson(schemaPath(name))) as { $schema: string; type: string; properties: Record<string, object>; required: string[] };
      expect(schema).toEqual(generated[name]);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.type).toBe('object');
      for (const required of schema.required) expect(Object.keys(schema.properties)).toContain(required);
    }
    const programme = (await readBuiltJson(schemaPath('programme'))) as { properties: Record<string, { enum?: string[] }> };
    expect(programme.properties.dimension?.enum).toContain('smart-governance');
    const dimensionPage = (await readBuiltJson(schemaPath('dimension-page'))) as { properties: object };
    expect(dimensionPage.properties).toHaveProperty('dimension');
  });
});

describe('moved data files', () => {
  /** Where a moved address leads for one file below it; `*` stands for the rest of the path. */
  const targetOf = (to: string, rest: string): string => to.replace(/\*$/, rest);

  it('lead to files the build wrote, and the old names are no longer built', async () => {
    for (const { from, to } of MOVED_PATHS) {
      // The one folder that moved holds the region files.
      const rests = from.endsWith('/*') ? model.regions.map((region) => `${region.slug}.json`) : [''];
      for (const rest of rests) {
        await expect(readBuilt(targetOf(to, rest)), `${from} → ${to}`).resolves.toBeInstanceOf(Buffer);
        await expect(readBuilt(targetOf(from, rest)), from).rejects.toThrow(/ENOENT/);
      }
    }
  });
});

describe('the data page', () => {
  for (const [lang, prefix] of [
    ['id', ''],
    ['en', '/en'],
  ] as const) {
    it(`documents every CSV column in order, in an accessible table (${lang})`, async () => {
      const html = await page(`${prefix}/data/`);
      expect(html).toMatch(new RegExp(`^<!DOCTYPE html><html lang="${lang}"`));
      const table = html.slice(html.indexOf('<table'), html.indexOf('</table>'));
      expect(table).toMatch(/<caption[^>]*>[^<]+<\/caption>/);
      expect(table.match(/<th scope="col"/g)).toHaveLength(3);
      const documented = [...table.matchAll(/<th scope="row"[^>]*><code[^>]*>([^<]+)<\/code><\/th>/g)].map((m) => m[1]);
      expect(documented).toEqual(csvHeader(PROGRAMME_COLUMN_NAMES));
    });

    it(`links every download, and each link resolves to a built file (${lang})`, async () => {
      const html = await page(`${prefix}/data/`);
      const links = [...html.matchAll(/<a href="([^"]+)"[^>]* download[ >]/g)].map((m) => m[1]!);
      const expected = [
        // The spreadsheet of all programmes comes first, then every national file in both formats.
        dataFilePath('program', 'csv'),
        dataFilePath('program', 'csv'),
        dataFilePath('program', 'json'),
        dataFilePath('evaluasi', 'csv'),
        dataFilePath('evaluasi', 'json'),
        dataFilePath('wilayah', 'csv'),
        dataFilePath('wilayah', 'json'),
        dataFilePath('kohort', 'csv'),
        dataFilePath('kohort', 'json'),
        ...DEMO_DATASETS.flatMap((dataset) => [demoDataPath(dataset, 'csv'), demoDataPath(dataset, 'json')]),
        ...model.regions.map((r) => regionDataPath(r.slug)),
        ...SCHEMA_NAMES.map(schemaPath),
        ...DATASET_SCHEMA_NAMES.map(schemaPath),
      ];
      expect(links.map((link) => link.slice(link.indexOf('/data/')))).toEqual(expected);
      for (const link of expected) await expect(readBuilt(link)).resolves.toBeInstanceOf(Buffer);
    });
  }

  it('documents register.csv and cohorts.csv column by column, the register’s source and MIT notice, and how the files answer questions', async () => {
    /** Column names documented in the first table after the heading with this id. */
    const documentedAfter = (html: string, headingId: string): string[] => {
      const start = html.indexOf(`id="${headingId}"`);
      expect(start, headingId).toBeGreaterThan(-1);
      const table = html.slice(html.indexOf('<table', start), html.indexOf('</table>', start));
      return [...table.matchAll(/<th scope="row"[^>]*><code[^>]*>([^<]+)<\/code><\/th>/g)].map((m) => m[1]!);
    };
    const notice = (await readFile('data/wilayah/LICENSE', 'utf8')).split('\n')[2]!;
    for (const [prefix, heading, question] of [
      ['', 'Pertanyaan yang bisa dijawab', 'Provinsi mana yang belum punya daerah peserta?'],
      ['/en', 'Questions these files answer', 'Which provinces have no participating region?'],
    ] as const) {
      const html = await page(`${prefix}/data/`);
      expect(documentedAfter(html, 'kamus-evaluasi')).toEqual(csvHeader(EVALUATION_COLUMN_NAMES));
      expect(documentedAfter(html, 'kamus-register')).toEqual(csvHeader(REGISTER_COLUMN_NAMES));
      expect(documentedAfter(html, 'kamus-kohort')).toEqual(csvHeader(COHORT_COLUMN_NAMES));
      const text = mainText(html);
      expect(text).toContain(heading);
      expect(text).toContain(question);
      expect(text).toContain('Kepmendagri No. 300.2.2-2138 Tahun 2025');
      expect(text).toContain(notice);
    }
  });

  it('states the licence, a citation and the fictional-data note in both languages', async () => {
    const id = mainText(await page('/data/'));
    expect(id).toContain('CC BY 4.0');
    // The citation names the data version, so a cited figure can be found again.
    expect(id).toMatch(/Masterplan Terbuka\. Data terbuka Masterplan Smart City daerah di Indonesia\. CC BY 4\.0\. Versi data \d{1,2} \S+ \d{4} \([0-9a-f]{7}\)\. /);
    // …and links that version's entry on the data page.
    expect(id).toContain(`${pageUrl(version ? dataVersionPath(version.shortHash) : dataPagePath())} (diakses [tanggal]).`);
    expect(id).toContain('fictional=true');
    const en = mainText(await page('/en/data/'));
    expect(en).toContain('Open data');
    expect(en).toContain('(accessed [date])');
    expect(en).toContain('Unique programme key');
  });
});

describe('a programme with awkward text', () => {
  it('survives the CSV: quotes, commas, line breaks, separators, formulas, number-like texts', async () => {
    const lines = withLine(PROGRAMME_LINES, 'name:', [
      'name: "=HYPERLINK(\\"http://x.example\\", \\"klik\\"), lalu \'kutip\'"',
      'partners:',
      '  - "Mitra ; dengan titik koma"',
      '  - "-awalan minus | pipa 100%"',
      'funding:',
      '  - source: csr',
      '    note: "baris satu\\nbaris dua, dengan koma"',
      '  - source: apbd',
      '    amount: 1500000',
      '    year: 2024',
      'indicators:',
      '  - level: output',
      '    name: "@akun ; layanan"',
      '    baseline: "45"',
      '    target: 50',
      '    unit: "%"',
      'rpjmdGoals:',
      '  - "+Tujuan dengan plus"',
    ]);
    const checked = await checkFixture({ ...validRegion(), 'kota-uji/program/layanan-daring.md': text(lines) });
    expect(checked.problems).toEqual([]);
    const fixture = modelOf(checked)!;
    const programme = fixture.programmes[0]!.data;
    const [row] = csvRecords(programmesCsv(programmeRecords(fixture.regions, pageUrl), version).slice(1));
    expect(row!.name).toBe(programme.name);
    expect(programme.name.startsWith('=')).toBe(true);
    expect(parseListCell(row!.partners!)).toEqual(['Mitra ; dengan titik koma', '-awalan minus | pipa 100%']);
    expect(parseFundingCell(row!.funding_detail!)).toStrictEqual(programme.funding);
    expect(parseIndicatorsCell(row!.indicators!)).toStrictEqual(programme.indicators);
    expect(parseListCell(row!.rpjmd_goals!)).toEqual(['+Tujuan dengan plus']);
  });
});
