import { counted, formatNumber } from '../format.ts';

/** What a region's budget sum stands on (src/lib/compare.ts `budgetTotal`). */
export interface BudgetBasis {
  readonly entries: number;
  /** Funding source names, joined: "APBD, CSR". */
  readonly sources: string;
  /** "2024–2026"; undefined when no summed entry states its year. */
  readonly years: string | undefined;
  readonly undated: number;
  readonly programmes: number;
  readonly of: number;
}

/** Texts of the compare pages and components (see CONTRIBUTING.md, "Interface text"). */
export default {
  title: 'Bandingkan daerah',
  description: 'Bandingkan masterplan Smart City antardaerah: jumlah program dan quick win per dimensi, periode, kelembagaan, dan dasar hukum.',
  matrixHeading: 'Program per daerah dan dimensi',
  matrixCaption: 'Jumlah program per daerah dan dimensi; dalam kurung, berapa di antaranya quick win. Setiap angka membuka pencarian program itu.',
  /** The quick wins among a count: "2 quick win". */
  quickWinCount: (quickWins: number) => counted(quickWins, 'id', { one: 'quick win', other: 'quick win' }),
  /**
   * A cell of the matrix: "5 (2 quick win)", the same words a screen reader reads and a reader
   * sees; the bracket only where there is a quick win.
   */
  count: (programmes: number, quickWins: number) =>
    quickWins === 0 ? formatNumber(programmes, 'id') : `${formatNumber(programmes, 'id')} (${counted(quickWins, 'id', { one: 'quick win', other: 'quick win' })})`,
  total: 'Jumlah',
  /** The footer row: the real regions whose programmes are recorded, and how many. */
  allRegions: (regions: number) => `Semua daerah nyata yang tercatat (${formatNumber(regions, 'id')})`,
  /** A region whose content lists no programme yet: unknown, which is not 0. */
  unrecorded: 'Belum tercatat',
  unrecordedRow: 'Daftar program belum tercatat',
  unrecordedNote: (regions: number) =>
    `${counted(regions, 'id', { one: 'daerah nyata', other: 'daerah nyata' })} lainnya belum tercatat: konten portal belum memuat daftar programnya. Barisnya bertanda “belum tercatat”, bukan 0, dan tidak ikut dijumlahkan.`,
  chartHeading: 'Banyaknya program per daerah',
  chartIntro: 'Daerah nyata yang daftar programnya tercatat, dari yang terbanyak. Angka yang sama ada di kolom “Jumlah” tabel di atas.',
  /** A bar's text for a screen reader: "Kota Madiun: 7 program". */
  chartBar: (region: string, programmes: string) => `${region}: ${programmes} program`,
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
  budget: 'Anggaran tercatat',
  /**
   * What a budget sum stands on: "nominal, jumlah 4 pos pendanaan yang menyebut angka (APBD, CSR),
   * tahun anggaran 2024–2026, di 3 dari 30 program".
   */
  budgetBasis: ({ entries, sources, years, undated, programmes, of }: BudgetBasis) =>
    [
      `rupiah nominal, jumlah ${counted(entries, 'id', { one: 'pos pendanaan', other: 'pos pendanaan' })} yang menyebut angka (${sources})`,
      years === undefined ? 'tahun anggaran tidak disebut' : `tahun anggaran ${years}${undated > 0 ? `; ${formatNumber(undated, 'id')} pos tanpa tahun` : ''}`,
      `di ${formatNumber(programmes, 'id')} dari ${formatNumber(of, 'id')} program`,
    ].join(', '),
  budgetNote:
    'Anggaran tercatat adalah jumlah rupiah yang disebut kolom pendanaan program di portal ini, tanpa penyesuaian inflasi; pos pendanaan tanpa angka tidak dihitung, jadi anggaran sebenarnya bisa lebih besar. “Belum tercatat” berarti belum ada angka, bukan Rp 0.',
  latestEvaluation: 'Hasil evaluasi terakhir',
  /** One evaluation result: "nilai 3,71", "penghargaan: Kota terbaik". */
  score: (score: number) => `nilai ${formatNumber(score, 'id')}`,
  award: (award: string) => `penghargaan: ${award}`,
  source: 'sumber',
};
