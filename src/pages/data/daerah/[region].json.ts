import type { APIRoute, GetStaticPaths } from 'astro';
import type { RegionModel } from '../../../lib/model.ts';
import { exportMeta } from '../../../lib/exports/data-files.ts';
import { regionJson } from '../../../lib/exports/region.ts';
import { getSiteModel, pagePaths } from '../../../lib/site-model.ts';
import { pageUrlOf } from '../_site.ts';

/** /data/daerah/<region>.json: one region's whole masterplan as data. */
export const getStaticPaths = (async () => {
  const model = await getSiteModel();
  return pagePaths(model.regions.map((region) => ({ params: { region: region.slug }, props: { region } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ region: RegionModel }> = async ({ props, locals }) => {
  const pageUrl = pageUrlOf(locals);
  return new Response(regionJson(props.region, pageUrl, exportMeta(pageUrl, (await getSiteModel()).version)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
