import { counted } from '../format.ts';
import type { Translation } from '../translate.ts';
import type roadmap from '../id/roadmap.ts';

export default {
  title: 'Roadmap',
  intro: 'The roadmap shows when each programme runs. Quick wins are marked ★. The table below holds the same data.',
  description: (region: string, programmes: number) => `Smart City roadmap of ${region}: ${counted(programmes, 'en', { one: 'programme', other: 'programmes' })}.`,
  horizons: 'Horizons',
  noHorizons: 'The horizons are not yet available.',
  caption: (region: string) => `Roadmap Gantt chart — ${region}`,
  table: {
    caption: 'All programmes by dimension, with years and status',
    programme: 'Programme',
    horizon: 'Horizon',
    kind: 'Kind',
    empty: 'The programme list is not yet available.',
  },
} satisfies Translation<typeof roadmap>;
