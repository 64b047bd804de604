import { counted, formatNumber } from '../format.ts';
import type { Translation } from '../translate.ts';
import type compare from '../id/compare.ts';

export default {
  title: 'Compare regions',
  description: 'Compare regional Smart City Masterplans: programmes and quick wins per dimension, period, bodies and legal basis.',
  matrixHeading: 'Programmes by region and dimension',
  matrixCaption: 'Number of programmes by region and dimension; in brackets, how many of them are quick wins',
  count: (programmes: number, quickWins: number) =>
    quickWins === 0 ? formatNumber(programmes, 'en') : `${formatNumber(programmes, 'en')} (${counted(quickWins, 'en', { one: 'quick win', other: 'quick wins' })})`,
  total: 'Total',
  allRegions: 'All real regions',
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
  latestEvaluation: 'Latest evaluation result',
  score: (score: number) => `score ${formatNumber(score, 'en')}`,
  award: (award: string) => `award: ${award}`,
  source: 'source',
} satisfies Translation<typeof compare>;
