import type { APIRoute } from 'astro';
import { nationalFile } from '../../lib/exports/national-files.ts';
import { getSiteModel } from '../../lib/site-model.ts';
import { pageUrlOf, serve } from './_site.ts';

/** /data/kohort.csv: every cohort claim, one row each, with the sources that state it. */
export const GET: APIRoute = async ({ locals }) => serve(nationalFile(await getSiteModel(), 'kohort', 'csv', pageUrlOf(locals)));
