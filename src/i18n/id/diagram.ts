/** Texts of the diagram figures (Diagram.astro; see CONTRIBUTING.md, "Interface text"). */
export default {
  /** Shown under a diagram wider than its box, where the browser can tell. */
  scrollHint: 'Diagram ini lebih lebar dari layar: geser ke samping, atau pilih diagram lalu tekan tombol panah.',
};
