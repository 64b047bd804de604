import type { SizeResult } from './run-size.ts';

/**
 * The benchmark's table and its verdict on the targets. Every speed figure the targets
 * judge is a ratio or a per-item cost from one run on one machine, so runs on different machines
 * stay comparable; absolute seconds are printed beside them for context.
 */

export const GIB = 1024 ** 3;
/** Page-weight targets are in KB of 1000 bytes: the stricter reading of "KB". */
const KB = 1000;

/** From the issue "National build on every core": 90 s warm on the 2-core machine is about 4.5× the yardstick. */
export const TARGETS = {
  pipelineRatio: 4.5,
  coldSeconds: 300,
  processRss: 2 * GIB,
  nationalPage: 100 * KB,
  diagramColdMs: 60,
  checkSeconds: 10,
  regionPage: 30 * KB,
  programmePage: 20 * KB,
  roadmapPage: 80 * KB,
  firstQuery: 300 * KB,
} as const;

export type Outcome = SizeResult | { readonly regions: number; readonly error: string };

const isResult = (outcome: Outcome): outcome is SizeResult => !('error' in outcome);

/** Check plus warm build (search index included), against Hugo plus Pagefind. */
export function pipelineRatio(result: SizeResult): number | undefined {
  if ('skipped' in result.yardstick) return undefined;
  return (result.check.seconds + result.warm.seconds) / result.yardstick.pipelineSeconds;
}

/** Check plus a content-cold build that reuses the diagram cache, against Hugo plus Pagefind. */
export function contentColdRatio(result: SizeResult): number | undefined {
  if ('skipped' in result.yardstick) return undefined;
  return (result.check.seconds + result.contentCold.seconds) / result.yardstick.pipelineSeconds;
}

/** Cold diagram cost: what the cold build spent beyond the same build with a warm diagram cache. */
export function diagramColdMs(result: SizeResult): number | undefined {
  if (result.diagramsRendered === 0) return undefined;
  return ((result.cold.seconds - result.contentCold.seconds) * 1000) / result.diagramsRendered;
}

export function peakProcessRss(result: SizeResult): { bytes: number; name: string } {
  const runs = [result.check, result.cold, result.warm, result.contentCold];
  const peak = runs.reduce((best, run) => (run.peakProcessRss > best.peakProcessRss ? run : best));
  return { bytes: peak.peakProcessRss, name: peak.peakProcessName };
}

/** Peak RSS of the Astro build process itself (its Node main process), over the three builds. */
export function astroRss(result: SizeResult): number {
  return Math.max(...[result.cold, result.warm, result.contentCold].map((run) => run.peakRssByProgram['node astro.mjs'] ?? 0));
}

/** Peak RSS of Pagefind's indexer, which the build's search integration starts as a process of its own. */
export function pagefindRss(result: SizeResult): number {
  return Math.max(...[result.cold, result.warm, result.contentCold].map((run) => run.peakRssByProgram['pagefind_extended'] ?? run.peakRssByProgram['pagefind'] ?? 0));
}

export function peakTreeRss(result: SizeResult): number {
  return Math.max(result.check.peakTreeRss, result.cold.peakTreeRss, result.warm.peakTreeRss, result.contentCold.peakTreeRss);
}

const seconds = (value: number | undefined): string => (value === undefined || Number.isNaN(value) ? '—' : `${value.toFixed(value < 10 ? 2 : 1)} s`);
const ratio = (value: number | undefined): string => (value === undefined ? '—' : `${value.toFixed(2)}×`);
const bytes = (value: number | undefined): string => {
  if (value === undefined) return '—';
  if (value >= GIB) return `${(value / GIB).toFixed(2)} GiB`;
  if (value >= 1024 ** 2) return `${(value / 1024 ** 2).toFixed(0)} MiB`;
  return `${(value / KB).toFixed(1)} KB`;
};

type Row = readonly [label: string, cell: (result: SizeResult) => string];

const ROWS: readonly Row[] = [
  ['regions / programmes / files', (r) => `${r.regions} / ${r.programmes} / ${r.files}`],
  ['npm run check', (r) => seconds(r.check.seconds)],
  ['shards (Astro builds at once)', (r) => String(r.warm.shards)],
  ['build cold (fresh caches, --force)', (r) => seconds(r.cold.seconds)],
  ['build warm (caches kept)', (r) => seconds(r.warm.seconds)],
  ['build content-cold, diagrams warm', (r) => seconds(r.contentCold.seconds)],
  ['  of which content sync (cold)', (r) => seconds(r.cold.phases.contentSync)],
  ['  of which page rendering (cold)', (r) => seconds(r.cold.phases.render)],
  ['  of which page rendering (content-cold)', (r) => seconds(r.contentCold.phases.render)],
  ['  of which page generation (warm: pages copied)', (r) => seconds(r.warm.phases.render)],
  ['  of which search index (warm)', (r) => seconds(r.warm.phases.searchIndex)],
  ['pages built', (r) => String(r.warm.pages)],
  ['pages / s (warm build)', (r) => (r.warm.pages / r.warm.seconds).toFixed(0)],
  ['pages / s (cold build)', (r) => (r.cold.pages / r.cold.seconds).toFixed(0)],
  ['diagrams rendered cold', (r) => String(r.diagramsRendered)],
  ['diagram cold, ms each', (r) => { const ms = diagramColdMs(r); return ms === undefined ? '— (none rendered)' : `${ms.toFixed(0)} ms`; }],
  ['peak RSS, whole tree', (r) => bytes(peakTreeRss(r))],
  ['peak RSS, one process', (r) => { const peak = peakProcessRss(r); return `${bytes(peak.bytes)} (${peak.name})`; }],
  ['  Astro (node astro.mjs)', (r) => bytes(astroRss(r))],
  ['  Pagefind indexer', (r) => bytes(pagefindRss(r))],
  ['dist/ size (files)', (r) => `${bytes(r.distBytes)} (${r.distFiles})`],
  ['largest national page, gzip HTML', (r) => `${bytes(r.largestNationalPage.gzipBytes)} (${r.largestNationalPage.path})`],
  ['region page, gzip HTML+CSS+JS', (r) => weight(r, 0)],
  ['roadmap page, gzip HTML+CSS+JS', (r) => weight(r, 1)],
  ['programme page, gzip HTML+CSS+JS', (r) => weight(r, 2)],
  ['first query, /pagefind/ bytes', (r) => ('skipped' in r.browser ? '—' : `${bytes(r.browser.search.totalBytes)} (${r.browser.search.requests} req)`)],
  ['Hugo build', (r) => ('skipped' in r.yardstick ? '—' : seconds(r.yardstick.hugo.seconds))],
  ['Hugo + Pagefind', (r) => ('skipped' in r.yardstick ? '—' : seconds(r.yardstick.pipelineSeconds))],
  ['Hugo pages', (r) => ('skipped' in r.yardstick ? '—' : String(r.yardstick.pages))],
  ['ours (check + warm build) ÷ yardstick', (r) => ratio(pipelineRatio(r))],
  ['ours (check + content-cold) ÷ yardstick', (r) => ratio(contentColdRatio(r))],
];

function weight(result: SizeResult, index: number): string {
  if ('skipped' in result.browser) return '—';
  const page = result.browser.pages[index];
  return page ? bytes(page.htmlCssJsGzip) : '—';
}

export function table(outcomes: readonly Outcome[]): string {
  const header = ['', ...outcomes.map((o) => `N = ${o.regions}`)];
  const rows = ROWS.map(([label, cell]) => [label, ...outcomes.map((o) => (isResult(o) ? cell(o) : 'failed'))]);
  const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)));
  const line = (row: readonly string[]): string => row.map((text, column) => (column === 0 ? text.padEnd(widths[0]!) : text.padStart(widths[column]!))).join('  ');
  return [line(header), ...rows.map(line)].join('\n');
}

interface Verdict {
  readonly target: string;
  readonly regions: number;
  readonly value: string;
  readonly met: boolean;
}

/** Each target for each size where it can be judged; targets on figures that were skipped are left out. */
export function verdicts(outcomes: readonly Outcome[]): Verdict[] {
  const found: Verdict[] = [];
  for (const outcome of outcomes) {
    if (!isResult(outcome)) continue;
    const add = (target: string, value: number | undefined, limit: number, format: (n: number) => string): void => {
      if (value !== undefined) found.push({ target, regions: outcome.regions, value: format(value), met: value <= limit });
    };
    add(`pipeline ≤ ${TARGETS.pipelineRatio}× yardstick (check + warm build)`, pipelineRatio(outcome), TARGETS.pipelineRatio, ratio);
    add(`cold build ≤ ${TARGETS.coldSeconds} s`, outcome.cold.seconds, TARGETS.coldSeconds, seconds);
    add('peak RSS of any process < 2 GiB', peakProcessRss(outcome).bytes, TARGETS.processRss, bytes);
    add('every national page ≤ 100 KB gzip', outcome.largestNationalPage.gzipBytes, TARGETS.nationalPage, bytes);
    add(`diagram cold ≤ ${TARGETS.diagramColdMs} ms each`, diagramColdMs(outcome), TARGETS.diagramColdMs, (n) => `${n.toFixed(0)} ms`);
    add(`npm run check < ${TARGETS.checkSeconds} s`, outcome.check.seconds, TARGETS.checkSeconds, seconds);
    if (!('skipped' in outcome.browser)) {
      const [region, roadmap, programme] = outcome.browser.pages;
      add('region page ≤ 30 KB gzip', region?.htmlCssJsGzip, TARGETS.regionPage, bytes);
      add('roadmap page ≤ 80 KB gzip', roadmap?.htmlCssJsGzip, TARGETS.roadmapPage, bytes);
      add('programme page ≤ 20 KB gzip', programme?.htmlCssJsGzip, TARGETS.programmePage, bytes);
      add('first query ≤ 300 KB', outcome.browser.search.totalBytes, TARGETS.firstQuery, bytes);
    }
  }
  return found;
}

export function verdictText(outcomes: readonly Outcome[]): string {
  const lines = verdicts(outcomes).map((v) => `${v.met ? '✓ met   ' : '✗ MISSED'}  N=${String(v.regions).padEnd(4)} ${v.target}: ${v.value}`);
  for (const outcome of outcomes) if (!isResult(outcome)) lines.push(`✗ FAILED  N=${outcome.regions}: ${outcome.error}`);
  return lines.join('\n');
}
