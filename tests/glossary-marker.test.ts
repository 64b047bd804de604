import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../src/lib/glossary.ts';
import { compileGlossary, markGlossaryTerms } from '../src/lib/glossary-marker.ts';

const glossary = compileGlossary(GLOSSARY);
const mark = (main: string, lang: 'id' | 'en' = 'id') =>
  markGlossaryTerms(`<html><body><header>RPJMD</header><main>${main}</main></body></html>`, glossary, {
    lang,
    glossaryHref: '/glosarium/',
    linkLabel: 'Lihat glosarium',
  });

describe('glossary terms explained in place', () => {
  it('explains only the first use of a term, inside <main> only', () => {
    const html = mark('<p>Selaras dengan RPJMD. RPJMD berlaku lima tahun.</p>');
    expect(html).toContain('<header>RPJMD</header>');
    expect(html.match(/popovertarget="istilah-rpjmd"/g)).toHaveLength(1);
    expect(html).toContain(
      '<p>Selaras dengan <button type="button" class="term" popovertarget="istilah-rpjmd">RPJMD</button>' +
        '<span class="term-note" id="istilah-rpjmd" popover data-pagefind-ignore><strong>RPJMD</strong>: ' +
        'Rencana Pembangunan Jangka Menengah Daerah: rencana pembangunan daerah untuk lima tahun. ' +
        '<a href="/glosarium/#rpjmd">Lihat glosarium</a></span>. RPJMD berlaku lima tahun.</p>',
    );
  });

  it('uses the English explanation on English pages', () => {
    expect(mark('<p>Funded by APBD.</p>', 'en')).toContain('<strong>APBD</strong>: The regional government’s annual budget.');
  });

  it('never marks text inside links, headings, buttons or code', () => {
    const html = mark('<h2>APBD</h2><a href="/x">APBD</a><code>APBD</code><p>Dana APBD</p>');
    expect(html).toContain('<h2>APBD</h2><a href="/x">APBD</a><code>APBD</code><p>Dana <button');
  });

  it('matches acronyms exactly and whole words only', () => {
    const html = mark('<p>Kata opdx, sk, dan kasus SKPD tidak ditandai.</p>');
    expect(html).not.toContain('class="term"');
  });

  it('leaves the glossary page itself alone', () => {
    const page = '<html><main><dl data-glossary-page><dd>APBD</dd></dl></main></html>';
    expect(markGlossaryTerms(page, glossary, { lang: 'id', glossaryHref: '/glosarium/', linkLabel: 'x' })).toBe(page);
  });
});
