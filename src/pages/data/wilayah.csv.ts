import type { APIRoute } from 'astro';
import { registerCsv, registerRecords } from '../../lib/exports/register.ts';
import { getSiteModel } from '../../lib/site-model.ts';
import { pageUrlOf } from './_site.ts';

/** /data/wilayah.csv: every province and kabupaten/kota with its status on the portal (see the data page). */
export const GET: APIRoute = async ({ locals }) => {
  const records = registerRecords((await getSiteModel()).directory, pageUrlOf(locals));
  return new Response(registerCsv(records), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
