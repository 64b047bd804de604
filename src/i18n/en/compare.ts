import { counted, formatNumber } from '../format.ts';
import type { Translation } from '../translate.ts';
import type { BudgetBasis } from '../id/compare.ts';
import type compare from '../id/compare.ts';

export default {
  title: 'Compare regions',
  description: 'Compare regional Smart City Masterplans: programmes and quick wins per dimension, period, bodies and legal basis.',
  matrixHeading: 'Programmes by region and dimension',
  matrixCaption: 'Number of programmes by region and dimension; in brackets, how many of them are quick wins. Each number opens the search for those programmes.',
  quickWinCount: (quickWins: number) => counted(quickWins, 'en', { one: 'quick win', other: 'quick wins' }),
  count: (programmes: number, quickWins: number) =>
    quickWins === 0 ? formatNumber(programmes, 'en') : `${formatNumber(programmes, 'en')} (${counted(quickWins, 'en', { one: 'quick win', other: 'quick wins' })})`,
  total: 'Total',
  allRegions: (regions: number) => `All real regions recorded (${formatNumber(regions, 'en')})`,
  unrecorded: 'Not recorded yet',
  unrecordedRow: 'Programme list not recorded yet',
  unrecordedNote: (regions: number) =>
    `${counted(regions, 'en', { one: 'other real region is', other: 'other real regions are' })} not recorded yet: the portal’s content does not list their programmes. Their rows say “not recorded yet”, not 0, and are not added up.`,
  chartHeading: 'Number of programmes by region',
  chartIntro: 'Real regions whose programme list is recorded, most first. The same numbers are in the “Total” column of the table above.',
  chartBar: (region: string, programmes: string) => `${region}: ${programmes} programmes`,
  fictionalNote:
    'Regions marked “Fictional” are demonstration examples; their numbers are not real data, are not counted in the totals above, and appear in the table only when chosen.',
  sideHeading: 'Compare side by side',
  choose: 'Choose the regions to compare',
  submit: 'Compare',
  showAll: 'Show all regions',
  noScript: 'Without JavaScript, the table below always shows every real region.',
  showing: (shown: string, total: string) => `Showing ${shown} of ${total} regions.`,
  sideCaption: 'Key facts of each region’s masterplan',
  aspect: 'Aspect',
  bodies: 'Bodies',
  legal: 'Legal basis',
  programmesTotal: 'Programmes',
  programmesWithStatus: (status: string) => `Programmes with status “${status}”`,
  budget: 'Recorded budget',
  budgetBasis: ({ entries, sources, years, undated, programmes, of }: BudgetBasis) =>
    [
      `nominal rupiah, sum of ${counted(entries, 'en', { one: 'funding entry', other: 'funding entries' })} stating an amount (${sources})`,
      years === undefined ? 'budget year not stated' : `budget years ${years}${undated > 0 ? `; ${formatNumber(undated, 'en')} without a year` : ''}`,
      `in ${formatNumber(programmes, 'en')} of ${formatNumber(of, 'en')} programmes`,
    ].join(', '),
  budgetNote:
    'The recorded budget is the sum of the rupiah amounts stated in the programmes’ funding fields on this portal, not adjusted for inflation; funding entries without an amount are not counted, so the real budget can be larger. “Not recorded yet” means no amount is known, not Rp 0.',
  latestEvaluation: 'Latest evaluation result',
  score: (score: number) => `score ${formatNumber(score, 'en')}`,
  award: (award: string) => `award: ${award}`,
  source: 'source',
} satisfies Translation<typeof compare>;
