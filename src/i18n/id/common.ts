import { counted } from '../format.ts';

/** Words used across pages: the site's name, navigation, and what many pages say. */
export default {
  siteName: 'Masterplan Terbuka',
  tagline: 'Masterplan Smart City daerah di Indonesia, terbuka untuk semua',
  skipToContent: 'Langsung ke isi',
  mainNav: 'Navigasi utama',
  breadcrumb: 'Jejak halaman',
  home: 'Beranda',
  regions: 'Daerah',
  dimensions: 'Dimensi',
  search: 'Cari',
  glossary: 'Glosarium',
  about: 'Tentang',
  data: 'Data terbuka',
  compare: 'Bandingkan',
  otherLanguage: 'English',
  otherLanguageLabel: 'Read this page in English',
  notAvailable: 'Belum tersedia',
  /** A classification (element, horizon) no source states yet: not a gap in the page, a gap in what is known. */
  notKnownYet: 'Belum diketahui',
  /** The heading of a long page's contents list (PageContents.astro). */
  onThisPage: 'Di halaman ini',
  cohort: 'Angkatan Gerakan Smart City',
  sourcesDisagree: 'Sumber berbeda pendapat',
  /** Beside a field listed in `inferred`: the value is the editor's reading, not the source's words. */
  inferred: 'tafsiran penyunting',
  inferredExplained: 'Tafsiran penyunting: sumbernya tidak menyebut ini secara langsung; penyunting portal menyimpulkannya dari sumber.',
  fictionalNotice: 'Daerah fiktif untuk demonstrasi. Semua program, anggaran, dan orang di halaman ini dikarang, bukan data nyata.',
  fictionalBadge: 'Fiktif',
  programmes: 'Program',
  quickWins: 'Quick win',
  region: 'Daerah',
  province: 'Provinsi',
  period: 'Periode masterplan',
  roadmap: 'Peta jalan',
  sources: 'Sumber',
  status: 'Status',
  years: 'Tahun',
  opd: 'OPD pelaksana',
  footerSource: 'Data berasal dari dokumen masterplan dan berita yang dikutip di setiap halaman.',
  footerLicence: 'Data berlisensi CC BY 4.0 kecuali disebutkan lain.',
  /** "3 program": Indonesian nouns keep one form. */
  programmeCount: (count: number) => counted(count, 'id', { one: 'program', other: 'program' }),
  regionCount: (count: number) => counted(count, 'id', { one: 'daerah', other: 'daerah' }),
};
