/**
 * Words citizens need explained (DOMAIN.md, glossary section). The glossary page lists them all;
 * pages explain the first use of each term in place.
 */

export interface GlossaryTerm {
  /** Anchor on the glossary page. */
  readonly slug: string;
  readonly term: string;
  /** Other spellings that count as a use of the term (matched case-sensitively for acronyms). */
  readonly aliases?: readonly string[];
  readonly id: string;
  readonly en: string;
}

export const GLOSSARY: readonly GlossaryTerm[] = [
  {
    slug: 'smart-city',
    term: 'Smart City',
    aliases: ['kota cerdas'],
    id: 'Kota atau kabupaten yang memakai teknologi, data, dan kerja sama warga untuk melayani warganya lebih baik.',
    en: 'A city or regency that uses technology, data and citizens’ cooperation to serve its people better.',
  },
  {
    slug: 'masterplan',
    term: 'Masterplan',
    id: 'Dokumen rencana induk yang memuat tujuan Smart City sebuah daerah, programnya, dan urutan waktunya.',
    en: 'The master planning document setting out a region’s Smart City goals, programmes and their order in time.',
  },
  {
    slug: 'dimensi',
    term: 'Dimensi',
    id: 'Salah satu dari enam bidang Smart City: tata kelola, branding, ekonomi, kehidupan, masyarakat, dan lingkungan.',
    en: 'One of the six Smart City fields: governance, branding, economy, living, society and environment.',
  },
  {
    slug: 'elemen',
    term: 'Elemen',
    id: 'Bagian dari sebuah dimensi. Setiap dimensi punya tiga elemen baku, misalnya pelayanan publik di dimensi tata kelola. Program yang topiknya di luar ketiganya masuk elemen yang dinamai daerahnya sendiri (elemen “lainnya”), sehingga grafik daerah bisa menampilkan lebih dari tiga elemen.',
    en: 'A part of a dimension. Each dimension has three standard elements, such as public services in governance. A programme whose topic lies outside them goes into an element its region names itself (an “other” element), so a region’s chart can show more than three.',
  },
  {
    slug: 'quick-win',
    term: 'Quick win',
    id: 'Program cepat yang hasilnya bisa dirasakan warga dalam sekitar satu tahun, di awal masterplan.',
    en: 'A fast programme whose results citizens can feel within about a year, early in the plan.',
  },
  {
    slug: 'program-prioritas',
    term: 'Program prioritas',
    id: 'Program utama masterplan yang didahulukan dalam anggaran dan pelaksanaan.',
    en: 'A main programme of the plan that comes first in budget and delivery.',
  },
  {
    slug: 'peta-jalan',
    term: 'Peta jalan',
    aliases: ['roadmap'],
    id: 'Urutan waktu program: jangka pendek, menengah, dan panjang.',
    en: 'The timeline of programmes: short, medium and long term (roadmap).',
  },
  {
    slug: 'bimtek',
    term: 'Bimtek',
    id: 'Bimbingan teknis: pelatihan dari pemerintah pusat untuk membantu daerah menyusun masterplan.',
    en: 'Technical guidance: training by the national government to help regions write their masterplan.',
  },
  {
    slug: 'fgd',
    term: 'FGD',
    id: 'Focus Group Discussion: diskusi terarah dengan pihak terkait untuk membahas atau meninjau rencana.',
    en: 'Focus group discussion with stakeholders to discuss or review a plan.',
  },
  {
    slug: 'rpjmd',
    term: 'RPJMD',
    id: 'Rencana Pembangunan Jangka Menengah Daerah: rencana pembangunan daerah untuk lima tahun.',
    en: 'The region’s five-year medium-term development plan.',
  },
  {
    slug: 'rpjmn',
    term: 'RPJMN',
    id: 'Rencana Pembangunan Jangka Menengah Nasional: rencana pembangunan nasional untuk lima tahun.',
    en: 'The national five-year medium-term development plan.',
  },
  {
    slug: 'opd',
    term: 'OPD',
    id: 'Organisasi Perangkat Daerah: dinas atau badan pemerintah daerah yang menjalankan program.',
    en: 'A regional government agency or office that carries out programmes.',
  },
  {
    slug: 'diskominfo',
    term: 'Diskominfo',
    id: 'Dinas Komunikasi dan Informatika: dinas daerah yang biasanya mengoordinasi Smart City.',
    en: 'The regional communication and informatics office, which usually coordinates the Smart City work.',
  },
  {
    slug: 'bappeda',
    term: 'Bappeda',
    id: 'Badan Perencanaan Pembangunan Daerah: badan yang menyusun rencana pembangunan daerah.',
    en: 'The regional development planning agency.',
  },
  {
    slug: 'dewan-smart-city',
    term: 'Dewan Smart City',
    id: 'Dewan yang mengarahkan Smart City daerah, biasanya diketuai kepala daerah.',
    en: 'The council that steers the region’s Smart City work, usually chaired by the head of the region.',
  },
  {
    slug: 'tim-pelaksana',
    term: 'Tim Pelaksana',
    id: 'Tim yang menjalankan sehari-hari penyusunan dan pelaksanaan masterplan.',
    en: 'The team that runs the drafting and delivery of the masterplan day to day.',
  },
  {
    slug: 'perda',
    term: 'Perda',
    id: 'Peraturan Daerah: aturan yang dibuat kepala daerah bersama DPRD.',
    en: 'A regional regulation, made by the head of the region together with the regional parliament.',
  },
  {
    slug: 'perwal',
    term: 'Perwal',
    id: 'Peraturan Wali Kota: aturan yang ditetapkan wali kota.',
    en: 'A regulation issued by the mayor.',
  },
  {
    slug: 'perbup',
    term: 'Perbup',
    id: 'Peraturan Bupati: aturan yang ditetapkan bupati.',
    en: 'A regulation issued by the regent.',
  },
  {
    slug: 'sk',
    term: 'SK',
    id: 'Surat Keputusan: keputusan resmi pejabat, misalnya untuk membentuk tim.',
    en: 'An official decree, for example setting up a team.',
  },
  {
    slug: 'apbd',
    term: 'APBD',
    id: 'Anggaran Pendapatan dan Belanja Daerah: anggaran tahunan pemerintah daerah.',
    en: 'The regional government’s annual budget.',
  },
  {
    slug: 'apbn',
    term: 'APBN',
    id: 'Anggaran Pendapatan dan Belanja Negara: anggaran tahunan pemerintah pusat.',
    en: 'The national government’s annual budget.',
  },
  {
    slug: 'kpbu',
    term: 'KPBU',
    id: 'Kerja sama Pemerintah dan Badan Usaha: pembiayaan proyek bersama swasta.',
    en: 'Public–private partnership to fund a project together with business.',
  },
  {
    slug: 'csr',
    term: 'CSR',
    id: 'Tanggung jawab sosial perusahaan: dana atau bantuan dari perusahaan untuk masyarakat.',
    en: 'Corporate social responsibility: funds or help from companies for the community.',
  },
  {
    slug: 'monev',
    term: 'Monev',
    id: 'Monitoring dan evaluasi: memantau dan menilai kemajuan program.',
    en: 'Monitoring and evaluation of programme progress.',
  },
  {
    slug: 'spbe',
    term: 'SPBE',
    id: 'Sistem Pemerintahan Berbasis Elektronik: layanan dan tata kelola pemerintah secara digital.',
    en: 'Electronic-based government system: digital government services and management.',
  },
  {
    slug: 'rdtr',
    term: 'RDTR',
    id: 'Rencana Detail Tata Ruang: peta rinci yang mengatur penggunaan lahan di suatu kawasan.',
    en: 'Detailed spatial plan: a detailed map regulating land use in an area.',
  },
  {
    slug: 'satu-data-indonesia',
    term: 'Satu Data Indonesia',
    id: 'Kebijakan agar data pemerintah dikumpulkan dengan standar yang sama dan mudah dibagi pakai.',
    en: 'The policy that government data is collected to one standard and easy to share.',
  },
  {
    slug: 'dprd',
    term: 'DPRD',
    id: 'Dewan Perwakilan Rakyat Daerah: parlemen daerah, yang bersama kepala daerah membuat perda dan menetapkan APBD.',
    en: 'The regional parliament, which makes regional regulations and adopts the regional budget with the head of the region.',
  },
  {
    slug: 'skpd',
    term: 'SKPD',
    id: 'Satuan Kerja Perangkat Daerah: nama lama untuk OPD, yaitu dinas atau badan pemerintah daerah.',
    en: 'Regional work unit: the former name of an OPD, a regional government agency or office.',
  },
  {
    slug: 'dpmptsp',
    term: 'DPMPTSP',
    id: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu: dinas daerah yang mengurus izin usaha dan investasi di satu loket.',
    en: 'The regional investment and one-stop integrated services office, which handles business permits and investment in one place.',
  },
  {
    slug: 'pupr',
    term: 'PUPR',
    id: 'Pekerjaan Umum dan Penataan Ruang: urusan jalan, bangunan, air, dan tata ruang, di kementerian maupun dinas daerah.',
    en: 'Public works and spatial planning: roads, buildings, water and land use, as a ministry or a regional office.',
  },
  {
    slug: 'bpbd',
    term: 'BPBD',
    id: 'Badan Penanggulangan Bencana Daerah: badan daerah yang menangani bencana.',
    en: 'The regional disaster management agency.',
  },
  {
    slug: 'rsud',
    term: 'RSUD',
    id: 'Rumah Sakit Umum Daerah: rumah sakit milik pemerintah daerah.',
    en: 'A general hospital owned by the regional government.',
  },
  {
    slug: 'pdam',
    term: 'PDAM',
    id: 'Perusahaan Daerah Air Minum: perusahaan milik daerah yang menyediakan air bersih.',
    en: 'The regionally owned drinking-water company.',
  },
  {
    slug: 'bumd',
    term: 'BUMD',
    id: 'Badan Usaha Milik Daerah: perusahaan milik pemerintah daerah.',
    en: 'A company owned by the regional government.',
  },
  {
    slug: 'asn',
    term: 'ASN',
    id: 'Aparatur Sipil Negara: pegawai negeri dan pegawai pemerintah dengan perjanjian kerja.',
    en: 'Civil servants: the state’s civilian employees.',
  },
  {
    slug: 'satpol-pp',
    term: 'Satpol PP',
    id: 'Satuan Polisi Pamong Praja: aparat daerah yang menegakkan perda dan menjaga ketertiban umum.',
    en: 'The regional public-order police, which enforce regional regulations.',
  },
  {
    slug: 'mpp',
    term: 'MPP',
    id: 'Mal Pelayanan Publik: gedung tempat banyak layanan pemerintah dan swasta dibuka bersama.',
    en: 'Public service mall: one building where many government and other services have their counters.',
  },
  {
    slug: 'umkm',
    term: 'UMKM',
    id: 'Usaha Mikro, Kecil, dan Menengah: usaha rakyat berskala kecil, seperti warung dan perajin.',
    en: 'Micro, small and medium enterprises, such as stalls and craft workshops.',
  },
  {
    slug: 'tik',
    term: 'TIK',
    id: 'Teknologi Informasi dan Komunikasi: komputer, jaringan, internet, dan aplikasi.',
    en: 'Information and communication technology (ICT): computers, networks, the internet and applications.',
  },
  {
    slug: 'tpa',
    term: 'TPA',
    id: 'Tempat Pemrosesan Akhir (dulu: Tempat Pembuangan Akhir): tempat sampah diolah dan ditimbun setelah dikumpulkan.',
    en: 'Final waste processing site (formerly: landfill), where collected waste is treated and buried.',
  },
  {
    slug: 'pbb',
    term: 'PBB',
    id: 'Pajak Bumi dan Bangunan: pajak tahunan atas tanah dan bangunan, dipungut pemerintah daerah. (PBB juga singkatan Perserikatan Bangsa-Bangsa.)',
    en: 'Land and building tax, a yearly tax collected by the regional government. (PBB also stands for the United Nations.)',
  },
  {
    slug: 'pt',
    term: 'PT',
    id: 'Perseroan Terbatas: bentuk badan usaha yang paling umum di Indonesia.',
    en: 'Limited liability company: the most common legal form of a business in Indonesia.',
  },
  {
    slug: 'bps',
    term: 'BPS',
    id: 'Badan Pusat Statistik: lembaga pemerintah yang mengumpulkan dan menerbitkan statistik resmi.',
    en: 'Statistics Indonesia, the government agency for official statistics.',
  },
  {
    slug: 'rpjp',
    term: 'RPJP',
    id: 'Rencana Pembangunan Jangka Panjang: rencana pembangunan untuk dua puluh tahun.',
    en: 'The twenty-year long-term development plan.',
  },
  {
    slug: 'ikn',
    term: 'IKN',
    id: 'Ibu Kota Nusantara: ibu kota negara baru di Kalimantan Timur.',
    en: 'Nusantara, the new national capital in East Kalimantan.',
  },
  {
    slug: 'tni',
    term: 'TNI',
    id: 'Tentara Nasional Indonesia: angkatan bersenjata Indonesia.',
    en: 'The Indonesian armed forces.',
  },
  {
    slug: 'hipmi',
    term: 'HIPMI',
    id: 'Himpunan Pengusaha Muda Indonesia: organisasi pengusaha muda.',
    en: 'The Indonesian young entrepreneurs’ association.',
  },
  {
    slug: 'pan',
    term: 'PAN',
    id: 'Partai Amanat Nasional: salah satu partai politik Indonesia.',
    en: 'The National Mandate Party, one of Indonesia’s political parties.',
  },
  {
    slug: 'ngo',
    term: 'NGO',
    id: 'Non-governmental organisation: organisasi nonpemerintah, lembaga swadaya masyarakat (LSM).',
    en: 'Non-governmental organisation.',
  },
  {
    slug: 'ktt',
    term: 'KTT',
    id: 'Konferensi Tingkat Tinggi: pertemuan para kepala negara atau pemerintahan, misalnya KTT G20.',
    en: 'Summit: a meeting of heads of state or government, such as the G20 summit.',
  },
  {
    slug: 'asean',
    term: 'ASEAN',
    id: 'Association of Southeast Asian Nations: Perhimpunan Bangsa-Bangsa Asia Tenggara.',
    en: 'The Association of Southeast Asian Nations.',
  },
  {
    slug: 'wita',
    term: 'WITA',
    id: 'Waktu Indonesia Tengah: zona waktu Indonesia tengah, UTC+8.',
    en: 'Central Indonesian Time, UTC+8.',
  },
  {
    slug: 'qr',
    term: 'QR',
    id: 'Kode QR (Quick Response): kotak bergaris yang dipindai kamera ponsel, misalnya untuk membayar.',
    en: 'QR (quick response) code: a square pattern scanned with a phone camera, for example to pay.',
  },
  {
    slug: 'swot',
    term: 'SWOT',
    id: 'Analisis kekuatan, kelemahan, peluang, dan ancaman (Strengths, Weaknesses, Opportunities, Threats).',
    en: 'Analysis of strengths, weaknesses, opportunities and threats.',
  },
  {
    slug: 'gcio',
    term: 'GCIO',
    id: 'Government Chief Information Officer: pejabat yang memimpin urusan teknologi informasi pemerintah daerah.',
    en: 'Government chief information officer: the official who leads a regional government’s information technology.',
  },
  {
    slug: 'ugm',
    term: 'UGM',
    id: 'Universitas Gadjah Mada, universitas negeri di Yogyakarta.',
    en: 'Gadjah Mada University, a public university in Yogyakarta.',
  },
  {
    slug: 'its',
    term: 'ITS',
    id: 'Institut Teknologi Sepuluh Nopember, perguruan tinggi negeri di Surabaya. (Dalam bahasan transportasi, ITS juga berarti Intelligent Transport System.)',
    en: 'Sepuluh Nopember Institute of Technology, a public university in Surabaya. (In transport, ITS also means intelligent transport system.)',
  },
  {
    slug: 'ice',
    term: 'ICE',
    id: 'Indonesia Convention Exhibition: gedung pameran dan konvensi di BSD City, Tangerang, Banten.',
    en: 'Indonesia Convention Exhibition: an exhibition and convention centre in BSD City, Tangerang, Banten.',
  },
  {
    slug: 'bsd',
    term: 'BSD',
    id: 'BSD City (Bumi Serpong Damai): kawasan kota mandiri di Tangerang, Banten.',
    en: 'BSD City (Bumi Serpong Damai): a planned town in Tangerang, Banten.',
  },
];
