import { describe, expect, it } from 'vitest';
import { dimensionTree } from '../../src/lib/diagrams/dimension-tree.ts';
import { HOSTILE_NAMES, hostileRegion, regionModel, sampleRegion } from './fixtures.ts';

const STYLES = {
  head: '  classDef headNode fill:#e3eff1,stroke:#3f6f78,stroke-width:2px,color:#1f2933',
  group: '  classDef groupNode fill:#f2f4f7,stroke:#7b8794,stroke-width:1px,color:#1f2933',
  other: '  classDef otherGroupNode fill:#f2f4f7,stroke:#7b8794,stroke-width:1px,stroke-dasharray:4 3,color:#1f2933',
  quickWin: '  classDef quickWinNode fill:#fde7c8,stroke:#9c5700,stroke-width:2px,color:#1f2933',
  item: '  classDef itemNode fill:#ffffff,stroke:#3f6f78,stroke-width:1px,color:#1f2933',
};

describe('dimensionTree', () => {
  it('draws dimension → elements (+ lainnya labels) → programmes, quick wins marked', () => {
    expect(dimensionTree(sampleRegion(), 'smart-governance', 'id')).toBe(
      [
        'flowchart LR',
        '  n0["Tata Kelola"]',
        '  n1["Pelayanan publik"]',
        '  n2["Manajemen birokrasi yang efisien"]',
        '  n3["Efisiensi kebijakan publik"]',
        '  n4["Infrastruktur TIK"]',
        '  n5["★ E-Kelurahan"]',
        '  n6["Satu Data"]',
        '  n7["Pusat Data"]',
        '  n0 --> n1',
        '  n0 --> n2',
        '  n0 --> n3',
        '  n0 --> n4',
        '  n1 --> n5',
        '  n3 --> n6',
        '  n4 --> n7',
        STYLES.head,
        '  class n0 headNode',
        STYLES.group,
        '  class n1,n2,n3 groupNode',
        STYLES.other,
        '  class n4 otherGroupNode',
        STYLES.quickWin,
        '  class n5 quickWinNode',
        STYLES.item,
        '  class n6,n7 itemNode',
        '',
      ].join('\n'),
    );
  });

  it('shows the three elements in English even when the region has no programmes there', () => {
    expect(dimensionTree(sampleRegion(), 'smart-economy', 'en')).toBe(
      [
        'flowchart LR',
        '  n0["Economy"]',
        '  n1["Industry ecosystem"]',
        '  n2["Community welfare"]',
        '  n3["Financial transaction ecosystem"]',
        '  n0 --> n1',
        '  n0 --> n2',
        '  n0 --> n3',
        STYLES.head,
        '  class n0 headNode',
        STYLES.group,
        '  class n1,n2,n3 groupNode',
        '',
      ].join('\n'),
    );
  });

  it('groups programmes under the same lainnya label together', () => {
    const region = regionModel({ name: 'Kota Contoh' }, [
      { name: 'A', dimension: 'smart-living', element: 'lainnya', elementLabel: 'Perumahan', kind: 'priority' },
      { name: 'B', dimension: 'smart-living', element: 'lainnya', elementLabel: 'Perumahan', kind: 'priority' },
    ]);
    const edges = dimensionTree(region, 'smart-living', 'id').split('\n').filter((line) => line.includes('-->'));
    expect(edges).toEqual(['  n0 --> n1', '  n0 --> n2', '  n0 --> n3', '  n0 --> n4', '  n4 --> n5', '  n4 --> n6']);
  });

  it('puts programmes whose element no source states under one dashed "not known yet" group', () => {
    const region = regionModel({ name: 'Kota Contoh' }, [
      { name: 'A', dimension: 'smart-living', kind: 'priority' },
      { name: 'B', dimension: 'smart-living', element: 'kesehatan', kind: 'priority' },
      { name: 'C', dimension: 'smart-living', kind: 'priority' },
    ]);
    const lines = dimensionTree(region, 'smart-living', 'en').split('\n');
    expect(lines).toContain('  n4["Not known yet"]');
    expect(lines).toContain('  class n4 otherGroupNode');
    expect(lines.filter((line) => line.startsWith('  n4 -->'))).toHaveLength(2);
    expect(dimensionTree(region, 'smart-living', 'id')).toContain('  n4["Belum diketahui"]');
  });

  it('keeps hostile programme names and lainnya labels inside their quoted labels', () => {
    const lines = dimensionTree(hostileRegion(), 'smart-governance', 'id').trimEnd().split('\n');
    const nodes = lines.filter((line) => /^ {2}n\d+\[/.test(line));
    for (const node of nodes) {
      expect(node).toMatch(/^ {2}n\d+\["[^"<>\n`]*"\]$/);
      expect(node).not.toMatch(/%%|#(?!\u2060)|&(?!\u2060)[#\w]/);
    }
    // The dimension, its three elements, six distinct lainnya labels, one node per programme.
    expect(nodes).toHaveLength(1 + 3 + 6 + HOSTILE_NAMES.length);
    expect(nodes[0]).toBe('  n0["Tata Kelola"]');
    // Nothing but nodes, edges and our own class lines.
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {2}(?:n\d+\[|n\d+ --> n\d+$|classDef \w+Node |class [n\d,]+ \w+Node$)/);
  });
});
