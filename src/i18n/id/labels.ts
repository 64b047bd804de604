import type { DirectoryStatus } from '../../lib/directory.ts';
import type { FundingSource, ProgrammeStatus } from '../../lib/schema/programme.ts';
import type { Horizon } from '../../lib/schema/region.ts';

/**
 * Names of the codes content uses (statuses, horizons, funding sources…). Keyed by the schema's own
 * codes, so a new code without a name is a type error here.
 */
export default {
  status: { planned: 'Direncanakan', running: 'Berjalan', done: 'Selesai', stopped: 'Dihentikan' } satisfies Record<ProgrammeStatus, string>,
  kind: { 'quick-win': 'Quick win', priority: 'Program prioritas', other: 'Program lainnya' },
  horizon: { short: 'Jangka pendek', medium: 'Jangka menengah', long: 'Jangka panjang' } satisfies Record<Horizon, string>,
  funding: { apbd: 'APBD', apbn: 'APBN', kpbu: 'KPBU', csr: 'CSR', swasta: 'Swasta', lainnya: 'Lainnya' } satisfies Record<FundingSource, string>,
  body: { dewan: 'Dewan Smart City', 'tim-pelaksana': 'Tim Pelaksana', forum: 'Forum Smart City' },
  legal: { perda: 'Perda', perwal: 'Perwal', perbup: 'Perbup', belum: 'Belum ditetapkan' },
  milestone: { bimtek: 'Bimtek', fgd: 'FGD', adopsi: 'Penetapan', review: 'Reviu', evaluasi: 'Evaluasi', sosialisasi: 'Sosialisasi', lainnya: 'Lainnya' },
  indicator: { output: 'Keluaran (output)', outcome: 'Hasil (outcome)', impact: 'Dampak (impact)' },
  /** Directory statuses (src/lib/directory.ts): a short label for lists. */
  directoryStatus: { none: 'Belum tercatat', participant: 'Peserta', facts: 'Fakta masterplan', programmes: 'Program' } satisfies Record<DirectoryStatus, string>,
  /** The same statuses as a sentence, for the legend. */
  directoryStatusDescription: {
    none: 'Belum ada catatan keikutsertaan dalam Gerakan Menuju Smart City.',
    participant: 'Tercatat sebagai peserta angkatan; fakta masterplannya belum terbit di portal.',
    facts: 'Fakta masterplan yang bersumber sudah terbit.',
    programmes: 'Program masterplan sudah terbit.',
  } satisfies Record<DirectoryStatus, string>,
  regionType: { kota: 'Kota', kabupaten: 'Kabupaten' },
};
