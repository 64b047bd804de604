import { counted, formatNumber } from '../format.ts';

/** Texts of the directory pages and components (see CONTRIBUTING.md, "Interface text"). */
export default {
  title: 'Direktori daerah',
  intro: (regionCount: number) =>
    `Semua ${formatNumber(regionCount, 'id')} kabupaten dan kota di Indonesia dengan kode wilayahnya menurut Kepmendagri No. 300.2.2-2138 Tahun 2025, masing-masing dengan catatan keikutsertaannya dalam Gerakan Menuju Smart City.`,
  summary: 'Ringkasan dan saringan',
  byStatus: 'Menurut status',
  all: 'Semua daerah',
  byCohort: 'Menurut angkatan',
  cohortCountNote: 'Angka menghitung daerah yang disebut sumber: bila daftar suatu angkatan belum lengkap, angkanya lebih kecil dari jumlah pesertanya.',
  disagreements: (regionCount: number) => `${formatNumber(regionCount, 'id')} daerah yang sumbernya berbeda pendapat dihitung pada setiap tahun yang disebut.`,
  byProvince: 'Menurut provinsi',
  provinceCounts: 'Angka: daerah dengan catatan keikutsertaan / semua kabupaten dan kota.',
  provinceCount: (count: number) => counted(count, 'id', { one: 'provinsi', other: 'provinsi' }),
  shown: 'ditampilkan',
  withoutParticipants: 'Provinsi tanpa daerah peserta',
  none: 'tidak ada',
  legend: 'Arti setiap status',
  /** Beside a region: "Angkatan 2018, 2019". */
  cohort: 'Angkatan',
  /** The headings of the filter pages. */
  inCohort: (year: number) => `Peserta angkatan ${year}`,
  inProvince: (province: string) => `Daerah di ${province}`,
  withStatus: (status: string) => `Status: ${status}`,
};
