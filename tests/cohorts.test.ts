import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { COHORT_FILE, hasDisagreement, loadCohorts, parseCohorts, type CohortClaim } from '../src/lib/cohorts.ts';
import { loadContentFromDisk } from '../src/lib/content/load.ts';
import { loadRegister } from '../src/lib/register/register.ts';
import { TODAY, validRegion, withFixtureRoot } from './helpers/content-fixture.ts';

const register = loadRegister();
const cohorts = loadCohorts();
const byCode = cohorts.claimsByCode();

const claimsOf = (code: string): readonly CohortClaim[] => byCode.get(code) ?? [];
const claimOf = (code: string, year: number): CohortClaim => {
  const claim = claimsOf(code).find((candidate) => candidate.year === year);
  if (!claim) throw new Error(`no ${year} claim for ${code}`);
  return claim;
};
const codesOf = (year: number, cited?: string): string[] =>
  [...new Set(cohorts.claims.filter((claim) => claim.year === year && (!cited || claim.sources.includes(cited))).map((claim) => claim.code))];

const MAY_2017_LISTS = ['L17a', 'L17b', 'L17c', 'L17d'];

describe('data/kohort.yaml', () => {
  it('is valid: every code in the register, every cited source listed once', () => {
    expect(cohorts.problems).toEqual([]);
    for (const claim of cohorts.claims) {
      expect(register.byCode(claim.code), claim.code).toBeDefined();
      for (const id of claim.sources) expect(cohorts.sourceById(id), `${claim.code} cites ${id}`).toBeDefined();
    }
    const cited = new Set(cohorts.claims.flatMap((claim) => claim.sources));
    expect(cohorts.sources.filter((source) => !cited.has(source.id)).map((source) => source.id)).toEqual([]);
  });

  it('names, beside each code, the region the register gives that code', async () => {
    const text = await readFile(COHORT_FILE, 'utf8');
    const commented = [...text.matchAll(/^ {2}- code: "([^"]+)" # (.+)$/gm)].map(([, code, name]) => ({ code, name }));
    expect(commented).toHaveLength(cohorts.claims.length);
    for (const { code, name } of commented) expect(register.byCode(code!)?.name, code).toBe(name);
  });

  it('holds the 2017 cohort: the 25 regions of the May lists, and Lombok Timur on its own sources', () => {
    const mayList = codesOf(2017, 'L17a');
    expect(mayList).toHaveLength(25);
    for (const code of mayList) expect(claimOf(code, 2017).sources).toEqual(expect.arrayContaining(MAY_2017_LISTS));
    expect(codesOf(2017)).toHaveLength(26);

    const lombokTimur = claimOf('52.03', 2017);
    expect(lombokTimur.sources).toEqual(['L17e', 'lotim-antara', 'lotim-bimtek']);
    expect(lombokTimur.note).toContain('Tidak ada di daftar 25 daerah Mei 2017');
  });

  it('holds the 50 regions of 2018, the 25 of 2019 and the 10 of 2024, each from its list', () => {
    expect(codesOf(2018)).toHaveLength(50);
    expect(codesOf(2018, 'L18a')).toHaveLength(50);
    expect(codesOf(2019)).toHaveLength(25);
    expect(codesOf(2019, 'L19a')).toHaveLength(25);
    expect(codesOf(2024)).toHaveLength(10);
    expect(codesOf(2024, 'L24')).toHaveLength(10);
  });

  it('keeps each disagreement as separate claims with their own sources', () => {
    // Two founding cohorts (2017–2019) for one region is a disagreement; joining a later phase is not.
    const disagreeing = [...byCode].filter(([, claims]) => hasDisagreement(claims)).map(([code]) => code);
    expect(disagreeing.sort()).toEqual(['32.76', '33.02']);

    // Banyumas and Depok: in the 2018 list and in the 2019 list.
    for (const code of ['33.02', '32.76']) {
      expect(claimOf(code, 2018).sources).toContain('L18a');
      expect(claimOf(code, 2019).sources).toEqual(['L19a']);
    }
    // Kutai Kartanegara: 2017, and chosen again in 2021.
    expect(claimOf('64.02', 2017).sources).toContain('L17a');
    expect(claimOf('64.02', 2021).sources).toEqual(['kukar-mediumindonesia', 'kukar-diksi']);
    // Singkawang: signed in 2017, coached in 2022; missing from the November 2017 list.
    expect(claimOf('61.72', 2022).sources).toEqual(['singkawang-mediacenter']);
    expect(claimOf('61.72', 2017).sources).not.toContain('L17e');
    expect(claimOf('61.72', 2017).note).toContain('tidak ada di daftar 24 daerah');
  });

  it('notes the 2017 claims a list leaves out, and Mimika’s code before the Papua split', () => {
    const purwakarta = claimOf('32.14', 2017);
    expect(purwakarta.sources).toEqual(MAY_2017_LISTS);
    expect(purwakarta.note).toContain('tidak ada di daftar 24 daerah');
    expect(hasDisagreement(claimsOf('32.14'))).toBe(false);

    const mimika = claimOf('94.04', 2017);
    expect(register.byCode('94.04')?.province.name).toBe('Papua Tengah');
    expect(mimika.note).toContain('91.09');
    expect(mimika.note).toContain('Papua Tengah');
  });

  it('gives Buleleng the 2023 cohort, as its article says', () => {
    const buleleng = claimsOf('51.08');
    expect(buleleng.map((claim) => claim.year)).toEqual([2023]);
    const [source] = buleleng[0]!.sources.map((id) => cohorts.sourceById(id));
    expect(source).toMatchObject({ outlet: 'JurnalPatroliNews' });
    expect(source?.url).toContain('rancang-smart-city-pemkab-buleleng-gelar-bimtek-penyusunan-masterplan-kota-cerdas');
  });
});

describe('checking data/kohort.yaml', () => {
  const VALID = [
    'sources:',
    '  - id: L17a',
    '    title: "Daftar 25 kota/kabupaten"',
    '    outlet: "RTIK Kediri"',
    '    url: "https://example.org/daftar"',
    'claims:',
    '  - code: "15.71"',
    '    year: 2017',
    '    sources: [L17a]',
    '    mouDate: "2017-05-22"',
  ];
  /** VALID with line `number` (1-based) replaced by `replacement`, then `appended`. */
  const yaml = (changes: Record<number, string> = {}, appended: readonly string[] = []): string =>
    `${[...VALID.map((line, index) => changes[index + 1] ?? line), ...appended].join('\n')}\n`;
  const problemsOf = (text: string) => parseCohorts(text, register).problems;

  it('accepts a valid file', () => {
    const parsed = parseCohorts(yaml(), register);
    expect(parsed.problems).toEqual([]);
    expect(parsed.claims).toEqual([{ code: '15.71', year: 2017, sources: ['L17a'], mouDate: '2017-05-22' }]);
  });

  it('refuses a code the register does not have', () => {
    expect(problemsOf(yaml({ 7: '  - code: "64.99"' }))).toEqual([
      {
        file: 'data/kohort.yaml',
        line: 7,
        field: 'claims[1].code',
        message: { id: 'Kode wilayah "64.99" tidak ada di daftar Kemendagri.', en: 'Region code "64.99" is not in the Kemendagri register.' },
        hint: { id: 'Cari kodenya di data/wilayah/kode-wilayah-2025.tsv.', en: 'Look the code up in data/wilayah/kode-wilayah-2025.tsv.' },
      },
    ]);
  });

  it('refuses a source id that is not in sources, suggesting the near one', () => {
    expect(problemsOf(yaml({ 9: '    sources: [L17a, L17x]' }))).toEqual([
      {
        file: 'data/kohort.yaml',
        line: 9,
        field: 'claims[1].sources[2]',
        message: { id: 'Sumber "L17x" tidak ada di daftar sources berkas ini.', en: 'Source "L17x" is not in this file\'s sources list.' },
        hint: { id: 'mungkin maksud Anda "L17a"?', en: 'did you mean "L17a"?' },
      },
    ]);
  });

  it('refuses a day that does not exist and a date not written YYYY-MM-DD', () => {
    expect(problemsOf(yaml({ 10: '    mouDate: "2017-02-30"' }))).toEqual([
      {
        file: 'data/kohort.yaml',
        line: 10,
        field: 'claims[1].mouDate',
        message: { id: 'Tanggal "2017-02-30" tidak ada di kalender.', en: 'The date "2017-02-30" does not exist.' },
        hint: { id: 'Periksa hari dan bulannya (mis. Februari hanya 28 atau 29 hari).', en: 'Check the day and month (February has only 28 or 29 days).' },
      },
    ]);
    expect(problemsOf(yaml({ 10: '    mouDate: "2017-05"' }))).toEqual([
      {
        file: 'data/kohort.yaml',
        line: 10,
        field: 'claims[1].mouDate',
        message: { id: 'Tanggal harus ditulis YYYY-MM-DD, mis. 2024-07-05.', en: 'Dates are written YYYY-MM-DD, e.g. 2024-07-05.' },
      },
    ]);
  });

  it('refuses a second claim for the same region and year, pointing at the first', () => {
    expect(problemsOf(yaml({}, ['  - code: "15.71"', '    year: 2017', '    sources: [L17a]']))).toEqual([
      {
        file: 'data/kohort.yaml',
        line: 11,
        field: 'claims[2].code',
        message: { id: 'Kota Jambi (15.71) sudah punya klaim kohort 2017 di baris 7.', en: 'Kota Jambi (15.71) already has a 2017 cohort claim on line 7.' },
        hint: { id: 'Satukan: satu klaim per daerah per tahun, dengan semua sumbernya di sources.', en: 'Merge them: one claim per region and year, with all its sources in sources.' },
      },
    ]);
    // A different year is a disagreement between sources, kept and shown.
    expect(problemsOf(yaml({}, ['  - code: "15.71"', '    year: 2021', '    sources: [L17a]']))).toEqual([]);
  });

  it('refuses a source listed twice under one id', () => {
    const twice = yaml({ 6: '  - id: L17a\n    title: "Lain"\n    outlet: "Lain"\n    url: "https://example.org/lain"\nclaims:' });
    expect(problemsOf(twice)).toEqual([
      {
        file: 'data/kohort.yaml',
        line: 6,
        field: 'sources[2].id',
        message: { id: 'id sumber "L17a" sudah dipakai oleh sumber di baris 2.', en: 'Source id "L17a" is already used by the source on line 2.' },
        hint: { id: 'Cantumkan setiap sumber sekali; beri id lain bila halamannya berbeda.', en: 'List each source once; give it another id if it is a different page.' },
      },
    ]);
  });

  it('words schema problems like content, on their line', () => {
    expect(problemsOf(yaml({ 7: '  - code: 15.71' }))[0]).toMatchObject({
      line: 7,
      field: 'claims[1].code',
      message: { id: 'Harus berupa teks, bukan angka.', en: 'Must be text, not a number.' },
      hint: { id: 'Beri tanda kutip: "15.71"', en: 'Put it in quotes: "15.71"' },
    });
    expect(problemsOf(yaml({ 8: '    year: 2016' }))[0]).toMatchObject({ line: 8, field: 'claims[1].year', message: { id: 'Minimal 2017.' } });
  });

  it('is part of npm run check', async () => {
    const bad = yaml({ 7: '  - code: "64.99"' });
    const { problems } = await withFixtureRoot({ content: validRegion(), outside: { 'data/kohort.yaml': bad } }, (root) => loadContentFromDisk(root, TODAY));
    expect(problems.map((problem) => `${problem.file}:${problem.line} › ${problem.field}`)).toEqual(['data/kohort.yaml:7 › claims[1].code']);
  });
});
