import type { APIRoute, GetStaticPaths } from 'astro';
import { DEMO_DATASETS, exportMeta, type DemoDataset } from '../../../lib/exports/data-files.ts';
import { evaluationRecords, evaluationsJson } from '../../../lib/exports/evaluations.ts';
import { programmeRecords, programmesJson } from '../../../lib/exports/programmes.ts';
import { getSiteModel } from '../../../lib/site-model.ts';
import { pageUrlOf } from '../_site.ts';

/** /data/demo/<dataset>.json: the national files' records, for the fictional showcase regions only. */
export const getStaticPaths = (() => DEMO_DATASETS.map((dataset) => ({ params: { dataset }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: DemoDataset }> = async ({ props, locals }) => {
  const { fictionalRegions: regions, version } = await getSiteModel();
  const pageUrl = pageUrlOf(locals);
  const meta = exportMeta(pageUrl, version);
  const json =
    props.dataset === 'program' ? programmesJson(programmeRecords(regions, pageUrl), meta) : evaluationsJson(evaluationRecords(regions, pageUrl), meta);
  return new Response(json, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
