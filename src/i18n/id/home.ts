import { counted, formatNumber } from '../format.ts';

/** Texts of the home pages and components (see CONTRIBUTING.md, "Interface text"). */
export default {
  title: 'Masterplan Smart City daerah, terbuka untuk warga',
  /** The introduction, one paragraph each; the first is also the page's description. */
  introWhat:
    'Masterplan Smart City adalah rencana sebuah kota atau kabupaten untuk memakai teknologi dan kerja sama agar layanan publik lebih baik dan warga lebih sejahtera.',
  introHow: 'Rencana ini disusun dalam Gerakan Menuju Smart City bersama pemerintah pusat, dan berisi program untuk enam dimensi dengan peta jalan jangka pendek, menengah, dan panjang.',
  introHere: 'Di sini Anda dapat membaca rencana daerah Anda, mencari program di semua daerah, dan melihat kemajuannya.',
  directoryLink: (regionCount: number) =>
    `Direktori ${formatNumber(regionCount, 'id')} kabupaten dan kota: siapa yang ikut Gerakan Menuju Smart City, angkatan berapa, dan apa yang sudah terbit`,
  /** "3 quick win", beside a region's programme count. */
  quickWinCount: (count: number) => counted(count, 'id', { one: 'quick win', other: 'quick win' }),
  /** Instead of the counts, for a region without programmes: what its page holds (src/lib/page-data/home.ts). */
  holdings: {
    facts: 'Fakta masterplan; program belum tercatat',
    summary: 'Baru ringkasan dari sumber',
  },
};
