import { describe, expect, it } from 'vitest';
import { translator } from '../src/i18n/index.ts';
import { budgetTotal, evaluationResultText, evaluationSourceLink, latestEvaluations } from '../src/lib/compare.ts';
import { regionPath } from '../src/lib/routes.ts';
import { fundingSchema } from '../src/lib/schema/programme-parts.ts';
import { regionSchema, type Region } from '../src/lib/schema/region.ts';

/** The evaluation row of the compare page (the rest of its data: tests/page-data/compare.test.ts). */

const indonesian = translator('id');
const english = translator('en');

const region = (fields: Record<string, unknown>): Region =>
  regionSchema.parse({ slug: 'kota-uji', name: 'Kota Uji', type: 'kota', province: 'Provinsi Uji', code: '99.71', ...fields });

const SOURCES = [
  { title: 'Hasil Evaluasi Smart City 2022', outlet: 'Diskominfo', url: 'https://diskominfo.example/2022' },
  { title: 'Buku Laporan Evaluasi 2023', outlet: 'Kementerian Kominfo', page: 12 },
  { title: 'Kota Uji raih penghargaan', outlet: 'ANTARA', url: 'https://antara.example/penghargaan' },
];

describe('latest evaluation results', () => {
  it('are the most recent year’s results, all of them, in content order, each with its source', () => {
    const latest = latestEvaluations(
      region({
        sources: SOURCES,
        evaluations: [
          { year: 2023, award: 'Kota terbaik Smart Living', source: 3 },
          { year: 2022, score: 2.7, predicate: 'Baik', source: 1 },
          { year: 2023, stage: 'Tahap II', score: 3.71, predicate: 'Sangat baik', evaluator: 'Kementerian Kominfo', source: 2 },
        ],
      }),
    );
    expect(latest?.year).toBe(2023);
    expect(latest?.results.map((result) => [result.evaluation.award ?? result.evaluation.score, result.sourceNumber, result.source.title])).toEqual([
      ['Kota terbaik Smart Living', 3, 'Kota Uji raih penghargaan'],
      [3.71, 2, 'Buku Laporan Evaluasi 2023'],
    ]);
  });

  it('are absent, not zero, for a region with no published result', () => {
    expect(latestEvaluations(region({ sources: SOURCES }))).toBeUndefined();
  });
});

describe('the text of one result', () => {
  it('says what the source states, in the reader’s language, with decimal commas in Indonesian', () => {
    const scored = { year: 2023, stage: 'Tahap II', score: 3.71, predicate: 'Sangat baik', evaluator: 'Kementerian Kominfo', source: 2 };
    expect(evaluationResultText(scored, indonesian)).toBe('Tahap II · nilai 3,71 (Sangat baik) · Kementerian Kominfo');
    expect(evaluationResultText(scored, english)).toBe('Tahap II · score 3.71 (Sangat baik) · Kementerian Kominfo');
    expect(evaluationResultText({ year: 2023, award: 'Kota terbaik', source: 3 }, indonesian)).toBe('penghargaan: Kota terbaik');
    expect(evaluationResultText({ year: 2023, predicate: 'Maju', award: 'Kota terbaik', source: 3 }, english)).toBe('Maju, award: Kota terbaik');
  });

  it('shows a stated score of 0 as 0, and falls back on the note only when nothing else is stated', () => {
    expect(evaluationResultText({ year: 2021, score: 0, source: 1 }, indonesian)).toBe('nilai 0');
    expect(evaluationResultText({ year: 2021, note: 'Peringkat 3 dari 141', source: 1 }, indonesian)).toBe('Peringkat 3 dari 141');
    expect(evaluationResultText({ year: 2021, score: 2.5, note: 'Peringkat 3 dari 141', source: 1 }, indonesian)).toBe('nilai 2,5');
  });
});

describe('the link to a result’s source', () => {
  const latest = latestEvaluations(
    region({
      sources: SOURCES,
      evaluations: [
        { year: 2023, score: 3.71, source: 2 },
        { year: 2023, award: 'Kota terbaik', source: 3 },
      ],
    }),
  )!;

  it('goes to the source’s own address when it is online', () => {
    expect(evaluationSourceLink({ path: regionPath('kota-uji') }, latest.results[1]!)).toEqual({ outside: true, url: 'https://antara.example/penghargaan' });
  });

  it('goes to the source’s entry on the region page when it is not', () => {
    expect(evaluationSourceLink({ path: regionPath('kota-uji') }, latest.results[0]!)).toEqual({ outside: false, path: '/kota-uji/#sumber-2' });
  });
});

describe('a region’s recorded budget', () => {
  const funding = (...entries: Record<string, unknown>[]) => ({ funding: entries.map((entry) => fundingSchema.parse(entry)) });

  it('sums only the amounts the funding fields state, nominal, with their years, sources and programmes', () => {
    const total = budgetTotal([
      funding({ source: 'csr', amount: 250, year: 2025 }, { source: 'apbd', amount: 1000, year: 2023 }),
      funding({ source: 'apbd' }),
      funding({ source: 'apbn', amount: 0 }),
      funding(),
    ]);
    // A stated 0 is an amount; an entry without one is not counted.
    expect(total).toEqual({ amount: 1250, entries: 3, years: { start: 2023, end: 2025 }, undatedEntries: 1, sources: ['apbd', 'apbn', 'csr'], programmesWithAmount: 2, programmes: 4 });
  });

  it('is unknown, not Rp 0, when no entry states an amount', () => {
    expect(budgetTotal([funding({ source: 'apbd', year: 2024 }), funding()])).toBeUndefined();
    expect(budgetTotal([])).toBeUndefined();
  });
});
