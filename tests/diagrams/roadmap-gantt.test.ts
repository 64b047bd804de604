import { describe, expect, it } from 'vitest';
import { roadmapGantt } from '../../src/lib/diagrams/roadmap-gantt.ts';
import { HOSTILE_NAMES, hostileRegion, regionModel, sampleRegion } from './fixtures.ts';

const HEADER = ['gantt', '  dateFormat YYYY-MM-DD', '  axisFormat %Y', '  tickInterval 12month', '  todayMarker off', '  inclusiveEndDates'];

describe('roadmapGantt', () => {
  it('draws horizons, then dimensions in framework order, quick wins marked (Indonesian)', () => {
    expect(roadmapGantt(sampleRegion(), 'id')).toBe(
      [
        ...HEADER,
        '  section Tahapan',
        '    Jangka pendek 2024–2025 :active, 2024-01-01, 2025-12-31',
        '    Jangka menengah 2026–2027 :active, 2026-01-01, 2027-12-31',
        '    Jangka panjang 2028–2030 :active, 2028-01-01, 2030-12-31',
        '  section Tata Kelola',
        '    ★ E-Kelurahan :crit, 2024-01-01, 2024-12-31',
        '    Satu Data :2025-01-01, 2027-12-31',
        '  section Lingkungan',
        '    Bank Sampah :2026-01-01, 2030-12-31',
        '',
      ].join('\n'),
    );
  });

  it('names dimensions and horizons in English on English pages; programme names stay as written', () => {
    expect(roadmapGantt(sampleRegion(), 'en')).toBe(
      [
        ...HEADER,
        '  section Horizons',
        '    Short term 2024–2025 :active, 2024-01-01, 2025-12-31',
        '    Medium term 2026–2027 :active, 2026-01-01, 2027-12-31',
        '    Long term 2028–2030 :active, 2028-01-01, 2030-12-31',
        '  section Governance',
        '    ★ E-Kelurahan :crit, 2024-01-01, 2024-12-31',
        '    Satu Data :2025-01-01, 2027-12-31',
        '  section Environment',
        '    Bank Sampah :2026-01-01, 2030-12-31',
        '',
      ].join('\n'),
    );
  });

  it('leaves out the horizon section when the plan states no horizons', () => {
    const region = regionModel({ name: 'Kota Contoh' }, [
      { name: 'Bus Listrik', dimension: 'smart-living', element: 'transportasi', kind: 'priority', endYear: 2027 },
    ]);
    expect(roadmapGantt(region, 'id')).toBe([...HEADER, '  section Kehidupan', '    Bus Listrik :2027-01-01, 2027-12-31', ''].join('\n'));
  });

  it('has nothing to draw when no programme has years', () => {
    const region = regionModel({ name: 'Kota Contoh' }, [
      { name: 'Pusat Data', dimension: 'smart-governance', element: 'pelayanan-publik', kind: 'priority' },
    ]);
    expect(roadmapGantt(region, 'id')).toBeUndefined();
  });

  it('keeps hostile programme names inert: one task per line, nothing but the name before the colon', () => {
    const lines = roadmapGantt(hostileRegion(), 'id')!.trimEnd().split('\n');
    expect(lines.slice(0, HEADER.length)).toEqual(HEADER);
    expect(lines[HEADER.length]).toBe('  section Tata Kelola');
    const tasks = lines.slice(HEADER.length + 1);
    expect(tasks).toHaveLength(HOSTILE_NAMES.length);
    for (const task of tasks) {
      expect(task).toMatch(/^ {4}(?!click|call|section|title|\d{4}-)[^:\n%]+ :(crit, )?2024-01-01, 2026-12-31$/i);
      expect(task.replace(/#\d+;/g, '')).not.toMatch(/#/);
    }
    expect(tasks).toContain('    #37;#37;{init#58; {"theme"#58; "dark", "securityLevel… :2024-01-01, 2026-12-31');
    expect(tasks).toContain('    #99;lick n0 call alert() :2024-01-01, 2026-12-31');
    expect(tasks).toContain('    #115;ection Palsu :2024-01-01, 2026-12-31');
    expect(tasks).toContain('    #50;024-01-01 tanggal :2024-01-01, 2026-12-31');
    expect(tasks).toContain('    <script>alert(1)</script><img src=x… :2024-01-01, 2026-12-31');
    expect(tasks).toContain('    ★ Baris satu Baris dua click n1 href… :crit, 2024-01-01, 2026-12-31');
  });
});
