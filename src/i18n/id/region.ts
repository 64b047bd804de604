import type { NotKnownFact } from '../../lib/page-data/region.ts';

/** Texts of the region pages and components (see CONTRIBUTING.md, "Interface text"). */
export default {
  profile: 'Profil',
  type: 'Jenis',
  code: 'Kode wilayah (Kemendagri)',
  editions: 'Edisi sebelumnya',
  rpjmd: 'Keselarasan dengan RPJMD',
  summary: 'Ringkasan eksekutif',
  summaryNote: 'Isi ringkasan ditulis dalam Bahasa Indonesia.',
  vision: 'Visi dan misi',
  visionLabel: 'Visi',
  missionsLabel: 'Misi',
  roadmapSummary: 'Ringkasan peta jalan',
  seeRoadmap: 'Lihat peta jalan lengkap',
  dimensionsHeading: 'Enam dimensi',
  /** A dimension with neither programmes nor text of the region's own: named, not linked. */
  dimensionEmpty: 'belum ada program',
  programmesHeading: 'Program',
  quickWinsIntro: 'Program cepat yang hasilnya terlihat dalam sekitar satu tahun.',
  /** The filter of the programme list (RegionProgrammes.astro); works without JavaScript. */
  filter: {
    legend: 'Tampilkan program',
    all: 'Semua',
  },
  documents: 'Dokumen dan dasar hukum',
  legalBasis: 'Dasar hukum',
  documentsList: 'Dokumen',
  sourcesIntro: 'Fakta di halaman ini berasal dari:',
  /** The page's description for search engines; the same words in both languages, like the content. */
  description: (name: string, province: string, programmes: number) => `Masterplan Smart City ${name}, ${province}: ${programmes} program.`,
  /** The cohort years a region's sources give (CohortClaims.astro). */
  cohort: {
    year: 'Angkatan',
    mou: 'nota kesepahaman ditandatangani',
    disagree: 'Sumber menyebut tahun yang berbeda. Setiap versi ditampilkan dengan sumbernya; portal tidak memilih salah satunya.',
    sources: 'Sumber',
  },
  /** Dewan, tim pelaksana and forum (RegionBodies.astro). */
  bodies: {
    heading: 'Kelembagaan Smart City',
    chair: 'Ketua',
    members: 'Anggota dari',
    decree: 'Dasar pembentukan',
    caption: 'Bagan kelembagaan Smart City',
  },
  /** Dated events of the masterplan (RegionMilestones.astro). */
  milestones: {
    heading: 'Perjalanan masterplan',
    source: 'sumber',
    planned: 'Direncanakan',
    caption: 'Linimasa masterplan',
  },
  /** Evaluation results and awards (RegionEvaluations.astro). */
  evaluations: {
    heading: 'Hasil evaluasi dan penghargaan',
    caption: 'Hasil evaluasi program Smart City, dari yang paling lama',
    year: 'Tahun',
    stage: 'Tahap',
    result: 'Hasil',
    evaluator: 'Penilai',
    source: 'Sumber',
    score: 'Nilai',
    award: 'Penghargaan',
    sourceRef: 'sumber',
  },
  /** The one list of what the region's sources do not give yet, instead of a gap in every section. */
  notKnown: {
    heading: 'Belum diketahui',
    intro: 'Sumber yang dimuat portal ini belum menyebut:',
    facts: {
      code: 'kode wilayah',
      cohort: 'angkatan Gerakan Menuju Smart City',
      period: 'periode masterplan',
      rpjmd: 'keselarasan dengan RPJMD',
      vision: 'visi',
      missions: 'misi',
      horizons: 'pembagian jangka waktu peta jalan',
      programmes: 'program',
      quickWins: 'quick win',
      bodies: 'Dewan Smart City, tim pelaksana, dan forum',
      legalBasis: 'dasar hukum masterplan',
      documents: 'dokumen masterplan',
      milestones: 'perjalanan masterplan (bimtek, FGD, penetapan)',
      evaluations: 'hasil evaluasi dan penghargaan',
      sources: 'sumber',
    } satisfies Record<NotKnownFact, string>,
    contribute: 'Punya dokumen, peraturan, atau berita tentang masterplan daerah ini? Setiap fakta di portal harus bersumber: kirim sumbernya, dan fakta itu akan muncul di halaman ini.',
    contributeLink: 'Cara melapor dan berkontribusi',
  },
  /** The page of a participating region without a content folder ([participant].astro). */
  participant: {
    description: (name: string, province: string, cohort: string, years: string) => `${name}, ${province}: ${cohort} ${years}.`,
    registerSource: 'Nama, jenis, provinsi, dan kode menurut Kepmendagri No. 300.2.2-2138 Tahun 2025.',
    unknownHeading: 'Yang belum diketahui',
    unknownIntro: 'Portal ini belum memuat sumber yang dapat dikutip tentang masterplan daerah ini. Belum diketahui:',
    unknown: {
      period: 'periode masterplan',
      regulation: 'peraturan yang menetapkannya',
      bodies: 'Dewan Smart City dan tim pelaksana',
      programmes: 'program dan quick win',
      evaluations: 'hasil evaluasi',
    },
    contributeHeading: 'Cara melengkapi',
    contribute:
      'Punya dokumen masterplan, peraturan, atau berita tentang Smart City daerah ini? Setiap fakta di portal harus bersumber. Tambahkan folder daerah ini mengikuti PANDUAN.md di repositori portal, atau kirim sumbernya kepada pengelola portal.',
    contributeLink: 'Cara melapor dan berkontribusi',
  },
};
