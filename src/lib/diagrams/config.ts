import type { MermaidConfig } from 'mermaid';

/**
 * The one Mermaid configuration of the build-time renderer (render.ts), for generated and
 * author-written diagrams alike. Only a type is imported from mermaid: pages that import this
 * module never pull Mermaid in.
 */

/**
 * A calm palette of our own: dark slate text on light fills only. The weakest pair measured in
 * rendered diagrams, text on a teal gantt bar, is about 11:1, far above the 4.5:1 WCAG AA
 * minimum (tests/diagrams/render.test.ts checks every text against what is drawn behind it).
 */
export const DIAGRAM_PALETTE = {
  text: '#1f2933',
  surface: '#ffffff',
  line: '#52606d',
  node: '#e3eff1',
  nodeBorder: '#3f6f78',
  muted: '#f2f4f7',
  mutedBorder: '#7b8794',
  quickWin: '#fde7c8',
  quickWinBorder: '#9c5700',
  horizon: '#dfe5f2',
  horizonBorder: '#4c5f8a',
  task: '#cfe4e7',
  band: '#f3f6f8',
  grid: '#cbd2d9',
  timelineFill: '#f0f7f8',
} as const;

/**
 * The same roles for a dark page (src/lib/diagrams/colours.ts swaps them in under
 * `prefers-color-scheme: dark`): light text on dark fills, borders lighter than their fills. The
 * surface is the page's own dark surface (global.css), so a diagram is no bright panel at night.
 */
export const DARK_PALETTE = {
  text: '#e4e7eb',
  surface: '#15181c',
  line: '#9aa5b1',
  node: '#1d3b41',
  nodeBorder: '#7fb8c2',
  muted: '#252b32',
  mutedBorder: '#8d99a6',
  quickWin: '#4a3210',
  quickWinBorder: '#f0a64a',
  horizon: '#27324a',
  horizonBorder: '#9db0dc',
  task: '#20454b',
  band: '#1b1f24',
  grid: '#3e4852',
  timelineFill: '#1a2a2d',
} as const satisfies Record<keyof typeof DIAGRAM_PALETTE, string>;

/**
 * System fonts only: nothing to download. Boxes are sized with whatever this resolves to on the
 * build machine (DejaVu Sans on Debian, a wide face), so the narrower system fonts readers have
 * (Segoe UI, San Francisco, Roboto) fit inside them.
 */
const DIAGRAM_FONT_FAMILY =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, "Liberation Sans", sans-serif';

/** Width the gantt is laid out at, identical at build time and in the browser. */
const GANTT_WIDTH = 960;

const themeVariables = {
  fontFamily: DIAGRAM_FONT_FAMILY,
  fontSize: '15px',
  background: DIAGRAM_PALETTE.surface,
  primaryColor: DIAGRAM_PALETTE.node,
  primaryTextColor: DIAGRAM_PALETTE.text,
  primaryBorderColor: DIAGRAM_PALETTE.nodeBorder,
  secondaryColor: DIAGRAM_PALETTE.muted,
  secondaryBorderColor: DIAGRAM_PALETTE.mutedBorder,
  secondaryTextColor: DIAGRAM_PALETTE.text,
  tertiaryColor: DIAGRAM_PALETTE.surface,
  tertiaryBorderColor: DIAGRAM_PALETTE.mutedBorder,
  tertiaryTextColor: DIAGRAM_PALETTE.text,
  textColor: DIAGRAM_PALETTE.text,
  titleColor: DIAGRAM_PALETTE.text,
  lineColor: DIAGRAM_PALETTE.line,
  edgeLabelBackground: DIAGRAM_PALETTE.surface,
  // Gantt: alternating light bands, teal bars, amber quick wins (`crit`), blue horizons (`active`).
  sectionBkgColor: DIAGRAM_PALETTE.band,
  altSectionBkgColor: DIAGRAM_PALETTE.surface,
  sectionBkgColor2: DIAGRAM_PALETTE.band,
  taskBkgColor: DIAGRAM_PALETTE.task,
  taskBorderColor: DIAGRAM_PALETTE.nodeBorder,
  taskTextColor: DIAGRAM_PALETTE.text,
  taskTextLightColor: DIAGRAM_PALETTE.text,
  taskTextDarkColor: DIAGRAM_PALETTE.text,
  taskTextOutsideColor: DIAGRAM_PALETTE.text,
  critBkgColor: DIAGRAM_PALETTE.quickWin,
  critBorderColor: DIAGRAM_PALETTE.quickWinBorder,
  activeTaskBkgColor: DIAGRAM_PALETTE.horizon,
  activeTaskBorderColor: DIAGRAM_PALETTE.horizonBorder,
  gridColor: DIAGRAM_PALETTE.grid,
  // Timeline: one colour for every period (see `disableMulticolor`).
  cScale0: DIAGRAM_PALETTE.timelineFill,
  cScaleLabel0: DIAGRAM_PALETTE.text,
  cScaleInv0: DIAGRAM_PALETTE.nodeBorder,
} as const;

/**
 * Two gantt details the theme variables cannot reach: d3 draws the year grid with
 * `stroke="currentColor"` (black) and the axis years at 10 px. Mermaid scopes this CSS to the
 * diagram's own id.
 */
const themeCSS = `
  .grid .tick line { stroke: ${DIAGRAM_PALETTE.grid}; }
  .grid .tick text { font-size: 13px; }
`;

/**
 * Every setting, locked. Mermaid lets a diagram's own `%%{init}%%` directive or leading `---` block
 * override any setting that `secure` does not name: HTML labels, stylesheets, the sanitiser's
 * options. The check and the build refuse such blocks in authored diagrams
 * (src/lib/diagrams/authored.ts); the lock makes one powerless should it get through anyway. The
 * record must name every key of MermaidConfig, so a Mermaid upgrade that adds a setting fails
 * type-checking here until it is locked too.
 */
const LOCKED_SETTINGS: Record<keyof MermaidConfig, true> = {
  theme: true, themeVariables: true, themeCSS: true, look: true, handDrawnSeed: true, layout: true,
  maxTextSize: true, maxEdges: true, elk: true, darkMode: true, htmlLabels: true, fontFamily: true,
  altFontFamily: true, logLevel: true, securityLevel: true, startOnLoad: true,
  arrowMarkerAbsolute: true, secure: true, legacyMathML: true, forceLegacyMathML: true,
  deterministicIds: true, deterministicIDSeed: true, flowchart: true, swimlane: true,
  agentflow: true, sequence: true, gantt: true, journey: true, timeline: true, class: true,
  state: true, er: true, pie: true, quadrantChart: true, xyChart: true, requirement: true,
  architecture: true, mindmap: true, ishikawa: true, kanban: true, gitGraph: true, sankey: true,
  packet: true, block: true, eventmodeling: true, treeView: true, radar: true, usecase: true,
  venn: true, cynefin: true, railroad: true, dompurifyConfig: true, wrap: true, fontSize: true,
  markdownAutoWrap: true, suppressErrorRendering: true, c4: true, 'wardley-beta': true,
};

/**
 * Configuration for one diagram. `diagramId` seeds Mermaid's generated ids: the renderer also
 * uses it as the SVG's id, so two diagrams on one page never share an id (markers, clip paths
 * and the scoped `<style>` all hang off it).
 */
export function mermaidConfig(diagramId: string): MermaidConfig {
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    secure: Object.keys(LOCKED_SETTINGS),
    // Errors are reported to our code (build error or fallback text), never drawn as a bomb SVG.
    suppressErrorRendering: true,
    deterministicIds: true,
    deterministicIDSeed: diagramId,
    theme: 'base',
    themeVariables,
    themeCSS,
    look: 'classic',
    layout: 'dagre',
    // SVG <text> instead of <foreignObject> HTML: prints, scales and copies reliably.
    htmlLabels: false,
    fontFamily: DIAGRAM_FONT_FAMILY,
    flowchart: {
      curve: 'basis',
      nodeSpacing: 28,
      rankSpacing: 48,
      padding: 12,
      wrappingWidth: 220,
      // We size the SVG ourselves (svg.ts); Mermaid's width="100%" would stretch small diagrams.
      useMaxWidth: false,
    },
    // For gantts authors write; the roadmap is drawn without Mermaid (roadmap-chart.ts).
    gantt: {
      useWidth: GANTT_WIDTH,
      useMaxWidth: false,
      fontSize: 13,
      sectionFontSize: 13,
      barHeight: 22,
      barGap: 6,
      topPadding: 40,
      leftPadding: 150,
      rightPadding: 24,
      gridLineStartPadding: 30,
      numberSectionStyles: 2,
    },
    timeline: {
      disableMulticolor: true,
      useMaxWidth: false,
    },
  };
}
