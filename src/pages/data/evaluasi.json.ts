import type { APIRoute } from 'astro';
import { exportMeta } from '../../lib/exports/data-files.ts';
import { evaluationRecords, evaluationsJson } from '../../lib/exports/evaluations.ts';
import { getSiteModel } from '../../lib/site-model.ts';
import { pageUrlOf } from './_site.ts';

/** /data/evaluasi.json: the records of evaluasi.csv as structured JSON. */
export const GET: APIRoute = async ({ locals }) => {
  const pageUrl = pageUrlOf(locals);
  const records = evaluationRecords((await getSiteModel()).national.regions, pageUrl);
  return new Response(evaluationsJson(records, exportMeta(pageUrl)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
