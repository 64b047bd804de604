import type { Lang } from '../../i18n/ui.ts';
import { OTHER_ELEMENT, type DimensionId } from '../dimensions.ts';
import type { ProgrammeModel, RegionModel } from '../model.ts';
import { mermaidText } from './escape.ts';
import { createFlowchart } from './flowchart.ts';
import { QUICK_WIN_MARK, nameIn } from './words.ts';

/**
 * One dimension of a region's plan, left to right: the dimension, its three elements plus any
 * `lainnya` labels its programmes use (dashed), then the programmes under each, quick wins
 * marked with a star and the amber quick-win colour.
 */
export function dimensionTree(region: RegionModel, dimensionId: DimensionId, lang: Lang): string {
  const inRegion = region.dimensions.find((entry) => entry.dimension.id === dimensionId);
  // region.dimensions always lists all six, so this only fires on a model built some other way.
  if (!inRegion) throw new Error(`dimensionTree: ${region.slug} has no dimension ${dimensionId}`);
  const { dimension, programmes } = inRegion;

  const chart = createFlowchart('LR');
  const root = chart.node([mermaidText(nameIn(dimension, lang), 'flowchart-label')], 'headNode');
  const elementNodes = new Map<string, string>();
  const addElement = (key: string, name: string, style: 'groupNode' | 'otherGroupNode') => {
    const node = chart.node([mermaidText(name, 'flowchart-label')], style);
    chart.edge(root, node);
    elementNodes.set(key, node);
  };
  for (const element of dimension.elements) addElement(element.id, nameIn(element, lang), 'groupNode');
  for (const programme of programmes) {
    const key = elementKey(programme);
    if (!elementNodes.has(key)) addElement(key, programme.element.nameId, 'otherGroupNode');
  }

  for (const programme of programmes) {
    const label = mermaidText(`${programme.isQuickWin ? QUICK_WIN_MARK : ''}${programme.data.name}`, 'flowchart-label');
    chart.edge(elementNodes.get(elementKey(programme))!, chart.node([label], programme.isQuickWin ? 'quickWinNode' : 'itemNode'));
  }
  return chart.toString();
}

/** Programmes under `lainnya` are grouped by the label their authors gave, not lumped together. */
function elementKey(programme: ProgrammeModel): string {
  return programme.element.id === OTHER_ELEMENT ? `${OTHER_ELEMENT}:${programme.element.nameId}` : programme.element.id;
}
