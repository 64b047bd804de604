import { describe, expect, it } from 'vitest';
import { finishSvg } from '../../src/lib/diagrams/svg.ts';

const MERMAID_ROOT =
  '<svg id="diagram-x" width="100%" xmlns="http://www.w3.org/2000/svg" class="flowchart" style="max-width: 168px;" viewBox="4 4 167.5 86.8" role="graphics-document document" aria-roledescription="flowchart-v2">';

describe('finishSvg', () => {
  it('sizes the SVG from its viewBox and names it with the caption', () => {
    expect(finishSvg(`${MERMAID_ROOT}<g></g></svg>`, 'Kelembagaan "Smart City" <2024> & mitra')).toBe(
      '<svg id="diagram-x" xmlns="http://www.w3.org/2000/svg" class="flowchart" viewBox="4 4 167.5 86.8" width="168" height="87" ' +
        'role="img" aria-label="Kelembagaan &quot;Smart City&quot; &lt;2024&gt; &amp; mitra"><style>#diagram-x{--diagram-width:168px}</style><g></g></svg>',
    );
  });

  it('turns style attributes into rules of the SVG’s own stylesheet, which the page’s CSP hashes', () => {
    const svg = finishSvg(
      `${MERMAID_ROOT}<style>#diagram-x .a{fill:red}</style><text class="t" style="text-anchor: middle;">A</text><rect style="fill:blue"/><text style="text-anchor: middle;">B</text></svg>`,
      'Judul',
    );
    expect(svg).not.toMatch(/\sstyle=/);
    expect(svg).toContain(
      '<style>#diagram-x .a{fill:red}#diagram-x{--diagram-width:168px}#diagram-x .diagram-x-s0{text-anchor: middle !important}#diagram-x .diagram-x-s1{fill:blue !important}</style>' +
        '<text class="t diagram-x-s0">A</text><rect class="diagram-x-s1"/><text class="diagram-x-s0">B</text>',
    );
  });

  it('removes scripts, event handlers and javascript: links, but not label text that looks like them', () => {
    const svg = finishSvg(
      `${MERMAID_ROOT}<script>alert(1)</script><g onclick="alert(2)" ONLOAD='x'><a href="javascript:alert(3)" xlink:href=" javascript:alert(4)">` +
        '<text>online=ya onerror=alert(1)</text></a></g><script src="x.js"/></svg>',
      'Judul',
    );
    expect(svg).not.toMatch(/<script|onclick|onload|javascript:/i);
    expect(svg).toContain('<text>online=ya onerror=alert(1)</text>');
    expect(svg).toMatch(/<\/g><\/svg>$/);
  });

  it('refuses output without a usable viewBox instead of inlining an unsized picture', () => {
    expect(() => finishSvg('<svg id="x"></svg>', 'Judul')).toThrow(/viewBox/);
    expect(() => finishSvg('<div>Syntax error</div>', 'Judul')).toThrow(/<svg>/);
  });
});
