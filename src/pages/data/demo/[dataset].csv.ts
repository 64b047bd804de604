import type { APIRoute, GetStaticPaths } from 'astro';
import { DEMO_DATASETS, type DemoDataset } from '../../../lib/exports/data-files.ts';
import { evaluationRecords, evaluationsCsv } from '../../../lib/exports/evaluations.ts';
import { programmeRecords, programmesCsv } from '../../../lib/exports/programmes.ts';
import { getSiteModel } from '../../../lib/site-model.ts';
import { pageUrlOf } from '../_site.ts';

/** /data/demo/<dataset>.csv: the national files' columns, for the fictional showcase regions only. */
export const getStaticPaths = (() => DEMO_DATASETS.map((dataset) => ({ params: { dataset }, props: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dataset: DemoDataset }> = async ({ props, locals }) => {
  const { fictionalRegions: regions, version } = await getSiteModel();
  const pageUrl = pageUrlOf(locals);
  const csv =
    props.dataset === 'program' ? programmesCsv(programmeRecords(regions, pageUrl), version) : evaluationsCsv(evaluationRecords(regions, pageUrl), version);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
