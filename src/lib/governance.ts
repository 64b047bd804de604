import { translator, type Translate } from '../i18n/index.ts';
import type { Region } from './schema/region.ts';

/**
 * Texts about how a region governs its masterplan — its legal basis and its Smart City bodies —
 * written the same way on the region page and in the comparison table.
 */

export type LegalBasis = NonNullable<Region['legalBasis']>;
export type SmartCityBody = Region['bodies'][number];

/** " No. 12 (2020)": what follows the kind of regulation; empty when neither is known. */
export function legalBasisReference(legalBasis: LegalBasis): string {
  const number = legalBasis.number === undefined ? '' : ` No. ${legalBasis.number}`;
  const year = legalBasis.year === undefined ? '' : ` (${legalBasis.year})`;
  return `${number}${year}`;
}

/**
 * The title of the legal basis as the region page shows it after the kind, without the kind's own
 * words when the title repeats them: editors write a plan not legalised yet as `kind: belum` with
 * `title: Belum ditetapkan; Perda direncanakan…`, which would read "Belum ditetapkan: Belum
 * ditetapkan; Perda…". Content is Indonesian, so the Indonesian name of the kind is what repeats.
 * Undefined when nothing is left.
 */
export function legalBasisNote(legalBasis: LegalBasis): string | undefined {
  const { title } = legalBasis;
  if (title === undefined) return undefined;
  const kind = translator('id')(`labels.legal.${legalBasis.kind}`);
  const repeats = title.toLowerCase().startsWith(kind.toLowerCase()) && !/^[\p{L}\p{N}]/u.test(title.slice(kind.length));
  const rest = repeats ? title.slice(kind.length).replace(/^[\s;:,.–—-]+/, '') : title;
  return rest === '' ? undefined : rest;
}

/** "Perwal No. 12 (2020)", or "Belum ditetapkan" for a masterplan not legalised yet. */
export function legalBasisText(legalBasis: LegalBasis, t: Translate): string {
  return `${t(`labels.legal.${legalBasis.kind}`)}${legalBasisReference(legalBasis)}`;
}

/** The body's own name from its decree, or the usual name of its kind. */
export function bodyName(body: SmartCityBody, t: Translate): string {
  return body.name ?? t(`labels.body.${body.kind}`);
}
