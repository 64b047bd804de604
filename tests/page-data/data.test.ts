import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/lib/content/entries.ts';
import { buildModel } from '../../src/lib/model.ts';
import { dataPage } from '../../src/lib/page-data/data.ts';
import { dataFilePath, demoDataPath, regionDataPath, schemaPath } from '../../src/lib/routes.ts';
import { regionSchema, type Region } from '../../src/lib/schema/region.ts';

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
const PAGE_URL = 'https://portal.example/data/';
const page = dataPage(model, 'id', PAGE_URL);
const english = dataPage(model, 'en', PAGE_URL);

/** The name a download is saved as: the last part of its address. */
const nameOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

describe('the downloads', () => {
  it('are the four national files, each as CSV then JSON, linked to where the build writes them and named like them', () => {
    const expected = (['program', 'evaluasi', 'wilayah', 'kohort'] as const).flatMap((file) => [dataFilePath(file, 'csv'), dataFilePath(file, 'json')]);
    expect(page.downloads.map((file) => file.path)).toEqual(expected);
    expect(page.downloads.map((file) => file.name)).toEqual(expected.map(nameOf));
    expect(page.downloads.every((file) => file.description.length > 0)).toBe(true);
    expect(page.downloads[0]!.description).toBe('Semua program dari semua daerah nyata, satu baris per program. Dapat dibuka di program lembar kerja.');
    expect(english.downloads[0]!.description).toBe('All programmes of all real regions, one row per programme. Opens in spreadsheet programs.');
  });

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
    expect(page.citation).toBe(`Masterplan Terbuka. Data terbuka Masterplan Smart City daerah di Indonesia. CC BY 4.0. ${PAGE_URL} (diakses [tanggal]).`);
    expect(english.citation).toBe(`Masterplan Terbuka. Open data of Indonesia’s regional Smart City Masterplans. CC BY 4.0. ${PAGE_URL} (accessed [date]).`);
  });
});
