import type { SearchFilter, SearchPageType } from '../../lib/search-record.ts';

/** Texts of the search pages and components (see CONTRIBUTING.md, "Interface text"). */
export default {
  title: 'Cari program',
  intro: 'Cari program, daerah, dan dimensi di semua masterplan. Alamat halaman ini menyimpan pencarian Anda sehingga bisa dibagikan.',
  query: 'Kata kunci',
  queryHint: 'Isi dalam Bahasa Indonesia, mis. sampah, antrean, pajak.',
  sort: 'Urutkan',
  relevance: 'Paling sesuai',
  byYear: 'Tahun mulai',
  byRegion: 'Daerah',
  /** The one control the filters and the sort order sit behind. */
  filters: 'Saring',
  /** Beside that control: how many filter values are ticked (the script fills in the number). */
  activeFilters: (count: string) => `${count} aktif`,
  clear: 'Hapus semua filter',
  noScript: 'Pencarian memerlukan JavaScript, yang tidak berjalan di peramban Anda. Tanpa JavaScript Anda tetap bisa:',
  noScriptDirectory: 'menelusuri daftar semua daerah dan programnya',
  noScriptData: 'mengunduh semua program sebagai CSV atau JSON',
  devNotice: 'Pencarian hanya bekerja di situs hasil build. Jalankan npm run build lalu npm run preview.',
  /**
   * What the browser's search script says. It fills in the count and the query itself (its bundle
   * carries no dictionary), so the page renders these with placeholders for it.
   */
  results: (count: string) => `${count} hasil`,
  resultsFor: (count: string, query: string) => `${count} hasil untuk “${query}”`,
  /** The same for exactly one result (Indonesian nouns keep one form; English does not). */
  oneResult: (count: string) => `${count} hasil`,
  oneResultFor: (count: string, query: string) => `${count} hasil untuk “${query}”`,
  none: 'Tidak ada hasil. Coba kata lain atau kurangi filter.',
  /** Before a corrected query, offered when a search finds nothing. */
  didYouMean: 'Mungkin maksud Anda:',
  loading: 'Mencari…',
  more: 'Tampilkan lebih banyak',
  /** Facet titles, by filter key. */
  facet: {
    jenis: 'Jenis halaman',
    daerah: 'Daerah',
    provinsi: 'Provinsi',
    dimensi: 'Dimensi',
    elemen: 'Elemen',
    kategori: 'Jenis program',
    jangka: 'Jangka waktu',
    status: 'Status',
    opd: 'OPD pelaksana',
    dana: 'Sumber dana',
    tahun: 'Tahun mulai',
  } satisfies Record<SearchFilter, string>,
  /** Values of the `jenis` filter (src/lib/search-record.ts). */
  pageType: { program: 'Program', daerah: 'Daerah', dimensi: 'Dimensi di daerah' } satisfies Record<SearchPageType, string>,
  /** The search form on the home and 404 pages. */
  boxLabel: 'Cari program di semua daerah',
  boxPlaceholder: 'mis. sampah, aplikasi, kesehatan',
};
