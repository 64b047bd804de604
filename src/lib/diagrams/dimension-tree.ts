import type { Lang } from '../../i18n/lang.ts';
import type { DimensionId } from '../dimensions.ts';
import { elementGroupKey, elementGroups } from '../element-groups.ts';
import type { RegionModel } from '../model.ts';
import { mermaidLabel } from '../escape.ts';
import { createFlowchart } from './flowchart.ts';
import { QUICK_WIN_MARK, nameIn } from './words.ts';

/**
 * One dimension of a region's plan, left to right: the dimension, its element groups (the three
 * elements, then dashed: any `lainnya` labels and "Belum diketahui", see `elementGroups`), then
 * the programmes under each, quick wins marked with a star and the amber quick-win colour.
 */
export function dimensionTree(region: RegionModel, dimensionId: DimensionId, lang: Lang): string {
  const inRegion = region.dimensions.find((entry) => entry.dimension.id === dimensionId);
  // region.dimensions always lists all six, so this only fires on a model built some other way.
  if (!inRegion) throw new Error(`dimensionTree: ${region.slug} has no dimension ${dimensionId}`);
  const { dimension, programmes } = inRegion;

  const chart = createFlowchart('LR');
  const root = chart.node([mermaidLabel(nameIn(dimension, lang), Infinity)], 'headNode');
  const elementNodes = new Map<string, string>();
  for (const group of elementGroups(dimension, programmes)) {
    const node = chart.node([mermaidLabel(nameIn(group, lang), Infinity)], group.kind === 'framework' ? 'groupNode' : 'otherGroupNode');
    chart.edge(root, node);
    elementNodes.set(group.key, node);
  }

  for (const programme of programmes) {
    // Uncut, like every label of the generated diagrams: Mermaid wraps it within the node.
    const label = mermaidLabel(`${programme.isQuickWin ? QUICK_WIN_MARK : ''}${programme.data.name}`, Infinity);
    chart.edge(elementNodes.get(elementGroupKey(programme))!, chart.node([label], programme.isQuickWin ? 'quickWinNode' : 'itemNode'));
  }
  return chart.toString();
}
