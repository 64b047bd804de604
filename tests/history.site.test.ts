import { beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../src/i18n/format.ts';
import { contentHistory } from '../src/lib/history/git.ts';
import type { ContentHistory } from '../src/lib/history/log.ts';
import { dataVersionAnchor, dataVersionPath, localPath } from '../src/lib/routes.ts';
import { htmlFiles, page } from './helpers/site.ts';

/**
 * What readers see of the content's history in the built site: field-level changes without commit
 * messages, ids or file names; the data version in every footer; citations naming the version and
 * the original sources. Works with any build (`REGION=<slug>` or all regions): it checks the pages
 * that were built.
 */

let history: ContentHistory;

beforeAll(async () => {
  history = await contentHistory();
});

/** The visible text of the first element matching `pattern`, tags dropped. */
function textOf(html: string, pattern: RegExp): string | undefined {
  const match = pattern.exec(html);
  return match?.[0].replace(/<[^>]+>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}

const CHANGE_HISTORY = /<section class="change-history\b[^>]*>[\s\S]*?<\/section>/;
const LAST_UPDATED = /<p class="last-updated[^>]*>[\s\S]*?<\/p>/;
const CITE_BOX = /<section class="cite-box\b[^>]*>[\s\S]*?<\/section>/;

/** Programme pages and region pages of the build, Indonesian and English. */
async function pagesWithHistory(): Promise<string[]> {
  const files = await htmlFiles();
  const pages: string[] = [];
  for (const file of files) if (CHANGE_HISTORY.test(await page(file))) pages.push(file);
  return pages;
}

describe('change history on pages', () => {
  it('describes data changes, never a commit message, commit id or file path', async () => {
    const pages = await pagesWithHistory();
    expect(pages.some((file) => /\/program\/[^/]+\/index\.html$/.test(file))).toBe(true);
    const developerWords = history.commits.flatMap((commit) => [commit.subject, commit.shortHash]);
    for (const file of pages) {
      const html = await page(file);
      const shown = `${textOf(html, CHANGE_HISTORY)} ${textOf(html, LAST_UPDATED)}`;
      expect(shown, file).not.toMatch(/content\/|\.mdx?\b/);
      for (const words of developerWords) expect(shown.includes(words), `${file}: ${words}`).toBe(false);
    }
  });

  it('shows a real field-level change from this repository’s history: Kota Bontang’s cohort left its region file', async (context) => {
    const files = await htmlFiles();
    if (!files.includes('kota-bontang/index.html') || history.status !== 'complete') return context.skip();
    const shown = textOf(await page('kota-bontang/index.html'), CHANGE_HISTORY)!;
    const change = history.byFile.get('content/kota-bontang/index.md')!.find((entry) => entry.content.kind === 'edited' && entry.content.fields.some((field) => field.type === 'value' && field.field === 'cohort'))!;
    expect(shown).toContain(`${formatDate(change.commit.day, 'id')} Tahun kohort dihapus (sebelumnya 2019)`);
    expect(textOf(await page('en/kota-bontang/index.html'), CHANGE_HISTORY)).toContain('Cohort year removed (was 2019)');
  });

  it('shows a programme’s field-level change from this repository’s history: Kota Contoh’s accessible information service started', async (context) => {
    const file = 'kota-contoh/program/layanan-informasi-ramah-disabilitas/index.html';
    if (!(await htmlFiles()).includes(file) || history.status !== 'complete') return context.skip();
    const change = history.byFile
      .get('content/kota-contoh/program/layanan-informasi-ramah-disabilitas.md')!
      .find((entry) => entry.content.kind === 'edited' && entry.content.fields.some((field) => field.type === 'status'))!;
    const shown = textOf(await page(file), CHANGE_HISTORY)!;
    expect(shown).toContain(`${formatDate(change.commit.day, 'id')} Status: Direncanakan → Berjalan, per 20 November 2026`);
    expect(shown).toContain('Kemajuan dilaporkan per 20 November 2026: Berjalan, 25%');
    expect(shown).not.toContain(change.commit.shortHash);
    expect(textOf(await page(`en/${file}`), CHANGE_HISTORY)).toContain('Status: Planned → Running, as of 20 November 2026');
  });

  it('says when a programme joined the portal, and dates "last changed" by the last data change', async () => {
    const programme = (await pagesWithHistory()).find((file) => /^[^/]+\/program\/[^/]+\/index\.html$/.test(file))!;
    const html = await page(programme);
    expect(textOf(html, CHANGE_HISTORY)).toContain('Program ditambahkan ke portal');
    expect(textOf(html, LAST_UPDATED)).toMatch(/^Data terakhir diubah: (\d{1,2} \w+ \d{4}|riwayat|belum)/);
  });
});

describe('data version', () => {
  it('is in the footer of every page, with the date and id of the newest data commit', async () => {
    const version = history.version;
    const expected = version ? `Versi data: ${formatDate(version.day, 'id')} (${version.shortHash})` : 'Versi data: tidak diketahui';
    const files = await htmlFiles();
    for (const file of files) {
      const footer = textOf(await page(file), /<footer[\s\S]*?<\/footer>/);
      if (file.startsWith('en/')) expect(footer, file).toMatch(/Data version: /);
      else expect(footer, file).toContain(expected);
    }
  });

  it('links from every footer to the version’s entry in the data page’s list of versions', async (context) => {
    const version = history.version;
    if (!version) return context.skip();
    for (const file of await htmlFiles()) {
      const footer = /<footer[\s\S]*?<\/footer>/.exec(await page(file))?.[0] ?? '';
      const entry = localPath(dataVersionPath(version.shortHash), file.startsWith('en/') ? 'en' : 'id', '');
      expect(footer, file).toMatch(new RegExp(`<a href="${entry}">\\s*<time datetime="${version.day}">`));
    }
    for (const dataPage of ['data/index.html', 'en/data/index.html']) expect(await page(dataPage), dataPage).toContain(`id="${dataVersionAnchor(version.shortHash)}"`);
  });

  it('is named in the citation of programme and region pages, beside the original sources', async () => {
    const version = history.version;
    for (const file of await pagesWithHistory()) {
      if (file.startsWith('en/')) continue;
      const html = await page(file);
      const citation = /<textarea[^>]*>([^<]*)<\/textarea>/.exec(html.match(CITE_BOX)?.[0] ?? '')?.[1] ?? '';
      expect(citation, file).toContain('Masterplan Terbuka');
      if (version) expect(citation, file).toContain(`versi data ${formatDate(version.day, 'id')} (${version.shortHash})`);
      const sourcesListed = textOf(html, CITE_BOX)!.includes('Sumber asli');
      expect(citation.includes('Sumber asli:'), file).toBe(sourcesListed);
    }
  });
});
