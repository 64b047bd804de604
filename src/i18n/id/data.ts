import type { DataFacts } from '../../lib/page-data/data.ts';
import { counted } from '../format.ts';

/**
 * Texts of the data pages and components (see CONTRIBUTING.md, "Interface text"). Texts that name
 * a file, a licence or the register's source take them as `DataFacts` (src/lib/page-data/data.ts),
 * so a renamed file is renamed in every sentence.
 */
export default {
  intro:
    'Semua isi portal ini dapat diunduh sebagai data terbuka, dibuat dari konten yang sama dengan halaman-halamannya setiap kali portal diterbitkan. Data ini boleh dipakai ulang, diolah, dan diterbitkan kembali dengan menyebut sumbernya.',
  downloads: 'Unduhan',
  /** The first link of the page: the spreadsheet of all programmes. */
  primary: 'Unduh spreadsheet',
  primaryText: 'Semua program Smart City dari semua daerah nyata, satu baris per program, untuk dibuka di Excel, LibreOffice, atau Google Sheets.',
  /** "1.234 baris, satu per program · 512 KB · versi data 30 November 2025 (a1b2c3d) · CC BY 4.0" */
  primarySummary: (rows: string, size: string, version: string, licence: string) => `${rows} · ${size} · versi data ${version} · lisensi ${licence}`,
  downloadsIntro: 'Setiap berkas tersedia sebagai spreadsheet (CSV) dan sebagai JSON untuk program komputer. Isinya sama.',
  rowsLabel: 'Baris',
  sizeLabel: 'Ukuran',
  versionLabel: 'Versi data',
  licenceLabel: 'Lisensi',
  formatLabel: { csv: 'Spreadsheet (CSV)', json: 'JSON' },
  /** What each national download holds (one plain sentence), how its rows are counted, and the technical notes of each format. */
  files: {
    program: {
      title: 'Program',
      description: 'Semua program dari semua daerah nyata: nama, daerah, dimensi, status, tahun, anggaran bila diketahui, dan sumbernya.',
      rows: (n: string) => `${n} baris, satu per program`,
      csv: 'Satu baris per program. Dapat dibuka di program lembar kerja.',
      json: 'Program yang sama dengan kolom yang sama, sebagai JSON: daftar dan rekaman ditulis sebagai array dan objek, nilai yang tidak diketahui ditulis null. Blok generated menyebut portal, lisensi, dan skema.',
    },
    evaluasi: {
      title: 'Hasil evaluasi dan penghargaan',
      description: 'Setiap nilai evaluasi atau penghargaan Smart City yang pernah diterbitkan untuk daerah nyata, masing-masing dengan sumbernya.',
      rows: (n: string) => `${n} baris, satu per hasil`,
      csv: 'Satu baris per hasil, masing-masing dengan sumbernya (judul, media, tanggal, alamat web).',
      json: 'Hasil evaluasi yang sama dengan kolom yang sama, sebagai JSON.',
    },
    wilayah: {
      title: 'Daftar wilayah',
      description: 'Semua provinsi dan kabupaten/kota di Indonesia, dengan kode resmi Kemendagri dan sejauh mana portal ini mencatat masterplannya.',
      rows: (n: string) => `${n} baris, satu per provinsi atau kabupaten/kota`,
      csv: 'Satu baris per wilayah: kode Kemendagri, nama resmi, jenis, provinsi, dan status keikutsertaannya di portal ini (belum tercatat, peserta, fakta masterplan, program).',
      json: 'Daftar yang sama sebagai JSON. Blok generated menyebut sumber kode dan nama wilayah serta memuat pemberitahuan lisensi MIT-nya.',
    },
    kohort: {
      title: 'Angkatan Gerakan Menuju Smart City',
      description: 'Tahun angkatan tiap daerah peserta Gerakan Menuju Smart City, menurut sumber yang terbit; bila sumber berbeda pendapat, setiap versi dicatat.',
      rows: (n: string) => `${n} baris, satu per klaim "daerah X ikut angkatan tahun Y"`,
      csv: 'Satu baris per klaim, dengan tanggal MoU bila sumber menyebutnya dan sumber-sumbernya (judul, media, alamat web) di setiap baris. Bila sumber berbeda pendapat, setiap versi menjadi baris sendiri.',
      json: 'Klaim yang sama sebagai JSON; sumber setiap klaim ditulis sebagai daftar objek.',
    },
  },
  registerLicence: (f: DataFacts) => `${f.licence.short}; kode dan nama wilayah MIT`,
  /** The data version: which state of the content the files are, and how to get the files of a cited version again. */
  version: {
    heading: 'Riwayat versi data',
    label: (day: string, id: string) => `${day} (${id})`,
    unknown: 'tidak diketahui (portal ini dibuat tanpa riwayat perubahannya)',
    intro:
      'Setiap kali isi portal berubah, datanya mendapat versi baru: tanggal perubahan dan kode pendek perubahan itu. Sebutkan versi ini ketika mengutip angka dari berkas di atas. Setiap versi di bawah punya tautan tetap (kode pendeknya) yang bisa dicantumkan dalam kutipan.',
    current: 'Versi data saat ini:',
    /** Beside the newest version in the list. */
    currentMark: 'versi saat ini',
    /** The list's caption for screen readers and the summary of the older versions. */
    list: 'Versi data, dari yang terbaru',
    older: (n: number) => `${n} versi yang lebih lama`,
    /** Link to the repository's files at one version. */
    repositoryAt: (id: string) => `Lihat data versi ${id} di repositori`,
    unavailable: 'Riwayat versi tidak tersedia di salinan portal ini.',
    shallow: 'Salinan portal ini hanya memuat sebagian riwayatnya: versi yang lebih lama tidak tercantum.',
    /** What one version changed, part by part; `places` names the regions ("Kota A, Kota B dan 3 lainnya"). */
    change: {
      region: {
        added: (n: number, places: string) => `${counted(n, 'id', { one: 'daerah', other: 'daerah' })} ditambahkan: ${places}`,
        changed: (n: number, places: string) => `profil ${counted(n, 'id', { one: 'daerah', other: 'daerah' })} diubah: ${places}`,
        removed: (n: number, places: string) => `${counted(n, 'id', { one: 'daerah', other: 'daerah' })} dihapus: ${places}`,
      },
      dimensionPage: {
        added: (n: number, places: string) => `${counted(n, 'id', { one: 'halaman dimensi', other: 'halaman dimensi' })} ditambahkan di ${places}`,
        changed: (n: number, places: string) => `${counted(n, 'id', { one: 'halaman dimensi', other: 'halaman dimensi' })} diubah di ${places}`,
        removed: (n: number, places: string) => `${counted(n, 'id', { one: 'halaman dimensi', other: 'halaman dimensi' })} dihapus di ${places}`,
      },
      programme: {
        added: (n: number, places: string) => `${counted(n, 'id', { one: 'program', other: 'program' })} ditambahkan di ${places}`,
        changed: (n: number, places: string) => `${counted(n, 'id', { one: 'program', other: 'program' })} diubah di ${places}`,
        removed: (n: number, places: string) => `${counted(n, 'id', { one: 'program', other: 'program' })} dihapus di ${places}`,
      },
      /** Images and other files of a region's folder. */
      file: (n: number, places: string) => `${counted(n, 'id', { one: 'berkas lain (mis. gambar)', other: 'berkas lain (mis. gambar)' })} diubah di ${places}`,
      /** "Kota A, Kota B dan Kota C"; `more` regions beyond those named: "… dan 3 lainnya". */
      places: (names: readonly string[], more: number) => {
        const all = more > 0 ? [...names, `${more} lainnya`] : names;
        return all.length > 1 ? `${all.slice(0, -1).join(', ')} dan ${all.at(-1)}` : (all[0] ?? '');
      },
      /** A change of the national lists (data/), which pages describe only in this list of versions. */
      nationalLists: 'daftar wilayah atau daftar angkatan diubah',
      /** A version that moved or tidied files without changing what readers see. */
      none: 'tidak ada perubahan isi yang terlihat pembaca (berkas hanya dipindah atau dirapikan)',
      /** The oldest version a shallow copy has: what it changed is not known. */
      boundary: 'versi tertua dalam salinan ini; perubahannya dibanding versi sebelumnya tidak diketahui',
    },
    reproduce: (hash: string | undefined) =>
      `Setiap versi adalah satu keadaan repositori portal, yang menyimpan seluruh riwayat isinya. Untuk membuat ulang berkas versi mana pun, ambil repositori itu pada versinya (git checkout ${hash ?? '<kode versi>'}), lalu jalankan npm ci dan npm run build: berkasnya ada di dist/data/.`,
    repository: 'Repositori portal, dengan riwayat setiap versi:',
    noRepository: 'Alamat repositori portal ini belum diatur; tanyakan kepada pengelola portal (lihat halaman Tentang).',
  },
  technical: 'Rincian teknis',
  technicalIntro: 'Untuk yang membaca berkas dengan program: pengodean, format, skema, dan berkas per daerah.',
  demo: 'Data contoh (fiktif)',
  demoText:
    'Berkas nasional di atas tidak memuat daerah fiktif. Data daerah contoh ada di berkas tersendiri dengan kolom yang sama, untuk mencoba alat Anda tanpa mencampurnya dengan data nyata:',
  regions: 'Masterplan per daerah (JSON)',
  regionsText:
    'Seluruh data masterplan satu daerah: profil dan kelembagaan, halaman dimensi, dan semua program dengan pendanaan, indikator, kemajuan, dan sumbernya. Setiap bagian data sah menurut skema di bawah.',
  /** Beside the fictional showcase's file in the list of regions. */
  fictionalBadge: 'fiktif',
  schemas: 'Skema JSON',
  schemasText: (f: DataFacts) =>
    `Skema JSON (draft 2020-12) untuk berkas konten daerah, halaman dimensi, dan program; dibuat dari skema yang dipakai pemeriksaan konten portal. Aturan lintas kolom (mis. tahun selesai tidak sebelum tahun mulai) hanya diperiksa oleh npm run check. Dua skema terakhir menjelaskan berkas unduhan ${f.register.json} dan ${f.cohorts.json}.`,
  schemaLabels: {
    region: 'Daerah',
    dimensionPage: 'Halaman dimensi',
    programme: 'Program',
    register: (f: DataFacts) => `Berkas ${f.register.json}`,
    cohorts: (f: DataFacts) => `Berkas ${f.cohorts.json}`,
  },
  questions: 'Pertanyaan yang bisa dijawab',
  questionsText: (f: DataFacts) => `Berkas-berkas ini bisa digabung dengan kode wilayah: code di ${f.register.csv} sama dengan region_code di berkas lain.`,
  question: {
    cohortYear: {
      question: 'Daerah mana yang bergabung pada 2018, dan apa yang diketahui tentang masterplannya?',
      answer: (f: DataFacts) =>
        `Di ${f.cohorts.csv}, saring year = 2018; sumbernya ada di kolom sources, dan sources_disagree = true berarti sumber lain menyebut tahun lain untuk daerah itu (barisnya juga ada). Gabungkan region_code dengan code di ${f.register.csv}: status menunjukkan seberapa jauh catatannya (participant: baru keikutsertaan; facts: fakta masterplan terbit; programmes: program terbit). Untuk status facts dan programmes, ${f.regionFile} memuat periode, dasar hukum, kelembagaan, tonggak, dan sumbernya, dan ${f.programmes.csv} (saring region_code) memuat programnya.`,
    },
    evaluationScores: {
      question: 'Daerah mana yang sudah menerbitkan nilai evaluasi, dan berapa nilainya?',
      answer: (f: DataFacts) =>
        `Di ${f.evaluations.csv}, saring baris yang kolom score-nya terisi: setiap baris memuat daerah, tahun, tahap, nilai, predikat, penilai, dan sumbernya (source_title, source_url). Skala nilai bisa berbeda antarevaluasi; bandingkan hanya nilai dari evaluasi, tahun, dan tahap yang sama. Baris tanpa score adalah penghargaan atau predikat saja.`,
    },
    provincesWithout: {
      question: 'Provinsi mana yang belum punya daerah peserta?',
      answer: (f: DataFacts) =>
        `Di ${f.register.csv}, saring type = provinsi dan status = none. Status baris provinsi adalah status terjauh yang dicapai kabupaten/kotanya, jadi none berarti tidak ada satu pun kabupaten/kota di provinsi itu yang tercatat ikut.`,
    },
  },
  /** The data dictionary of each download: its heading, what the section says first, and the table's caption. */
  dictionary: {
    programmes: {
      heading: (f: DataFacts) => `Kamus data ${f.programmes.csv}`,
      text: (f: DataFacts) => `Kolom yang sama, dengan nama yang sama, ada pada setiap program di ${f.programmes.json}, kecuali versi_data (lihat artinya di tabel).`,
      caption: (f: DataFacts) => `Kolom ${f.programmes.csv}, menurut urutan di berkas`,
    },
    evaluations: {
      heading: (f: DataFacts) => `Kamus data ${f.evaluations.csv}`,
      text: (f: DataFacts) =>
        `Kolom yang sama, dengan nama yang sama (kecuali versi_data), ada pada setiap hasil di ${f.evaluations.json}. Setiap baris membawa sumbernya sendiri. CSV-nya ditulis seperti ${f.programmes.csv} (lihat cara membacanya di atas), dengan baris diurutkan menurut region_slug, lalu year.`,
      caption: (f: DataFacts) => `Kolom ${f.evaluations.csv}, menurut urutan di berkas`,
    },
    register: {
      heading: (f: DataFacts) => `Kamus data ${f.register.csv}`,
      text: (f: DataFacts) =>
        `Kolom yang sama, dengan nama yang sama (kecuali versi_data), ada pada setiap baris di ${f.register.json}. CSV-nya ditulis seperti ${f.programmes.csv} (lihat cara membacanya di atas).`,
      caption: (f: DataFacts) => `Kolom ${f.register.csv}, menurut urutan di berkas`,
    },
    cohorts: {
      heading: (f: DataFacts) => `Kamus data ${f.cohorts.csv}`,
      text: (f: DataFacts) =>
        `Kolom yang sama, dengan nama yang sama (kecuali versi_data), ada pada setiap klaim di ${f.cohorts.json}. Setiap baris membawa sumbernya sendiri. Klaim disusun penyunting portal dari daftar angkatan yang terbit (data/kohort.yaml di repositori portal); perbedaan antarsumber tidak diputuskan.`,
      caption: (f: DataFacts) => `Kolom ${f.cohorts.csv}, menurut urutan di berkas`,
    },
  },
  format: 'Cara membaca CSV',
  registerSource: 'Sumber dan lisensi daftar wilayah',
  registerSourceText: (f: DataFacts) =>
    `Kode, nama, jenis, dan provinsi setiap wilayah berasal dari ${f.registerSource.legalBasis}, seperti dimuat berkas ${f.registerSource.file} di repositori cahyadsn/wilayah (commit ${f.registerSource.commit.slice(0, 7)}), yang berlisensi MIT. Pemberitahuan lisensi di bawah wajib ikut dalam setiap salinan kolom-kolom itu (${f.register.json} memuatnya di generated.data_source). Kolom buatan portal (slug, status, cohort_years, url) berlisensi ${f.licence.short}.`,
  fictional: 'Data fiktif',
  fictionalText: (f: DataFacts) =>
    `Baris dan daerah dengan fictional=true adalah data demonstrasi yang dikarang untuk menunjukkan fitur portal (saat ini Kota Contoh), bukan data nyata. Berkas nasional (${[f.programmes, f.evaluations, f.register, f.cohorts].map((file) => file.stem).join(', ')}) tidak memuatnya; baris itu hanya ada di berkas ${f.demoFolder} dan di berkas JSON daerah contoh itu sendiri.`,
  licence: 'Lisensi',
  licenceText: (f: DataFacts) =>
    `Data portal berlisensi ${f.licence.name}, kecuali jika konten suatu daerah menyebutkan lisensi lain. Anda boleh menyalin, mengolah, dan menerbitkan ulang data ini untuk tujuan apa pun, asalkan menyebut sumbernya.`,
  licenceRegister: (f: DataFacts) => `Kode, nama, jenis, dan provinsi wilayah di ${f.register.csv} dan ${f.register.json} berlisensi MIT:`,
  cite: 'Cara mengutip',
  citeText:
    'Contoh kutipan (ganti tanggal akses). Bila memakai data satu daerah, sebutkan juga sumber asli yang tercantum untuk data itu (source_titles, atau sources di berkas JSON daerah).',
  citation: (f: DataFacts) => `${f.siteName}. Data terbuka Masterplan Smart City daerah di Indonesia. ${f.licence.short}. Versi data ${f.version}. ${f.citationUrl} (diakses [tanggal]).`,
};
