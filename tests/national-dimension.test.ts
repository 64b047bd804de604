import { describe, expect, it } from 'vitest';
import type { Entry } from '../src/lib/content/entries.ts';
import { dimensionById, type SmartDimension } from '../src/lib/dimensions.ts';
import { buildModel, type SiteModel } from '../src/lib/model.ts';
import { nationalDimension, type ProvinceInDimension } from '../src/lib/national-dimension.ts';
import { nationalDimensionRegionPath } from '../src/lib/routes.ts';
import { programmeSchema, type Programme } from '../src/lib/schema/programme.ts';
import { regionSchema, type Region } from '../src/lib/schema/region.ts';
// Three provinces in register order, which is not alphabetical: pages follow the register.
import { REGISTER } from './page-data/national-model.ts';

const LIVING = dimensionById('smart-living')!;
const ECONOMY = dimensionById('smart-economy')!;

function regionEntry(slug: string, name: string, province: string, code: string, fictional = false): Entry<Region> {
  const data = regionSchema.parse({ slug, name, type: slug.split('-')[0], province, code, fictional, sources: [{ title: 'Sumber uji' }] });
  return { kind: 'region', region: slug, name: 'index', entryId: `${slug}/index`, file: `content/${slug}/index.md`, data };
}

/** `element` is one of the dimension's, `lainnya:<label>`, or absent (not known). */
function programmeEntry(region: string, id: string, dimension: string, element?: string): Entry<Programme> {
  const [elementId, elementLabel] = element?.split(':') ?? [];
  const data = programmeSchema.parse({ id, name: `Program ${id}`, dimension, element: elementId, elementLabel, kind: 'priority' });
  return { kind: 'programme', region, name: id, entryId: `${region}/program/${id}`, file: `content/${region}/program/${id}.md`, data };
}

function modelOf(regions: readonly Entry<Region>[], programmes: readonly Entry<Programme>[]): SiteModel {
  return buildModel({ regions, dimensionPages: [], programmes }, { register: REGISTER, cohorts: { claimsByCode: () => new Map(), sourceById: () => undefined } });
}

const regionSlugs = (province: ProvinceInDimension) => ({
  real: province.regions.map(({ region }) => region.slug),
  fictional: province.fictionalRegions.map(({ region }) => region.slug),
});

describe('a dimension across the country', () => {
  const model = modelOf(
    [
      regionEntry('kota-surakarta', 'Kota Surakarta', 'Jawa Tengah', '33.72'),
      regionEntry('kabupaten-banyumas', 'Kabupaten Banyumas', 'Jawa Tengah', '33.02'),
      regionEntry('kota-magelang', 'Kota Magelang', 'Jawa Tengah', '33.71'),
      regionEntry('kota-denpasar', 'Kota Denpasar', 'Bali', '51.71'),
      regionEntry('kabupaten-nabire', 'Kabupaten Nabire', 'Papua Tengah', '94.01'),
      // The showcase, in a province of its own and in a register province.
      regionEntry('kota-contoh', 'Kota Contoh', 'Provinsi Contoh', '99.71', true),
      regionEntry('kota-peraga', 'Kota Peraga', 'Bali', '99.72', true),
    ],
    [
      programmeEntry('kota-surakarta', 'puskesmas', 'smart-living', 'kesehatan'),
      programmeEntry('kota-surakarta', 'bus', 'smart-living', 'transportasi'),
      programmeEntry('kabupaten-banyumas', 'taman', 'smart-living', 'lainnya:Ruang terbuka hijau'),
      programmeEntry('kabupaten-banyumas', 'pasar', 'smart-economy', 'ekosistem-industri'),
      // Magelang has programmes, none of this dimension: it is not listed.
      programmeEntry('kota-magelang', 'umkm', 'smart-economy', 'ekosistem-industri'),
      programmeEntry('kota-denpasar', 'trotoar', 'smart-living', 'lainnya:Kota ramah pejalan kaki'),
      programmeEntry('kota-denpasar', 'klinik', 'smart-living'),
      // Nabire has no programme of the dimension: Papua Tengah is not listed.
      programmeEntry('kabupaten-nabire', 'pelabuhan', 'smart-economy', 'ekosistem-industri'),
      programmeEntry('kota-contoh', 'angkot', 'smart-living', 'transportasi'),
      programmeEntry('kota-contoh', 'posyandu', 'smart-living', 'kesehatan'),
      programmeEntry('kota-peraga', 'sepeda', 'smart-living', 'transportasi'),
    ],
  );
  const living = nationalDimension(model, LIVING, REGISTER.provinces);

  it('lists the provinces with programmes of the dimension in register order, their regions by name', () => {
    expect(living.provinces.map((province) => [province.slug, province.name])).toEqual([
      ['jawa-tengah', 'Jawa Tengah'],
      ['bali', 'Bali'],
    ]);
    expect(regionSlugs(living.provinces[0]!)).toEqual({ real: ['kabupaten-banyumas', 'kota-surakarta'], fictional: [] });
    expect(living.provinces[0]!.regions[1]!.programmes.map((p) => p.data.id)).toEqual(['bus', 'puskesmas']);
  });

  it('counts only real regions and their programmes, nationally and per province', () => {
    expect([living.programmeCount, living.regionCount]).toEqual([5, 3]);
    expect(living.provinces.map((province) => province.programmeCount)).toEqual([3, 2]);
  });

  it('shows a fictional region after the real ones of its province, and a province only fictional regions name apart, uncounted', () => {
    expect(regionSlugs(living.provinces[1]!)).toEqual({ real: ['kota-denpasar'], fictional: ['kota-peraga'] });
    expect(living.fictionalProvinces.map((province) => [province.slug, province.name, province.programmeCount])).toEqual([['provinsi-contoh', 'Provinsi Contoh', 0]]);
    expect(regionSlugs(living.fictionalProvinces[0]!)).toEqual({ real: [], fictional: ['kota-contoh'] });
  });

  it('counts real programmes by element: the three of the dimension, the regions’ own elements together, and the unknown', () => {
    expect(living.elementCounts.framework.map(({ element, programmes }) => [element.id, programmes])).toEqual([
      ['harmonisasi-tata-ruang', 0],
      ['kesehatan', 1],
      ['transportasi', 1],
    ]);
    expect([living.elementCounts.other, living.elementCounts.unknown]).toEqual([2, 1]);
  });

  it('gives each dimension its own grouping', () => {
    const economy = nationalDimension(model, ECONOMY, REGISTER.provinces);
    expect(economy.provinces.map((province) => [province.slug, regionSlugs(province).real])).toEqual([
      ['jawa-tengah', ['kabupaten-banyumas', 'kota-magelang']],
      ['papua-tengah', ['kabupaten-nabire']],
    ]);
    expect(economy.fictionalProvinces).toEqual([]);
  });

  it('is empty, not broken, for a dimension no region has programmes in', () => {
    const branding = nationalDimension(model, dimensionById('smart-branding') as SmartDimension, REGISTER.provinces);
    expect([branding.provinces, branding.fictionalProvinces, branding.programmeCount, branding.regionCount]).toEqual([[], [], 0, 0]);
  });

  it('addresses a region’s programmes on its province page by the anchor the old national page gave it', () => {
    expect(nationalDimensionRegionPath('smart-living', 'jawa-tengah', 'kota-surakarta')).toBe('/dimensi/smart-living/jawa-tengah/#daerah-kota-surakarta');
  });

  it('refuses a real region whose province the register does not know', () => {
    const stray = modelOf([regionEntry('kota-surakarta', 'Kota Surakarta', 'Jawa Tengahh', '33.72')], [programmeEntry('kota-surakarta', 'bus', 'smart-living', 'transportasi')]);
    expect(() => nationalDimension(stray, LIVING, REGISTER.provinces)).toThrow('Region kota-surakarta: province "Jawa Tengahh" is not in the national register');
  });
});
