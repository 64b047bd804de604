/** Texts of the roadmap pages and components (see CONTRIBUTING.md, "Interface text"). */
export default {
  title: 'Peta jalan',
  intro: 'Peta jalan menunjukkan kapan setiap program berjalan. Quick win ditandai ★. Tabel di bawah berisi data yang sama.',
  /** The page's description for search engines and link previews. */
  description: (region: string, programmes: number) => `Peta jalan Smart City ${region}: ${programmes} program.`,
  horizons: 'Jangka waktu',
  noHorizons: 'Pembagian jangka waktu belum tersedia.',
  caption: (region: string) => `Linimasa peta jalan — ${region}`,
  /** The chart drawn from the programmes' years (RoadmapChart). */
  chart: {
    horizons: 'Tahapan',
    legend: 'Keterangan',
    quickWin: '★ Quick win (hasil cepat)',
    programme: 'Program lain',
    horizon: 'Tahapan jangka waktu',
    today: (date: string) => `Data per ${date} (versi data)`,
    status: (status: string) => `Status: ${status}`,
  },
  /** The table beside the chart (RoadmapTable). */
  table: {
    caption: 'Semua program menurut dimensi, dengan tahun dan status',
    programme: 'Program',
    horizon: 'Jangka waktu',
    kind: 'Jenis',
    empty: 'Daftar program belum tersedia.',
  },
};
