/** Texts of the programme pages and components (see CONTRIBUTING.md, "Interface text"). */
export default {
  overview: 'Ringkasan program',
  kind: 'Jenis program',
  dimension: 'Dimensi',
  element: 'Elemen',
  horizon: 'Jangka waktu',
  partners: 'Mitra',
  tags: 'Kata kunci',
  rpjmd: 'Tujuan RPJMD yang didukung',
  description: 'Deskripsi',
  descriptionNote: 'Deskripsi ditulis dalam Bahasa Indonesia.',
  progress: 'Kemajuan',
  progressCaption: 'Riwayat kemajuan, dari yang paling lama',
  date: 'Tanggal',
  percent: 'Capaian',
  note: 'Catatan',
  evidence: 'Bukti',
  evidenceLink: 'lihat bukti',
  noProgress: 'Belum ada laporan kemajuan.',
  indicators: 'Indikator keberhasilan',
  indicatorsCaption: 'Indikator, nilai awal, dan target',
  level: 'Tingkat',
  indicator: 'Indikator',
  baseline: 'Nilai awal',
  target: 'Target',
  funding: 'Pendanaan',
  fundingCaption: 'Sumber dana',
  source: 'Sumber dana',
  amount: 'Jumlah',
  year: 'Tahun',
  /** "How to cite this page" (CiteBox). */
  cite: {
    heading: 'Kutip halaman ini',
    permalink: 'Tautan tetap',
    /** Opens the citation's parts, listed one by one. */
    details: 'Tautan tetap, versi data dan sumber asli',
    citation: 'Kutipan',
    hint: 'Pilih teks lalu salin.',
    copy: 'Salin kutipan',
    copied: 'Kutipan disalin.',
    copyFailed: 'Tidak dapat menyalin otomatis; teks sudah dipilih, salin dengan Ctrl+C.',
    /** The region in a citation of a fictional programme: "Kota Contoh (daerah fiktif)". */
    fictionalRegion: (region: string) => `${region} (daerah fiktif)`,
    /** After the site's name: the data version cited, ", versi data 30 November 2026 (abc1234)". */
    version: (date: string, id: string) => `, versi data ${date} (${id})`,
    /** The sources the page's facts come from, which a citation should name beside the portal. */
    sources: 'Sumber asli',
    sourcesHint: 'Fakta di halaman ini berasal dari sumber berikut; kutip juga sumber aslinya.',
    accessed: 'diakses',
    /** Stands for the reader's access date until the page's script fills it in. */
    accessDate: '[tanggal akses]',
  },
  /** Programmes in other regions on the same topic (SimilarProgrammes). */
  similar: {
    heading: 'Program serupa di daerah lain',
    none: 'Belum ada program serupa di daerah lain.',
    sameElement: (element: string) => `elemen yang sama (${element})`,
    sharedTags: (tags: string) => `kata kunci yang sama: ${tags}`,
    sameDimension: 'dimensi yang sama',
  },
};
