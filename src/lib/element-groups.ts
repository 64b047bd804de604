import { translator } from '../i18n/index.ts';
import { OTHER_ELEMENT, type SmartDimension } from './dimensions.ts';
import type { ProgrammeModel } from './model.ts';

/**
 * A dimension's programmes grouped by element, as the region's dimension page and its tree
 * diagram show them: the dimension's three elements (even when empty), then each `lainnya` label
 * its programmes use (grouped by label, not lumped together), then "Belum diketahui" for the
 * programmes whose element no source states. Every programme is in exactly one group.
 */
export interface ElementGroup {
  /** The element id, `lainnya:<label>`, or `:unknown` (no element id holds a colon). */
  readonly key: string;
  readonly nameId: string;
  readonly nameEn: string;
  /** `framework`: one of the dimension's three elements; `other`: a `lainnya` label; `unknown`: not known yet. */
  readonly kind: 'framework' | 'other' | 'unknown';
  readonly programmes: readonly ProgrammeModel[];
}

const UNKNOWN_KEY = ':unknown';

/** The key of the group `programme` belongs to. */
export function elementGroupKey(programme: ProgrammeModel): string {
  const { element } = programme;
  if (!element) return UNKNOWN_KEY;
  return element.id === OTHER_ELEMENT ? `${OTHER_ELEMENT}:${element.nameId}` : element.id;
}

/** Groups `programmes` (all of `dimension`), keeping their order within each group. */
export function elementGroups(dimension: SmartDimension, programmes: readonly ProgrammeModel[]): ElementGroup[] {
  const groups = new Map<string, ElementGroup & { programmes: ProgrammeModel[] }>();
  for (const element of dimension.elements) groups.set(element.id, { key: element.id, nameId: element.nameId, nameEn: element.nameEn, kind: 'framework', programmes: [] });
  const unknown: ProgrammeModel[] = [];
  for (const programme of programmes) {
    const key = elementGroupKey(programme);
    const group = groups.get(key);
    if (group) group.programmes.push(programme);
    else if (!programme.element) unknown.push(programme);
    else groups.set(key, { key, nameId: programme.element.nameId, nameEn: programme.element.nameEn, kind: 'other', programmes: [programme] });
  }
  const result: ElementGroup[] = [...groups.values()];
  if (unknown.length > 0) result.push({ key: UNKNOWN_KEY, nameId: translator('id')('common.notKnownYet'), nameEn: translator('en')('common.notKnownYet'), kind: 'unknown', programmes: unknown });
  return result;
}
