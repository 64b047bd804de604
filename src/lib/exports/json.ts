import { withoutHiddenCharacters } from '../hidden-characters.ts';

/**
 * JSON for published files: the same input always gives the same bytes, whatever order the
 * content files were read or their frontmatter keys written in, so two builds of one commit
 * publish identical files (and a diff of two releases shows only real changes).
 *
 * Object keys are sorted by UTF-16 code unit (not by locale, which could differ between
 * machines), arrays keep their order, properties whose value is `undefined` are left out (as
 * JSON.stringify does), and the text is indented by two spaces and ends with a newline.
 * Values JSON cannot carry faithfully (a Date, NaN, a class instance) are an error rather than
 * silently becoming `{}` or `null`. Texts lose the hidden characters no output may carry
 * (src/lib/hidden-characters.ts): the content check refuses them in frontmatter, and this keeps
 * them out of the downloads whatever the text came from.
 */
export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(canonical(value, '$'), null, 2)}\n`;
}

function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function canonical(value: unknown, where: string): unknown {
  if (typeof value === 'string') return withoutHiddenCharacters(value);
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (Array.isArray(value)) return value.map((item: unknown, index) => canonical(item, `${where}[${index}]`));
  if (typeof value === 'object' && isPlainObject(value)) {
    const sorted: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const inner = value[key];
      if (inner !== undefined) sorted[key] = canonical(inner, `${where}.${key}`);
    }
    return sorted;
  }
  throw new TypeError(`${where}: ${String(value)} cannot be written as JSON`);
}
