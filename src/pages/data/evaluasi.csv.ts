import type { APIRoute } from 'astro';
import { nationalFile } from '../../lib/exports/national-files.ts';
import { getSiteModel } from '../../lib/site-model.ts';
import { pageUrlOf, serve } from './_site.ts';

/** /data/evaluasi.csv: every published evaluation result of every real region, with its source. */
export const GET: APIRoute = async ({ locals }) => serve(nationalFile(await getSiteModel(), 'evaluasi', 'csv', pageUrlOf(locals)));
