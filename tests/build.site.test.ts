import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentFromDisk } from '../src/lib/content/load.ts';
import { DIMENSIONS } from '../src/lib/dimensions.ts';
import type { SiteModel } from '../src/lib/model.ts';
import { slugify } from '../src/lib/register/register.ts';
import { htmlFiles, mainText, page } from './helpers/site.ts';
import { modelOf } from './helpers/model.ts';

let model: SiteModel;
let files: string[];

beforeAll(async () => {
  const loaded = await loadContentFromDisk(path.resolve('.'));
  expect(loaded.problems).toEqual([]);
  model = modelOf(loaded)!;
  files = await htmlFiles();
});

describe('the sample content', () => {
  it('passes the check: the real regions and the fictional demo', () => {
    expect(model.regions.map((r) => r.slug)).toEqual(expect.arrayContaining(['kabupaten-buleleng', 'kota-balikpapan', 'kota-bontang', 'kota-contoh', 'kota-samarinda']));
    expect(model.regions.filter((r) => r.data.fictional).map((r) => r.slug)).toEqual(['kota-contoh']);
    const demo = model.regionBySlug('kota-contoh')!;
    expect(demo.data.fictional).toBe(true);
    expect(demo.programmes.length).toBeGreaterThanOrEqual(25);
    expect(new Set(demo.programmes.map((p) => p.dimension.id))).toEqual(new Set(DIMENSIONS.map((d) => d.id)));
    expect(demo.dimensions.every((d) => d.page !== undefined)).toBe(true);
  });
});

describe('npm run build', () => {
  it('builds one page per programme in each language, and no other programme pages', () => {
    const expected = model.programmes.map((p) => `${p.regionSlug}/program/${p.data.id}/index.html`).sort();
    const built = files.filter((file) => /^[^/]+\/program\/[^/]+\/index\.html$/.test(file));
    const builtEnglish = files.filter((file) => /^en\/[^/]+\/program\/[^/]+\/index\.html$/.test(file)).map((file) => file.slice(3));
    expect(built).toEqual(expected);
    expect(builtEnglish).toEqual(expected);
  });

  it('builds every page kind for every region in both languages', () => {
    for (const prefix of ['', 'en/']) {
      for (const region of model.regions) {
        expect(files).toContain(`${prefix}${region.slug}/index.html`);
        expect(files).toContain(`${prefix}${region.slug}/peta-jalan/index.html`);
        for (const dimension of DIMENSIONS) expect(files).toContain(`${prefix}${region.slug}/dimensi/${dimension.id}/index.html`);
      }
      for (const dimension of DIMENSIONS) expect(files).toContain(`${prefix}dimensi/${dimension.id}/index.html`);
      // Every programme is listed on the national page of its dimension and province.
      for (const programme of model.programmes) expect(files).toContain(`${prefix}dimensi/${programme.dimension.id}/${slugify(programme.province)}/index.html`);
      for (const single of ['index.html', 'dimensi/index.html', 'glosarium/index.html', 'tentang/index.html']) expect(files).toContain(`${prefix}${single}`);
    }
    expect(files).toContain('404.html');
  });

  it('marks the language of every page', async () => {
    expect(await page('/kota-bontang/')).toMatch(/^<!DOCTYPE html><html lang="id"/);
    expect(await page('/en/kota-bontang/')).toMatch(/^<!DOCTYPE html><html lang="en"/);
  });
});

describe('page facts', () => {
  it('home lists regions by province, those with programmes first with their counts, then those with facts', async () => {
    const text = mainText(await page('/'));
    expect(text).toContain(
      'Kalimantan Timur Kota Bontang 3 program · 3 quick win Kota Samarinda 3 program · 0 quick win Kabupaten Kutai Kartanegara Fakta masterplan; program belum tercatat',
    );
    expect(text).toContain('Kota Balikpapan Fakta masterplan; program belum tercatat');
    expect(text).toContain('Kabupaten Buleleng Fakta masterplan; program belum tercatat');
    // Provinces in alphabetical order, each heading its own regions.
    expect(text.indexOf('Bali Kota Denpasar')).toBeLessThan(text.indexOf('Kalimantan Timur Kota Bontang'));
  });

  it('a real region shows its sourced facts and says what is not yet available', async () => {
    const text = mainText(await page('/kota-bontang/'));
    expect(text).toContain('Bontang yang sejahtera, humanis, dan inovatif secara berkelanjutan');
    expect(text).toContain('Jangka pendek (2020): 3 program');
    expect(text).toContain('Jangka menengah (2021–2024): 0 program');
    expect(text).toContain('Kaltim Today');
    const balikpapan = mainText(await page('/kota-balikpapan/'));
    // What the sources do not give is listed once, not marked "Belum tersedia" in each section.
    expect(balikpapan).toMatch(/Belum diketahui Sumber yang dimuat portal ini belum menyebut: .*periode masterplan/);
    expect(balikpapan).not.toContain('Belum tersedia');
    expect(balikpapan).toContain('Wali Kota');
    expect(balikpapan).toContain('Kepala Bappeda Litbang');
  });

  it('the programme page makes its frontmatter readable', async () => {
    const programme = model.programmes.find((p) => p.data.progress.length > 1 && p.data.funding.some((f) => f.amount !== undefined))!;
    const text = mainText(await page(`/${programme.regionSlug}/program/${programme.data.id}/`));
    expect(text).toContain(programme.data.name);
    expect(text).toContain(programme.data.opd!);
    expect(text).toContain('Riwayat kemajuan, dari yang paling lama');
    expect(text).toMatch(/Rp\s?[\d.]+/);
    expect(text).toContain(programme.dimension.nameId);
  });

  it('marks every page of the fictional region, and no page of a real one', async () => {
    const demoPages = files.filter((file) => file.replace(/^en\//, '').startsWith('kota-contoh/'));
    expect(demoPages.length).toBeGreaterThan(60);
    for (const file of demoPages) expect(await page(file)).toMatch(/class="fictional-notice[ "]/);
    for (const file of files.filter((f) => f.replace(/^en\//, '').startsWith('kota-bontang/'))) {
      expect(await page(file)).not.toMatch(/class="fictional-notice[ "]/);
    }
  });

  it('the roadmap page carries every programme as a table row', async () => {
    const region = model.regionBySlug('kota-contoh')!;
    const html = await page('/kota-contoh/peta-jalan/');
    expect(html.match(/<th scope="row"/g)).toHaveLength(region.programmes.length);
  });

  it('the national dimension page counts real programmes and links each province, and each region to its place there', async () => {
    const programmes = model.national.programmes.filter((p) => p.dimension.id === 'smart-governance');
    const regions = new Set(programmes.map((p) => p.regionSlug));
    const provinces = new Set(programmes.map((p) => p.province));
    const overview = await page('/dimensi/smart-governance/');
    expect(mainText(overview)).toContain(`${programmes.length} program di ${regions.size} daerah di ${provinces.size} provinsi. Contoh fiktif tidak dihitung.`);
    expect(overview).toMatch(/<a href="\/dimensi\/smart-governance\/kalimantan-timur\/"[^>]*>Kalimantan Timur<\/a>/);
    // The old single page had each region's programmes under `#daerah-<slug>`: that anchor now leads on to them.
    expect(overview).toMatch(/<li id="daerah-kota-samarinda"[^>]*><a href="\/dimensi\/smart-governance\/kalimantan-timur\/#daerah-kota-samarinda"[^>]*>Kota Samarinda<\/a>/);
    expect(mainText(overview)).toMatch(/Contoh fiktif untuk demonstrasi \(tidak dihitung\) Provinsi Contoh Kota Contoh \(Fiktif\) \(\d+\)/);
    expect(mainText(overview)).not.toContain('e-Kelurahan');
  });

  it('every region link of the national dimension pages lands on that region’s programmes on its province page', async () => {
    for (const lang of ['', '/en']) {
      for (const dimension of DIMENSIONS) {
        const overview = await page(`${lang}/dimensi/${dimension.id}/`);
        const links = [...overview.matchAll(/<li id="(daerah-[^"]+)"[^>]*><a href="([^"#]+)#([^"]+)"/g)];
        const regions = model.regions.filter((region) => region.dimensions.find((d) => d.dimension.id === dimension.id)!.programmes.length > 0);
        expect(links.map(([, id]) => id).sort()).toEqual(regions.map((region) => `daerah-${region.slug}`).sort());
        for (const [, id, target, anchor] of links) {
          expect(anchor).toBe(id);
          expect(await page(target!)).toMatch(new RegExp(`<h2 id="${anchor}"`));
        }
      }
    }
  });

  it('a province page of a dimension lists the programmes of its regions under them', async () => {
    const html = await page('/dimensi/smart-governance/kalimantan-timur/');
    expect(html).toMatch(/<h2 id="daerah-kota-samarinda"[^>]*><a href="\/kota-samarinda\/dimensi\/smart-governance\/"[^>]*>Kota Samarinda<\/a>/);
    expect(mainText(html)).toContain('e-Kelurahan');
    expect(mainText(html)).not.toContain('Kota Contoh');
    const fictional = mainText(await page('/en/dimensi/smart-governance/provinsi-contoh/'));
    expect(fictional).toMatch(/^Fictional: .* Governance in Provinsi Contoh .* 0 programmes in 0 regions\. The fictional examples below are not counted\. .* Kota Contoh \(Fictional\)/);
  });

  it('draws a Mermaid block an author wrote as a figure, with its text beside it', async () => {
    const html = await page('/kota-contoh/dimensi/smart-governance/');
    expect(html).toMatch(/<figure class="diagram"><figcaption>Alur layanan perizinan daring<\/figcaption>.*?<svg id="diagram-penulis-1"[^>]* role="img" aria-label="Alur layanan perizinan daring"/s);
    expect(html).not.toContain('language-mermaid');
  });

  it('renders the portal’s content components', async () => {
    const html = await page('/kota-contoh/');
    expect(html).toMatch(/<div class="callout[^"]*" data-type="info" role="note">/);
    expect(html).toContain('<a href="/kota-contoh/program/antrean-puskesmas-daring/">Antrean Puskesmas Daring</a>');
  });

  it('explains glossary terms in place and lists all of them on the glossary page', async () => {
    const glossary = mainText(await page('/glosarium/'));
    expect(glossary).toContain('RPJMD Rencana Pembangunan Jangka Menengah Daerah: rencana pembangunan daerah untuk lima tahun.');
    for (const term of ['KPBU', 'Satu Data Indonesia', 'Perbup', 'Dewan Smart City']) expect(glossary).toContain(`${term} `);
    expect(await page('/kota-balikpapan/')).toContain('popovertarget="istilah-rpjmd"');
  });
});
