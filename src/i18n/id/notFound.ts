/** Texts of the 404 page, which exists in Indonesian only and quotes its English lead (see CONTRIBUTING.md, "Interface text"). */
export default {
  title: 'Halaman tidak ditemukan',
  description: 'Halaman yang Anda cari tidak ada.',
  lead: 'Maaf, halaman ini tidak ada atau sudah pindah.',
  findYourRegion: 'Cari daerah Anda di daftar ini, atau cari programnya:',
  /** After the name of a fictional demo region in the list. */
  fictional: ' (fiktif)',
};
