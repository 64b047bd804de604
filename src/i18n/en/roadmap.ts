import { counted } from '../format.ts';
import type { Translation } from '../translate.ts';
import type roadmap from '../id/roadmap.ts';

export default {
  title: 'Roadmap',
  intro: 'The roadmap shows when each programme runs. Quick wins are marked ★. The table below holds the same data.',
  description: (region: string, programmes: number) => `Smart City roadmap of ${region}: ${counted(programmes, 'en', { one: 'programme', other: 'programmes' })}.`,
  horizons: 'Horizons',
  noHorizons: 'The horizons are not yet available.',
  caption: (region: string) => `Roadmap timeline — ${region}`,
  chart: {
    horizons: 'Horizons',
    legend: 'Key',
    quickWin: '★ Quick win',
    programme: 'Other programme',
    horizon: 'Horizon',
    today: (date: string) => `Data as of ${date} (data version)`,
    status: (status: string) => `Status: ${status}`,
  },
  table: {
    caption: 'All programmes by dimension, with years and status',
    programme: 'Programme',
    horizon: 'Horizon',
    kind: 'Kind',
    empty: 'The programme list is not yet available.',
  },
} satisfies Translation<typeof roadmap>;
