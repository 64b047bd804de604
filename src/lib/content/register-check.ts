import type { Register, RegisteredRegion } from '../register/register.ts';
import type { Region } from '../schema/region.ts';
import type { RuleId } from './messages.ts';
import { closestMatch } from './suggest.ts';

/**
 * A real region must be the region its Kemendagri code names: same slug, name, type and province
 * as the national register (data/wilayah/). Fictional regions are not in the register and are not
 * compared. Used by the cross-check and by `npm run new`, which words the findings the same way.
 */

/** The fields of a region that the register fixes. */
export type RegionIdentity = Pick<Region, 'fictional' | 'slug' | 'name' | 'type' | 'province' | 'code'>;

export interface RegisterFinding {
  readonly field: 'code' | 'slug' | 'name' | 'type' | 'province';
  readonly rule: RuleId;
  readonly values: Readonly<Record<string, string>>;
}

/** The registered region a slug or name points to, to suggest its code. */
function pointedTo(region: RegionIdentity, register: Register): RegisteredRegion | undefined {
  const byName = register.find(region.name);
  return register.bySlug(region.slug) ?? (byName.length === 1 ? byName[0] : undefined);
}

function codeSuggestion(region: RegionIdentity, register: Register): Record<string, string> {
  const suggested = pointedTo(region, register);
  return suggested ? { suggestion: suggested.code, suggestionName: suggested.name } : {};
}

export function compareWithRegister(region: RegionIdentity, register: Register): RegisterFinding[] {
  if (region.fictional) return [];
  if (region.code === undefined) return [{ field: 'code', rule: 'register-code-required', values: codeSuggestion(region, register) }];
  const registered = register.byCode(region.code);
  if (!registered) return [{ field: 'code', rule: 'register-code-unknown', values: { value: region.code, ...codeSuggestion(region, register) } }];

  const findings: RegisterFinding[] = [];
  const compare = (field: RegisterFinding['field'], rule: RuleId, value: string, expected: string, other?: RegisteredRegion): void => {
    if (value === expected) return;
    const values: Record<string, string> = { value, expected, code: registered.code, registered: registered.name };
    if (other && other.code !== registered.code) Object.assign(values, { otherCode: other.code, otherName: other.name });
    else {
      const suggestion = closestMatch(value, [expected]);
      if (suggestion !== undefined) values.suggestion = suggestion;
    }
    findings.push({ field, rule, values });
  };
  const [namedRegion, ...alsoNamed] = register.find(region.name);
  compare('slug', 'register-slug-mismatch', region.slug, registered.slug, register.bySlug(region.slug));
  compare('name', 'register-name-mismatch', region.name, registered.name, alsoNamed.length === 0 ? namedRegion : undefined);
  compare('type', 'register-type-mismatch', region.type, registered.type);
  compare('province', 'register-province-mismatch', region.province, registered.province.name);
  return findings;
}
