import { DIAGRAM_PALETTE as C } from './config.ts';

/**
 * Writes flowchart source. Node ids are generated here (n0, n1, …) and never taken from content;
 * labels must already be escaped with `mermaidLabel` (src/lib/escape.ts).
 */

export type NodeStyle = keyof typeof NODE_STYLES;

/**
 * Node looks, as Mermaid `classDef`s; colours come from the shared palette. The names must not
 * collide with Mermaid's own classes (`root`, `node`, `label`, …), which its CSS also targets.
 */
const NODE_STYLES = {
  headNode: `fill:${C.node},stroke:${C.nodeBorder},stroke-width:2px,color:${C.text}`,
  groupNode: `fill:${C.muted},stroke:${C.mutedBorder},stroke-width:1px,color:${C.text}`,
  otherGroupNode: `fill:${C.muted},stroke:${C.mutedBorder},stroke-width:1px,stroke-dasharray:4 3,color:${C.text}`,
  itemNode: `fill:${C.surface},stroke:${C.nodeBorder},stroke-width:1px,color:${C.text}`,
  quickWinNode: `fill:${C.quickWin},stroke:${C.quickWinBorder},stroke-width:2px,color:${C.text}`,
} as const;

export interface Flowchart {
  /** Adds a node whose label has one escaped line per entry; returns its generated id. */
  node(lines: readonly string[], style: NodeStyle): string;
  /** A solid arrow for "leads to / contains", a dotted line for "made up of". */
  edge(from: string, to: string, kind?: 'arrow' | 'dotted'): void;
  /** The finished Mermaid source. */
  toString(): string;
}

export function createFlowchart(direction: 'TD' | 'LR'): Flowchart {
  const nodes: string[] = [];
  const edges: string[] = [];
  const idsByStyle = new Map<NodeStyle, string[]>();
  return {
    node(lines, style) {
      const id = `n${nodes.length}`;
      nodes.push(`  ${id}["${lines.join('<br/>')}"]`);
      idsByStyle.set(style, [...(idsByStyle.get(style) ?? []), id]);
      return id;
    },
    edge(from, to, kind = 'arrow') {
      edges.push(`  ${from} ${kind === 'arrow' ? '-->' : '-.-'} ${to}`);
    },
    toString() {
      const styles = [...idsByStyle].flatMap(([style, ids]) => [`  classDef ${style} ${NODE_STYLES[style]}`, `  class ${ids.join(',')} ${style}`]);
      return [`flowchart ${direction}`, ...nodes, ...edges, ...styles].join('\n') + '\n';
    },
  };
}
