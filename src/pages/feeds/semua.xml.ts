import type { APIRoute } from 'astro';
import { feedResponse } from './_respond.ts';

/** /feeds/semua.xml: every change to the content, across all regions. */
export const GET: APIRoute = ({ locals }) => feedResponse({ kind: 'all' }, locals);
