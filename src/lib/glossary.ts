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
    id: 'Bagian dari sebuah dimensi. Setiap dimensi punya tiga elemen, misalnya pelayanan publik di dimensi tata kelola.',
    en: 'A part of a dimension. Each dimension has three elements, such as public services in governance.',
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
];
