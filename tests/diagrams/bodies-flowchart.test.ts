import { describe, expect, it } from 'vitest';
import { bodiesFlowchart } from '../../src/lib/diagrams/bodies-flowchart.ts';
import { hostileRegion, regionModel, sampleRegion } from './fixtures.ts';

const HEAD_STYLE = '  classDef headNode fill:#e3eff1,stroke:#3f6f78,stroke-width:2px,color:#1f2933';
const GROUP_STYLE = '  classDef groupNode fill:#f2f4f7,stroke:#7b8794,stroke-width:1px,color:#1f2933';

describe('bodiesFlowchart', () => {
  it('chains the bodies in the order Dewan, Tim Pelaksana, Forum with their members', () => {
    expect(bodiesFlowchart(sampleRegion(), 'id')).toBe(
      [
        'flowchart TD',
        '  n0["Dewan Smart City<br/>Ketua: Wali Kota"]',
        '  n1["• Bappeda<br/>• Diskominfo"]',
        '  n2["Forum Smart City"]',
        '  n3["• Universitas Contoh"]',
        '  n0 -.- n1',
        '  n0 --> n2',
        '  n2 -.- n3',
        HEAD_STYLE,
        '  class n0,n2 headNode',
        GROUP_STYLE,
        '  class n1,n3 groupNode',
        '',
      ].join('\n'),
    );
  });

  it('uses the English body names and the decree name when one is given', () => {
    const region = regionModel({
      name: 'Kota Contoh',
      bodies: [
        { kind: 'tim-pelaksana', chair: 'Kepala Bappeda' },
        { kind: 'dewan', name: 'Dewan Kota Cerdas' },
      ],
    });
    expect(bodiesFlowchart(region, 'en')).toBe(
      [
        'flowchart TD',
        '  n0["Dewan Kota Cerdas"]',
        '  n1["Implementation Team<br/>Chair: Kepala Bappeda"]',
        '  n0 --> n1',
        HEAD_STYLE,
        '  class n0,n1 headNode',
        '',
      ].join('\n'),
    );
  });

  it('lists at most eight member lines, the last one counting the rest', () => {
    const members = Array.from({ length: 11 }, (_, index) => `OPD ${index + 1}`);
    const region = regionModel({ name: 'Kota Contoh', bodies: [{ kind: 'forum', members }] });
    expect(bodiesFlowchart(region, 'id')!.split('\n')[2]).toBe(
      '  n1["• OPD 1<br/>• OPD 2<br/>• OPD 3<br/>• OPD 4<br/>• OPD 5<br/>• OPD 6<br/>• OPD 7<br/>+4 lainnya"]',
    );
  });

  it('has nothing to draw without bodies', () => {
    expect(bodiesFlowchart(regionModel({ name: 'Kota Contoh' }), 'id')).toBeUndefined();
  });

  it('keeps hostile names, chairs and members inside their quoted labels', () => {
    const text = bodiesFlowchart(hostileRegion(), 'id')!;
    expect(text).toBe(
      [
        'flowchart TD',
        '  n0["%\u2060%{init: {“theme”: “dark”, “securityLevel”: “loose”}}%\u2060%<br/>Ketua: click n0 call alert()"]',
        // Members are written out in full (Mermaid wraps them), however long or hostile.
        '  n1["• Kutip “ganda” dan \'tunggal\'<br/>• Kurung [siku] (bulat) {kurawal} |pipa|<br/>• %\u2060%{init: {“theme”: “dark”, “securityLevel”: “loose”}}%\u2060%<br/>• click n0 call alert()<br/>• Baris satu Baris dua click n1 href “javascript:alert(1)”<br/>• Titik; koma: pagar #\u20601 #\u2060quot; #\u206035;<br/>• ‹script›alert(1)‹/script›‹img src=x onerror=alert(1)›<br/>+6 lainnya"]',
        '  n0 -.- n1',
        HEAD_STYLE,
        '  class n0 headNode',
        GROUP_STYLE,
        '  class n1 groupNode',
        '',
      ].join('\n'),
    );
    // Every node line is an id and one quoted label; nothing else can start a statement.
    for (const line of text.split('\n').filter((l) => l.startsWith('  n') && l.includes('['))) {
      expect(line).toMatch(/^ {2}n\d+\["[^"\n]*"\]$/);
    }
  });
});
