import { describe, expect, it } from 'vitest';
import { milestonesTimeline } from '../../src/lib/diagrams/milestones-timeline.ts';
import { HOSTILE_NAMES, hostileRegion, regionModel, sampleRegion } from './fixtures.ts';

describe('milestonesTimeline', () => {
  it('groups events by year in date order (Indonesian)', () => {
    expect(milestonesTimeline(sampleRegion(), 'id')).toBe(
      [
        'timeline',
        '  2023 : 14 Maret · Bimtek · Bimtek tahap 1 (Jakarta)',
        '       : 2 November · Penetapan · Penetapan Perwal',
        '  2024 : Juni · Peluncuran portal',
        '',
      ].join('\n'),
    );
  });

  it('names months and kinds in English on English pages', () => {
    expect(milestonesTimeline(sampleRegion(), 'en')).toBe(
      [
        'timeline',
        '  2023 : 14 March · Technical guidance · Bimtek tahap 1 (Jakarta)',
        '       : 2 November · Adoption · Penetapan Perwal',
        '  2024 : June · Peluncuran portal',
        '',
      ].join('\n'),
    );
  });

  it('has nothing to draw without milestones', () => {
    expect(milestonesTimeline(regionModel({ name: 'Kota Contoh' }), 'id')).toBeUndefined();
  });

  it('keeps hostile titles and places inert: one event per line, no separator inside an event', () => {
    const lines = milestonesTimeline(hostileRegion(), 'id')!.trimEnd().split('\n');
    expect(lines[0]).toBe('timeline');
    expect(lines).toHaveLength(HOSTILE_NAMES.length + 1);
    expect(lines[1]).toMatch(/^ {2}2024 : /);
    for (const line of lines.slice(1)) {
      const event = line.replace(/^ {2}(?:2024| {4}) : /, '');
      expect(event).not.toMatch(/[:%\n]/);
      expect(event.replace(/#\d+;/g, '')).not.toMatch(/#/);
    }
    // Written out in full, place included: Mermaid wraps an event in its box, and nothing is cut.
    expect(lines).toContain('       : 3 Maret · FGD · #37;#37;{init#58; {"theme"#58; "dark", "securityLevel"#58; "loose"}}#37;#37; (Kutip "ganda" dan \'tunggal\')');
    expect(lines).toContain('       : 7 Maret · FGD · <script>alert(1)</script><img src=x onerror=alert(1)> (Kutip "ganda" dan \'tunggal\')');
  });
});
