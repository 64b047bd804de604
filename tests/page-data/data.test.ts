import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/lib/content/entries.ts';
import { cohortRecords } from '../../src/lib/exports/cohorts.ts';
import { programmeRecords, programmesCsv } from '../../src/lib/exports/programmes.ts';
import { registerRecords } from '../../src/lib/exports/register.ts';
import { buildModel } from '../../src/lib/model.ts';
import { dataPage } from '../../src/lib/page-data/data.ts';
import { dataFilePath, demoDataPath, regionDataPath, schemaPath } from '../../src/lib/routes.ts';
import { regionSchema, type Region } from '../../src/lib/schema/region.ts';
import { nationalModel } from './national-model.ts';

/** What the open-data page lists and says, computed without building the site. */

function regionEntry(slug: string, name: string, fictional = false): Entry<Region> {
  const data = regionSchema.parse({ slug, name, type: 'kota', province: 'Provinsi Uji', fictional, sources: [{ title: 'Sumber uji' }] });
  return { kind: 'region', region: slug, name: 'index', entryId: `${slug}/index`, file: `content/${slug}/index.md`, data };
}

const model = buildModel({
  regions: [regionEntry('kota-contoh', 'Kota Contoh', true), regionEntry('kota-beta', 'Kota Beta'), regionEntry('kota-alfa', 'Kota Alfa')],
  dimensionPages: [],
  programmes: [],
});
const pageUrl = (path: string) => `https://portal.example${path}`;
const PAGE_URL = 'https://portal.example/data/';
const page = dataPage(model, 'id', pageUrl);
const english = dataPage(model, 'en', pageUrl);

/** The small country of the national pages, at a known data version. */
const VERSION = { hash: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', shortHash: 'a1b2c3d', date: '2025-11-30T09:00:00+07:00', day: '2025-11-30' };
const country = { ...nationalModel(), version: VERSION };
const national = dataPage(country, 'id', pageUrl);

/** The name a download is saved as: the last part of its address. */
const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

describe('the downloads', () => {
  it('are the four national files, each as spreadsheet (CSV) then JSON, linked to where the build writes them and named like them', () => {
    expect(page.datasets.map((dataset) => dataset.file)).toEqual(['program', 'evaluasi', 'wilayah', 'kohort']);
    const expected = (['program', 'evaluasi', 'wilayah', 'kohort'] as const).flatMap((file) => [dataFilePath(file, 'csv'), dataFilePath(file, 'json')]);
    const formats = page.datasets.flatMap((dataset) => dataset.formats);
    expect(formats.map((file) => file.path)).toEqual(expected);
    expect(formats.map((file) => file.name)).toEqual(expected.map(nameOf));
    expect(formats.map((file) => file.label)).toEqual(Array.from({ length: 4 }, () => ['Spreadsheet (CSV)', 'JSON']).flat());
  });

  it('say in one plain sentence what each file holds, with no file format jargon', () => {
    expect(page.datasets[0]!.description).toBe('Semua program dari semua daerah nyata: nama, daerah, dimensi, status, tahun, anggaran bila diketahui, dan sumbernya.');
    expect(english.datasets[0]!.title).toBe('Programmes');
    for (const dataset of [...page.datasets, ...english.datasets]) {
      expect(dataset.description).toMatch(/^[^.]+\.$/);
      expect(dataset.description).not.toMatch(/CSV|JSON|BOM|UTF|RFC|npm|schema|skema/i);
    }
  });

  it('count the rows of the files served: one per real programme, per register row, per cohort claim', () => {
    const rows = Object.fromEntries(national.datasets.map((dataset) => [dataset.file, dataset.rows]));
    expect(rows).toEqual({
      program: programmeRecords(country.national.regions, pageUrl).length,
      evaluasi: 0,
      wilayah: registerRecords(country.directory, pageUrl).length,
      kohort: cohortRecords(country, pageUrl).length,
    });
    // The fictional showcase's two regions and three programmes are not in the national files.
    expect(rows.program).toBe(5);
    expect(rows.wilayah).toBe(9);
    expect(national.datasets[0]!.rowsText).toBe('5 baris, satu per program');
    expect(dataPage(country, 'en', pageUrl).datasets[2]!.rowsText).toBe('9 rows, one per province or kabupaten/kota');
  });

  it('give the size of the bytes served, as people read it', () => {
    const csv = national.datasets[0]!.formats[0];
    const served = programmesCsv(programmeRecords(country.national.regions, pageUrl));
    expect(csv.bytes).toBe(Buffer.byteLength(served, 'utf8'));
    expect(csv.size).toBe(`${Math.ceil(csv.bytes / 1024)} KB`);
    expect(national.datasets[0]!.formats[1].size).toBe(`${Math.ceil(national.datasets[0]!.formats[1].bytes / 1024)} KB`);
  });

  it('open with the spreadsheet of all programmes: rows, size, data version and licence in one line', () => {
    expect(national.primary.download).toBe(national.datasets[0]!.formats[0]);
    expect(national.primary.summary).toBe(`5 baris, satu per program · ${national.datasets[0]!.formats[0].size} · versi data 30 November 2025 (a1b2c3d) · lisensi CC BY 4.0`);
  });

  it('name the licence of each file: the register’s codes and names are MIT', () => {
    expect(national.datasets.map((dataset) => dataset.licence)).toEqual(['CC BY 4.0', 'CC BY 4.0', 'CC BY 4.0; kode dan nama wilayah MIT', 'CC BY 4.0']);
  });
});

describe('the data version', () => {
  it('is the date and short code of the newest data change, with how to rebuild the files of that version', () => {
    expect(national.version.version).toEqual(VERSION);
    expect(national.version.label).toBe('30 November 2025 (a1b2c3d)');
    expect(national.version.reproduce).toContain(`git checkout ${VERSION.hash}`);
    expect(national.citation).toBe(`Masterplan Terbuka. Data terbuka Masterplan Smart City daerah di Indonesia. CC BY 4.0. Versi data 30 November 2025 (a1b2c3d). ${PAGE_URL} (diakses [tanggal]).`);
  });

  it('is said to be unknown, not made up, when the build had no history', () => {
    expect(page.version.version).toBeUndefined();
    expect(page.version.label).toBe('tidak diketahui (portal ini dibuat tanpa riwayat perubahannya)');
    expect(page.version.reproduce).toContain('git checkout <kode versi>');
    expect(english.primary.summary).toContain('data version unknown (this portal was built without its change history)');
  });
});

describe('the other files', () => {
  it('list the demonstration files apart, named by their folder under the data page', () => {
    expect(page.demoFiles).toEqual(
      (['program', 'evaluasi'] as const).flatMap((dataset) =>
        (['csv', 'json'] as const).map((format) => ({ path: demoDataPath(dataset, format), name: `demo/${nameOf(demoDataPath(dataset, format))}` })),
      ),
    );
  });

  it('give every region its own JSON file, in the model’s order, the fictional showcase included', () => {
    expect(page.regionFiles.map((file) => [file.name, file.region.data.name, file.region.data.fictional])).toEqual([
      ['kota-alfa.json', 'Kota Alfa', false],
      ['kota-beta.json', 'Kota Beta', false],
      ['kota-contoh.json', 'Kota Contoh', true],
    ]);
    expect(page.regionFiles[0]!.path).toBe(regionDataPath('kota-alfa'));
  });

  it('offer the content schemas, then the schemas of the national lists, each saying what it describes', () => {
    expect(page.schemas.map((schema) => schema.path)).toEqual((['region', 'dimension-page', 'programme', 'register', 'cohorts'] as const).map(schemaPath));
    expect(page.schemas.map((schema) => schema.label)).toEqual(['Daerah', 'Halaman dimensi', 'Program', `Berkas ${page.facts.register.json}`, `Berkas ${page.facts.cohorts.json}`]);
    expect(english.schemas.at(-1)!.label).toBe(`The ${english.facts.cohorts.json} download`);
  });
});

describe('the texts', () => {
  it('name the files as they are published, so a renamed file is renamed in every sentence', () => {
    const { register, cohorts, programmes, evaluations } = page.facts;
    expect(register.csv).toBe(nameOf(dataFilePath('wilayah', 'csv')));
    expect(page.questionsText).toBe(`Berkas-berkas ini bisa digabung dengan kode wilayah: code di ${register.csv} sama dengan region_code di berkas lain.`);
    expect(page.questions[0]!.answer).toContain(`Di ${cohorts.csv}, saring year = 2018`);
    expect(page.questions[0]!.answer).toContain(`${regionDataPath('<region_slug>')} memuat periode`);
    expect(page.questions[1]!.answer).toMatch(new RegExp(`^Di ${evaluations.csv.replace('.', '\\.')}, saring baris`));
    expect(page.dictionaries.programmes).toEqual({
      heading: `Kamus data ${programmes.csv}`,
      text: `Kolom yang sama, dengan nama yang sama, ada pada setiap program di ${programmes.json}.`,
      caption: `Kolom ${programmes.csv}, menurut urutan di berkas`,
    });
    expect(english.dictionaries.register.heading).toBe(`Data dictionary of ${register.csv}`);
    expect(page.fictionalText).toContain(`Berkas nasional (${[programmes, evaluations, register, cohorts].map((file) => file.stem).join(', ')}) tidak memuatnya`);
  });

  it('ask three questions the files answer, in the reader’s language', () => {
    expect(page.questions.map((question) => question.question)).toEqual([
      'Daerah mana yang bergabung pada 2018, dan apa yang diketahui tentang masterplannya?',
      'Daerah mana yang sudah menerbitkan nilai evaluasi, dan berapa nilainya?',
      'Provinsi mana yang belum punya daerah peserta?',
    ]);
    expect(english.questions.map((question) => question.question)).toEqual([
      'Which regions joined in 2018, and what do we know about their masterplans?',
      'Which regions have published evaluation scores, and what are they?',
      'Which provinces have no participating region?',
    ]);
  });

  it('state the licences and the register’s source, and suggest a citation with the data page’s address', () => {
    expect(page.licenceText).toMatch(/^Data portal berlisensi Creative Commons Attribution 4\.0 International \(CC BY 4\.0\), kecuali/);
    expect(page.registerSourceText).toContain('berasal dari Kepmendagri No. 300.2.2-2138 Tahun 2025, seperti dimuat berkas db/wilayah.sql');
    expect(page.registerSourceText).toMatch(/\(commit [0-9a-f]{7}\)/);
    expect(page.citation).toBe(
      `Masterplan Terbuka. Data terbuka Masterplan Smart City daerah di Indonesia. CC BY 4.0. Versi data tidak diketahui (portal ini dibuat tanpa riwayat perubahannya). ${PAGE_URL} (diakses [tanggal]).`,
    );
    expect(english.citation).toBe(
      `Masterplan Terbuka. Open data of Indonesia’s regional Smart City Masterplans. CC BY 4.0. Data version unknown (this portal was built without its change history). ${PAGE_URL} (accessed [date]).`,
    );
  });
});
