import type { APIRoute } from 'astro';
import { evaluationRecords, evaluationsCsv } from '../../lib/exports/evaluations.ts';
import { getSiteModel } from '../../lib/site-model.ts';
import { pageUrlOf } from './_site.ts';

/** /data/evaluasi.csv: every published evaluation result of every real region, with its source. */
export const GET: APIRoute = async ({ locals }) => {
  const records = evaluationRecords((await getSiteModel()).national.regions, pageUrlOf(locals));
  return new Response(evaluationsCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
