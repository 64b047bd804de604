import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { contentDirectory } from '../src/lib/content/layout.ts';
import { FirstUses } from '../src/lib/glossary-marker.ts';
import { glossaryPlugin } from '../src/lib/render/glossary-plugin.ts';

const plugin = glossaryPlugin({ base: '/' });
/** `rawHtml` as a processor that parses the HTML authors write into elements renders it. */
const render = async (markdown: string, rawHtml = true) => (await markdownToHtml(markdown, { hastPlugins: [plugin], features: { rawHtml } })).html;
const notesIn = (html: string) => [...html.matchAll(/popovertarget="([^"]+)"/g)].map((match) => match[1]);

describe('glossary terms in a content body', () => {
  it('explains only the first use, in both languages, linking to the glossary', async () => {
    expect(await render('Selaras dengan RPJMD. RPJMD berlaku lima tahun.')).toBe(
      '<p>Selaras dengan <button type="button" class="term" popovertarget="istilah-isi-rpjmd">RPJMD</button>' +
        '<span class="term-note" id="istilah-isi-rpjmd" popover="" data-pagefind-ignore=""><strong>RPJMD</strong>: ' +
        '<span lang="id" data-note-lang="id">Rencana Pembangunan Jangka Menengah Daerah: rencana pembangunan daerah untuk lima tahun. ' +
        '<a href="/glosarium/#rpjmd">Lihat glosarium</a></span>' +
        '<span lang="en" data-note-lang="en">The region’s five-year medium-term development plan. ' +
        '<a href="/en/glosarium/#rpjmd">See the glossary</a></span></span>. RPJMD berlaku lima tahun.</p>\n',
    );
  });

  it('links to the glossary below the portal’s base path', async () => {
    const { html } = await markdownToHtml('Dana APBD.', { hastPlugins: [glossaryPlugin({ base: '/masterplan/' })] });
    expect(html).toContain('<a href="/masterplan/glosarium/#apbd">Lihat glosarium</a>');
    expect(html).toContain('<a href="/masterplan/en/glosarium/#apbd">See the glossary</a>');
  });

  it('gives note ids the entry’s id, so notes of two bodies on one page never share one', async () => {
    const fileURL = pathToFileURL(path.join(contentDirectory(), 'kota-contoh', 'program', 'e-warga.md'));
    const { html } = await markdownToHtml('Dana APBD.', { hastPlugins: [plugin], fileURL });
    expect(notesIn(html)).toEqual(['istilah-kota-contoh-program-e-warga-apbd']);
    expect(html).toContain('id="istilah-kota-contoh-program-e-warga-apbd"');
  });

  it('explains the first use in every body the same plugin renders', async () => {
    expect(notesIn(await render('Dana APBD.'))).toEqual(['istilah-isi-apbd']);
    expect(notesIn(await render('Juga APBD.'))).toEqual(['istilah-isi-apbd']);
  });

  it('never marks text inside links, headings, buttons, code or abbreviations', async () => {
    const html = await render(
      [
        '## APBD',
        '',
        '[APBD](/x/) `APBD` <a href="/y/">APBD</a> <abbr title="Anggaran">APBD</abbr> <code>APBD</code> <kbd>APBD</kbd>',
        '',
        '```',
        'APBD',
        '```',
        '',
        'Dana APBD',
      ].join('\n'),
    );
    expect(notesIn(html)).toEqual(['istilah-isi-apbd']);
    expect(html).toContain('<p>Dana <button type="button" class="term" popovertarget="istilah-isi-apbd">APBD</button>');
  });

  it('matches acronyms exactly and whole words only; words and aliases in any case', async () => {
    expect(notesIn(await render('Kata opdx, sk, dan kasus SKB tidak ditandai.'))).toEqual([]);
    expect(await render('Menuju KOTA CERDAS.')).toContain('popovertarget="istilah-isi-smart-city">KOTA CERDAS</button>');
  });

  it('keeps the text around a term as text', async () => {
    const html = await render('Jika 5 &lt; 6 &amp; RPJMD &lt;b&gt;');
    expect(html).toMatch(/^<p>Jika 5 &lt; 6 &amp; <button [^>]+>RPJMD<\/button><span class="term-note"/);
    expect(html).toMatch(/<\/span><\/span> &lt;b&gt;<\/p>\n$/);
  });
});

describe('markup in an attribute value stays an attribute value', () => {
  const attack = 'Dana <span title="a <b>SPBE</b> x">ini</span> berbeda.\n\nLalu SPBE.';

  it('a term inside an HTML attribute is not marked and the attribute is unchanged', async () => {
    const html = await render(attack);
    expect(html).toContain('<span title="a <b>SPBE</b> x">ini</span> berbeda.</p>');
    expect(html).not.toMatch(/title="[^"]*(button|term-note)/);
    // The attribute did not count as a use: the first use in the text is the one explained.
    expect(html).toContain('<p>Lalu <button type="button" class="term" popovertarget="istilah-isi-spbe">SPBE</button>');
    expect(notesIn(html)).toEqual(['istilah-isi-spbe']);
  });

  it('the same holds where raw HTML stays raw: text beside it is left alone', async () => {
    const html = await render(attack, false);
    expect(html).toContain('<p>Dana <span title="a <b>SPBE</b> x">ini</span> berbeda.</p>');
    expect(notesIn(html)).toEqual(['istilah-isi-spbe']);
    // The tree cannot tell that this text sits in a link opened by a raw tag: none of it is marked.
    expect(notesIn(await render('<a href="/x/">**APBD**</a> lalu APBD.', false))).toEqual([]);
  });

  it('a term inside a component’s attribute in .mdx is not marked, and its markup stays text', async () => {
    const mdx = [
      '<Figure src="/gambar/tpa.jpg" alt="TPA SPBE <img src=x onerror=alert(1)>" caption="SPBE <b>tebal</b>" />',
      '',
      '<Callout type="info">Layanan SPBE kota.</Callout>',
    ].join('\n');
    const { code } = await mdxToJs(mdx, { hastPlugins: [plugin] });
    expect(code).toContain('alt: "TPA SPBE <img src=x onerror=alert(1)>"');
    expect(code).toContain('caption: "SPBE <b>tebal</b>"');
    expect(code.match(/"istilah-isi-spbe"/g)).toHaveLength(2); // the button's target and the note's id
    expect(code.indexOf('"istilah-isi-spbe"')).toBeGreaterThan(code.indexOf('Callout, {'));
  });
});

describe('the portal’s own text', () => {
  it('is split into text and first uses, one marker per page', () => {
    const glossary = new FirstUses('');
    const first = glossary.split('RPJMD 2021–2026: FGD review <b>masterplan</b>');
    expect(first.map((part) => (part.term ? `[${part.text}→${part.noteId}]` : part.text)).join('')).toBe(
      '[RPJMD→istilah-rpjmd] 2021–2026: [FGD→istilah-fgd] review <b>[masterplan→istilah-masterplan]</b>',
    );
    expect(glossary.split('RPJMD dan FGD lagi')).toEqual([{ text: 'RPJMD dan FGD lagi' }]);
  });
});
