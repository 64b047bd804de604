import { describe, expect, it } from 'vitest';
import type { Entry } from '../src/lib/content/entries.ts';
import { buildModel, type ProgrammeModel, type SiteModel } from '../src/lib/model.ts';
import { programmeSchema, type Programme } from '../src/lib/schema/programme.ts';
import { regionSchema, type Region } from '../src/lib/schema/region.ts';
import { similarProgrammes } from '../src/lib/similar.ts';

/** A model from a few hand-written programmes, parsed by the real schemas. */
function modelOf(
  regions: readonly { slug: string; name: string; fictional?: boolean }[],
  programmes: readonly { region: string; id: string; name?: string; dimension: string; element: string; elementLabel?: string; tags?: string[] }[],
): SiteModel {
  const regionEntries = regions.map(
    ({ slug, name, fictional = false }): Entry<Region> => ({
      kind: 'region',
      region: slug,
      name: 'index',
      entryId: `${slug}/index`,
      file: `content/${slug}/index.mdx`,
      data: regionSchema.parse({ slug, name, type: 'kota', province: 'Provinsi Uji', fictional, sources: [{ title: 'Sumber uji' }] }),
    }),
  );
  const programmeEntries = programmes.map(
    ({ region, id, name = id, ...fields }): Entry<Programme> => ({
      kind: 'programme',
      region,
      name: id,
      entryId: `${region}/program/${id}`,
      file: `content/${region}/program/${id}.md`,
      data: programmeSchema.parse({ id, name, kind: 'priority', ...fields }),
    }),
  );
  return buildModel({ regions: regionEntries, dimensionPages: [], programmes: programmeEntries });
}

const REGIONS = [
  { slug: 'kota-asal', name: 'Kota Asal' },
  { slug: 'kota-beta', name: 'Kota Beta' },
  { slug: 'kota-alfa', name: 'Kota Alfa' },
];

const find = (model: SiteModel, key: string): ProgrammeModel => model.programmes.find((p) => p.key === key)!;
const keys = (model: SiteModel, key: string, limit?: number) => similarProgrammes(find(model, key), model, limit).map((match) => match.programme.key);

describe('similarProgrammes', () => {
  it('ranks a shared element above a shared tag, and a shared tag above nothing', () => {
    const model = modelOf(REGIONS, [
      { region: 'kota-asal', id: 'layanan', dimension: 'smart-governance', element: 'pelayanan-publik', tags: ['aplikasi'] },
      { region: 'kota-beta', id: 'tag-saja', dimension: 'smart-living', element: 'kesehatan', tags: ['aplikasi'] },
      { region: 'kota-beta', id: 'elemen-sama', dimension: 'smart-governance', element: 'pelayanan-publik' },
      { region: 'kota-beta', id: 'tidak-terkait', dimension: 'smart-environment', element: 'tata-kelola-sampah', tags: ['sampah'] },
    ]);
    const matches = similarProgrammes(find(model, 'kota-asal/layanan'), model);
    expect(matches.map((m) => [m.programme.key, m.score, m.sameElement, m.sharedTags, m.sameDimension])).toEqual([
      ['kota-beta/elemen-sama', 6, true, [], true],
      ['kota-beta/tag-saja', 2, false, ['aplikasi'], false],
    ]);
  });

  it('leaves out programmes of the same region', () => {
    const model = modelOf(REGIONS, [
      { region: 'kota-asal', id: 'satu', dimension: 'smart-governance', element: 'pelayanan-publik' },
      { region: 'kota-asal', id: 'dua', dimension: 'smart-governance', element: 'pelayanan-publik' },
    ]);
    expect(keys(model, 'kota-asal/satu')).toEqual([]);
  });

  it('does not call a programme similar for sharing only the dimension, but the dimension adds to the score', () => {
    const model = modelOf(REGIONS, [
      { region: 'kota-asal', id: 'asal', dimension: 'smart-governance', element: 'pelayanan-publik', tags: ['data'] },
      { region: 'kota-beta', id: 'dimensi-saja', dimension: 'smart-governance', element: 'manajemen-birokrasi' },
      { region: 'kota-beta', id: 'tag-dan-dimensi', dimension: 'smart-governance', element: 'manajemen-birokrasi', tags: ['data'] },
      { region: 'kota-alfa', id: 'tag-saja', dimension: 'smart-economy', element: 'ekosistem-industri', tags: ['data'] },
    ]);
    expect(keys(model, 'kota-asal/asal')).toEqual(['kota-beta/tag-dan-dimensi', 'kota-alfa/tag-saja']);
  });

  it('counts every shared tag, so two shared tags beat one', () => {
    const model = modelOf(REGIONS, [
      { region: 'kota-asal', id: 'asal', dimension: 'smart-living', element: 'kesehatan', tags: ['aplikasi', 'antrean', 'daring'] },
      { region: 'kota-alfa', id: 'satu-tag', dimension: 'smart-economy', element: 'ekosistem-industri', tags: ['daring'] },
      { region: 'kota-beta', id: 'dua-tag', dimension: 'smart-economy', element: 'ekosistem-industri', tags: ['daring', 'aplikasi'] },
    ]);
    const matches = similarProgrammes(find(model, 'kota-asal/asal'), model);
    expect(matches.map((m) => m.programme.key)).toEqual(['kota-beta/dua-tag', 'kota-alfa/satu-tag']);
    // Shared tags are listed in the order the original programme gives them.
    expect(matches[0]!.sharedTags).toEqual(['aplikasi', 'daring']);
  });

  it('breaks ties by region name, then by programme name', () => {
    const model = modelOf(REGIONS, [
      { region: 'kota-asal', id: 'asal', dimension: 'smart-living', element: 'transportasi' },
      { region: 'kota-beta', id: 'b-zebra', name: 'Zebra Cross Pintar', dimension: 'smart-living', element: 'transportasi' },
      { region: 'kota-beta', id: 'b-bus', name: 'Bus Kota', dimension: 'smart-living', element: 'transportasi' },
      { region: 'kota-alfa', id: 'a-parkir', name: 'Parkir Elektronik', dimension: 'smart-living', element: 'transportasi' },
    ]);
    expect(keys(model, 'kota-asal/asal')).toEqual(['kota-alfa/a-parkir', 'kota-beta/b-bus', 'kota-beta/b-zebra']);
  });

  it('returns at most `limit` programmes, five by default', () => {
    const others = Array.from({ length: 7 }, (_, index) => ({
      region: index % 2 === 0 ? 'kota-beta' : 'kota-alfa',
      id: `program-${index}`,
      dimension: 'smart-society',
      element: 'ekosistem-belajar',
    }));
    const model = modelOf(REGIONS, [{ region: 'kota-asal', id: 'asal', dimension: 'smart-society', element: 'ekosistem-belajar' }, ...others]);
    expect(keys(model, 'kota-asal/asal')).toHaveLength(5);
    expect(keys(model, 'kota-asal/asal', 2)).toEqual(['kota-alfa/program-1', 'kota-alfa/program-3']);
  });

  it('treats `lainnya` as the same element only when the labels agree', () => {
    const model = modelOf(REGIONS, [
      { region: 'kota-asal', id: 'asal', dimension: 'smart-governance', element: 'lainnya', elementLabel: 'Keamanan siber' },
      { region: 'kota-beta', id: 'label-sama', dimension: 'smart-governance', element: 'lainnya', elementLabel: 'Keamanan siber' },
      { region: 'kota-alfa', id: 'label-lain', dimension: 'smart-governance', element: 'lainnya', elementLabel: 'Kearsipan' },
    ]);
    expect(keys(model, 'kota-asal/asal')).toEqual(['kota-beta/label-sama']);
  });

  it('never points a real programme to a fictional one, but shows real ones beside fictional programmes', () => {
    const model = modelOf(
      [...REGIONS, { slug: 'kota-contoh', name: 'Kota Contoh', fictional: true }],
      [
        { region: 'kota-asal', id: 'nyata', dimension: 'smart-living', element: 'kesehatan' },
        { region: 'kota-beta', id: 'nyata-lain', dimension: 'smart-living', element: 'kesehatan' },
        { region: 'kota-contoh', id: 'fiktif', dimension: 'smart-living', element: 'kesehatan' },
      ],
    );
    expect(keys(model, 'kota-asal/nyata')).toEqual(['kota-beta/nyata-lain']);
    expect(keys(model, 'kota-contoh/fiktif')).toEqual(['kota-asal/nyata', 'kota-beta/nyata-lain']);
  });
});
