import type { APIRoute } from 'astro';
import { nationalFile } from '../../lib/exports/national-files.ts';
import { getSiteModel } from '../../lib/site-model.ts';
import { pageUrlOf, serve } from './_site.ts';

/** /data/kohort.json: the records of kohort.csv as JSON. */
export const GET: APIRoute = async ({ locals }) => serve(nationalFile(await getSiteModel(), 'kohort', 'json', pageUrlOf(locals)));
