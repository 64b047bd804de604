import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src/lib/content/entries.ts';
import { cohortRecords } from '../../src/lib/exports/cohorts.ts';
import { programmeRecords, programmesCsv } from '../../src/lib/exports/programmes.ts';
import { registerRecords } from '../../src/lib/exports/register.ts';
import { readVersion } from '../../src/lib/history/field-changes.ts';
import { indexHistory, parseGitLog, type HistoryStatus } from '../../src/lib/history/log.ts';
import { buildModel } from '../../src/lib/model.ts';
import { RECENT_VERSIONS, dataPage, repositoryAt, type VersionEntry } from '../../src/lib/page-data/data.ts';
import { dataFilePath, demoDataPath, regionDataPath, schemaPath } from '../../src/lib/routes.ts';
import { programmeSchema, type Programme } from '../../src/lib/schema/programme.ts';
import { regionSchema, type Region } from '../../src/lib/schema/region.ts';
import { gitLogOutput, type FixtureCommit } from '../helpers/git-log.ts';
import { historyOnly } from '../helpers/history-lists.ts';
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
/** A deployment without a repository address: no link may lead to one. */
const NO_REPOSITORY = { repositoryUrl: undefined };
const page = dataPage(model, 'id', pageUrl, NO_REPOSITORY);
const english = dataPage(model, 'en', pageUrl, NO_REPOSITORY);

/** The small country of the national pages, at a known data version. */
const VERSION = { hash: 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', shortHash: 'a1b2c3d', date: '2025-11-30T09:00:00+07:00', day: '2025-11-30' };
const country = { ...nationalModel(), version: VERSION };
const national = dataPage(country, 'id', pageUrl, NO_REPOSITORY);

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
    expect(dataPage(country, 'en', pageUrl, NO_REPOSITORY).datasets[2]!.rowsText).toBe('9 rows, one per province or kabupaten/kota');
  });

  it('give the size of the bytes served, as people read it', () => {
    const csv = national.datasets[0]!.formats[0];
    const served = programmesCsv(programmeRecords(country.national.regions, pageUrl), VERSION);
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
  });

  it('is cited by its permalink on the data page, so a cited figure leads to its version', () => {
    expect(national.version.path).toBe('/data/#versi-a1b2c3d');
    const citation = `Masterplan Terbuka. Data terbuka Masterplan Smart City daerah di Indonesia. CC BY 4.0. Versi data 30 November 2025 (a1b2c3d). ${PAGE_URL}#versi-a1b2c3d (diakses [tanggal]).`;
    expect(national.citation).toBe(citation);
    expect(national.citationParts).toEqual({
      before: 'Masterplan Terbuka. Data terbuka Masterplan Smart City daerah di Indonesia. CC BY 4.0. Versi data 30 November 2025 (a1b2c3d). ',
      url: `${PAGE_URL}#versi-a1b2c3d`,
      after: ' (diakses [tanggal]).',
    });
  });

  it('is said to be unknown, not made up, when the build had no history', () => {
    expect(page.version.version).toBeUndefined();
    expect(page.version.label).toBe('tidak diketahui (portal ini dibuat tanpa riwayat perubahannya)');
    expect(page.version.reproduce).toContain('git checkout <kode versi>');
    expect(page.version.path).toBeUndefined();
    expect(page.version.recent).toEqual([]);
    expect(page.version.note).toBe('Riwayat versi tidak tersedia di salinan portal ini.');
    expect(page.citationParts.url).toBe(PAGE_URL);
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
      text: `Kolom yang sama, dengan nama yang sama, ada pada setiap program di ${programmes.json}, kecuali versi_data (lihat artinya di tabel).`,
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

describe('the data versions', () => {
  const hash = (char: string) => char.repeat(40);
  const programmeEntry = (region: string, id: string): Entry<Programme> => ({
    kind: 'programme',
    region,
    name: id,
    entryId: `${region}/program/${id}`,
    file: `content/${region}/program/${id}.md`,
    data: programmeSchema.parse({ id, name: `Program ${id}`, dimension: 'smart-living', element: 'kesehatan', kind: 'priority' }),
  });
  const programmeText = (status: string) => `---\nid: bus\nname: Program bus\ndimension: smart-living\nkind: priority\nstatus: ${status}\n---\nTeks.\n`;
  /** The versions git holds; `b`, `1` and `2` name objects of the files' versions. */
  const OBJECTS = new Map([
    [hash('1'), readVersion(programmeText('planned'))],
    [hash('2'), readVersion(programmeText('running'))],
    [hash('b'), readVersion('---\nslug: kota-lama\nname: Kota Lama\ntype: kota\nprovince: Provinsi Uji\n---\n')],
  ]);
  /** Newest first. Commit subjects are developers' notes: none may reach the page. */
  const COMMITS: FixtureCommit[] = [
    // The newest version changed only a national list (data/), as did older ones (`a`, `9`).
    { hash: hash('f'), date: '2026-12-01T08:00:00+07:00', subject: 'add cohort source', changes: [['M', 'data/kohort.yaml']] },
    { hash: hash('e'), date: '2026-11-30T09:00:00+07:00', subject: 'fix typo in bus', changes: [['M', 'content/kota-alfa/program/bus.md', { before: hash('1'), after: hash('2') }]] },
    { hash: hash('d'), date: '2026-11-20T09:00:00+07:00', subject: 'rename file', changes: [['R100', 'content/kota-beta/program/a.md', 'content/kota-beta/program/b.md', { before: hash('3'), after: hash('3') }]] },
    { hash: hash('a'), date: '2026-10-15T09:00:00+07:00', subject: 'register codes 2025', changes: [['M', 'data/wilayah/kode-wilayah-2025.tsv']] },
    {
      hash: hash('c'),
      date: '2026-10-01T09:00:00+07:00',
      subject: 'Import Kota Beta',
      changes: [
        ['A', 'content/kota-beta/index.md'],
        ['A', 'content/kota-beta/program/a.md'],
        ['A', 'content/kota-beta/program/c.md'],
        ['M', 'content/kota-contoh/program/z.md'],
        ['A', 'content/kota-alfa/gambar/peta.png'],
        ['M', 'content/README.md'],
      ],
    },
    { hash: hash('6'), date: '2026-09-15T09:00:00+07:00', subject: 'explain data folder', changes: [['M', 'data/README.md']] },
    {
      hash: hash('9'),
      date: '2026-09-01T09:00:00+07:00',
      subject: 'drop Kota Lama',
      changes: [
        ['D', 'content/kota-lama/index.md', { before: hash('b') }],
        ['M', 'content/kota-alfa/index.md'],
        ['M', 'data/kohort.yaml'],
      ],
    },
    {
      hash: hash('8'),
      date: '2026-08-01T09:00:00+07:00',
      subject: 'first import',
      changes: ['kota-eko', 'kota-delta', 'kota-contoh', 'kota-beta', 'kota-alfa'].map((region) => ['A', `content/${region}/program/p.md`]),
    },
  ];
  const content = {
    regions: [regionEntry('kota-contoh', 'Kota Contoh', true), regionEntry('kota-beta', 'Kota Beta'), regionEntry('kota-alfa', 'Kota Alfa')],
    dimensionPages: [],
    programmes: [programmeEntry('kota-alfa', 'bus'), programmeEntry('kota-beta', 'b'), programmeEntry('kota-beta', 'c')],
  };
  const withHistory = (commits: readonly FixtureCommit[], status: HistoryStatus = 'complete') =>
    buildModel(content, historyOnly(indexHistory(parseGitLog(gitLogOutput(commits)), status, { objects: OBJECTS })));
  const history = withHistory(COMMITS);
  const ids = dataPage(history, 'id', pageUrl, { repositoryUrl: 'https://github.com/kota/masterplan' });
  const ens = dataPage(history, 'en', pageUrl, NO_REPOSITORY);
  const all = (versions: { recent: readonly VersionEntry[]; older: readonly VersionEntry[] }) => [...versions.recent, ...versions.older];

  it('lists every data version newest first, each with a permalink of its short code, its day and what changed', () => {
    expect(all(ids.version).map((entry) => [entry.anchor, entry.path, entry.day, entry.dayLabel, entry.current])).toEqual([
      ['versi-fffffff', '/data/#versi-fffffff', '2026-12-01', '1 Desember 2026', true],
      ['versi-eeeeeee', '/data/#versi-eeeeeee', '2026-11-30', '30 November 2026', false],
      ['versi-ddddddd', '/data/#versi-ddddddd', '2026-11-20', '20 November 2026', false],
      ['versi-aaaaaaa', '/data/#versi-aaaaaaa', '2026-10-15', '15 Oktober 2026', false],
      ['versi-ccccccc', '/data/#versi-ccccccc', '2026-10-01', '1 Oktober 2026', false],
      ['versi-6666666', '/data/#versi-6666666', '2026-09-15', '15 September 2026', false],
      ['versi-9999999', '/data/#versi-9999999', '2026-09-01', '1 September 2026', false],
      ['versi-8888888', '/data/#versi-8888888', '2026-08-01', '1 Agustus 2026', false],
    ]);
    expect(ens.version.recent[1]!.dayLabel).toBe('30 November 2026');
    expect(ids.version.note).toBeUndefined();
    expect(ids.version.older).toEqual([]);
  });

  it('says in plain words what each version changed, by kind of page and region, never the commit’s note or a file path', () => {
    expect(all(ids.version).map((entry) => entry.summary)).toEqual([
      'Daftar wilayah atau daftar angkatan diubah.',
      '1 program diubah di Kota Alfa.',
      'Tidak ada perubahan isi yang terlihat pembaca (berkas hanya dipindah atau dirapikan).',
      'Daftar wilayah atau daftar angkatan diubah.',
      '1 daerah ditambahkan: Kota Beta; 2 program ditambahkan di Kota Beta; 1 program diubah di Kota Contoh (fiktif); 1 berkas lain (mis. gambar) diubah di Kota Alfa.',
      // data/'s own README is a note for editors, not a list readers download.
      'Tidak ada perubahan isi yang terlihat pembaca (berkas hanya dipindah atau dirapikan).',
      'Profil 1 daerah diubah: Kota Alfa; 1 daerah dihapus: Kota Lama; daftar wilayah atau daftar angkatan diubah.',
      '5 program ditambahkan di Kota Alfa, Kota Beta, Kota Contoh (fiktif) dan 2 lainnya.',
    ]);
    expect(all(ens.version).map((entry) => entry.summary)).toEqual([
      'Register of regions or cohort list changed.',
      '1 programme changed in Kota Alfa.',
      'No change readers can see (files only moved or tidied).',
      'Register of regions or cohort list changed.',
      '1 region added: Kota Beta; 2 programmes added in Kota Beta; 1 programme changed in Kota Contoh (fictional); 1 other file (e.g. an image) changed in Kota Alfa.',
      'No change readers can see (files only moved or tidied).',
      'Region profile changed: Kota Alfa; 1 region removed: Kota Lama; register of regions or cohort list changed.',
      '5 programmes added in Kota Alfa, Kota Beta, Kota Contoh (fictional) and 2 more.',
    ]);
    const shown = JSON.stringify([ids.version, ens.version]);
    for (const developerWords of COMMITS.map((commit) => commit.subject)) expect(shown).not.toContain(developerWords);
    expect(shown).not.toContain('content/');
    expect(shown).not.toMatch(/kohort\.yaml|kode-wilayah|README/);
  });

  it('lists the field changes of a version that changed one page, as that page’s change history says them', () => {
    expect(all(ids.version).map((entry) => entry.details)).toEqual([[], ['Status: Direncanakan → Berjalan'], [], [], [], [], [], []]);
    expect(ens.version.recent[1]!.details).toEqual(['Status: Planned → Running']);
  });

  it('links each version to the repository’s files at that commit, and to nothing without a repository', () => {
    expect(ids.version.recent[1]!.repository).toEqual({ url: `https://github.com/kota/masterplan/tree/${hash('e')}`, label: 'Lihat data versi eeeeeee di repositori' });
    expect(all(ens.version).every((entry) => entry.repository === undefined)).toBe(true);
    expect(repositoryAt('https://gitlab.com/kota/masterplan', hash('e'))).toBe(`https://gitlab.com/kota/masterplan/-/tree/${hash('e')}`);
    expect(repositoryAt('https://gitlab.kota.go.id/diskominfo/masterplan', hash('e'))).toBe(`https://gitlab.kota.go.id/diskominfo/masterplan/-/tree/${hash('e')}`);
    expect(repositoryAt('https://codeberg.org/kota/masterplan', hash('e'))).toBe(`https://codeberg.org/kota/masterplan/src/commit/${hash('e')}`);
    // A forge whose addresses are not known gets no guessed link.
    expect(repositoryAt('https://git.kota.go.id/masterplan', hash('e'))).toBeUndefined();
    expect(dataPage(history, 'id', pageUrl, { repositoryUrl: 'https://git.kota.go.id/masterplan' }).version.recent.every((entry) => entry.repository === undefined)).toBe(true);
  });

  it('marks the newest commit as current, whether it changed pages or only the national lists', () => {
    expect(ids.version.path).toBe('/data/#versi-fffffff');
    const current = dataPage(withHistory(COMMITS.slice(1)), 'id', pageUrl, NO_REPOSITORY).version;
    expect(current.recent.map((entry) => entry.current)).toEqual([true, false, false, false, false, false, false]);
    expect(current.path).toBe('/data/#versi-eeeeeee');
  });

  it(`shows the newest ${RECENT_VERSIONS} versions and folds the rest, so the page stays short`, () => {
    const many: FixtureCommit[] = Array.from({ length: RECENT_VERSIONS + 2 }, (_, index) => ({
      hash: (index + 10).toString(16).padStart(2, '0').repeat(20),
      date: `2026-0${1 + Math.floor(index / 28)}-${String(28 - (index % 28)).padStart(2, '0')}T09:00:00+07:00`,
      subject: 'edit',
      changes: [['M', 'content/kota-alfa/program/bus.md']],
    }));
    const versions = dataPage(withHistory(many), 'id', pageUrl, NO_REPOSITORY).version;
    expect(versions.recent).toHaveLength(RECENT_VERSIONS);
    expect(versions.older.map((entry) => entry.shortHash)).toEqual(['1919191', '1a1a1a1']);
    expect(versions.olderLabel).toBe('2 versi yang lebih lama');
    expect(dataPage(withHistory(many), 'en', pageUrl, NO_REPOSITORY).version.olderLabel).toBe('2 older versions');
    // A change whose versions git did not give is still a change.
    expect(versions.recent[0]!.summary).toBe('1 program diubah di Kota Alfa.');
  });

  it('says when a shallow copy leaves older versions out, and does not guess what its oldest version changed', () => {
    const shallow = dataPage(withHistory(COMMITS.slice(1, 3).map((commit, index) => (index === 1 ? { ...commit, parents: [] } : { ...commit, parents: [hash('d')] })), 'shallow'), 'id', pageUrl, NO_REPOSITORY).version;
    expect(shallow.note).toBe('Salinan portal ini hanya memuat sebagian riwayatnya: versi yang lebih lama tidak tercantum.');
    expect(shallow.recent.map((entry) => entry.summary)).toEqual([
      '1 program diubah di Kota Alfa.',
      'Versi tertua dalam salinan ini; perubahannya dibanding versi sebelumnya tidak diketahui.',
    ]);
  });
});
