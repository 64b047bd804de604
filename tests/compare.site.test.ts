import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentFromDisk } from '../src/lib/content/load.ts';
import type { SiteModel } from '../src/lib/model.ts';
import { comparePage, type ComparePage } from '../src/lib/page-data/compare.ts';
import { mainText, page } from './helpers/site.ts';
import { modelOf } from './helpers/model.ts';

/**
 * The built compare page: that it renders its page data (tests/page-data/compare.test.ts checks
 * the counts and facts themselves) into accessible tables, a form that works without JavaScript,
 * and links that lead somewhere.
 */

let model: SiteModel;
let data: ComparePage;

beforeAll(async () => {
  model = modelOf(await loadContentFromDisk(path.resolve('.')))!;
  data = comparePage(model, 'id');
});

/** The `<table id="…">` element of a page, as HTML. */
function table(html: string, id: string): string {
  const start = html.indexOf(`<table id="${id}"`);
  expect(start, `table #${id}`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</table>', start));
}

/** Text of each cell of a table row, header cell first. */
const cells = (row: string): string[] => [...row.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((match) => mainText(`<main>${match[1]}</main>`));

describe('/bandingkan/', () => {
  it('renders the matrix with a header per dimension, a row per real region (or that its programmes are not recorded) and the national totals', async () => {
    const matrix = table(await page('/bandingkan/'), 'matriks');
    expect(matrix).toContain('<caption');
    const header = cells(matrix.slice(matrix.indexOf('<thead'), matrix.indexOf('</thead>')));
    expect(header).toEqual(['Daerah', ...data.dimensions.map((column) => column.name), 'Jumlah']);
    expect(matrix.match(/<th[^>]*scope="col"/g)).toHaveLength(data.dimensions.length + 2);
    for (const column of data.dimensions) expect(matrix).toContain(`href="${column.path}"`);
    const rows = [...matrix.matchAll(/<tr[^>]*data-region="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)];
    // The fictional showcase is no part of the national comparison.
    expect(rows.map((row) => row[1])).toEqual(model.national.regions.map((region) => region.slug));
    // Each cell names its column too, for the stacked layout on phones: "Smart Governance: 3".
    const labelled = (texts: readonly string[]) => texts.map((text, index) => `${index < data.dimensions.length ? data.dimensions[index]!.name : 'Jumlah'}: ${text}`);
    for (const [index, [, , row]] of rows.entries()) {
      const expected = data.matrix[index]!;
      expect(row).toMatch(/^\s*<th[^>]*scope="row"/);
      expect(row).toContain(`href="${expected.region.path}"`);
      if (!expected.recorded) {
        expect(cells(row!)).toEqual([expected.region.data.name, 'Daftar program belum tercatat']);
        continue;
      }
      expect(cells(row!)).toEqual([expected.region.data.name, ...labelled([...expected.counts.map(({ cell }) => cell.text), expected.total.text])]);
      for (const { cell } of [...expected.counts, { cell: expected.total }]) {
        if (cell.search) expect(row).toContain(`href="${cell.search.replaceAll('&', '&amp;')}"`);
      }
    }
    // The real content has regions of both kinds.
    expect(new Set(data.matrix.map((row) => row.recorded))).toEqual(new Set([true, false]));
    const footer = cells(matrix.slice(matrix.indexOf('<tfoot'), matrix.indexOf('</tfoot>')));
    expect(footer).toEqual([data.totals.label, ...labelled([...data.totals.dimensions, data.totals.all])]);
    expect(mainText(await page('/bandingkan/'))).toContain(data.totals.unrecordedNote!);
  });

  it('charts the programmes of each recorded real region, the fictional one left out', async () => {
    const html = await page('/bandingkan/');
    const chart = html.slice(html.indexOf('<ol id="grafik"'), html.indexOf('</ol>', html.indexOf('<ol id="grafik"')));
    const bars = [...chart.matchAll(/<li[^>]*data-region="([^"]+)"[^>]*>([\s\S]*?)<\/li>/g)];
    expect(bars.map((bar) => bar[1])).toEqual(data.chart.map((bar) => bar.region.slug));
    expect(bars.map((bar) => bar[1])).not.toContain('kota-contoh');
    for (const [index, [, , bar]] of bars.entries()) {
      expect(mainText(`<main>${bar}</main>`)).toBe(`${data.chart[index]!.region.data.name} ${data.chart[index]!.number}`);
      expect(bar).toContain(`<rect width="${data.chart[index]!.width}" height="1"`);
    }
  });

  it('offers a GET form of region checkboxes that submits to the same page', async () => {
    const html = await page('/bandingkan/');
    expect(html).toMatch(/<form[^>]*method="get"[^>]*action="\/bandingkan\/#berdampingan"|<form[^>]*action="\/bandingkan\/#berdampingan"[^>]*method="get"/);
    for (const region of model.regions) {
      expect(html).toMatch(new RegExp(`<input type="checkbox" id="pilih-${region.slug}" name="daerah" value="${region.slug}"`));
      expect(html).toContain(`for="pilih-${region.slug}"`);
    }
    expect(html).toContain('data-showing="Menampilkan {shown} dari {total} daerah."');
    expect(html).toMatch(/<script type="module"/);
  });

  it('pre-renders the side-by-side table with a column for every region, the fictional showcase hidden until chosen', async () => {
    const side = table(await page('/bandingkan/'), 'berdampingan-tabel');
    expect([...side.matchAll(/<th[^>]*scope="col"[^>]*data-region="([^"]+)"/g)].map((m) => m[1])).toEqual(data.regions.map((r) => r.slug));
    expect([...side.matchAll(/<t[hd]\b[^>]*data-region="([^"]+)"[^>]*\bhidden\b/g)].map((m) => m[1])).toEqual(
      model.fictionalRegions.flatMap((r) => Array.from({ length: side.match(/<tr\b/g)!.length }, () => r.slug)),
    );
    const rows = [...side.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((row) => cells(row[1]!));
    expect(rows.slice(1).map(([label]) => label)).toEqual(data.facts.map((fact) => fact.label));
    for (const fact of data.facts) {
      if (fact.kind !== 'text') continue;
      const [, ...shown] = rows.find(([label]) => label === fact.label)!;
      // Glossary terms become buttons, whose tags mainText turns into spaces.
      expect(shown.map((text) => text.replace(/\s+(?=[,.;:)])/g, '')), fact.label).toEqual(fact.values.map((value) => value ?? 'Belum tersedia'));
    }
    for (const fact of data.facts) {
      if (fact.kind !== 'count') continue;
      const [, ...shown] = rows.find(([label]) => label === fact.label)!;
      // A region without a programme list says so; a recorded zero is 0.
      expect(shown, fact.label).toEqual(fact.values.map((value) => value?.text ?? 'Belum tercatat'));
    }
  });

  it('shows each region’s latest evaluation results with links to their sources, and "Belum diketahui" where none is published', async () => {
    const side = table(await page('/bandingkan/'), 'berdampingan-tabel');
    const row = [...side.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((match) => match[1]!).find((html) => html.includes('Hasil evaluasi terakhir'))!;
    const shown = [...row.matchAll(/<td\b[^>]*data-region="([^"]+)"[^>]*>([\s\S]*?)<\/td>/g)];
    const evaluations = data.facts.find((fact) => fact.kind === 'evaluations')!.values;
    expect(shown.map((cell) => cell[1])).toEqual(data.regions.map((r) => r.slug));
    expect(evaluations.some(Boolean)).toBe(true);
    for (const [index, [, slug, cell]] of shown.entries()) {
      const latest = evaluations[index];
      const squash = (words: string): string => words.replace(/\s+(?=[,.;:)])/g, '');
      const text = squash(mainText(`<main>${cell}</main>`));
      if (!latest) {
        expect(text, slug).toBe('Belum diketahui');
        continue;
      }
      for (const line of latest.lines) {
        expect(text, slug).toContain(squash(`${latest.year}: ${line.text}`));
        expect(text, slug).toContain(squash(line.sourceTitle));
        expect(cell).toContain(line.link.outside ? `href="${line.link.url.replaceAll('&', '&amp;')}" rel="noopener noreferrer"` : `href="${line.link.path}"`);
      }
    }
  });

  it('marks the fictional region and says what that means', async () => {
    const text = mainText(await page('/bandingkan/'));
    expect(text).toContain('Kota Contoh (Fiktif)');
    expect(text).toContain('Daerah bertanda “Fiktif” adalah contoh untuk demonstrasi; angkanya bukan data nyata, tidak dihitung dalam jumlah di atas');
  });
});

describe('/en/bandingkan/', () => {
  it('is the same comparison with English labels and links within the English site', async () => {
    const html = await page('/en/bandingkan/');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"/);
    const english = comparePage(model, 'en');
    const matrix = table(html, 'matriks');
    expect(cells(matrix.slice(matrix.indexOf('<thead'), matrix.indexOf('</thead>')))).toEqual(['Region', ...english.dimensions.map((column) => column.name), 'Total']);
    const [first] = english.matrix;
    expect(matrix).toContain(`href="/en${first!.region.path}"`);
    const recorded = english.matrix.find((row) => row.recorded)!;
    expect(cells(new RegExp(`<tr[^>]*data-region="${recorded.region.slug}"[^>]*>([\\s\\S]*?)</tr>`).exec(matrix)![1]!).at(-1)).toBe(`Total: ${recorded.recorded && recorded.total.text}`);
    expect(matrix).toContain(`href="/en/cari/?jenis=program&amp;daerah=`);
    expect(matrix).not.toContain('data-region="kota-contoh"');
    expect(html).toMatch(/action="\/en\/bandingkan\/#berdampingan"/);
  });
});
