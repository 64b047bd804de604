import { counted } from '../format.ts';

/** Texts of the layout and the shared components (see CONTRIBUTING.md, "Interface text"). */
export default {
  /** Ends every in-place explanation of a glossary term, in pages and content bodies alike. */
  glossaryLink: 'Lihat glosarium',
  /** Before the page number of a cited source: "hlm. 12". */
  sourcePage: 'hlm.',
  /** The line on every printed page (Base.astro): where the paper came from and when. */
  print: {
    from: 'Dicetak dari',
    /** Filled in by the reader's browser just before printing (src/scripts/print-date.ts). */
    on: (date: string) => `pada ${date}`,
    /** Without JavaScript the print date is unknown: the line gives the date of the data instead. */
    dataAsOf: (date: string) => `data per ${date}`,
  },
  lastUpdated: {
    /** The date of the last commit that changed the page's data (a field or its text), not of any commit touching its file. */
    label: 'Data terakhir diubah',
    /** Said instead of a date where this copy of the repository cannot tell. */
    shallow: 'riwayat lengkap tidak tersedia di salinan ini',
    unavailable: 'riwayat perubahan tidak tersedia di salinan ini',
    uncommitted: 'belum dicatat di git',
    /** The content's own dates, so a page built on an old article does not pass for news. */
    progressAsOf: (date: string) => `Laporan kemajuan terakhir: per ${date}.`,
    sourcesAsOf: (date: string) => `Sumber terbaru bertanggal ${date}.`,
  },
  changeHistory: {
    heading: 'Riwayat perubahan data',
    intro: 'Apa yang berubah pada data halaman ini, dari yang terbaru.',
    caption: 'Perubahan data, dari yang terbaru',
    shallow: 'Riwayat lengkap tidak tersedia di salinan ini: perubahan yang lebih lama tidak ditampilkan.',
    unavailable: 'Riwayat perubahan tidak tersedia di salinan ini.',
    uncommitted: 'Data halaman ini belum dicatat di git.',
    feed: 'Ikuti semua perubahan daerah ini lewat feed Atom',
    /** Opens the older changes, which a phone would otherwise scroll past: "Lihat 4 perubahan sebelumnya". */
    earlier: (count: number) => `Lihat ${counted(count, 'id', { one: 'perubahan', other: 'perubahan' })} sebelumnya`,
    created: { programme: 'Program ditambahkan ke portal', region: 'Halaman daerah dibuat', dimensionPage: 'Halaman dimensi dibuat' },
    deleted: { programme: 'Program dihapus dari portal', region: 'Halaman daerah dihapus', dimensionPage: 'Halaman dimensi dihapus' },
    /** The body of the file: a programme's description, a region's or dimension's page text. */
    body: { programme: 'Deskripsi diubah', region: 'Teks halaman diubah', dimensionPage: 'Teks halaman diubah' },
    unreadable: 'Data diubah; salah satu versinya tidak dapat dibaca, jadi rinciannya tidak ditampilkan.',
    unknown: 'Data diubah; rinciannya tidak tersedia di salinan ini.',
    valueAdded: (field: string, value: string) => `${field} diisi: ${value}`,
    valueChanged: (field: string, from: string, to: string) => `${field}: ${from} → ${to}`,
    valueRemoved: (field: string, value: string) => `${field} dihapus (sebelumnya ${value})`,
    textAdded: (field: string) => `${field} ditambahkan`,
    textChanged: (field: string) => `${field} diubah`,
    textRemoved: (field: string) => `${field} dihapus`,
    itemsAdded: (field: string, items: string) => `${field} ditambahkan: ${items}`,
    itemsRemoved: (field: string, items: string) => `${field} dihapus: ${items}`,
    itemsEdited: (field: string, items: string) => `${field} diubah: ${items}`,
    /** Ends a list of items cut short: "A; B; C; dan 4 lainnya". */
    moreItems: (count: number) => `dan ${count} lainnya`,
    otherChanged: (field: string) => `${field} diubah`,
    status: (from: string, to: string) => `Status: ${from} → ${to}`,
    /** After a status, the date of the progress update that reports it: ", per 1 Maret 2025". */
    asOf: (date: string) => `, per ${date}`,
    budgetRaised: (from: string, to: string) => `Anggaran ditambah: ${from} → ${to}`,
    budgetCut: (from: string, to: string) => `Anggaran dikurangi: ${from} → ${to}`,
    budgetAdded: (amount: string) => `Anggaran dicatat: ${amount}`,
    budgetRemoved: (amount: string) => `Jumlah anggaran dihapus (sebelumnya ${amount})`,
    progress: (date: string, status: string) => `Kemajuan dilaporkan per ${date}: ${status}`,
    yes: 'ya',
    no: 'tidak',
    /** A field today's schema no longer has, by the name it was written under. */
    unknownField: (key: string) => `Kolom "${key}"`,
    /** Names of the fields of region files and dimension pages; programme fields are named in src/lib/schema/programme-fields.ts. */
    fields: {
      region: {
        fictional: 'Daerah fiktif',
        slug: 'Alamat halaman',
        name: 'Nama daerah',
        type: 'Jenis daerah',
        province: 'Provinsi',
        code: 'Kode wilayah',
        cohort: 'Tahun kohort',
        period: 'Periode masterplan',
        editions: 'Edisi sebelumnya',
        vision: 'Visi',
        missions: 'Misi',
        horizons: 'Jangka peta jalan',
        bodies: 'Lembaga Smart City',
        documents: 'Dokumen',
        legalBasis: 'Dasar hukum',
        rpjmd: 'Keselarasan dengan RPJMD',
        milestones: 'Perjalanan masterplan',
        evaluations: 'Hasil evaluasi dan penghargaan',
        inferred: 'Tafsiran penyunting',
        sources: 'Sumber',
      },
      dimensionPage: { dimension: 'Dimensi', goals: 'Tujuan', readiness: 'Analisis kesiapan' },
    },
  },
  /** The version of the data a build publishes (footer, data page, downloads): the content commit's date and short id. */
  dataVersion: {
    label: 'Versi data',
    value: (date: string, id: string) => `${date} (${id})`,
    unavailable: 'tidak diketahui: riwayat git tidak tersedia di salinan ini',
  },
  /** The label of a `<Callout type>` in content. */
  callout: { info: 'Info', warning: 'Perhatian', note: 'Catatan' },
};
