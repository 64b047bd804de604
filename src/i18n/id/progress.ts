/** Texts of a programme's status date and progress (StatusBadge, ProgressSummary; see CONTRIBUTING.md, "Interface text"). */
export default {
  /** After a status: "per 15 November 2017", the date the status was last stated. */
  asOf: (date: string) => `per ${date}`,
  asOfUnknown: 'tanggal tidak diketahui',
  /** Beside a status stated more than a year before the content's date. */
  stale: 'mungkin sudah berubah',
  heading: 'Status terkini',
  /** Where the status date comes from. */
  fromProgress: 'menurut laporan kemajuan terakhir',
  fromSource: 'menurut sumber terbaru; belum ada laporan kemajuan',
  noDate: 'Tidak ada laporan kemajuan atau sumber bertanggal, jadi tanggal status ini tidak diketahui.',
  staleExplained: (asOf: string, contentDate: string) =>
    `Status ini terakhir dinyatakan ${asOf}, lebih dari setahun sebelum tanggal data portal (${contentDate}). Keadaannya mungkin sudah berubah; sumber yang lebih baru dapat dikirim kepada penyunting.`,
  percentLabel: 'Capaian pekerjaan',
  /** "60% selesai": the share of the work done in the latest update. */
  percent: (percent: string) => `${percent}% selesai`,
};
