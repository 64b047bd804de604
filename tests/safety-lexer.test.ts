import { describe, expect, it } from 'vitest';
import {
  findInlineCode,
  pairBackticks,
  readAutolink,
  readBlocks,
  readLinkTail,
  readTag,
  splitLines,
} from '../src/lib/content/safety/lexer.ts';

/**
 * The scanner's lexer on its own: what it reads as code, as a tag or as a link decides what the
 * check skips and what it judges, so each reader is pinned to concrete offsets here.
 */

/** The text of each range, easier to read than offsets. */
const texts = (body: string, ranges: readonly { start: number; end: number }[]): string[] => ranges.map((r) => body.slice(r.start, r.end));

describe('splitLines', () => {
  it('splits at line breaks, drops a carriage return and keeps a last empty line', () => {
    expect(splitLines('satu\r\ndua\n')).toEqual([
      { start: 0, end: 6, text: 'satu' },
      { start: 6, end: 10, text: 'dua' },
      { start: 10, end: 10, text: '' },
    ]);
  });
});

describe('readBlocks: fenced code', () => {
  it('reads a fence at the start of a line, up to the closing fence of the same kind and length', () => {
    const body = 'Teks\n```js\n<script>\n~~~\n```\nSesudah\n';
    const blocks = readBlocks(splitLines(body), 'md', true);
    expect(blocks.trusted).toBe(true);
    expect(texts(body, blocks.fences)).toEqual(['```js\n<script>\n~~~\n```\n']);
  });

  it('runs an unclosed fence to the end of the body', () => {
    const body = 'Teks\n~~~~\nkode\n~~~\n';
    expect(texts(body, readBlocks(splitLines(body), 'md', true).fences)).toEqual(['~~~~\nkode\n~~~\n']);
  });

  it('distrusts every fence when one sits in a list, a quote or is indented', () => {
    for (const body of ['- ```\n  kode\n  ```\n', '> ```\n> kode\n> ```\n', '  ```\nkode\n```\n']) {
      expect(readBlocks(splitLines(body), 'md', true).trusted, body).toBe(false);
    }
  });

  it('does not read ``` with a backtick in its info string as a fence: Markdown reads inline code there', () => {
    const body = '```a`b\nteks\n';
    expect(readBlocks(splitLines(body), 'md', true).fences).toEqual([]);
  });

  it('reads HTML blocks in .md up to the next blank line, and past it up to the end of a <pre>', () => {
    const body = '<div>\nA\n\nB\n<pre>\n\nC\n</pre>\n\nD\n';
    const blocks = readBlocks(splitLines(body), 'md', true);
    expect(texts(body, blocks.htmlBlocks)).toEqual(['<div>\nA\n', '<pre>\n\nC\n</pre>\n']);
    expect(readBlocks(splitLines(body), 'mdx', true).htmlBlocks).toEqual([]);
  });
});

describe('inline code', () => {
  it('pairs backtick runs of equal length, left to right, skipping escaped backticks', () => {
    const text = 'a `x` b ``y ` z`` \\`c';
    const { spans, unpaired } = pairBackticks(splitLines(text)[0]!);
    expect(texts(text, spans)).toEqual(['`x`', '``y ` z``']);
    expect(unpaired).toBe(false);
  });

  it('reports a run without a partner', () => {
    expect(pairBackticks(splitLines('a `x` b `c')[0]!)).toEqual({ spans: [{ start: 2, end: 5 }], unpaired: true });
  });

  it('skips the code of a paragraph only when nothing else could claim a backtick', () => {
    const body = 'Tulis `<b>`.\n\nLihat https://x.id/`a` dulu.\n\n| `a|b` |\n\nLalu `x` dan `y\n';
    const lines = splitLines(body);
    const { skip, unsure } = findInlineCode(lines, [], []);
    expect(texts(body, skip)).toEqual(['`<b>`']);
    // After a bare URL, in a table cell, and in a paragraph with an unpaired backtick.
    expect(texts(body, unsure)).toEqual(['`a`', '`a|b`', '`x`']);
  });

  it('does not skip code in a paragraph that overlaps an HTML block', () => {
    const body = '<div>\n`<img src=x onerror=alert(1)>`\n';
    const lines = splitLines(body);
    const { htmlBlocks } = readBlocks(lines, 'md', true);
    expect(texts(body, findInlineCode(lines, [], htmlBlocks).unsure)).toEqual(['`<img src=x onerror=alert(1)>`']);
  });
});

describe('readTag', () => {
  it('reads the name, the attributes of every kind and the end of a tag', () => {
    const text = 'x <a href="https://x.id" title=\'t\' hidden rel=nofollow>';
    expect(readTag(text, 2, 'md')).toEqual({
      name: 'a',
      closing: false,
      selfClosing: false,
      attributes: [
        { name: 'href', offset: 5, kind: 'string', value: 'https://x.id' },
        { name: 'title', offset: 25, kind: 'string', value: 't' },
        { name: 'hidden', offset: 35, kind: 'boolean', value: '' },
        { name: 'rel', offset: 42, kind: 'unquoted', value: 'nofollow' },
      ],
      end: text.length,
      wellFormed: true,
    });
  });

  it('ends a tag at the first > outside quotes, as a browser does', () => {
    const tag = readTag('<img alt="a > b" src="/g.jpg"/>', 0, 'md');
    expect(tag?.attributes.map((a) => a.value)).toEqual(['a > b', '/g.jpg']);
    expect(tag?.selfClosing).toBe(true);
    expect(tag?.end).toBe(31);
  });

  it('reads MDX expressions as attributes, braces balanced', () => {
    const tag = readTag('<Figure src={x({a: 1})} {...rest} />', 0, 'mdx');
    expect(tag?.attributes).toEqual([
      { name: 'src', offset: 8, kind: 'expression', value: '{x({a: 1})}' },
      { name: '{…}', offset: 24, kind: 'expression', value: '{...rest}' },
    ]);
  });

  it('marks sloppy tags as not well-formed', () => {
    expect(readTag('<a href="x"title="y">', 0, 'md')?.wellFormed).toBe(false);
    expect(readTag('<a / href="x">', 0, 'md')?.wellFormed).toBe(false);
    expect(readTag('</a href="x">', 0, 'md')?.wellFormed).toBe(false);
    expect(readTag('<a href=x>', 0, 'mdx')?.wellFormed).toBe(false);
    expect(readTag('<a href=x>', 0, 'md')?.wellFormed).toBe(true);
  });

  it('finds no tag without an end, or past a blank line', () => {
    expect(readTag('<a href="x', 0, 'md')).toBeUndefined();
    expect(readTag('<a\n\nhref="x">', 0, 'md')).toBeUndefined();
    expect(readTag('<a title="a\n\nb">', 0, 'md')).toBeUndefined();
  });
});

describe('links', () => {
  it('reads an inline link tail with its destination and title', () => {
    const text = '[a](https://x.id/(b) "judul") lagi';
    expect(readLinkTail(text, 3)).toEqual({ destination: 'https://x.id/(b)', destinationOffset: 4, end: 29 });
    expect(readLinkTail('[a](<java script:x>)', 3)).toEqual({ destination: 'java script:x', destinationOffset: 4, end: 20 });
    expect(readLinkTail('[a](b c)', 3)).toBeUndefined();
  });

  it('reads autolinks of addresses and of e-mail', () => {
    expect(readAutolink('lihat <https://x.id/a> ya', 6)).toEqual({ url: 'https://x.id/a', length: 16 });
    expect(readAutolink('<info@x.id>', 0)).toEqual({ url: 'info@x.id', length: 11 });
    expect(readAutolink('<https://x.id a>', 0)).toBeUndefined();
  });
});
