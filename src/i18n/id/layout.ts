/** Texts of the layout and the shared components (see CONTRIBUTING.md, "Interface text"). */
export default {
  /** Ends every in-place explanation of a glossary term, in pages and content bodies alike. */
  glossaryLink: 'Lihat glosarium',
  /** Before the page number of a cited source: "hlm. 12". */
  sourcePage: 'hlm.',
  lastUpdated: {
    label: 'Terakhir diubah',
    /** Said instead of a date where this copy of the repository cannot tell. */
    shallow: 'riwayat lengkap tidak tersedia di salinan ini',
    unavailable: 'riwayat perubahan tidak tersedia di salinan ini',
    uncommitted: 'belum dicatat di git',
  },
  changeHistory: {
    heading: 'Riwayat perubahan',
    intro: 'Setiap perubahan pada berkas data halaman ini, dari yang terbaru, dengan keterangan dari pengubahnya. Berkas:',
    caption: 'Perubahan, dari yang terbaru',
    shallow: 'Riwayat lengkap tidak tersedia di salinan ini: perubahan yang lebih lama tidak ditampilkan.',
    unavailable: 'Riwayat perubahan tidak tersedia di salinan ini.',
    uncommitted: 'Berkas ini belum dicatat di git.',
    commit: 'kode perubahan',
    feed: 'Ikuti semua perubahan daerah ini lewat feed Atom',
    /** Beside a change that did more than edit the file; a move or copy names the old path after it. */
    added: 'berkas dibuat',
    deleted: 'berkas dihapus',
    renamed: 'berkas dipindah dari',
    copied: 'berkas disalin dari',
  },
  /** The label of a `<Callout type>` in content. */
  callout: { info: 'Info', warning: 'Perhatian', note: 'Catatan' },
};
