import { describe, expect, it } from 'vitest';
import { suggestQuery, vocabularyOf } from '../src/lib/search-vocabulary.ts';

describe('the search vocabulary', () => {
  const pages = [
    'Layanan Kelurahan Daring. Warga mengurus surat di kelurahan tanpa antre.',
    'E-Kelurahan. Administrasi kelurahan digital.',
    'Bank Sampah Digital. Tata kelola sampah dan limbah di kelurahan.',
  ];

  it('lists each word of four letters or more once, the words on most pages first', () => {
    const words = vocabularyOf(pages, 100);
    expect(words.slice(0, 2)).toEqual(['kelurahan', 'digital']);
    expect(words).toContain('sampah');
    // Short words and numbers are left out; every word appears once, in lower case.
    expect(words).not.toContain('di');
    expect(new Set(words).size).toBe(words.length);
    expect(words.every((word) => word === word.toLowerCase())).toBe(true);
  });

  it('keeps at most the number of words asked for, the commonest', () => {
    expect(vocabularyOf(pages, 1)).toEqual(['kelurahan']);
  });
});

describe('did you mean', () => {
  const vocabulary = vocabularyOf(
    ['kelurahan sampah antrean', 'kelurahan sampah', 'kelurahan', 'kelurah waste management'],
    100,
  );

  it('replaces a misspelt word by the closest word of the index, the commonest among equals', () => {
    expect(suggestQuery('kelurhan', vocabulary)).toBe('kelurahan');
    expect(suggestQuery('Bank sampha', vocabulary)).toBe('bank sampah');
  });

  it('offers nothing when every word is known, too short to judge, or far from every known word', () => {
    expect(suggestQuery('kelurahan sampah', vocabulary)).toBeUndefined();
    expect(suggestQuery('bus', vocabulary)).toBeUndefined();
    expect(suggestQuery('xylofon', vocabulary)).toBeUndefined();
  });
});
