import type { DimensionId } from '../dimensions.ts';
import type { RegionModel } from '../model.ts';
import { regionDimensionPath } from '../routes.ts';
import type { DimensionPage } from '../schema/dimension-page.ts';
import type { Programme } from '../schema/programme.ts';
import type { Region } from '../schema/region.ts';
import type { ExportMeta, PageUrl } from './data-files.ts';
import { canonicalJson } from './json.ts';
import { byKey } from './programmes.ts';

/**
 * One region's whole masterplan as data: the frontmatter of its region file, of each dimension
 * page it wrote and of each programme, each beside the address of its page. Every `data` is the
 * validated frontmatter with defaults filled in, so it validates against the matching schema in
 * `schemaPath()` (src/lib/routes.ts). Markdown bodies are not part of the model and not exported.
 */
export interface RegionExport {
  readonly generated: ExportMeta;
  readonly region: { readonly slug: string; readonly url: string; readonly data: Region };
  /** In framework order; only the dimensions the region wrote a page for. */
  readonly dimension_pages: readonly { readonly dimension: DimensionId; readonly url: string; readonly data: DimensionPage }[];
  /** Sorted by key, like programmes.json. */
  readonly programmes: readonly { readonly key: string; readonly url: string; readonly data: Programme }[];
}

function regionExport(region: RegionModel, pageUrl: PageUrl, meta: ExportMeta): RegionExport {
  return {
    generated: meta,
    region: { slug: region.slug, url: pageUrl(region.path), data: region.data },
    dimension_pages: region.dimensions.flatMap(({ dimension, page }) =>
      page ? [{ dimension: dimension.id, url: pageUrl(regionDimensionPath(region.slug, dimension.id)), data: page.data }] : [],
    ),
    programmes: region.programmes
      .map((programme) => ({ key: programme.key, url: pageUrl(programme.path), data: programme.data }))
      .sort(byKey),
  };
}

export function regionJson(region: RegionModel, pageUrl: PageUrl, meta: ExportMeta): string {
  return canonicalJson(regionExport(region, pageUrl, meta));
}
