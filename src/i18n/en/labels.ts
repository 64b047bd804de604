import type { Translation } from '../translate.ts';
import type labels from '../id/labels.ts';

export default {
  status: { planned: 'Planned', running: 'Running', done: 'Done', stopped: 'Stopped' },
  kind: { 'quick-win': 'Quick win', priority: 'Priority programme', other: 'Other programme' },
  horizon: { short: 'Short term', medium: 'Medium term', long: 'Long term' },
  funding: {
    apbd: 'APBD (regional budget)',
    apbn: 'APBN (national budget)',
    kpbu: 'KPBU (public–private partnership)',
    csr: 'CSR (corporate social responsibility)',
    swasta: 'Private',
    lainnya: 'Other',
  },
  body: { dewan: 'Smart City Council', 'tim-pelaksana': 'Implementation Team', forum: 'Smart City Forum' },
  legal: { perda: 'Perda (regional regulation)', perwal: 'Perwal (mayoral regulation)', perbup: 'Perbup (regent regulation)', belum: 'Not yet legalised' },
  milestone: { bimtek: 'Technical guidance', fgd: 'Focus group', adopsi: 'Adoption', review: 'Review', evaluasi: 'Evaluation', sosialisasi: 'Socialisation', lainnya: 'Other' },
  indicator: { output: 'Output', outcome: 'Outcome', impact: 'Impact' },
  directoryStatus: { none: 'Not on record', participant: 'Participant', facts: 'Masterplan facts', programmes: 'Programmes' },
  directoryStatusDescription: {
    none: 'No participation in Gerakan Menuju Smart City on record.',
    participant: 'On record as a cohort participant; its masterplan facts are not published here yet.',
    facts: 'Sourced masterplan facts published.',
    programmes: 'Masterplan programmes published.',
  },
  regionType: { kota: 'City', kabupaten: 'Regency' },
} satisfies Translation<typeof labels>;
