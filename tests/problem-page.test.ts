import { describe, expect, it } from 'vitest';
import { problemPage } from '../src/lib/content/problem-page.ts';
import { formatProblem, type Problem } from '../src/lib/content/problem.ts';
import { checkFixture, REGION_LINES, text, withLine } from './helpers/content-fixture.ts';

/** The page `npm run dev` shows while content has problems (src/integrations/dev-check.ts). */

const OPTIONS = { reloadScript: '/@vite/client' };

/** The page's visible text, one line per block, as a reader sees it. */
function visibleText(html: string): string[] {
  return html
    .replace(/<(style|script)[\s\S]*?<\/\1>/g, '')
    .replace(/<\/(p|h1|li|title)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

describe('problemPage', () => {
  it('shows every problem in the words `npm run check` prints', async () => {
    const { problems } = await checkFixture({
      'kota-uji/index.md': text(withLine(withLine(REGION_LINES, 'type:', 'type: kotaa'), 'province:', 'province: ')),
    });
    expect(problems.length).toBe(2);
    const shown = visibleText(problemPage(problems, OPTIONS));
    for (const problem of problems) {
      // Each line the check prints for a problem, without its indentation and ✗ mark.
      const printed = formatProblem(problem).split('\n').map((line) => line.replace(/^\s*✗?\s*/, ''));
      const start = shown.indexOf(printed[0]!);
      expect(start, printed[0]).toBeGreaterThan(-1);
      expect(shown.slice(start, start + printed.length)).toEqual(printed);
    }
    expect(shown).toContain('Konten belum valid: 2 masalah di 1 berkas');
    expect(shown).toContain('content/kota-uji/index.md:5 › type');
    expect(shown).toContain('Nilai "kotaa" tidak dikenal. Pilihan: kota, kabupaten.');
  });

  it('is an Indonesian page with English marked as English, and no inline script', () => {
    const problem: Problem = { file: 'content/kota-uji/index.md', field: '', message: { id: 'Pesan.', en: 'Message.' } };
    const html = problemPage([problem], OPTIONS);
    expect(html).toMatch(/^<!doctype html>\n<html lang="id">/);
    expect(html).toContain('<p class="en" lang="en">Message.</p>');
    // The only script is the dev server's client, from a file: it reloads the page after a fix.
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script type="module" src="/@vite/client">']);
    expect(html).toContain('<script type="module" src="/@vite/client"></script>');
    // A problem without line or field is named by its file alone, and one without hint has none.
    expect(visibleText(html)).toContain('content/kota-uji/index.md');
    expect(html).not.toContain('Petunjuk');
  });

  it('keeps whatever a file name or message holds as text', () => {
    const hostile = `<img src=x onerror="alert(1)">`;
    const problem: Problem = {
      file: `content/${hostile}/index.md`,
      line: 3,
      field: hostile,
      message: { id: `Nilai ${hostile}`, en: `Value ${hostile}` },
      hint: { id: hostile, en: hostile },
    };
    const html = problemPage([problem], { reloadScript: '/"><script>alert(1)</script>' });
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<script>');
    expect(visibleText(html)).toContain(`content/${hostile}/index.md:3 › ${hostile}`);
    expect(visibleText(html)).toContain(`Petunjuk: ${hostile}`);
  });
});
