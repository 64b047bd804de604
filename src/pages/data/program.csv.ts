import type { APIRoute } from 'astro';
import { programmeRecords, programmesCsv } from '../../lib/exports/programmes.ts';
import { getSiteModel } from '../../lib/site-model.ts';
import { pageUrlOf } from './_site.ts';

/** /data/program.csv: every programme of every real region, one row each (see the data page). */
export const GET: APIRoute = async ({ locals }) => {
  const records = programmeRecords((await getSiteModel()).national.regions, pageUrlOf(locals));
  return new Response(programmesCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
