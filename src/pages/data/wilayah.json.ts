import type { APIRoute } from 'astro';
import { readRegisterLicence, registerJson, registerMeta, registerRecords } from '../../lib/exports/register.ts';
import { getSiteModel } from '../../lib/site-model.ts';
import { pageUrlOf } from './_site.ts';

/** /data/wilayah.json: the records of wilayah.csv as JSON, with the register's source and licence notice. */
export const GET: APIRoute = async ({ locals }) => {
  const pageUrl = pageUrlOf(locals);
  const records = registerRecords((await getSiteModel()).directory, pageUrl);
  return new Response(registerJson(records, registerMeta(pageUrl, readRegisterLicence())), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
