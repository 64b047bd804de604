import { translator, type Lang } from '../../i18n/index.ts';
import { bodyName } from '../governance.ts';
import type { RegionModel } from '../model.ts';
import { BODY_KINDS } from '../schema/region.ts';
import { mermaidLabel } from '../escape.ts';
import { createFlowchart } from './flowchart.ts';

/** Members listed inside a members node; the list beside the diagram names all of them. */
const MAX_MEMBERS_SHOWN = 8;

const T = {
  chair: { id: 'Ketua', en: 'Chair' },
  more: { id: (count: number) => `+${count} lainnya`, en: (count: number) => `+${count} more` },
} as const;

/**
 * Dewan Smart City → Tim Pelaksana → Forum Smart City, the bodies the region has, in that order.
 * Each body shows its name and chair; a dotted line leads to the institutions its members come
 * from. Undefined when the region lists no bodies (the page then says "not available").
 */
export function bodiesFlowchart(region: RegionModel, lang: Lang): string | undefined {
  const bodies = BODY_KINDS.flatMap((kind) => region.data.bodies.filter((body) => body.kind === kind));
  if (bodies.length === 0) return undefined;

  const chart = createFlowchart('TD');
  let previous: string | undefined;
  for (const body of bodies) {
    const lines = [mermaidLabel(bodyName(body, translator(lang)), Infinity)];
    if (body.chair) lines.push(mermaidLabel(`${T.chair[lang]}: ${body.chair}`, Infinity));
    const bodyNode = chart.node(lines, 'headNode');
    if (previous) chart.edge(previous, bodyNode);
    if (body.members.length > 0) chart.edge(bodyNode, chart.node(memberLines(body.members, lang), 'groupNode'), 'dotted');
    previous = bodyNode;
  }
  return chart.toString();
}

function memberLines(members: readonly string[], lang: Lang): string[] {
  const shown = members.length > MAX_MEMBERS_SHOWN ? members.slice(0, MAX_MEMBERS_SHOWN - 1) : members;
  // Uncut: Mermaid wraps a long name within the node (flowchart `wrappingWidth`, config.ts).
  const lines = shown.map((member) => mermaidLabel(`• ${member}`, Infinity));
  if (shown.length < members.length) lines.push(mermaidLabel(T.more[lang](members.length - shown.length)));
  return lines;
}
