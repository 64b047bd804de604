import { counted, formatNumber } from '../format.ts';
import type { Translation } from '../translate.ts';
import type directory from '../id/directory.ts';

export default {
  title: 'Region directory',
  intro: (regionCount: number) =>
    `All ${formatNumber(regionCount, 'en')} regencies and cities of Indonesia with their region codes as listed in Kepmendagri No. 300.2.2-2138 of 2025, each with its record in Gerakan Menuju Smart City.`,
  summary: 'Summary and filters',
  byStatus: 'By status',
  all: 'All regions',
  byCohort: 'By cohort',
  cohortCountNote: 'Figures count the regions a source names: where a cohort’s list is incomplete, the figure is below its size.',
  disagreements: (regionCount: number) =>
    `${counted(regionCount, 'en', { one: 'region whose sources disagree counts', other: 'regions whose sources disagree count' })} in every year given.`,
  byProvince: 'By province',
  provinceCounts: 'Figures: regions with a record / all regencies and cities.',
  provinceCount: (count: number) => counted(count, 'en', { one: 'province', other: 'provinces' }),
  shown: 'shown',
  withoutParticipants: 'Provinces without a participating region',
  none: 'none',
  legend: 'What each status means',
  cohort: 'Cohort',
  inCohort: (year: number) => `Cohort ${year}`,
  inProvince: (province: string) => `Regions in ${province}`,
  withStatus: (status: string) => `Status: ${status}`,
} satisfies Translation<typeof directory>;
