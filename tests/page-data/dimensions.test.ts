import { describe, expect, it } from 'vitest';
import { dimensionsPage } from '../../src/lib/page-data/dimensions.ts';
import { nationalModel } from './national-model.ts';

describe('the dimensions page', () => {
  const model = nationalModel();

  it('shows the six dimensions in framework order with their three elements, in the page language', () => {
    const en = dimensionsPage(model, 'en');
    expect(en.dimensions.map((card) => card.dimension.id)).toEqual([
      'smart-governance',
      'smart-branding',
      'smart-economy',
      'smart-living',
      'smart-society',
      'smart-environment',
    ]);
    const living = en.dimensions.find((card) => card.dimension.id === 'smart-living')!;
    expect(living).toMatchObject({ name: 'Living', path: '/dimensi/smart-living/' });
    expect(living.elements).toHaveLength(3);
    expect(dimensionsPage(model, 'id').dimensions.find((card) => card.dimension.id === 'smart-living')!.elements).toContain('Kesehatan');
  });

  it('counts the real regions’ programmes of each dimension, not the fictional showcase’s', () => {
    const counts = Object.fromEntries(dimensionsPage(model, 'id').dimensions.map((card) => [card.dimension.id, card.programmeCount]));
    expect(counts).toEqual({ 'smart-governance': 0, 'smart-branding': 0, 'smart-economy': 1, 'smart-society': 0, 'smart-living': 4, 'smart-environment': 0 });
  });
});
