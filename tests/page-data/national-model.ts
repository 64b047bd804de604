import type { CohortClaim } from '../../src/lib/cohorts.ts';
import type { Entry } from '../../src/lib/content/entries.ts';
import { buildModel, type SiteModel } from '../../src/lib/model.ts';
import { parseRegister } from '../../src/lib/register/register.ts';
import { programmeSchema, type Programme } from '../../src/lib/schema/programme.ts';
import { regionSchema, type Region } from '../../src/lib/schema/region.ts';

/**
 * A small country for the national pages' data (home, dimensions, directory): three provinces in
 * register order (not alphabetical), four real regions with content, one participant without,
 * and two fictional showcase regions, one in a province of its own and one in a register province.
 */
export const REGISTER = parseRegister(
  [
    '33\tJawa Tengah',
    '33.02\tKabupaten Banyumas',
    '33.71\tKota Magelang',
    '33.72\tKota Surakarta',
    '51\tBali',
    '51.08\tKabupaten Buleleng',
    '51.71\tKota Denpasar',
    '94\tPapua Tengah',
    '94.01\tKabupaten Nabire',
  ].join('\n'),
);

function regionEntry(slug: string, name: string, province: string, code: string, fictional = false): Entry<Region> {
  const data = regionSchema.parse({ slug, name, type: slug.split('-')[0], province, code, fictional, sources: [{ title: 'Sumber uji' }] });
  return { kind: 'region', region: slug, name: 'index', entryId: `${slug}/index`, file: `content/${slug}/index.md`, data };
}

/** `element` is one of the dimension's, `lainnya:<label>`, or absent (not known). */
function programmeEntry(region: string, id: string, dimension: string, element?: string, kind = 'priority'): Entry<Programme> {
  const [elementId, elementLabel] = element?.split(':') ?? [];
  const data = programmeSchema.parse({ id, name: `Program ${id}`, dimension, element: elementId, elementLabel, kind });
  return { kind: 'programme', region, name: id, entryId: `${region}/program/${id}`, file: `content/${region}/program/${id}.md`, data };
}

const claim = (code: string, year: number): CohortClaim => ({ code, year, sources: ['L'] });
/** Banyumas's sources disagree on its year; Magelang is a participant without a content folder. */
const CLAIMS = [claim('33.02', 2018), claim('33.02', 2019), claim('33.71', 2019), claim('51.71', 2018)];

export function nationalModel(): SiteModel {
  return buildModel(
    {
      regions: [
        regionEntry('kota-surakarta', 'Kota Surakarta', 'Jawa Tengah', '33.72'),
        regionEntry('kabupaten-banyumas', 'Kabupaten Banyumas', 'Jawa Tengah', '33.02'),
        regionEntry('kota-denpasar', 'Kota Denpasar', 'Bali', '51.71'),
        // Facts without programmes yet.
        regionEntry('kabupaten-buleleng', 'Kabupaten Buleleng', 'Bali', '51.08'),
        regionEntry('kota-contoh', 'Kota Contoh', 'Provinsi Contoh', '99.71', true),
        regionEntry('kota-peraga', 'Kota Peraga', 'Bali', '99.72', true),
      ],
      dimensionPages: [],
      programmes: [
        programmeEntry('kota-surakarta', 'puskesmas', 'smart-living', 'kesehatan'),
        programmeEntry('kota-surakarta', 'bus', 'smart-living', 'transportasi', 'quick-win'),
        programmeEntry('kota-surakarta', 'pasar', 'smart-economy', 'ekosistem-industri', 'quick-win'),
        programmeEntry('kabupaten-banyumas', 'taman', 'smart-living', 'lainnya:Ruang terbuka hijau'),
        programmeEntry('kota-denpasar', 'klinik', 'smart-living'),
        programmeEntry('kota-contoh', 'angkot', 'smart-living', 'transportasi'),
        programmeEntry('kota-contoh', 'posyandu', 'smart-living', 'kesehatan'),
        programmeEntry('kota-peraga', 'sepeda', 'smart-living', 'transportasi'),
      ],
    },
    {
      register: REGISTER,
      cohorts: {
        claimsByCode: () => new Map(['33.02', '33.71', '51.71'].map((code) => [code, CLAIMS.filter((c) => c.code === code)])),
        sourceById: (id) => ({ id, title: 'Daftar peserta', outlet: 'Contoh', url: 'https://contoh.id/' }),
      },
    },
  );
}
