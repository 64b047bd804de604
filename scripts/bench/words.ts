import type { DimensionId } from '../../src/lib/dimensions.ts';

/**
 * A small Indonesian vocabulary for synthetic masterplans. Sentences built from it read like the
 * real books (agencies, services, places), yet every region name says "Sintetis", so no page can be
 * mistaken for a real region. The vocabulary is deliberately wider than one region needs: the
 * Pagefind index grows with distinct words, and a tiny vocabulary would flatter the search payload.
 */

/** Agencies and bodies: proper names, capitalised wherever they stand in a sentence. */
export const NAMED_SUBJECTS = [
  'Diskominfo', 'Bappeda', 'Dinas Kesehatan', 'Dinas Pendidikan', 'Dinas Perhubungan', 'Dinas Lingkungan Hidup',
  'Dinas Pariwisata', 'Dinas Koperasi dan UKM', 'Badan Pendapatan Daerah', 'Satpol PP', 'BPBD', 'Dinas PUPR',
  'Dinas Perdagangan',
] as const;

/** Common nouns, lower case: capitalised only at the start of a sentence. */
export const COMMON_SUBJECTS = [
  'pemerintah daerah', 'tim pelaksana', 'forum warga', 'setiap kelurahan', 'kecamatan', 'pelaku usaha kecil',
  'komunitas pemuda', 'perguruan tinggi mitra', 'bank daerah', 'puskesmas', 'sekolah dasar', 'karang taruna',
  'kader posyandu', 'pengelola pasar', 'penyuluh pertanian',
] as const;

export const VERBS = [
  'menyediakan', 'mengembangkan', 'memperluas', 'memantau', 'mendata', 'meningkatkan', 'mempercepat',
  'menyederhanakan', 'menghubungkan', 'membangun', 'menata', 'mengintegrasikan', 'memperbarui',
  'mengawasi', 'memetakan', 'melatih', 'mendampingi', 'menggerakkan', 'mengelola', 'menerbitkan',
  'mengukur', 'menyusun', 'menguji coba', 'memperkenalkan', 'menyebarluaskan', 'mengevaluasi',
] as const;

export const OBJECTS = [
  'layanan perizinan', 'data kependudukan', 'jaringan internet publik', 'sistem antrean', 'pasar rakyat',
  'bank sampah', 'angkutan umum', 'pusat informasi wisata', 'rekam medis pasien', 'arsip elektronik',
  'anggaran kegiatan', 'pengaduan warga', 'produk unggulan desa', 'titik rawan banjir', 'lampu jalan',
  'ruang terbuka hijau', 'air bersih', 'kualitas udara', 'lahan parkir', 'jalur sepeda', 'perpustakaan keliling',
  'kelas literasi digital', 'kamera pengawas', 'panggilan darurat', 'pembayaran retribusi', 'pajak daerah',
  'koperasi simpan pinjam', 'usaha mikro', 'festival budaya', 'kuliner khas', 'kawasan pesisir',
  'tepian sungai', 'rumah layak huni', 'posyandu', 'imunisasi anak', 'sekolah rakyat', 'balai latihan kerja',
  'sentra kerajinan', 'dermaga nelayan', 'irigasi sawah', 'cadangan pangan', 'energi surya', 'limbah cair',
] as const;

export const QUALIFIERS = [
  'secara daring', 'di setiap kecamatan', 'bersama komunitas', 'dengan biaya rendah', 'untuk seluruh warga',
  'pada tahun pertama', 'berbasis data terbuka', 'melalui aplikasi ponsel', 'di kawasan padat penduduk',
  'dengan melibatkan perguruan tinggi', 'tanpa tatap muka', 'secara bertahap', 'di pusat kota',
  'sampai ke desa terpencil', 'dengan standar pelayanan minimal', 'bagi kelompok rentan',
  'bersama pelaku usaha', 'sesuai rencana tata ruang', 'dengan dukungan CSR', 'setiap triwulan',
  'di sepanjang pesisir', 'menjelang musim hujan', 'dengan laporan terbuka', 'di sekolah negeri',
] as const;

/** Opening clauses that tie a sentence to the plan's timeline, as the books do. */
export const OPENERS = [
  'Pada jangka pendek,', 'Pada jangka menengah,', 'Pada jangka panjang,', 'Sejak masterplan ditetapkan,',
  'Berdasarkan analisis kesiapan,', 'Menurut hasil FGD,', 'Setelah evaluasi tahunan,', 'Untuk mendukung RPJMD,',
] as const;

export const NAME_PREFIXES = [
  'Layanan', 'Sistem', 'Aplikasi', 'Pusat', 'Gerakan', 'Program', 'Portal', 'Jaringan', 'Platform', 'Kampung', 'Sentra',
] as const;

export const NAME_SUFFIXES = ['Daring', 'Terpadu', 'Digital', 'Cerdas', 'Terbuka', 'Berbasis Data', 'Keliling', 'Mandiri', 'Warga'] as const;

/** Topics a programme name draws from, per dimension, so a programme's name fits its dimension. */
export const TOPICS: Readonly<Record<DimensionId, readonly string[]>> = {
  'smart-governance': [
    'Perizinan', 'Persuratan Elektronik', 'Satu Data', 'Pengaduan Warga', 'Kependudukan', 'Anggaran', 'Arsip',
    'Kepegawaian', 'Pengadaan', 'Kinerja OPD',
  ],
  'smart-branding': [
    'Wisata', 'Produk Unggulan', 'Festival Budaya', 'Kuliner', 'Wajah Kota', 'Investasi', 'Kerajinan', 'Desa Wisata',
    'Ekonomi Kreatif', 'Cagar Budaya',
  ],
  'smart-economy': [
    'UMKM', 'Pasar Rakyat', 'Pajak Daerah', 'Retribusi', 'Koperasi', 'Transaksi Non-Tunai', 'Pangan', 'Nelayan',
    'Tenaga Kerja', 'Inkubator Usaha',
  ],
  'smart-living': [
    'Puskesmas', 'Transportasi Umum', 'Parkir', 'Tata Ruang', 'Rumah Layak Huni', 'Ambulans', 'Posyandu',
    'Lalu Lintas', 'Air Minum', 'Sanitasi',
  ],
  'smart-society': [
    'Perpustakaan', 'Sekolah', 'Komunitas', 'Keamanan Lingkungan', 'Panggilan Darurat', 'Literasi Digital',
    'Relawan', 'Pemuda', 'Disabilitas', 'Beasiswa',
  ],
  'smart-environment': [
    'Bank Sampah', 'Kualitas Udara', 'Energi Surya', 'Air Bersih', 'Ruang Terbuka Hijau', 'Banjir', 'Limbah',
    'Hutan Kota', 'Mangrove', 'Daur Ulang',
  ],
};

export const AGENCIES = [
  'Diskominfo', 'Bappeda', 'Dinas Kesehatan', 'Dinas Pendidikan', 'Dinas Perhubungan', 'Dinas Lingkungan Hidup',
  'Dinas Pariwisata', 'Dinas Koperasi dan UKM', 'Dinas PUPR', 'Dinas Perdagangan', 'Bapenda', 'DPMPTSP',
  'Disdukcapil', 'BPBD', 'Satpol PP', 'Dinas Sosial', 'Dinas Perikanan', 'Dinas Perpustakaan dan Kearsipan',
] as const;

export const PARTNERS = [
  'Universitas Sintetis', 'Politeknik Negeri Sintetis', 'Bank Pembangunan Daerah Sintetis', 'Kamar Dagang Daerah',
  'Komunitas Pegiat TIK', 'Asosiasi pelaku wisata', 'Paguyuban pedagang pasar', 'Media lokal',
  'Organisasi penyandang disabilitas', 'Karang taruna', 'PKK', 'Operator seluler', 'BUMD air minum',
] as const;

export const UNITS = ['%', 'layanan', 'kelurahan', 'sekolah', 'unit', 'orang', 'transaksi', 'ton', 'hari', 'menit', 'titik'] as const;

export const INDICATOR_NAMES = [
  'Cakupan layanan', 'Warga yang memakai layanan', 'Waktu penyelesaian', 'Kepuasan warga', 'Titik yang terpasang',
  'Transaksi non-tunai', 'Pelaku usaha terlatih', 'Sampah yang terkelola', 'Sekolah yang terhubung',
  'Pengaduan yang selesai', 'Data yang terbuka', 'Kunjungan wisatawan',
] as const;

export const TAGS = [
  'layanan-publik', 'data', 'perizinan', 'umkm', 'wisata', 'kesehatan', 'pendidikan', 'transportasi', 'sampah',
  'energi', 'air', 'keamanan', 'komunitas', 'pajak', 'pasar', 'banjir', 'literasi', 'aplikasi', 'non-tunai',
] as const;

/** Syllables for place names: real plans name many kelurahan and desa, each a word of its own. */
export const SYLLABLES = ['ba', 'tu', 'sa', 'ri', 'ma', 'ja', 'ka', 'lo', 'nga', 'wi', 'su', 'ra', 'de', 'pa', 'ti', 'go', 'ron', 'bang', 'sek', 'lim'] as const;
