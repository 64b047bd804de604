import { describe, expect, it } from 'vitest';
import { finishSvg } from '../../src/lib/diagrams/svg.ts';
import { cspHash } from '../../src/lib/security.ts';

const MERMAID_ROOT =
  '<svg id="diagram-x" width="100%" xmlns="http://www.w3.org/2000/svg" class="flowchart" style="max-width: 168px;" viewBox="4 4 167.5 86.8" role="graphics-document document" aria-roledescription="flowchart-v2">';

describe('finishSvg', () => {
  it('sizes the SVG from its viewBox and names it with the caption', () => {
    expect(finishSvg(`${MERMAID_ROOT}<g></g></svg>`, 'Kelembagaan "Smart City" <2024> & mitra')).toEqual({
      svg:
        '<svg id="diagram-x" xmlns="http://www.w3.org/2000/svg" class="flowchart" viewBox="4 4 167.5 86.8" width="168" height="87" ' +
        'role="img" aria-label="Kelembagaan &quot;Smart City&quot; &lt;2024&gt; &amp; mitra"><style>#diagram-x{--diagram-width:168px;--diagram-min-width:168px}</style><g></g></svg>',
      styleHashes: [cspHash('#diagram-x{--diagram-width:168px;--diagram-min-width:168px}')],
    });
  });

  it('lets the page scale the SVG down only as far as its smallest text stays at 12 px', () => {
    const measured = MERMAID_ROOT.replace('<svg ', '<svg data-smallest-text="15" ');
    const { svg } = finishSvg(`${measured}<g></g></svg>`, 'Judul');
    // 167.5 units wide at 15 px text: 12 px text at 167.5 × 12 / 15 = 134 px. The measurement itself is not kept.
    expect(svg).toContain('<style>#diagram-x{--diagram-width:168px;--diagram-min-width:134px}</style>');
    expect(svg).not.toContain('data-smallest-text');
    // Text drawn below 12 px makes the SVG wider than drawn rather than unreadable.
    expect(finishSvg(`${MERMAID_ROOT.replace('<svg ', '<svg data-smallest-text="10" ')}</svg>`, 'Judul').svg).toContain('--diagram-min-width:201px');
  });

  it('gives every colour a dark counterpart under prefers-color-scheme: dark, in the stylesheet and in colour attributes', () => {
    const { svg, styleHashes } = finishSvg(
      `${MERMAID_ROOT}<style>#diagram-x .node rect{fill:#e3eff1;stroke:rgb(63, 111, 120)}#diagram-x .a{color:black;fill:url(#diagram-x-g)}</style>` +
        '<stop stop-color="#ffffff"/><path stroke="black" fill="none"/><text>#ffffff black</text></svg>',
      'Judul',
    );
    const stylesheet =
      '#diagram-x .node rect{fill:var(--dc0);stroke:var(--dc1)}#diagram-x .a{color:var(--dc2);fill:url(#diagram-x-g)}' +
      '#diagram-x{--diagram-width:168px;--diagram-min-width:168px}' +
      '#diagram-x{--dc0:#e3eff1;--dc1:rgb(63, 111, 120);--dc2:black;--dc3:#ffffff}' +
      // The palette's own colours get their hand-picked dark values (config.ts), others a mirrored lightness.
      '@media screen and (prefers-color-scheme:dark){#diagram-x{--dc0:#1d3b41;--dc1:#7fb8c2;--dc2:#ebebeb;--dc3:#15181c}}';
    expect(svg).toContain(`<style>${stylesheet}</style>`);
    // Label text that looks like a colour stays as written.
    expect(svg).toContain('<stop stop-color="var(--dc3)"/><path stroke="var(--dc2)" fill="none"/><text>#ffffff black</text>');
    expect(styleHashes).toEqual([cspHash(stylesheet)]);
  });

  it('turns style attributes into rules of the SVG’s own stylesheet, whose hash it returns for the page’s CSP', () => {
    const { svg, styleHashes } = finishSvg(
      `${MERMAID_ROOT}<style>#diagram-x .a{fill:red}</style><text class="t" style="text-anchor: middle;">A</text><rect style="fill:blue"/><text style="text-anchor: middle;">B</text></svg>`,
      'Judul',
    );
    // Named colours other than greys are left as the author wrote them, in both schemes.
    const stylesheet = '#diagram-x .a{fill:red}#diagram-x{--diagram-width:168px;--diagram-min-width:168px}#diagram-x .diagram-x-s0{text-anchor: middle !important}#diagram-x .diagram-x-s1{fill:blue !important}';
    expect(svg).not.toMatch(/\sstyle=/);
    expect(svg).toContain(`<style>${stylesheet}</style><text class="t diagram-x-s0">A</text><rect class="diagram-x-s1"/><text class="diagram-x-s0">B</text>`);
    expect(styleHashes).toEqual([cspHash(stylesheet)]);
  });

  it('writes the stylesheet without character references, so its hash is the one the browser computes', () => {
    const { svg, styleHashes } = finishSvg(
      `${MERMAID_ROOT}<style>#diagram-x .a &gt; b{font-family:&quot;Noto Sans&quot;}</style><text style="font-family: &quot;DejaVu Sans&quot;">A</text></svg>`,
      'Judul',
    );
    const stylesheet = '#diagram-x .a > b{font-family:"Noto Sans"}#diagram-x{--diagram-width:168px;--diagram-min-width:168px}#diagram-x .diagram-x-s0{font-family: "DejaVu Sans" !important}';
    expect(svg).toContain(`<style>${stylesheet}</style>`);
    expect(styleHashes).toEqual([cspHash(stylesheet)]);
  });

  it('keeps style declarations from reaching beyond the SVG: no rule of their own, no comment, no markup', () => {
    const { svg } = finishSvg(
      `${MERMAID_ROOT}<rect style="fill:red} body{display:none"/><rect style="stroke:blue;fill:green/*"/><rect style="fill:&lt;/style&gt;x;stroke-width:2px"/>` +
        '<rect style="fill:red;background:url(\\2f evil);@import x"/></svg>',
      'Judul',
    );
    expect(svg).toContain(
      '<style>#diagram-x{--diagram-width:168px;--diagram-min-width:168px}#diagram-x .diagram-x-s0{stroke:blue !important}#diagram-x .diagram-x-s1{stroke-width:2px !important}#diagram-x .diagram-x-s2{fill:red !important}</style>',
    );
    expect(svg).toContain('<rect/><rect class="diagram-x-s0"/><rect class="diagram-x-s1"/><rect class="diagram-x-s2"/>');
  });

  it('refuses a stylesheet that would need "<" or "&", which inline SVG cannot carry as plain text', () => {
    expect(() => finishSvg(`${MERMAID_ROOT}<style>#diagram-x text::after{content:"&lt;b&gt;"}</style></svg>`, 'Judul')).toThrow(
      'Diagram "diagram-x": gaya SVG memuat "<" atau "&" · the SVG\'s stylesheet contains "<" or "&"',
    );
  });

  it('removes scripts, event handlers and javascript: links, but not label text that looks like them', () => {
    const { svg } = finishSvg(
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
