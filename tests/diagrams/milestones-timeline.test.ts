import { describe, expect, it } from 'vitest';
import { milestonesTimeline } from '../../src/lib/diagrams/milestones-timeline.ts';
import { regionModel, sampleRegion } from './fixtures.ts';

describe('milestonesTimeline', () => {
  it('groups events by year in date order, each dated by day and month under its year (Indonesian)', () => {
    expect(milestonesTimeline(sampleRegion(), 'id')).toEqual({
      years: [
        {
          year: '2023',
          events: [
            { date: '2023-03-14', when: '14 Maret', kind: 'Bimtek', planned: false, title: 'Bimtek tahap 1', place: 'Jakarta', source: undefined },
            { date: '2023-11-02', when: '2 November', kind: 'Penetapan', planned: false, title: 'Penetapan Perwal', place: undefined, source: undefined },
          ],
        },
        // `lainnya` names no kind: the title says what happened.
        { year: '2024', events: [{ date: '2024-06', when: 'Juni', kind: undefined, planned: false, title: 'Peluncuran portal', place: undefined, source: undefined }] },
      ],
    });
  });

  it('names months and kinds in English on English pages, and keeps titles as written', () => {
    const timeline = milestonesTimeline(sampleRegion(), 'en')!;
    expect(timeline.years.flatMap(({ events }) => events.map(({ when, kind, title }) => [when, kind, title]))).toEqual([
      ['14 March', 'Technical guidance', 'Bimtek tahap 1'],
      ['2 November', 'Adoption', 'Penetapan Perwal'],
      ['June', undefined, 'Peluncuran portal'],
    ]);
  });

  it('dates an event of several days from its first to its last day, with the year where it is another', () => {
    const region = regionModel({
      name: 'Kota Contoh',
      milestones: [
        { date: '2024-12-30', endDate: '2025-01-02', kind: 'bimtek', title: 'Bimtek akhir tahun', planned: true },
        { date: '2024-03-04', endDate: '2024-03-05', kind: 'fgd', title: 'FGD dua hari' },
      ],
    });
    expect(milestonesTimeline(region, 'id')!.years).toEqual([
      {
        year: '2024',
        events: [
          expect.objectContaining({ when: '4 Maret – 5 Maret', planned: false }),
          expect.objectContaining({ when: '30 Desember – 2 Januari 2025', planned: true }),
        ],
      },
    ]);
  });

  it('has nothing to draw without milestones', () => {
    expect(milestonesTimeline(regionModel({ name: 'Kota Contoh' }), 'id')).toBeUndefined();
  });
});
