import { describe, expect, it } from 'vitest';
import { MAX_LABEL_LENGTH, mermaidText } from '../../src/lib/escape.ts';
import { HOSTILE_NAMES } from './fixtures.ts';

const WJ = '\u2060';

/** What a reader sees once Mermaid has turned `#58;` back into `:` (gantt and timeline labels). */
const decodeEntities = (text: string) => text.replace(/#(\d+);/g, (_entity, code: string) => String.fromCodePoint(Number(code)));
/** What a reader sees in a flowchart label: the word joiner is invisible. */
const visible = (text: string) => text.replaceAll(WJ, '');
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('mermaidText in gantt task names', () => {
  it.each([
    ['click n0 call alert()', '#99;lick n0 call alert()'],
    ['call center', '#99;all center'],
    ['Section Palsu', '#83;ection Palsu'],
    ['title: palsu', '#116;itle#58; palsu'],
    ['2024-01-01 tanggal', '#50;024-01-01 tanggal'],
    ['Layanan: 24 jam; #1', 'Layanan#58; 24 jam; #35;1'],
    ['%%{init: {"theme": "dark"}}%%', '#37;#37;{init#58; {"theme"#58; "dark"}}#37;#37;'],
    ['5% lebih cepat', '5#37; lebih cepat'],
    ['Baris satu\nBaris dua\r\n\tBaris tiga\u2028empat', 'Baris satu Baris dua Baris tiga empat'],
    ['<script>alert(1)</script> & "kutip"', '<script>alert(1)</script> & "kutip"'],
    ['   ', '–'],
  ])('writes %j as %j', (name, expected) => {
    expect(mermaidText(name, 'gantt-task')).toBe(expected);
  });

  it('never leaves a colon, a hash that is not an entity, a percent sign or a line break', () => {
    for (const name of HOSTILE_NAMES) {
      const written = mermaidText(name, 'gantt-task', 500);
      expect(written.replace(/#\d+;/g, '')).not.toMatch(/[:#%\n\r]/);
      expect(decodeEntities(written)).toBe(oneLine(name));
    }
  });
});

describe('mermaidText in timeline events', () => {
  it('encodes the separators and comment starts, and keeps the text readable', () => {
    expect(mermaidText('FGD: tahap #2 (50%)', 'timeline-event')).toBe('FGD#58; tahap #35;2 (50#37;)');
    for (const name of HOSTILE_NAMES) {
      const written = mermaidText(name, 'timeline-event', 500);
      expect(written.replace(/#\d+;/g, '')).not.toMatch(/[:#%\n\r]/);
      expect(decodeEntities(written)).toBe(oneLine(name));
    }
  });

  it('does not need the gantt keyword protection', () => {
    expect(mermaidText('click here', 'timeline-event')).toBe('click here');
  });
});

describe('mermaidText in flowchart labels', () => {
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
  ])('writes %j as %j', (name, expected) => {
    expect(mermaidText(name, 'flowchart-label')).toBe(expected);
  });

  it('never leaves a straight quote, a tag, an entity or a directive', () => {
    for (const name of HOSTILE_NAMES) {
      const written = mermaidText(name, 'flowchart-label', 500);
      expect(written).not.toMatch(/["<>\n\r`]|%%|#\w|&[#\w]/);
      expect(visible(written).length).toBeGreaterThan(0);
    }
  });
});

describe('mermaidText truncation', () => {
  const longName = 'Pengembangan Sistem Informasi Manajemen Kepegawaian Terintegrasi Berbasis Elektronik';

  it('cuts long names at a word and marks the cut', () => {
    expect(mermaidText(longName, 'gantt-task')).toBe('Pengembangan Sistem Informasi Manajemen…');
    expect(mermaidText(longName, 'flowchart-label', 30)).toBe('Pengembangan Sistem Informasi…');
    expect(Array.from(mermaidText(longName, 'gantt-task')).length).toBeLessThanOrEqual(MAX_LABEL_LENGTH['gantt-task']);
  });

  it('cuts inside a word when the last space is far back', () => {
    expect(mermaidText('Supercalifragilisticexpialidocious-Kota-Contoh', 'gantt-task', 20)).toBe('Supercalifragilisti…');
  });

  it('never splits an emoji or a flag', () => {
    expect(mermaidText('🇮🇩🇮🇩🇮🇩🇮🇩 Kota 👩‍👩‍👧‍👦👩‍👩‍👧‍👦', 'gantt-task', 6)).toBe('🇮🇩🇮🇩🇮🇩🇮🇩…');
  });

  it('truncates before escaping, so an entity is never cut in half', () => {
    expect(mermaidText('Satu: dua: tiga: empat', 'gantt-task', 12)).toBe('Satu#58; dua…');
  });

  it('leaves names that fit alone', () => {
    expect(mermaidText('Satu Data', 'gantt-task', 9)).toBe('Satu Data');
  });
});
