import type { APIRoute } from 'astro';
import { cohortRecords, cohortsCsv } from '../../lib/exports/cohorts.ts';
import { getSiteModel } from '../../lib/site-model.ts';
import { pageUrlOf } from './_site.ts';

/** /data/kohort.csv: every cohort claim, one row each, with the sources that state it. */
export const GET: APIRoute = async ({ locals }) => {
  const records = cohortRecords(await getSiteModel(), pageUrlOf(locals));
  return new Response(cohortsCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
