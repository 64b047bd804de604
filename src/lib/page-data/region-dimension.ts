import { translator, type Lang } from '../../i18n/index.ts';
import { dimensionTree } from '../diagrams/dimension-tree.ts';
import { nameIn } from '../diagrams/words.ts';
import type { SmartDimension } from '../dimensions.ts';
import { elementGroups, type ElementGroup } from '../element-groups.ts';
import type { FileHistory } from '../history/log.ts';
import type { DimensionInRegion, RegionModel, SiteModel } from '../model.ts';
import { nationalDimensionPath, regionDimensionPath } from '../routes.ts';
import { regionDimensionSearchRecord, type SearchRecord } from '../search-record.ts';
import type { Crumb } from './breadcrumbs.ts';

/** What a region's page for one dimension shows beyond plain reads of its fields. */
export interface RegionDimensionPage {
  readonly region: RegionModel;
  readonly dimension: SmartDimension;
  /** The region's own page for the dimension (narrative, goals, readiness), if it wrote one. */
  readonly page: DimensionInRegion['page'];
  readonly programmes: DimensionInRegion['programmes'];
  readonly path: string;
  /** The dimension's name in the reader's language, the page's heading. */
  readonly name: string;
  /** The page's title without the site name: "Tata Kelola — Kota Contoh". */
  readonly title: string;
  readonly breadcrumbs: readonly Crumb[];
  readonly summary: string;
  /** The dimension's page across all regions. */
  readonly nationalPath: string;
  /** For search engines and link previews. */
  readonly description: string;
  /** Only the Indonesian page is indexed; the English one has none. */
  readonly searchRecord: SearchRecord | undefined;
  /** The dimension's programmes by element, as the tree diagram draws them (src/lib/element-groups.ts). */
  readonly elements: readonly (ElementGroup & { readonly name: string })[];
  /** Mermaid source of the dimension → elements → programmes diagram, and its caption. */
  readonly tree: { readonly code: string; readonly caption: string };
  /** The dimension page's commits; undefined when the region wrote no page for the dimension. */
  readonly history: FileHistory | undefined;
}

export function regionDimensionPage(model: SiteModel, region: RegionModel, dimension: SmartDimension, lang: Lang): RegionDimensionPage {
  const t = translator(lang);
  const inRegion = region.dimensions.find((entry) => entry.dimension.id === dimension.id);
  // region.dimensions always lists all six, so this only fires on a model built some other way.
  if (!inRegion) throw new Error(`regionDimensionPage: ${region.slug} has no dimension ${dimension.id}`);
  const { page, programmes } = inRegion;
  const name = nameIn(dimension, lang);
  return {
    region,
    dimension,
    page,
    programmes,
    path: regionDimensionPath(region.slug, dimension.id),
    name,
    title: `${name} — ${region.data.name}`,
    breadcrumbs: [{ label: region.data.name, path: region.path }, { label: name }],
    nationalPath: nationalDimensionPath(dimension.id),
    summary: lang === 'id' ? dimension.summaryId : dimension.summaryEn,
    description: t('regionDimension.description', name, dimension.id, region.data.name, programmes.length),
    searchRecord: lang === 'id' ? regionDimensionSearchRecord(region, dimension) : undefined,
    elements: elementGroups(dimension, programmes).map((group) => ({ ...group, name: nameIn(group, lang) })),
    tree: { code: dimensionTree(region, dimension.id, lang), caption: t('regionDimension.treeCaption', name, region.data.name) },
    history: page && model.historyOf(page.file),
  };
}
