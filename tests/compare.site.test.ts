import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentFromDisk } from '../src/lib/content/load.ts';
import { DIMENSIONS } from '../src/lib/dimensions.ts';
import type { ProgrammeModel, SiteModel } from '../src/lib/model.ts';
import { evaluationResultText, latestEvaluations } from '../src/lib/compare.ts';
import { mainText, page } from './helpers/site.ts';

let model: SiteModel;

beforeAll(async () => {
  model = (await loadContentFromDisk(path.resolve('.'))).model!;
});

/** The `<table id="…">` element of a page, as HTML. */
function table(html: string, id: string): string {
  const start = html.indexOf(`<table id="${id}"`);
  expect(start, `table #${id}`).toBeGreaterThan(-1);
  return html.slice(start, html.indexOf('</table>', start));
}

/** Text of each cell of a table row, header cell first. */
const cells = (row: string): string[] => [...row.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/g)].map((match) => mainText(`<main>${match[1]}</main>`));

const counts = (programmes: readonly ProgrammeModel[], lang: 'id' | 'en' = 'id') => {
  const quickWins = programmes.filter((p) => p.isQuickWin).length;
  if (quickWins === 0) return String(programmes.length);
  return `${programmes.length} (${quickWins} ${lang === 'en' && quickWins > 1 ? 'quick wins' : 'quick win'})`;
};

describe('/bandingkan/', () => {
  it('has a matrix row per real region, with programme and quick-win counts per dimension matching the model', async () => {
    const matrix = table(await page('/bandingkan/'), 'matriks');
    expect(matrix).toContain('<caption');
    const header = cells(matrix.slice(matrix.indexOf('<thead'), matrix.indexOf('</thead>')));
    expect(header).toEqual(['Daerah', ...DIMENSIONS.map((d) => d.nameId), 'Jumlah']);
    expect(matrix.match(/<th[^>]*scope="col"/g)).toHaveLength(DIMENSIONS.length + 2);
    const rows = [...matrix.matchAll(/<tr[^>]*data-region="([^"]+)"[^>]*>([\s\S]*?)<\/tr>/g)];
    // The fictional showcase is no part of the national comparison.
    expect(rows.map((row) => row[1])).toEqual(model.national.regions.map((r) => r.slug));
    for (const [, slug, row] of rows) {
      const region = model.regionBySlug(slug!)!;
      expect(row).toMatch(/^\s*<th[^>]*scope="row"/);
      expect(cells(row!)).toEqual([region.data.name, ...region.dimensions.map((d) => counts(d.programmes)), counts(region.programmes)]);
    }
  });

  it('totals every dimension over all real regions', async () => {
    const matrix = table(await page('/bandingkan/'), 'matriks');
    const footer = cells(matrix.slice(matrix.indexOf('<tfoot'), matrix.indexOf('</tfoot>')));
    expect(footer).toEqual([
      'Semua daerah nyata',
      ...DIMENSIONS.map((d) => counts(model.national.programmes.filter((p) => p.dimension.id === d.id))),
      counts(model.national.programmes),
    ]);
  });

  it('writes counts as words a screen reader reads, e.g. "3 (3 quick win)"', async () => {
    const bontang = model.regionBySlug('kota-bontang')!;
    expect(bontang.quickWins.length).toBeGreaterThan(0);
    const text = mainText(`<main>${table(await page('/bandingkan/'), 'matriks')}</main>`);
    expect(text).toContain(`${bontang.programmes.length} (${bontang.quickWins.length} quick win)`);
  });

  it('offers a GET form of region checkboxes that submits to the same page', async () => {
    const html = await page('/bandingkan/');
    expect(html).toMatch(/<form[^>]*method="get"[^>]*action="\/bandingkan\/#berdampingan"|<form[^>]*action="\/bandingkan\/#berdampingan"[^>]*method="get"/);
    for (const region of model.regions) {
      expect(html).toMatch(new RegExp(`<input type="checkbox" id="pilih-${region.slug}" name="daerah" value="${region.slug}"`));
      expect(html).toContain(`for="pilih-${region.slug}"`);
    }
    expect(html).toMatch(/<script type="module"/);
  });

  it('pre-renders the side-by-side table with a column for every region and the facts a journalist compares', async () => {
    const html = await page('/bandingkan/');
    const side = table(html, 'berdampingan-tabel');
    // Real regions first, then the fictional showcase, whose cells stay hidden until it is chosen.
    const columns = [...model.national.regions, ...model.fictionalRegions];
    expect([...side.matchAll(/<th[^>]*scope="col"[^>]*data-region="([^"]+)"/g)].map((m) => m[1])).toEqual(columns.map((r) => r.slug));
    expect([...side.matchAll(/<t[hd]\b[^>]*data-region="([^"]+)"[^>]*\bhidden\b/g)].map((m) => m[1])).toEqual(
      model.fictionalRegions.flatMap((r) => Array.from({ length: side.match(/<tr\b/g)!.length }, () => r.slug)),
    );
    const rows = [...side.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((row) => cells(row[1]!));
    const byLabel = new Map(rows.map(([label, ...values]) => [label, values]));
    expect(byLabel.get('Provinsi')).toEqual(columns.map((r) => r.data.province));
    expect(byLabel.get('Quick win')).toEqual(columns.map((r) => String(r.quickWins.length)));
    expect(byLabel.get('Jumlah program')).toEqual(columns.map((r) => String(r.programmes.length)));
    expect(byLabel.get('Program berstatus “Berjalan”')).toEqual(columns.map((r) => String(r.statusCounts.running)));
    for (const label of ['Periode masterplan', 'Kelembagaan', 'Dasar hukum', 'Hasil evaluasi terakhir']) expect(byLabel.has(label), label).toBe(true);
    const balikpapan = columns.findIndex((r) => r.slug === 'kota-balikpapan');
    expect(byLabel.get('Periode masterplan')![balikpapan]).toBe('Belum tersedia');
  });

  it('shows each region’s latest evaluation results with their sources, and "Belum diketahui" where none is published', async () => {
    const side = table(await page('/bandingkan/'), 'berdampingan-tabel');
    const row = [...side.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/g)].map((match) => match[1]!).find((html) => html.includes('Hasil evaluasi terakhir'))!;
    const values = [...row.matchAll(/<td\b[^>]*data-region="([^"]+)"[^>]*>([\s\S]*?)<\/td>/g)];
    expect(values.map((value) => value[1])).toEqual([...model.national.regions, ...model.fictionalRegions].map((r) => r.slug));
    expect(model.national.regions.some((r) => r.data.evaluations.length > 0)).toBe(true);
    for (const [, slug, cell] of values) {
      const latest = latestEvaluations(model.regionBySlug(slug!)!.data);
      // A glossary term becomes a button, whose tags mainText turns into spaces before punctuation.
      const squash = (words: string): string => words.replace(/\s+(?=[,.;:)])/g, '');
      const text = squash(mainText(`<main>${cell}</main>`));
      if (!latest) {
        expect(text, slug).toBe('Belum diketahui');
        continue;
      }
      for (const result of latest.results) {
        expect(text, slug).toContain(squash(`${latest.year}: ${evaluationResultText(result.evaluation, 'id')}`));
        expect(text, slug).toContain(result.source.title);
        if (result.source.url) expect(cell).toContain(`href="${result.source.url.replaceAll('&', '&amp;')}" rel="noopener noreferrer"`);
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
  it('is the same comparison with English labels', async () => {
    const html = await page('/en/bandingkan/');
    expect(html).toMatch(/^<!DOCTYPE html><html lang="en"/);
    const matrix = table(html, 'matriks');
    expect(cells(matrix.slice(matrix.indexOf('<thead'), matrix.indexOf('</thead>')))).toEqual(['Region', ...DIMENSIONS.map((d) => d.nameEn), 'Total']);
    const [real] = model.national.regions.filter((r) => r.quickWins.length > 1);
    const row = new RegExp(`<tr[^>]*data-region="${real!.slug}"[^>]*>([\\s\\S]*?)</tr>`).exec(matrix)![1]!;
    expect(cells(row).at(-1)).toBe(counts(real!.programmes, 'en'));
    expect(matrix).not.toContain('data-region="kota-contoh"');
    expect(html).toMatch(/action="\/en\/bandingkan\/#berdampingan"/);
  });
});
