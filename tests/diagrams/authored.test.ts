import { describe, expect, it } from 'vitest';
import { authoredFigure, captionOf, findAuthoredDiagrams } from '../../src/lib/diagrams/authored.ts';

describe('Mermaid blocks written by authors', () => {
  it('are found in rendered Markdown, with their text decoded', () => {
    const html = '<p>x</p><pre><code class="language-mermaid">flowchart LR\n  A[&quot;Warga &lt;b&gt;&quot;] --&gt; B\n</code></pre><pre><code class="language-js">x</code></pre>';
    expect(findAuthoredDiagrams(html)).toEqual([
      { block: '<pre><code class="language-mermaid">flowchart LR\n  A[&quot;Warga &lt;b&gt;&quot;] --&gt; B\n</code></pre>', source: 'flowchart LR\n  A["Warga <b>"] --> B' },
    ]);
  });

  it('take their caption from accTitle or title, else a number', () => {
    expect(captionOf('flowchart LR\n  accTitle: Alur izin\n  A --> B', 0, 'id')).toBe('Alur izin');
    expect(captionOf('timeline\n  title Sejarah masterplan', 0, 'id')).toBe('Sejarah masterplan');
    expect(captionOf('flowchart LR\n  A --> B', 1, 'id')).toBe('Diagram 2');
  });

  it('become a captioned, scrollable figure with the source as text, escaped', () => {
    expect(authoredFigure({ id: 'diagram-penulis-1', caption: 'Alur <izin>', source: 'A --> B["<script>"]', svg: '<svg id="diagram-penulis-1"></svg>', lang: 'id' })).toBe(
      '<figure class="diagram"><figcaption>Alur &lt;izin&gt;</figcaption>' +
        '<div class="diagram__canvas" role="region" aria-label="Alur &lt;izin&gt;" tabindex="0" data-pagefind-ignore><svg id="diagram-penulis-1"></svg></div>' +
        '<details class="diagram__source"><summary>Teks diagram</summary><pre>A --&gt; B[&quot;&lt;script&gt;&quot;]</pre></details></figure>',
    );
  });

  it('ship as source for the reader’s browser when the build has none', () => {
    expect(authoredFigure({ id: 'diagram-penulis-1', caption: 'Alur', source: 'A --> B', svg: undefined, lang: 'en' })).toBe(
      '<figure class="diagram"><figcaption>Alur</figcaption><div class="diagram__canvas" role="region" aria-label="Alur" tabindex="0" data-pagefind-ignore>' +
        '<pre class="mermaid-source" data-diagram-id="diagram-penulis-1">A --&gt; B</pre></div></figure>',
    );
  });
});
