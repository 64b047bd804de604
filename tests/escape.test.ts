import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { finishSvg } from '../src/lib/diagrams/svg.ts';
import { escapeHtmlAttribute, escapeHtmlText, escapeXml, jsonForScript, mermaidLabel } from '../src/lib/escape.ts';
import { firstHiddenCharacter, showHiddenCharacters, withoutHiddenCharacters } from '../src/lib/hidden-characters.ts';

/** One escape function per output context; each must keep a region or programme name inert there. */

const HOSTILE_NAME = `Kota "Uji" & <script>alert('x')</script>`;

describe('escapeHtmlText', () => {
  it('escapes what could start a tag or an entity', () => {
    expect(escapeHtmlText(HOSTILE_NAME)).toBe(`Kota "Uji" &amp; &lt;script&gt;alert('x')&lt;/script&gt;`);
    expect(escapeHtmlText('&amp; stays visible')).toBe('&amp;amp; stays visible');
  });

  it('drops hidden characters but keeps tab and line breaks', () => {
    expect(escapeHtmlText('a\u0000b\u202Ec\u2066d\te\nf')).toBe('abcd\te\nf');
  });
});

describe('escapeHtmlAttribute', () => {
  it('escapes both quotes as well, so a value cannot end early', () => {
    expect(escapeHtmlAttribute(HOSTILE_NAME)).toBe('Kota &quot;Uji&quot; &amp; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;');
    expect(escapeHtmlAttribute(`" onmouseover="x`)).toBe('&quot; onmouseover=&quot;x');
    expect(escapeHtmlAttribute(`' autofocus onfocus='x`)).toBe('&#39; autofocus onfocus=&#39;x');
  });

  it('names a diagram after a region without letting the name out of its aria-label', () => {
    const { svg } = finishSvg('<svg id="diagram-x" viewBox="0 0 10 10"><g></g></svg>', `Kelembagaan ${HOSTILE_NAME}\u202E`);
    expect(svg).toContain('aria-label="Kelembagaan Kota &quot;Uji&quot; &amp; &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"');
    expect(svg).not.toContain('<script');
  });
});

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(HOSTILE_NAME)).toBe('Kota &quot;Uji&quot; &amp; &lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;');
  });

  it('drops characters XML 1.0 cannot carry even escaped, and hidden controls', () => {
    expect(escapeXml('a\u0000b\u0008c\u001Fd\tok\n')).toBe('abcd\tok\n');
    expect(escapeXml('lone \uD800 surrogate, pair 😀, \uFFFE\uFFFF')).toBe('lone  surrogate, pair 😀, ');
    expect(escapeXml('C1\u0085 DEL\u007F bidi\u202E\u2069')).toBe('C1 DEL bidi');
  });
});

describe('jsonForScript', () => {
  it('cannot end the script element it is written into, and reads back unchanged', () => {
    const value = { label: '</script><script>alert(1)</script>', comment: '<!--', amp: 'a & b' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/</);
    expect(json).toBe('{"label":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>","comment":"\\u003c!--","amp":"a & b"}');
    expect(JSON.parse(json)).toEqual(value);
  });
});

describe('mermaidLabel', () => {
  // A label that tries to end itself, start a directive, spell an entity and begin a new statement.
  const HOSTILE_LABEL = `${HOSTILE_NAME} 50%%{init}%% #lt; a:b\nclick x`;

  it('keeps a flowchart label inside its quotes, with no tag, entity or directive left', () => {
    expect(mermaidLabel(HOSTILE_LABEL)).toBe(
      'Kota “Uji” & ‹script›alert(\'x\')‹/script› 50%\u2060%{init}%\u2060% #\u2060lt; a:b click x',
    );
  });
});

describe('one escape module', () => {
  /** Code that writes an entity or escapes `&` itself, instead of calling the function of its context. */
  const OWN_ESCAPING = /replace(?:All)?\(\s*\/&\/g?|(['"`])&(?:amp|lt|gt|quot|apos|#39);\1/;

  it('is the only place in src/ that escapes text for an output', () => {
    const sources = readdirSync('src', { recursive: true, encoding: 'utf8' })
      .filter((file) => /\.(?:ts|mjs|astro)$/.test(file))
      .map((file) => path.join('src', file).split(path.sep).join('/'));
    const escaping = sources.filter((file) => file !== 'src/lib/escape.ts' && OWN_ESCAPING.test(readFileSync(file, 'utf8')));
    expect(escaping).toEqual([]);
    expect(OWN_ESCAPING.test(readFileSync('src/lib/escape.ts', 'utf8'))).toBe(true);
  });
});

describe('hidden characters', () => {
  it('finds the first one a one-line or a multi-line text may not hold', () => {
    expect(firstHiddenCharacter('Kota\nUji', 'line')).toEqual({ character: '\n', code: 'U+000A', position: 5 });
    expect(firstHiddenCharacter('Kota\nUji\t!', 'prose')).toBeUndefined();
    expect(firstHiddenCharacter('Kota\r\nUji', 'prose')).toEqual({ character: '\r', code: 'U+000D', position: 5 });
    expect(firstHiddenCharacter('Kota Uji – ✓ 😀', 'line')).toBeUndefined();
  });

  it('drops them from output but keeps tab, LF and CR', () => {
    expect(withoutHiddenCharacters('\u0000a\u0001\tb\nc\rd\u007F\u0080\u009F\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u061C\u200E\u200F')).toBe('a\tb\nc\rd');
  });

  it('shows them as code points in a quoted value', () => {
    expect(showHiddenCharacters('priority\u001B[2J\u202E')).toBe('priority[U+001B][2J[U+202E]');
  });
});
