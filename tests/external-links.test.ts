import { describe, expect, it } from 'vitest';
import { markExternalLinks } from '../src/lib/external-links.ts';

describe('links to other hosts', () => {
  it('get rel="noopener noreferrer", links on the portal do not', () => {
    expect(markExternalLinks('<a href="https://kaltimtoday.co/x">berita</a> <a href="/kota-contoh/">daerah</a>', 'portal.example')).toBe(
      '<a rel="noopener noreferrer" href="https://kaltimtoday.co/x">berita</a> <a href="/kota-contoh/">daerah</a>',
    );
    expect(markExternalLinks('<a href="https://portal.example/data/">data</a>', 'portal.example')).toBe('<a href="https://portal.example/data/">data</a>');
  });

  it('keep an author’s rel and gain only what is missing', () => {
    expect(markExternalLinks('<a href="http://contoh.go.id" rel="noopener external">x</a>', 'portal.example')).toBe(
      '<a href="http://contoh.go.id" rel="noopener external noreferrer">x</a>',
    );
  });
});
