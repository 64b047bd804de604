import type { APIRoute } from 'astro';
import { exportMeta } from '../../lib/exports/data-files.ts';
import { programmeRecords, programmesJson } from '../../lib/exports/programmes.ts';
import { getSiteModel } from '../../lib/site-model.ts';
import { pageUrlOf } from './_site.ts';

/** /data/program.json: the records of program.csv as structured JSON. */
export const GET: APIRoute = async ({ locals }) => {
  const pageUrl = pageUrlOf(locals);
  const records = programmeRecords((await getSiteModel()).national.regions, pageUrl);
  return new Response(programmesJson(records, exportMeta(pageUrl)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
