/**
 * The six Smart City dimensions of the Gerakan Menuju Smart City framework (Kominfo / Citiasia),
 * each with its three elements. This is the one place they are defined: schemas, the check,
 * pages, diagrams and exports all read from here.
 */

export interface Element {
  /** Stable slug used in content (`element:` in a programme). */
  readonly id: string;
  readonly nameId: string;
  readonly nameEn: string;
}

export interface Dimension {
  /** Stable slug used in content, URLs and exports. */
  readonly id: string;
  readonly nameId: string;
  readonly nameEn: string;
  /** One plain-language sentence for citizens (Indonesian / English). */
  readonly summaryId: string;
  readonly summaryEn: string;
  readonly elements: readonly [Element, Element, Element];
}

export const DIMENSIONS = [
  {
    id: 'smart-governance',
    nameId: 'Tata Kelola',
    nameEn: 'Governance',
    summaryId: 'Pemerintahan yang melayani warga dengan cepat, terbuka, dan efisien.',
    summaryEn: 'Government that serves citizens quickly, openly and efficiently.',
    elements: [
      { id: 'pelayanan-publik', nameId: 'Pelayanan publik', nameEn: 'Public services' },
      { id: 'manajemen-birokrasi', nameId: 'Manajemen birokrasi yang efisien', nameEn: 'Efficient bureaucracy' },
      { id: 'efisiensi-kebijakan-publik', nameId: 'Efisiensi kebijakan publik', nameEn: 'Efficient public policy' },
    ],
  },
  {
    id: 'smart-branding',
    nameId: 'Branding Daerah',
    nameEn: 'Regional Branding',
    summaryId: 'Membangun citra daerah agar dikenal, dikunjungi, dan menarik bagi usaha.',
    summaryEn: 'Building the region’s image so that it is known, visited and attractive to business.',
    elements: [
      { id: 'branding-pariwisata', nameId: 'Branding pariwisata', nameEn: 'Tourism branding' },
      { id: 'branding-bisnis', nameId: 'Branding bisnis', nameEn: 'Business branding' },
      { id: 'branding-wajah-kota', nameId: 'Branding wajah kota', nameEn: 'City appearance' },
    ],
  },
  {
    id: 'smart-economy',
    nameId: 'Ekonomi',
    nameEn: 'Economy',
    summaryId: 'Ekonomi daerah yang tumbuh, mudah bertransaksi, dan menyejahterakan warga.',
    summaryEn: 'A growing local economy with easy transactions that raises citizens’ welfare.',
    elements: [
      { id: 'ekosistem-industri', nameId: 'Ekosistem industri', nameEn: 'Industry ecosystem' },
      { id: 'kesejahteraan-masyarakat', nameId: 'Kesejahteraan masyarakat', nameEn: 'Community welfare' },
      { id: 'ekosistem-transaksi-keuangan', nameId: 'Ekosistem transaksi keuangan', nameEn: 'Financial transaction ecosystem' },
    ],
  },
  {
    id: 'smart-living',
    nameId: 'Kehidupan',
    nameEn: 'Living',
    summaryId: 'Tempat tinggal yang layak, sehat, dan mudah untuk bepergian.',
    summaryEn: 'A decent, healthy place to live that is easy to move around in.',
    elements: [
      { id: 'harmonisasi-tata-ruang', nameId: 'Harmonisasi tata ruang (pola hidup layak)', nameEn: 'Spatial harmony (decent living)' },
      { id: 'kesehatan', nameId: 'Kesehatan', nameEn: 'Health' },
      { id: 'transportasi', nameId: 'Transportasi / mobilitas', nameEn: 'Transport / mobility' },
    ],
  },
  {
    id: 'smart-society',
    nameId: 'Masyarakat',
    nameEn: 'Society',
    summaryId: 'Warga yang terhubung, terus belajar, dan merasa aman.',
    summaryEn: 'Citizens who are connected, keep learning and feel safe.',
    elements: [
      { id: 'komunitas-warga', nameId: 'Komunitas warga', nameEn: 'Citizen communities' },
      { id: 'ekosistem-belajar', nameId: 'Ekosistem belajar', nameEn: 'Learning ecosystem' },
      { id: 'sistem-keamanan', nameId: 'Sistem keamanan', nameEn: 'Safety and security' },
    ],
  },
  {
    id: 'smart-environment',
    nameId: 'Lingkungan',
    nameEn: 'Environment',
    summaryId: 'Lingkungan yang terlindungi, sampah yang terkelola, dan energi yang hemat.',
    summaryEn: 'A protected environment, managed waste and efficient energy.',
    elements: [
      { id: 'proteksi-lingkungan', nameId: 'Proteksi lingkungan', nameEn: 'Environmental protection' },
      { id: 'tata-kelola-sampah', nameId: 'Tata kelola sampah dan limbah', nameEn: 'Waste management' },
      { id: 'tata-kelola-energi', nameId: 'Tata kelola energi', nameEn: 'Energy management' },
    ],
  },
] as const satisfies readonly Dimension[];

/** One of the six dimensions as defined above, with its literal id. */
export type SmartDimension = (typeof DIMENSIONS)[number];
export type DimensionId = SmartDimension['id'];

/** The escape hatch for programmes whose topic is outside the three elements of their dimension. */
export const OTHER_ELEMENT = 'lainnya';

export const DIMENSION_IDS = DIMENSIONS.map((d) => d.id) as [DimensionId, ...DimensionId[]];

/**
 * Words editors write for a dimension besides its id and names (which `dimensionNamed` knows
 * already): other smart-city frameworks' dimensions and everyday Indonesian words, each mapped to
 * the dimension that covers it here, so the check can say "did you mean …?" instead of only
 * "unknown". Written as `nameOf` normalises them: lowercase, single spaces, no "smart" prefix.
 */
const DIMENSION_ALIASES: Readonly<Record<string, DimensionId>> = {
  mobility: 'smart-living',
  people: 'smart-society',
  government: 'smart-governance',
  health: 'smart-living',
  tourism: 'smart-branding',
  pemerintahan: 'smart-governance',
  'tata pemerintahan': 'smart-governance',
  'ekonomi daerah': 'smart-economy',
  sosial: 'smart-society',
  'kehidupan masyarakat': 'smart-living',
  'lingkungan hidup': 'smart-environment',
  'branding kota': 'smart-branding',
  pariwisata: 'smart-branding',
};

/** How a word is compared with names: lowercase, hyphens and underscores as single spaces, no "smart" prefix. */
function nameOf(word: string): string {
  return word
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim()
    .replace(/^smart /, '');
}

/**
 * The dimension a word names, in any way an editor writes it: `Tata Kelola`, `tata kelola`,
 * `governance`, `smart governance`, `lingkungan`, `smart-mobility` (an alias).
 */
export function dimensionNamed(word: string): DimensionId | undefined {
  const name = nameOf(word);
  const named = DIMENSIONS.find((d) => [d.id, d.nameId, d.nameEn].some((known) => nameOf(known) === name));
  return named?.id ?? DIMENSION_ALIASES[name];
}

/**
 * The element a word names, by its id or its Indonesian or English name (`pelayanan publik`,
 * `Kesehatan`, `public services`); one of `dimensionId`'s own elements first.
 */
export function elementNamed(word: string, dimensionId?: string): Element | undefined {
  const name = nameOf(word);
  const matches = (element: Element) => [element.id, element.nameId, element.nameEn].some((known) => nameOf(known) === name);
  const own = dimensionById(dimensionId ?? '')?.elements.find(matches);
  return own ?? DIMENSIONS.flatMap((d): readonly Element[] => d.elements).find(matches);
}

export function dimensionById(id: string): SmartDimension | undefined {
  return DIMENSIONS.find((d) => d.id === id);
}

export function dimensionOfElement(elementId: string): Dimension | undefined {
  return DIMENSIONS.find((d) => d.elements.some((e) => e.id === elementId));
}
