import { describe, expect, it } from 'vitest';
import { homePage } from '../../src/lib/page-data/home.ts';
import { nationalModel, REGISTER } from './national-model.ts';

describe('the home page', () => {
  const model = nationalModel();
  const id = homePage(model, 'id');

  it('counts the real regions, and every kabupaten/kota of the register for the directory link', () => {
    expect(id.regionCount).toBe(4);
    expect(id.directoryCount).toBe(REGISTER.regions.length);
  });

  it('lists the real regions by province, those with programmes before those with only a summary, then the fictional showcase under a heading saying it is not counted', () => {
    expect(id.provinces.map((province) => [province.name, province.regions.map(({ region, holdings }) => [region.slug, holdings])])).toEqual([
      // By name Buleleng would come first; it has neither programmes nor masterplan facts.
      [
        'Bali',
        [
          ['kota-denpasar', 'programmes'],
          ['kabupaten-buleleng', 'summary'],
        ],
      ],
      [
        'Jawa Tengah',
        [
          ['kabupaten-banyumas', 'programmes'],
          ['kota-surakarta', 'programmes'],
        ],
      ],
      [
        'Contoh fiktif untuk demonstrasi (tidak dihitung)',
        [
          ['kota-contoh', 'programmes'],
          ['kota-peraga', 'programmes'],
        ],
      ],
    ]);
    expect(homePage(model, 'en').provinces.at(-1)!.name).toBe('Fictional demonstration examples (not counted)');
  });

  it('gives each province group an id of its own for the heading', () => {
    expect(id.provinces.map((province) => province.anchor)).toEqual(['prov-bali', 'prov-jawa-tengah', 'prov-contoh-fiktif-untuk-demonstrasi-tidak-dihitung']);
  });

  it('introduces the six dimensions in the page language, each linking to its national page', () => {
    expect(id.dimensions).toHaveLength(6);
    expect(id.dimensions[0]).toMatchObject({ name: 'Tata Kelola', path: '/dimensi/smart-governance/' });
    expect(homePage(model, 'en').dimensions[0]).toMatchObject({ name: 'Governance', summary: 'Government that serves citizens quickly, openly and efficiently.' });
  });

  it('has no fictional group when there is no showcase', () => {
    const real = { ...model, fictionalRegions: [] };
    expect(homePage(real, 'id').provinces.map((province) => province.name)).toEqual(['Bali', 'Jawa Tengah']);
  });
});
