import type { DirectoryStatus } from '../lib/directory.ts';
import type { FundingSource, ProgrammeStatus } from '../lib/schema/programme.ts';
import type { Horizon } from '../lib/schema/region.ts';

/**
 * Interface text: Indonesian first, English beside it. Content stays Indonesian in both languages.
 * English pages live under /en/ with the same slugs.
 */

export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export type Text = Readonly<Record<Lang, string>>;

/** Route parameter for the language prefix: none for Indonesian, `en` for English. */
const langParam = (lang: Lang): string | undefined => (lang === 'id' ? undefined : lang);
export const langFromParam = (param: string | undefined): Lang => (param === 'en' ? 'en' : 'id');

/** Every page exists in both languages; route files multiply their paths by this. */
export function inBothLanguages<P extends Record<string, string | undefined>, T>(paths: readonly { params: P; props: T }[]) {
  return LANGS.flatMap((lang) => paths.map(({ params, props }) => ({ params: { ...params, lang: langParam(lang) }, props: { ...props, lang } })));
}

/** Site-relative URL for a path in a language, honouring the configured base path. */
export function href(path: string, lang: Lang = 'id'): string {
  return hrefBelow(import.meta.env.BASE_URL, path, lang);
}

/** `href` for code that runs outside Vite (content plugins), where the base path is passed in. */
export function hrefBelow(base: string, path: string, lang: Lang = 'id'): string {
  const prefixed = lang === 'en' ? `/en${path}` : path;
  return `${base.replace(/\/$/, '')}${prefixed}`;
}

export const STATUS_LABELS: Readonly<Record<ProgrammeStatus, Text>> = {
  planned: { id: 'Direncanakan', en: 'Planned' },
  running: { id: 'Berjalan', en: 'Running' },
  done: { id: 'Selesai', en: 'Done' },
  stopped: { id: 'Dihentikan', en: 'Stopped' },
};

export const KIND_LABELS: Readonly<Record<'quick-win' | 'priority' | 'other', Text>> = {
  'quick-win': { id: 'Quick win', en: 'Quick win' },
  priority: { id: 'Program prioritas', en: 'Priority programme' },
  other: { id: 'Program lainnya', en: 'Other programme' },
};

export const HORIZON_LABELS: Readonly<Record<Horizon, Text>> = {
  short: { id: 'Jangka pendek', en: 'Short term' },
  medium: { id: 'Jangka menengah', en: 'Medium term' },
  long: { id: 'Jangka panjang', en: 'Long term' },
};

export const FUNDING_LABELS: Readonly<Record<FundingSource, Text>> = {
  apbd: { id: 'APBD', en: 'APBD (regional budget)' },
  apbn: { id: 'APBN', en: 'APBN (national budget)' },
  kpbu: { id: 'KPBU', en: 'KPBU (public–private partnership)' },
  csr: { id: 'CSR', en: 'CSR (corporate social responsibility)' },
  swasta: { id: 'Swasta', en: 'Private' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};

export const BODY_LABELS: Readonly<Record<'dewan' | 'tim-pelaksana' | 'forum', Text>> = {
  dewan: { id: 'Dewan Smart City', en: 'Smart City Council' },
  'tim-pelaksana': { id: 'Tim Pelaksana', en: 'Implementation Team' },
  forum: { id: 'Forum Smart City', en: 'Smart City Forum' },
};

export const LEGAL_LABELS: Readonly<Record<'perda' | 'perwal' | 'perbup' | 'belum', Text>> = {
  perda: { id: 'Perda', en: 'Perda (regional regulation)' },
  perwal: { id: 'Perwal', en: 'Perwal (mayoral regulation)' },
  perbup: { id: 'Perbup', en: 'Perbup (regent regulation)' },
  belum: { id: 'Belum ditetapkan', en: 'Not yet legalised' },
};

export const MILESTONE_LABELS: Readonly<Record<'bimtek' | 'fgd' | 'adopsi' | 'review' | 'evaluasi' | 'sosialisasi' | 'lainnya', Text>> = {
  bimtek: { id: 'Bimtek', en: 'Technical guidance' },
  fgd: { id: 'FGD', en: 'Focus group' },
  adopsi: { id: 'Penetapan', en: 'Adoption' },
  review: { id: 'Reviu', en: 'Review' },
  evaluasi: { id: 'Evaluasi', en: 'Evaluation' },
  sosialisasi: { id: 'Sosialisasi', en: 'Socialisation' },
  lainnya: { id: 'Lainnya', en: 'Other' },
};

export const INDICATOR_LABELS: Readonly<Record<'output' | 'outcome' | 'impact', Text>> = {
  output: { id: 'Keluaran (output)', en: 'Output' },
  outcome: { id: 'Hasil (outcome)', en: 'Outcome' },
  impact: { id: 'Dampak (impact)', en: 'Impact' },
};

/** Directory statuses (src/lib/directory.ts): a short label for lists, a sentence for the legend. */
export const DIRECTORY_STATUS_LABELS: Readonly<Record<DirectoryStatus, Text>> = {
  none: { id: 'Belum tercatat', en: 'Not on record' },
  participant: { id: 'Peserta', en: 'Participant' },
  facts: { id: 'Fakta masterplan', en: 'Masterplan facts' },
  programmes: { id: 'Program', en: 'Programmes' },
};

export const DIRECTORY_STATUS_DESCRIPTIONS: Readonly<Record<DirectoryStatus, Text>> = {
  none: { id: 'Belum ada catatan keikutsertaan dalam Gerakan Menuju Smart City.', en: 'No participation in Gerakan Menuju Smart City on record.' },
  participant: {
    id: 'Tercatat sebagai peserta angkatan; fakta masterplannya belum terbit di portal.',
    en: 'On record as a cohort participant; its masterplan facts are not published here yet.',
  },
  facts: { id: 'Fakta masterplan yang bersumber sudah terbit.', en: 'Sourced masterplan facts published.' },
  programmes: { id: 'Program masterplan sudah terbit.', en: 'Masterplan programmes published.' },
};

export const REGION_TYPE_LABELS: Readonly<Record<'kota' | 'kabupaten', Text>> = {
  kota: { id: 'Kota', en: 'City' },
  kabupaten: { id: 'Kabupaten', en: 'Regency' },
};

/** Words used across pages. */
export const UI = {
  siteName: { id: 'Masterplan Terbuka', en: 'Masterplan Terbuka' },
  tagline: { id: 'Masterplan Smart City daerah di Indonesia, terbuka untuk semua', en: 'Indonesia’s regional Smart City Masterplans, open to everyone' },
  skipToContent: { id: 'Langsung ke isi', en: 'Skip to content' },
  mainNav: { id: 'Navigasi utama', en: 'Main navigation' },
  breadcrumb: { id: 'Jejak halaman', en: 'Breadcrumb' },
  home: { id: 'Beranda', en: 'Home' },
  regions: { id: 'Daerah', en: 'Regions' },
  dimensions: { id: 'Dimensi', en: 'Dimensions' },
  search: { id: 'Cari', en: 'Search' },
  glossary: { id: 'Glosarium', en: 'Glossary' },
  about: { id: 'Tentang', en: 'About' },
  data: { id: 'Data terbuka', en: 'Open data' },
  compare: { id: 'Bandingkan', en: 'Compare' },
  otherLanguage: { id: 'English', en: 'Bahasa Indonesia' },
  otherLanguageLabel: { id: 'Read this page in English', en: 'Baca halaman ini dalam Bahasa Indonesia' },
  notAvailable: { id: 'Belum tersedia', en: 'Not yet available' },
  /** A classification (element, horizon) no source states yet: not a gap in the page, a gap in what is known. */
  notKnownYet: { id: 'Belum diketahui', en: 'Not known yet' },
  cohort: { id: 'Angkatan Gerakan Smart City', en: 'Smart City programme cohort' },
  sourcesDisagree: { id: 'Sumber berbeda pendapat', en: 'Sources disagree' },
  /** Beside a field listed in `inferred`: the value is the editor's reading, not the source's words. */
  inferred: { id: 'tafsiran penyunting', en: 'editor’s reading' },
  inferredExplained: {
    id: 'Tafsiran penyunting: sumbernya tidak menyebut ini secara langsung; penyunting portal menyimpulkannya dari sumber.',
    en: 'Editor’s reading: the source does not state this in so many words; the portal’s editor concluded it from the source.',
  },
  fictionalNotice: {
    id: 'Daerah fiktif untuk demonstrasi. Semua program, anggaran, dan orang di halaman ini dikarang, bukan data nyata.',
    en: 'Fictional region for demonstration. Every programme, budget and person on this page is made up, not real data.',
  },
  fictionalBadge: { id: 'Fiktif', en: 'Fictional' },
  programmes: { id: 'Program', en: 'Programmes' },
  quickWins: { id: 'Quick win', en: 'Quick wins' },
  region: { id: 'Daerah', en: 'Region' },
  province: { id: 'Provinsi', en: 'Province' },
  period: { id: 'Periode masterplan', en: 'Masterplan period' },
  roadmap: { id: 'Peta jalan', en: 'Roadmap' },
  sources: { id: 'Sumber', en: 'Sources' },
  status: { id: 'Status', en: 'Status' },
  years: { id: 'Tahun', en: 'Years' },
  opd: { id: 'OPD pelaksana', en: 'Lead agency (OPD)' },
  footerSource: {
    id: 'Data berasal dari dokumen masterplan dan berita yang dikutip di setiap halaman.',
    en: 'Data comes from the masterplan documents and news articles cited on each page.',
  },
  footerLicence: { id: 'Data berlisensi CC BY 4.0 kecuali disebutkan lain.', en: 'Data licensed CC BY 4.0 unless stated otherwise.' },
} as const satisfies Record<string, Text>;

/** Built once: creating an Intl formatter costs more than formatting thousands of numbers. */
const RUPIAH: Readonly<Record<Lang, Intl.NumberFormat>> = {
  id: new Intl.NumberFormat('id-ID', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'IDR', maximumFractionDigits: 0 }),
};

const NUMBER: Readonly<Record<Lang, Intl.NumberFormat>> = { id: new Intl.NumberFormat('id-ID'), en: new Intl.NumberFormat('en-GB') };

/** 1250000 → "1.250.000" in Indonesian, "1,250,000" in English. */
export function formatNumber(value: number, lang: Lang): string {
  return NUMBER[lang].format(value);
}

/** Formats a rupiah amount the Indonesian way: Rp 1.250.000.000. */
export function formatRupiah(amount: number, lang: Lang): string {
  return RUPIAH[lang].format(amount);
}

const MONTHS: Readonly<Record<Lang, readonly string[]>> = {
  id: ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** `2019-07-09` → "9 Juli 2019"; `2019-10` → "Oktober 2019". Dates are calendar dates, never shifted by time zone. */
export function formatDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-');
  const monthName = MONTHS[lang][Number(month) - 1] ?? month;
  return day === undefined ? `${monthName} ${year}` : `${Number(day)} ${monthName} ${year}`;
}

export function formatYears(span: { start: number; end: number } | undefined, lang: Lang): string {
  if (!span) return UI.notAvailable[lang];
  return span.start === span.end ? String(span.start) : `${span.start}–${span.end}`;
}
