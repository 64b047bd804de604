import { describe, expect, it } from 'vitest';
import { roadmapChart } from '../../src/lib/diagrams/roadmap-chart.ts';
import { regionModel, sampleRegion } from './fixtures.ts';

/** Each bar as "name | detail | kind/status/quick | offset–end". */
function bars(chart: ReturnType<typeof roadmapChart>) {
  return chart!.groups.map((group) => [
    group.name,
    group.bars.map((bar) => `${bar.name} | ${bar.detail} | ${bar.kind}/${bar.status ?? '-'}${bar.quickWin ? '/quick' : ''} | ${bar.offset}–${bar.offset + bar.width}`),
  ]);
}

describe('roadmapChart', () => {
  it('draws horizons, then dimensions in framework order, with years and status in words (Indonesian)', () => {
    // Sample plan 2024–2030: seven years, each 100/7 ≈ 14.29 % of the track.
    expect(bars(roadmapChart(sampleRegion(), 'id', '2025-01-01'))).toEqual([
      [
        'Tahapan',
        [
          'Jangka pendek | 2024–2025 | horizon/- | 0–28.57',
          'Jangka menengah | 2026–2027 | horizon/- | 28.57–57.14',
          'Jangka panjang | 2028–2030 | horizon/- | 57.14–100',
        ],
      ],
      ['Tata Kelola', ['★ E-Kelurahan | 2024 · Direncanakan | programme/planned/quick | 0–14.29', 'Satu Data | 2025–2027 · Direncanakan | programme/planned | 14.29–57.14']],
      ['Lingkungan', ['Bank Sampah | 2026–2030 · Direncanakan | programme/planned | 28.57–100']],
    ]);
  });

  it('names groups, horizons and statuses in English on English pages; programme names stay as written', () => {
    const chart = roadmapChart(sampleRegion(), 'en', '2025-01-01')!;
    expect(chart.groups.map((group) => group.name)).toEqual(['Horizons', 'Governance', 'Environment']);
    expect(chart.groups[1]!.bars.map((bar) => `${bar.name} · ${bar.detail}`)).toEqual(['★ E-Kelurahan · 2024 · Planned', 'Satu Data · 2025–2027 · Planned']);
    expect(chart.statuses).toEqual([{ status: 'planned', label: 'Planned' }]);
    expect(chart.hasQuickWins).toBe(true);
  });

  it('widens the axis to programmes outside the plan’s period and to every year, labelling fewer years on a phone', () => {
    const region = regionModel({ name: 'Kota Contoh', period: { start: 2024, end: 2030 } }, [
      { name: 'Lama', dimension: 'smart-living', element: 'transportasi', kind: 'priority', startYear: 2020, endYear: 2022, status: 'done' },
      { name: 'Panjang', dimension: 'smart-living', element: 'transportasi', kind: 'priority', startYear: 2025, endYear: 2033, status: 'running' },
    ]);
    const chart = roadmapChart(region, 'id', '2019-05-01')!;
    expect(chart.span).toEqual({ start: 2020, end: 2033 });
    expect(chart.ticks.map((tick) => tick.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033]);
    // Fourteen years do not fit a phone's track as labels: every other year is named there.
    expect(chart.ticks.filter((tick) => tick.labelledNarrow).map((tick) => tick.year)).toEqual([2020, 2022, 2024, 2026, 2028, 2030, 2032]);
    expect(chart.ticks[1]).toEqual({ year: 2021, offset: 7.14, centre: 10.71, labelledNarrow: false });
    // Before the axis begins there is no "today" to mark.
    expect(chart.today).toBeUndefined();
    expect(chart.statuses.map((entry) => entry.status)).toEqual(['running', 'done']);
    expect(chart.hasQuickWins).toBe(false);
  });

  it('marks today where it falls within the axis', () => {
    expect(roadmapChart(sampleRegion(), 'en', '2030-12-31')!.today).toEqual({ label: '31 December 2030', offset: 99.96 });
    expect(roadmapChart(sampleRegion(), 'id', '2031-01-01')!.today).toBeUndefined();
  });

  it('has nothing to draw when no programme has years', () => {
    const region = regionModel({ name: 'Kota Contoh' }, [{ name: 'Pusat Data', dimension: 'smart-governance', element: 'pelayanan-publik', kind: 'priority' }]);
    expect(roadmapChart(region, 'id', '2025-01-01')).toBeUndefined();
  });
});
