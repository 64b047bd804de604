import { describe, expect, it } from 'vitest';
import { mermaidLabel } from '../../src/lib/escape.ts';
import { HOSTILE_NAMES } from './fixtures.ts';

const WJ = '\u2060';

/** What a reader sees in a flowchart label: the word joiner is invisible. */
const visible = (text: string) => text.replaceAll(WJ, '');

describe('mermaidLabel', () => {
  it.each([
    ['Kutip "ganda" dan "lagi"', 'Kutip “ganda” dan “lagi”'],
    ['"Awal" kalimat', '“Awal” kalimat'],
    ['<script>alert(1)</script>', '‹script›alert(1)‹/script›'],
    ['`markdown **tebal**`', 'ˋmarkdown **tebal**ˋ'],
    ['Tagar #KotaCerdas dan #quot;', `Tagar #${WJ}KotaCerdas dan #${WJ}quot;`],
    ['R&D &amp; &copy & rekan', `R&${WJ}D &${WJ}amp; &${WJ}copy & rekan`],
    ['%%{init: {}}%% dan 50%', `%${WJ}%{init: {}}%${WJ}% dan 50%`],
    ['Kurung [siku] (bulat) {kurawal} |pipa|; titik: dua', 'Kurung [siku] (bulat) {kurawal} |pipa|; titik: dua'],
    ['click n0 call alert()', 'click n0 call alert()'],
    ['- daftar --> panah', '- daftar --› panah'],
    ['Baris satu\nBaris dua\r\n\tBaris tiga\u2028empat', 'Baris satu Baris dua Baris tiga empat'],
    ['   ', '–'],
  ])('writes %j as %j', (name, expected) => {
    expect(mermaidLabel(name)).toBe(expected);
  });

  it('never leaves a straight quote, a tag, an entity or a directive', () => {
    for (const name of HOSTILE_NAMES) {
      const written = mermaidLabel(name, 500);
      expect(written).not.toMatch(/["<>\n\r`]|%%|#\w|&[#\w]/);
      expect(visible(written).length).toBeGreaterThan(0);
    }
  });
});

describe('mermaidLabel truncation', () => {
  const longName = 'Pengembangan Sistem Informasi Manajemen Kepegawaian Terintegrasi Berbasis Elektronik';

  it('cuts long names at a word and marks the cut, at 80 characters unless told otherwise', () => {
    expect(mermaidLabel(longName)).toBe('Pengembangan Sistem Informasi Manajemen Kepegawaian Terintegrasi Berbasis…');
    expect(mermaidLabel(longName, 30)).toBe('Pengembangan Sistem Informasi…');
    expect(mermaidLabel(longName, Infinity)).toBe(longName);
  });

  it('cuts inside a word when the last space is far back', () => {
    expect(mermaidLabel('Supercalifragilisticexpialidocious-Kota-Contoh', 20)).toBe('Supercalifragilisti…');
  });

  it('never splits an emoji or a flag', () => {
    expect(mermaidLabel('🇮🇩🇮🇩🇮🇩🇮🇩 Kota 👩‍👩‍👧‍👦👩‍👩‍👧‍👦', 6)).toBe('🇮🇩🇮🇩🇮🇩🇮🇩…');
  });

  it('truncates before escaping, so the invisible joiners neither count nor get cut off', () => {
    expect(mermaidLabel('R&D R&D R&D R&D', 8)).toBe(`R&${WJ}D R&${WJ}D…`);
    expect(mermaidLabel('50%% 60%%', 9)).toBe(`50%${WJ}% 60%${WJ}%`);
  });

  it('leaves names that fit alone', () => {
    expect(mermaidLabel('Satu Data', 9)).toBe('Satu Data');
  });
});
