import { counted } from '../format.ts';

const programmes = (count: number) => counted(count, 'id', { one: 'program', other: 'program' });
const regions = (count: number) => counted(count, 'id', { one: 'daerah', other: 'daerah' });

/** Texts of the national pages and components (see CONTRIBUTING.md, "Interface text"). */
export default {
  /** The dimensions page's title, and the heading of the dimensions on the home page. */
  sixDimensions: 'Enam dimensi Smart City',
  dimensionsIntro:
    'Setiap program dalam masterplan masuk ke salah satu dari enam dimensi. Setiap dimensi punya tiga elemen baku; program yang topiknya di luar ketiganya masuk elemen yang dinamai daerahnya sendiri.',
  whatItMeans: 'Apa artinya?',
  elements: 'Elemen',
  elementsIntro: 'Tiga elemen baku dimensi ini, dengan jumlah programnya. Program yang topiknya di luar ketiganya dihitung sesudahnya, di elemen yang dinamai daerahnya sendiri.',
  otherElements: (count: number) => `${programmes(count)} di elemen lain yang dinamai daerahnya sendiri`,
  unknownElement: (count: number) => `${programmes(count)} yang elemennya belum diketahui`,
  byProvince: 'Program per provinsi',
  /** "12 program di 5 daerah di 3 provinsi." */
  nationalCount: (programmeCount: number, regionCount: number, provinceCount: number) =>
    `${programmes(programmeCount)} di ${regions(regionCount)} di ${counted(provinceCount, 'id', { one: 'provinsi', other: 'provinsi' })}.`,
  /** "3 program di 2 daerah": one province's figures. */
  provinceCount: (programmeCount: number, regionCount: number) => `${programmes(programmeCount)} di ${regions(regionCount)}`,
  provincesIntro: 'Pilih provinsi untuk melihat program setiap daerahnya. Angka dalam kurung: jumlah program daerah itu di dimensi ini.',
  none: 'Belum ada program di dimensi ini.',
  fictionalNotCounted: 'Contoh fiktif tidak dihitung.',
  fictionalBelowNotCounted: 'Contoh fiktif di bawah tidak dihitung.',
  /** The heading of the fictional showcase, listed after the real regions (home, dimension overview). */
  fictionalExamples: 'Contoh fiktif untuk demonstrasi (tidak dihitung)',
  /** "Tata Kelola di Kalimantan Timur" */
  inProvince: (dimension: string, province: string) => `${dimension} di ${province}`,
  allProvinces: 'Dimensi ini di semua provinsi',
};
