import type { APIRoute, GetStaticPaths } from 'astro';
import { DIMENSIONS, type SmartDimension } from '../../../lib/dimensions.ts';
import { feedResponse } from '../_respond.ts';

/** /feeds/dimensi/<dimension>.xml: changes to the programmes and dimension pages of one dimension, in all regions. */
export const getStaticPaths = (() => DIMENSIONS.map((dimension) => ({ params: { dimension: dimension.id }, props: { dimension } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ dimension: SmartDimension }> = ({ props, locals }) => feedResponse({ kind: 'dimension', dimension: props.dimension }, locals);
