import type { APIRoute } from 'astro';
import { nationalFile } from '../../lib/exports/national-files.ts';
import { getSiteModel } from '../../lib/site-model.ts';
import { pageUrlOf, serve } from './_site.ts';

/** /data/wilayah.csv: every province and kabupaten/kota with its status on the portal (see the data page). */
export const GET: APIRoute = async ({ locals }) => serve(nationalFile(await getSiteModel(), 'wilayah', 'csv', pageUrlOf(locals)));
