import type { APIRoute } from 'astro';
import { nationalFile } from '../../lib/exports/national-files.ts';
import { getSiteModel } from '../../lib/site-model.ts';
import { pageUrlOf, serve } from './_site.ts';

/** /data/evaluasi.json: the records of evaluasi.csv as structured JSON. */
export const GET: APIRoute = async ({ locals }) => serve(nationalFile(await getSiteModel(), 'evaluasi', 'json', pageUrlOf(locals)));
