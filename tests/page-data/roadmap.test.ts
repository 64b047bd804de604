import { describe, expect, it } from 'vitest';
import { roadmapPage } from '../../src/lib/page-data/roadmap.ts';
import { regionModel, sampleRegion } from '../diagrams/fixtures.ts';

describe('roadmapPage', () => {
  it('groups the table by the dimensions that have programmes, in framework order, named in the reader’s language', () => {
    const region = sampleRegion();
    const rows = (lang: 'id' | 'en') => roadmapPage(region, lang, undefined).rows.map((row) => [row.dimension.id, row.dimensionName, row.programmes.map((p) => p.data.name)]);
    expect(rows('id')).toEqual([
      // The region's order: quick wins first, then by start year, programmes without years last.
      ['smart-governance', 'Tata Kelola', ['E-Kelurahan', 'Satu Data', 'Pusat Data']],
      ['smart-environment', 'Lingkungan', ['Bank Sampah']],
    ]);
    expect(rows('en').map(([, name]) => name)).toEqual(['Governance', 'Environment']);
  });

  it('draws a chart only when some programme has years; the table then stands alone', () => {
    const chart = roadmapPage(sampleRegion(), 'id', '2025-07-02').chart;
    expect(chart?.span).toEqual({ start: 2024, end: 2030 });
    expect(chart?.today).toEqual({ label: '2 Juli 2025', offset: 21.41 });
    const withoutYears = regionModel({ name: 'Kota Contoh' }, [{ name: 'Tanpa Tahun', dimension: 'smart-living', element: 'kesehatan', kind: 'priority' }]);
    const page = roadmapPage(withoutYears, 'id', undefined);
    expect(page.chart).toBeUndefined();
    expect(page.rows.map((row) => row.programmes.length)).toEqual([1]);
  });

  it('has no rows for a region without programmes', () => {
    expect(roadmapPage(regionModel({ name: 'Kota Contoh' }), 'id', undefined).rows).toEqual([]);
  });

  it('titles the page with the region’s name and leads back to the region', () => {
    const page = roadmapPage(sampleRegion(), 'id', undefined);
    expect(page.path).toBe('/kota-contoh/peta-jalan/');
    expect(page.title).toBe('Peta jalan — Kota Contoh');
    expect(page.breadcrumbs).toEqual([{ label: 'Kota Contoh', path: '/kota-contoh/' }, { label: 'Peta jalan' }]);
    expect(roadmapPage(sampleRegion(), 'en', undefined).title).toBe('Roadmap — Kota Contoh');
  });

  it('describes the page with the region’s name and programme count', () => {
    expect(roadmapPage(sampleRegion(), 'id', undefined).description).toBe('Peta jalan Smart City Kota Contoh: 4 program.');
    expect(roadmapPage(sampleRegion(), 'en', undefined).description).toBe('Smart City roadmap of Kota Contoh: 4 programmes.');
  });
});
