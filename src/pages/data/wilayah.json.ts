import type { APIRoute } from 'astro';
import { nationalFile } from '../../lib/exports/national-files.ts';
import { getSiteModel } from '../../lib/site-model.ts';
import { pageUrlOf, serve } from './_site.ts';

/** /data/wilayah.json: the records of wilayah.csv as JSON, with the register's source and licence notice. */
export const GET: APIRoute = async ({ locals }) => serve(nationalFile(await getSiteModel(), 'wilayah', 'json', pageUrlOf(locals)));
