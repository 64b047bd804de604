import { counted, formatNumber } from '../format.ts';

/** Texts of the compare pages and components (see CONTRIBUTING.md, "Interface text"). */
export default {
  title: 'Bandingkan daerah',
  description: 'Bandingkan masterplan Smart City antardaerah: jumlah program dan quick win per dimensi, periode, kelembagaan, dan dasar hukum.',
  matrixHeading: 'Program per daerah dan dimensi',
  matrixCaption: 'Jumlah program per daerah dan dimensi; dalam kurung, berapa di antaranya quick win',
  /**
   * A cell of the matrix: "5 (2 quick win)", the same words a screen reader reads and a reader
   * sees; the bracket only where there is a quick win.
   */
  count: (programmes: number, quickWins: number) =>
    quickWins === 0 ? formatNumber(programmes, 'id') : `${formatNumber(programmes, 'id')} (${counted(quickWins, 'id', { one: 'quick win', other: 'quick win' })})`,
  total: 'Jumlah',
  allRegions: 'Semua daerah nyata',
  fictionalNote:
    'Daerah bertanda “Fiktif” adalah contoh untuk demonstrasi; angkanya bukan data nyata, tidak dihitung dalam jumlah di atas, dan tampil di tabel hanya bila dipilih.',
  sideHeading: 'Bandingkan berdampingan',
  choose: 'Pilih daerah yang ingin dibandingkan',
  submit: 'Bandingkan',
  showAll: 'Tampilkan semua daerah',
  noScript: 'Tanpa JavaScript, tabel di bawah selalu memuat semua daerah nyata.',
  /** Filled in by the page's script (which carries no dictionary): the page renders it with placeholders. */
  showing: (shown: string, total: string) => `Menampilkan ${shown} dari ${total} daerah.`,
  sideCaption: 'Fakta pokok masterplan tiap daerah',
  aspect: 'Aspek',
  bodies: 'Kelembagaan',
  legal: 'Dasar hukum',
  programmesTotal: 'Jumlah program',
  programmesWithStatus: (status: string) => `Program berstatus “${status}”`,
  latestEvaluation: 'Hasil evaluasi terakhir',
  /** One evaluation result: "nilai 3,71", "penghargaan: Kota terbaik". */
  score: (score: number) => `nilai ${formatNumber(score, 'id')}`,
  award: (award: string) => `penghargaan: ${award}`,
  source: 'sumber',
};
