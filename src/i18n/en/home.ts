import { counted, formatNumber } from '../format.ts';
import type { Translation } from '../translate.ts';
import type home from '../id/home.ts';

export default {
  title: 'Regional Smart City Masterplans, open to citizens',
  introWhat: 'A Smart City Masterplan is a city’s or regency’s plan to use technology and cooperation to improve public services and citizens’ welfare.',
  introHow: 'Regions write it in the national Gerakan Menuju Smart City programme; it sets out programmes in six dimensions on a short-, medium- and long-term roadmap.',
  introHere: 'Here you can read your region’s plan, search programmes across all regions, and follow their progress.',
  directoryLink: (regionCount: number) =>
    `Directory of all ${formatNumber(regionCount, 'en')} regencies and cities: who joined Gerakan Menuju Smart City, in which cohort, and what is published`,
  quickWinCount: (count: number) => counted(count, 'en', { one: 'quick win', other: 'quick wins' }),
  holdings: {
    facts: 'Masterplan facts; no programme recorded yet',
    summary: 'Only a summary of the sources so far',
  },
} satisfies Translation<typeof home>;
