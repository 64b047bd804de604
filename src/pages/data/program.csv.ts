import type { APIRoute } from 'astro';
import { nationalFile } from '../../lib/exports/national-files.ts';
import { getSiteModel } from '../../lib/site-model.ts';
import { pageUrlOf, serve } from './_site.ts';

/** /data/program.csv: every programme of every real region, one row each (see the data page). */
export const GET: APIRoute = async ({ locals }) => serve(nationalFile(await getSiteModel(), 'program', 'csv', pageUrlOf(locals)));
