import type { APIRoute } from 'astro';
import { nationalFile } from '../../lib/exports/national-files.ts';
import { getSiteModel } from '../../lib/site-model.ts';
import { pageUrlOf, serve } from './_site.ts';

/** /data/program.json: the records of program.csv as structured JSON. */
export const GET: APIRoute = async ({ locals }) => serve(nationalFile(await getSiteModel(), 'program', 'json', pageUrlOf(locals)));
