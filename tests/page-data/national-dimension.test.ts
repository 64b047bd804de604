import { describe, expect, it } from 'vitest';
import { dimensionById, type SmartDimension } from '../../src/lib/dimensions.ts';
import { nationalDimensionPage, nationalDimensionProvincePage, nationalDimensionProvinceRoutes } from '../../src/lib/page-data/national-dimension.ts';
import { nationalModel } from './national-model.ts';

const LIVING = dimensionById('smart-living') as SmartDimension;
const ECONOMY = dimensionById('smart-economy') as SmartDimension;
const GOVERNANCE = dimensionById('smart-governance') as SmartDimension;

describe('the national overview of a dimension', () => {
  const model = nationalModel();
  const living = nationalDimensionPage(model, LIVING, 'id');

  it('names the dimension in the page language, with its summary as the description', () => {
    expect(living).toMatchObject({ name: 'Kehidupan', path: '/dimensi/smart-living/', description: 'Kehidupan: Tempat tinggal yang layak, sehat, dan mudah untuk bepergian.' });
    expect(nationalDimensionPage(model, LIVING, 'en').name).toBe('Living');
  });

  it('counts the real programmes nationally in one sentence, and says the fictional ones are shown but not counted', () => {
    expect(living.nationalCount).toBe('4 program di 3 daerah di 2 provinsi.');
    expect(living.hasFictional).toBe(true);
    expect(nationalDimensionPage(model, ECONOMY, 'en')).toMatchObject({ nationalCount: '1 programme in 1 region in 1 province.', hasFictional: false });
  });

  it('counts the real programmes of each of the three elements, and those in the regions’ own or unknown elements', () => {
    expect(living.elements).toEqual([
      { name: 'Harmonisasi tata ruang (pola hidup layak)', programmeCount: 0 },
      { name: 'Kesehatan', programmeCount: 1 },
      { name: 'Transportasi / mobilitas', programmeCount: 1 },
    ]);
    expect([living.otherElementProgrammes, living.unknownElementProgrammes]).toEqual([1, 1]);
  });

  it('links each province in register order to its page, and each region to its programmes there', () => {
    expect(living.provinces.map((province) => [province.name, province.path, province.counts])).toEqual([
      ['Jawa Tengah', '/dimensi/smart-living/jawa-tengah/', '3 program di 2 daerah'],
      ['Bali', '/dimensi/smart-living/bali/', '1 program di 1 daerah'],
    ]);
    expect(living.provinces[0]!.regions).toEqual([
      { name: 'Kabupaten Banyumas', fictional: false, anchor: 'daerah-kabupaten-banyumas', path: '/dimensi/smart-living/jawa-tengah/#daerah-kabupaten-banyumas', programmeCount: 1 },
      { name: 'Kota Surakarta', fictional: false, anchor: 'daerah-kota-surakarta', path: '/dimensi/smart-living/jawa-tengah/#daerah-kota-surakarta', programmeCount: 2 },
    ]);
    // The fictional region of a register province follows its real regions.
    expect(living.provinces[1]!.regions.map((region) => [region.name, region.fictional])).toEqual([
      ['Kota Denpasar', false],
      ['Kota Peraga', true],
    ]);
  });

  it('lists a province only fictional regions name apart, without figures', () => {
    expect(living.fictionalProvinces.map((province) => [province.name, province.path, province.counts])).toEqual([
      ['Provinsi Contoh', '/dimensi/smart-living/provinsi-contoh/', undefined],
    ]);
    expect(living.fictionalProvinces[0]!.regions.map((region) => [region.name, region.programmeCount])).toEqual([['Kota Contoh', 2]]);
  });

  it('has no province and nothing to mark for a dimension without programmes', () => {
    expect(nationalDimensionPage(model, GOVERNANCE, 'id')).toMatchObject({ provinces: [], fictionalProvinces: [], hasFictional: false, nationalCount: '0 program di 0 daerah di 0 provinsi.' });
  });
});

describe('a province page of a dimension', () => {
  const model = nationalModel();

  it('exists for every province where a region, real or fictional, has programmes of the dimension', () => {
    expect(nationalDimensionProvinceRoutes(model).map(({ dimension, province }) => `${dimension.id}/${province}`)).toEqual([
      'smart-economy/jawa-tengah',
      'smart-living/jawa-tengah',
      'smart-living/bali',
      'smart-living/provinsi-contoh',
    ]);
  });

  it('titles the page with the dimension and the province, and counts the real regions’ programmes', () => {
    const bali = nationalDimensionProvincePage(model, LIVING, 'bali', 'id');
    expect(bali).toMatchObject({
      title: 'Kehidupan di Bali',
      description: 'Kehidupan di Bali: 1 program di 1 daerah.',
      path: '/dimensi/smart-living/bali/',
      dimensionPath: '/dimensi/smart-living/',
      provinceName: 'Bali',
      counts: '1 program di 1 daerah',
      hasFictional: true,
      fictional: false,
    });
    expect(nationalDimensionProvincePage(model, LIVING, 'jawa-tengah', 'en')).toMatchObject({ title: 'Living in Jawa Tengah', counts: '3 programmes in 2 regions', hasFictional: false });
  });

  it('lists each region’s programmes under the anchor the overview links to, linking the region’s own dimension page', () => {
    const page = nationalDimensionProvincePage(model, LIVING, 'jawa-tengah', 'id');
    expect(page.regions.map((region) => [region.name, region.anchor, region.path, region.programmes.map((p) => p.data.id)])).toEqual([
      ['Kabupaten Banyumas', 'daerah-kabupaten-banyumas', '/kabupaten-banyumas/dimensi/smart-living/', ['taman']],
      // Quick wins first, as everywhere.
      ['Kota Surakarta', 'daerah-kota-surakarta', '/kota-surakarta/dimensi/smart-living/', ['bus', 'puskesmas']],
    ]);
  });

  it('marks a province only fictional regions name as fictional as a whole', () => {
    const page = nationalDimensionProvincePage(model, LIVING, 'provinsi-contoh', 'en');
    expect(page).toMatchObject({ fictional: true, counts: '0 programmes in 0 regions' });
    expect(page.regions.map((region) => [region.name, region.fictional])).toEqual([['Kota Contoh', true]]);
  });

  it('refuses a province where no region has programmes of the dimension', () => {
    expect(() => nationalDimensionProvincePage(model, ECONOMY, 'bali', 'id')).toThrow('No region has programmes of smart-economy in province bali');
  });
});
