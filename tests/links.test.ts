import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadContentFromDisk } from '../src/lib/content/load.ts';
import { PORTAL_PAGES } from '../src/lib/content/links.ts';
import { DIMENSION_LINES, PROGRAMME_LINES, TODAY, checkFixture, text, validRegion, withFixtureRoot, withLine, type FixtureFiles } from './helpers/content-fixture.ts';

/** What an author sees for each finding: where, which field, the Indonesian message, the hint. */
const seen = (findings: readonly { file: string; line?: number; field: string; message: { id: string }; hint?: { id: string } }[]) =>
  findings.map((p) => ({ file: p.file, line: p.line, field: p.field, message: p.message.id, hint: p.hint?.id }));

const PROGRAMME = 'content/kota-uji/program/layanan-daring.mdx';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('every problem at once', () => {
  it('reports a schema error, a future progress date, a year outside the period and a broken ProgramRef of one file in one run', async () => {
    const lines = withLine(withLine(withLine(PROGRAMME_LINES, 'dimension:', 'dimension: smart-mobility'), 'startYear:', 'startYear: 2019'), 'progress:', [
      'progress:',
      '  - date: 2027-02-01',
      '    status: planned',
    ]);
    const result = await checkFixture({
      ...validRegion(),
      'kota-uji/program/layanan-daring.mdx': text([...lines, '', 'Lanjutan dari <ProgramRef id="layanan-dring" />.']),
    });
    expect(seen(result.problems)).toEqual([
      {
        file: PROGRAMME,
        line: 4,
        field: 'dimension',
        message: 'Dimensi "smart-mobility" tidak dikenal. Pilihan: smart-governance, smart-branding, smart-economy, smart-living, smart-society, smart-environment.',
        hint: 'mungkin maksud Anda "smart-living"?',
      },
      { file: PROGRAMME, line: 11, field: 'progress[1].date', message: 'Tanggal pembaruan 2027-02-01 ada di masa depan (hari ini 2026-11-23).', hint: undefined },
      { file: PROGRAMME, line: 16, field: '', message: '<ProgramRef id="layanan-dring" />: kota-uji tidak punya program dengan id itu.', hint: 'mungkin maksud Anda "layanan-daring"?' },
    ]);
    expect(seen(result.warnings)).toEqual([
      {
        file: PROGRAMME,
        line: 8,
        field: 'startYear',
        message: 'Tahun 2019 di luar periode masterplan 2022–2031.',
        hint: 'Bisa benar (mis. quick win yang dimulai sebelum masterplan disahkan). Pastikan tahunnya sesuai sumber.',
      },
    ]);
  });

  it('reports a field the schema refused once, not again in the cross-checks', async () => {
    // A malformed date is the schema's to report; the future-date rule does not see it.
    const lines = withLine(PROGRAMME_LINES, 'progress:', ['progress:', '  - date: 2099-13-01', '    status: planned']);
    const { problems } = await checkFixture({ ...validRegion(), 'kota-uji/program/layanan-daring.md': text(lines) });
    expect(problems.map((p) => p.field)).toEqual(['progress[1].date']);
  });

  it('cross-checks a region file that failed its schema', async () => {
    const region = text(['---', 'fictional: true', 'slug: kota-lain', 'name: Kota Uji', 'type: kota', 'province: 12', '---', 'Ringkasan.']);
    const { problems } = await checkFixture({ 'kota-uji/index.md': region });
    expect(seen(problems).map(({ line, field }) => ({ line, field }))).toEqual([
      { line: 3, field: 'slug' },
      { line: 6, field: 'province' },
    ]);
    expect(problems[0]?.message.id).toBe('Slug "kota-lain" tidak sama dengan nama folder "kota-uji".');
  });
});

describe('internal links', () => {
  const withBody = (body: readonly string[]): FixtureFiles => ({
    ...validRegion(),
    'kota-uji/program/layanan-daring.mdx': text([...PROGRAMME_LINES, '', ...body]),
    'kota-uji/dimensi/smart-economy.md': text([...DIMENSION_LINES, '', '## Pasar “Rakyat” -- digital', '', '## Pasar rakyat -- digital']),
  });

  it('accepts links to every kind of page the content makes, absolute, relative and in English', async () => {
    const { problems } = await checkFixture(
      withBody([
        '[a](/kota-uji/) [b](/kota-uji/peta-jalan/) [c](/kota-uji/dimensi/smart-living/) [d](/kota-uji/program/layanan-daring/#kemajuan)',
        '[e](/en/kota-uji/#visi) [f](../layanan-daring/) [g](../../dimensi/smart-economy/#pasar-rakyat--digital-1) [h](#deskripsi)',
        '[i](/dimensi/smart-economy/) [j](/daerah/provinsi/jawa-barat/) [k](/data/program.csv) [l](/tentang/#kontribusi) [m](/) [n](mailto:a@b.example)',
        '<a href="/kota-uji/dimensi/smart-economy/#pasar-rakyat--digital">Pasar</a>',
        '',
        '```md',
        '[contoh](/kota-tidak-ada/) <ProgramRef id="contoh-saja" />',
        '```',
      ]),
    );
    expect(problems).toEqual([]);
  });

  it('accepts a link to a region that has a page from the cohort lists but no content folder', async () => {
    const files = withBody(['[Balikpapan](/kota-balikpapan/)']);
    const cohorts = ['sources:', '  - id: s1', '    title: Sumber', '    outlet: Media', '    url: https://example.org/s1', 'claims:', '  - code: "64.71"', '    year: 2017', '    sources: [s1]', ''];
    const result = await withFixtureRoot({ content: files, outside: { 'data/kohort.yaml': cohorts.join('\n') } }, (root) => loadContentFromDisk(root, TODAY));
    expect(result.problems).toEqual([]);
  });

  it('suggests the image a misspelt address meant, from the files in public/', async () => {
    const files = withBody(['![Peta](/gambar/peta-kota.PNG)']);
    const result = await withFixtureRoot({ content: files, public: { 'gambar/peta-kota.png': PNG } }, (root) => loadContentFromDisk(root, TODAY));
    expect(seen(result.problems)).toEqual([
      { file: PROGRAMME, line: 13, field: '', message: 'Gambar "/gambar/peta-kota.PNG" tidak ada di public/.', hint: 'mungkin maksud Anda "/gambar/peta-kota.png"?' },
    ]);
  });

  it('knows every page of the portal outside the regions', async () => {
    const routes = await readdir(new URL('../src/pages/[...lang]/', import.meta.url), { withFileTypes: true });
    const pages = routes.filter((entry) => !entry.name.startsWith('[') && entry.name !== 'index.astro').map((entry) => entry.name.replace(/\.astro$/, ''));
    expect([...PORTAL_PAGES].sort()).toEqual(pages.sort());
  });
});
