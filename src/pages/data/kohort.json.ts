import type { APIRoute } from 'astro';
import { cohortRecords, cohortsJson, cohortsMeta } from '../../lib/exports/cohorts.ts';
import { getSiteModel } from '../../lib/site-model.ts';
import { pageUrlOf } from './_site.ts';

/** /data/kohort.json: the records of kohort.csv as JSON. */
export const GET: APIRoute = async ({ locals }) => {
  const pageUrl = pageUrlOf(locals);
  const records = cohortRecords(await getSiteModel(), pageUrl);
  return new Response(cohortsJson(records, cohortsMeta(pageUrl)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
