import type { APIRoute, GetStaticPaths } from 'astro';
import type { RegionModel } from '../../../lib/model.ts';
import { getSiteModel, pagePaths } from '../../../lib/site-model.ts';
import { feedResponse } from '../_respond.ts';

/** /feeds/daerah/<region>.xml: changes to one region's profile, dimension pages and programmes. */
export const getStaticPaths = (async () => {
  const model = await getSiteModel();
  return pagePaths(model.regions.map((region) => ({ params: { region: region.slug }, props: { region } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ region: RegionModel }> = ({ props, locals }) => feedResponse({ kind: 'region', region: props.region }, locals);
