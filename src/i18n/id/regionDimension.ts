/** Texts of the regionDimension pages and components (see CONTRIBUTING.md, "Interface text"). */
export default {
  /** The page's description for search engines and link previews: "Smart Governance (smart-governance) di Kota X: 4 program." */
  description: (dimension: string, id: string, region: string, programmes: number) => `${dimension} (${id}) di ${region}: ${programmes} program.`,
  narrative: 'Narasi',
  narrativeNote: 'Narasi ditulis dalam Bahasa Indonesia.',
  goals: 'Tujuan',
  readiness: 'Analisis kesiapan',
  readinessIntro:
    'Kesiapan daerah dilihat dari tiga sisi: struktur (orang, anggaran, kelembagaan), infrastruktur (fisik, digital, sosial), dan suprastruktur (peraturan dan prosedur).',
  /** The three sides of readiness, by the content's field names. */
  lens: { struktur: 'Struktur', infrastruktur: 'Infrastruktur', suprastruktur: 'Suprastruktur' },
  elements: 'Elemen dan program',
  /** Caption of the dimension → elements → programmes diagram. */
  treeCaption: (dimension: string, region: string) => `${dimension} → elemen dan program — ${region}`,
  programmes: 'Program',
  none: 'Belum ada program di dimensi ini.',
  national: 'Dimensi ini di semua daerah',
};
