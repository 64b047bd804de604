import { describe, expect, it } from 'vitest';
import { loadCohorts } from '../src/lib/cohorts.ts';
import { loadContentFromDisk } from '../src/lib/content/load.ts';
import { PROGRAMME_LINES, checkFixture, text, withLine } from './helpers/content-fixture.ts';
import { modelOf } from './helpers/model.ts';

/**
 * Facts about real regions are published only with a source that covers them. This reads the
 * repository's own content: a region or programme file of a real region carries sources, every
 * numbered reference points at one of them, every source can be found again (an address, or a
 * title with its outlet), and every cohort claim names its sources.
 */

const loaded = await loadContentFromDisk(process.cwd());
const { problems } = loaded;
const model = modelOf(loaded);
const realRegions = (model?.regions ?? []).filter((region) => !region.data.fictional);

describe('the real regions in the repository', () => {
  it('pass the check, so every rule below is also enforced for new content', () => {
    expect(problems).toEqual([]);
    expect(realRegions.length).toBeGreaterThanOrEqual(40);
  });

  it('cite sources for every region and every programme', () => {
    const unsourced = [
      ...realRegions.filter((region) => region.data.sources.length === 0).map((region) => region.file),
      ...realRegions.flatMap((region) => region.programmes.filter((programme) => programme.data.sources.length === 0).map((programme) => programme.file)),
    ];
    expect(unsourced).toEqual([]);
  });

  it('point every milestone and evaluation at a source of the same file', () => {
    const dangling = realRegions.flatMap((region) => {
      const count = region.data.sources.length;
      const references = [...region.data.milestones, ...(region.data.evaluations ?? [])].map((fact) => fact.source);
      return references.filter((source) => source === undefined || source < 1 || source > count).map((source) => `${region.file}: ${source}`);
    });
    expect(dangling).toEqual([]);
  });

  it('give every source an address, or a title and the outlet that published it', () => {
    const untraceable = realRegions.flatMap((region) =>
      [region, ...region.programmes].flatMap((entry) =>
        entry.data.sources.filter((source) => !source.url && !(source.title && source.outlet)).map((source) => `${entry.file}: ${source.title}`),
      ),
    );
    expect(untraceable).toEqual([]);
  });

  it('back every cohort claim with at least one listed source', () => {
    const cohorts = loadCohorts(process.cwd());
    expect(cohorts.problems).toEqual([]);
    expect(cohorts.claims.filter((claim) => claim.sources.length === 0)).toEqual([]);
  });
});

/** A minimal real region that matches the register, with one source. */
const BALIKPAPAN_LINES = [
  '---',
  'slug: kota-balikpapan',
  'code: "64.71"',
  'name: Kota Balikpapan',
  'type: kota',
  'province: Kalimantan Timur',
  'sources:',
  '  - title: Berita',
  '    url: https://contoh.example/berita',
  '---',
  'Ringkasan.',
];

describe('a real region’s cohort', () => {
  it('is refused in the region file, pointing to data/kohort.yaml where its sources go', async () => {
    const region = text(withLine(BALIKPAPAN_LINES, 'sources:', ['cohort: 2019', 'sources:']));
    const { problems: found } = await checkFixture({ 'kota-balikpapan/index.md': region });
    expect(found.map((problem) => [problem.line, problem.field, problem.message.id, problem.hint?.id])).toEqual([
      [
        7,
        'cohort',
        'Tahun kohort daerah nyata dicatat di data/kohort.yaml beserta sumbernya, bukan di sini.',
        'Hapus baris cohort, lalu tambahkan klaim untuk kode 64.71 di data/kohort.yaml bila belum ada (lihat PANDUAN).',
      ],
    ]);
  });
});

describe('a programme of a real region without a source', () => {
  it('is refused by the check with the field named', async () => {
    const region = text(BALIKPAPAN_LINES);
    const programme = text(withLine(PROGRAMME_LINES, 'id:', 'id: layanan-daring'));
    const { problems: found } = await checkFixture({ 'kota-balikpapan/index.md': region, 'kota-balikpapan/program/layanan-daring.md': programme });
    expect(found.map((problem) => [problem.file, problem.field, problem.message.id])).toContainEqual([
      'content/kota-balikpapan/program/layanan-daring.md',
      'sources',
      'Program di daerah nyata wajib mencantumkan minimal satu sumber.',
    ]);
  });
});
