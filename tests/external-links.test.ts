import { markdownToHtml, mdxToJs } from 'satteri';
import { describe, expect, it } from 'vitest';
import { externalLinksPlugin } from '../src/lib/render/external-links-plugin.ts';

const render = async (markdown: string) => (await markdownToHtml(markdown, { hastPlugins: [externalLinksPlugin], features: { rawHtml: true } })).html;

describe('links in a content body that leave the portal', () => {
  it('get rel="noopener noreferrer"; links on the portal, mail and phone links do not', async () => {
    expect(await render('[berita](https://kaltimtoday.co/x?a=1&b=2) [daerah](/kota-contoh/) [visi](#visi) [surel](mailto:a@contoh.go.id) [telepon](tel:+62542)')).toBe(
      '<p><a href="https://kaltimtoday.co/x?a=1&amp;b=2" rel="noopener noreferrer">berita</a> <a href="/kota-contoh/">daerah</a> ' +
        '<a href="#visi">visi</a> <a href="mailto:a@contoh.go.id">surel</a> <a href="tel:+62542">telepon</a></p>\n',
    );
  });

  it('are recognised however the address is spelled', async () => {
    const html = await render('<a href="//contoh.go.id/">a</a> <a href="HTTP://contoh.go.id">b</a> <a href=" https://contoh.go.id">c</a> <a href="ht&#9;tps://contoh.go.id">d</a>');
    expect(html.match(/rel="noopener noreferrer"/g)).toHaveLength(4);
  });

  it('keep an author’s rel and gain only what is missing', async () => {
    expect(await render('<a href="http://contoh.go.id" rel="noopener external">x</a> <a href="https://contoh.go.id" rel="noreferrer noopener">y</a>')).toBe(
      '<p><a href="http://contoh.go.id" rel="noopener external noreferrer">x</a> <a href="https://contoh.go.id" rel="noreferrer noopener">y</a></p>\n',
    );
  });

  it('in .mdx, where an <a> tag is a JSX element, get it too', async () => {
    const { code } = await mdxToJs('Lihat <a href="https://contoh.go.id" rel="external">situs</a> dan [berita](https://kaltimtoday.co/x) atau <a href="/kota-contoh/">daerah</a>.', {
      hastPlugins: [externalLinksPlugin],
    });
    expect(code).toMatch(/href: "https:\/\/contoh\.go\.id",\s+rel: "external noopener noreferrer"/);
    expect(code).toMatch(/href: "https:\/\/kaltimtoday\.co\/x",\s+rel: "noopener noreferrer"/);
    expect(code).toMatch(/href: "\/kota-contoh\/",\s+children/);
  });
});
