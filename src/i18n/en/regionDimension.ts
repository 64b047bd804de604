import { counted } from '../format.ts';
import type { Translation } from '../translate.ts';
import type regionDimension from '../id/regionDimension.ts';

export default {
  // The page has always said "di" here in English too; kept while this refactor keeps the pages byte-identical.
  description: (dimension: string, id: string, region: string, programmes: number) => `${dimension} (${id}) in ${region}: ${counted(programmes, 'en', { one: 'programme', other: 'programmes' })}.`,
  narrative: 'Narrative',
  narrativeNote: 'The narrative is written in Indonesian.',
  goals: 'Goals',
  readiness: 'Readiness analysis',
  readinessIntro:
    'Readiness is seen from three sides: structure (people, budget, bodies), infrastructure (physical, digital, social) and superstructure (regulations and procedures).',
  lens: { struktur: 'Structure', infrastruktur: 'Infrastructure', suprastruktur: 'Superstructure' },
  elements: 'Elements and programmes',
  treeCaption: (dimension: string, region: string) => `${dimension} → elements and programmes — ${region}`,
  programmes: 'Programmes',
  none: 'No programmes in this dimension yet.',
  national: 'This dimension in all regions',
} satisfies Translation<typeof regionDimension>;
