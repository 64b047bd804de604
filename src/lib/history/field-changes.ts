import { parseFrontmatter } from '../content/frontmatter.ts';
import type { EntryKind } from '../content/layout.ts';

/**
 * What one commit changed in the DATA of one content file, field by field: the portal's change
 * history and feeds describe these (src/lib/history/describe.ts), never the commit message, which
 * is a developer's note. Pure: versions come in as text (src/lib/history/git.ts reads them from
 * git), so every case is testable on fixture files.
 *
 * Old versions are compared as written, not against today's schema: a field the schema has since
 * renamed is still a field that changed, and a version that today's schema would refuse still has
 * readable values. Only a version whose frontmatter cannot be read at all is "unreadable".
 */

/** One version of a content file, as far as its history needs it. */
export type Version =
  | { readonly readable: true; readonly data: Readonly<Record<string, unknown>>; readonly body: string }
  | { readonly readable: false };

/** Reads one version of a content file with the check's own frontmatter reader; never throws. */
export function readVersion(text: string): Version {
  const parsed = parseFrontmatter(text);
  if (!parsed.ok || !isRecord(parsed.value.data)) return { readable: false };
  // Trailing blank lines are not content: an editor's save that only adds one changes nothing a reader sees.
  return { readable: true, data: parsed.value.data, body: parsed.value.body.trimEnd() };
}

/** A value pages can quote: a text, a number, yes/no, or a year span written "2020–2025". */
export type Scalar = string | number | boolean;

/** One field's change, in terms a reader understands; src/lib/history/describe.ts words it. */
export type FieldChange =
  /** A field holding one short value was set, changed or removed (undefined: not written). */
  | { readonly type: 'value'; readonly field: string; readonly from: Scalar | undefined; readonly to: Scalar | undefined }
  /** A long text (a vision, a note): too long to quote both versions in a list of changes. */
  | { readonly type: 'text'; readonly field: string; readonly change: 'added' | 'changed' | 'removed' }
  /** A list: items added, removed, or edited (kept their name, changed inside). */
  | { readonly type: 'list'; readonly field: string; readonly added: readonly ListItem[]; readonly removed: readonly ListItem[]; readonly edited: readonly ListItem[] }
  /** A programme's status; `asOf` is the date of the progress update that reports the new status, where one does. */
  | { readonly type: 'status'; readonly from: string | undefined; readonly to: string | undefined; readonly asOf: string | undefined }
  /** The sum of a programme's stated funding amounts, in rupiah (undefined: no amount stated). */
  | { readonly type: 'budget'; readonly from: number | undefined; readonly to: number | undefined }
  /** New dated progress updates of a programme, oldest first. */
  | { readonly type: 'progress'; readonly updates: readonly ProgressUpdate[] }
  /** A field with nested records changed in a way the kinds above do not name. */
  | { readonly type: 'other'; readonly field: string };

/** One item of a list field as a change names it: a source's title and date, a mission's text. */
export interface ListItem {
  /** Empty for an item with nothing to name it by. */
  readonly name: string;
  /** Its date as written (`YYYY-MM-DD`, `YYYY-MM`), year or span, when it has one. */
  readonly when: string | number | undefined;
}

export interface ProgressUpdate {
  readonly date: string;
  readonly status: string | undefined;
  readonly percent: number | undefined;
}

/** What one commit did to one file's content. */
export type ContentChange =
  /** The file appeared: a new programme, region or dimension page. */
  | { readonly kind: 'created' }
  /** The file was removed; `name` is the name its last version gave (a programme's or region's `name`), if readable. */
  | { readonly kind: 'deleted'; readonly name: string | undefined }
  /** Fields and/or the body text changed. */
  | { readonly kind: 'edited'; readonly fields: readonly FieldChange[]; readonly body: boolean }
  /** Nothing a reader sees: a move to another file name, comments, key order, line endings. */
  | { readonly kind: 'none' }
  /** One of the two versions cannot be read (broken frontmatter): something changed, but not what. */
  | { readonly kind: 'unreadable' }
  /** The versions were not available (no git objects read, shallow clone): something changed, but not what. */
  | { readonly kind: 'unknown' };

/** A text longer than this is not quoted in a change ("Visi diubah"), and list items are cut to it. */
const QUOTE_LIMIT = 80;

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Order-independent identity of a value: two records with the same fields in another order are the same. */
function identity(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(identity).join(',')}]`;
  if (isRecord(value)) {
    return `{${Object.keys(value)
      .filter((key) => value[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${identity(value[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

const same = (a: unknown, b: unknown): boolean => identity(a) === identity(b);

/** `{ start: 2020, end: 2025 }` → "2020–2025", the way pages write a span; anything else → undefined. */
function spanText(value: unknown): string | undefined {
  if (!isRecord(value) || Object.keys(value).length !== 2) return undefined;
  const { start, end } = value;
  if (typeof start !== 'number' || typeof end !== 'number') return undefined;
  return start === end ? String(start) : `${start}–${end}`;
}

function scalarOf(value: unknown): Scalar | undefined {
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return spanText(value);
}

const cut = (text: string): string => (text.length > QUOTE_LIMIT ? `${text.slice(0, QUOTE_LIMIT - 1).trimEnd()}…` : text);

/** The fields that name an item of a list, in the order they are tried. */
const NAME_FIELDS = ['title', 'name', 'award', 'predicate', 'stage', 'kind', 'source', 'label'] as const;

/**
 * How a list item is named in a change: its text, or its title (or name) and its date or year,
 * which tell apart two milestones of the same name. The date stays as written (`YYYY-MM-DD`,
 * `YYYY-MM`); describe.ts writes it in the reader's language.
 */
function itemOf(item: unknown): ListItem {
  const scalar = scalarOf(item);
  if (scalar !== undefined) return { name: cut(String(scalar)), when: undefined };
  if (!isRecord(item)) return { name: '', when: undefined };
  const when = [item.date, item.year, spanText(item.period)].find((value): value is string | number => typeof value === 'string' || typeof value === 'number');
  const name = NAME_FIELDS.map((key) => item[key]).find((value): value is string => typeof value === 'string' && value.trim() !== '');
  return { name: cut(name ?? ''), when };
}

const itemKey = (item: ListItem): string => `${item.name}\u0000${item.when ?? ''}`;

/**
 * Items only in the old list are removed, only in the new one added; an item that left and came
 * back under the same name and date was edited. Items that moved are neither.
 */
function listChange(field: string, before: readonly unknown[], after: readonly unknown[]): FieldChange | undefined {
  const beforeIds = new Set(before.map(identity));
  const afterIds = new Set(after.map(identity));
  const gone = before.filter((item) => !afterIds.has(identity(item))).map(itemOf);
  const come = after.filter((item) => !beforeIds.has(identity(item))).map(itemOf);
  if (gone.length === 0 && come.length === 0) return undefined;
  const goneKeys = new Set(gone.map(itemKey));
  const editedKeys = new Set(come.filter((item) => item.name !== '' && goneKeys.has(itemKey(item))).map(itemKey));
  const unique = (items: readonly ListItem[]) => [...new Map(items.map((item) => [itemKey(item), item])).values()];
  return {
    type: 'list',
    field,
    added: unique(come.filter((item) => !editedKeys.has(itemKey(item)))),
    removed: unique(gone.filter((item) => !editedKeys.has(itemKey(item)))),
    edited: unique(come.filter((item) => editedKeys.has(itemKey(item)))),
  };
}

const asList = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value]);

function fundingTotal(funding: unknown): number | undefined {
  const amounts = asList(funding).flatMap((entry) => (isRecord(entry) && typeof entry.amount === 'number' ? [entry.amount] : []));
  return amounts.length === 0 ? undefined : amounts.reduce((sum, amount) => sum + amount, 0);
}

/** The newest progress update reporting `status`: the content's own "as of" date for it. */
function statusDate(progress: unknown, status: string | undefined): string | undefined {
  const dates = asList(progress).flatMap((entry) => (isRecord(entry) && entry.status === status && typeof entry.date === 'string' ? [entry.date] : []));
  return dates.sort().at(-1);
}

function progressChanges(before: unknown, after: unknown): FieldChange[] {
  const beforeIds = new Set(asList(before).map(identity));
  const afterIds = new Set(asList(after).map(identity));
  const added = asList(after).filter((entry) => !beforeIds.has(identity(entry)));
  const updates = added.flatMap((entry): ProgressUpdate[] =>
    isRecord(entry) && typeof entry.date === 'string'
      ? [{ date: entry.date, status: typeof entry.status === 'string' ? entry.status : undefined, percent: typeof entry.percent === 'number' ? entry.percent : undefined }]
      : [],
  );
  const changes: FieldChange[] = [];
  if (updates.length > 0) changes.push({ type: 'progress', updates: updates.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) });
  // An update corrected or removed, or one without a date: say that the list changed, not how.
  if (updates.length < added.length || asList(before).some((entry) => !afterIds.has(identity(entry)))) changes.push({ type: 'other', field: 'progress' });
  return changes;
}

/** One field's change; `kind` picks the programme's own readings of status, funding and progress. */
function fieldChanges(kind: EntryKind, field: string, before: Readonly<Record<string, unknown>>, after: Readonly<Record<string, unknown>>): FieldChange[] {
  const from = before[field];
  const to = after[field];
  if (same(from, to)) return [];
  if (kind === 'programme') {
    if (field === 'status') {
      // A programme without a status is planned (the schema's default), not "no status".
      const status = (value: unknown) => (typeof value === 'string' ? value : 'planned');
      return [{ type: 'status', from: status(from), to: status(to), asOf: statusDate(after.progress, status(to)) }];
    }
    if (field === 'progress') return progressChanges(from, to);
    if (field === 'funding') {
      const [total, newTotal] = [fundingTotal(from), fundingTotal(to)];
      return total === newTotal ? [{ type: 'other', field }] : [{ type: 'budget', from: total, to: newTotal }];
    }
  }
  if (Array.isArray(from) || Array.isArray(to)) return [listChange(field, asList(from), asList(to))].filter((change) => change !== undefined);
  const [fromValue, toValue] = [scalarOf(from), scalarOf(to)];
  const quotable = (value: unknown, scalar: Scalar | undefined) => value === undefined || (scalar !== undefined && String(scalar).length <= QUOTE_LIMIT);
  if (quotable(from, fromValue) && quotable(to, toValue)) return [{ type: 'value', field, from: fromValue, to: toValue }];
  if (typeof from === 'string' || typeof to === 'string') {
    return [{ type: 'text', field, change: from === undefined ? 'added' : to === undefined ? 'removed' : 'changed' }];
  }
  return [{ type: 'other', field }];
}

/** The name a version gives its page, for a file that is gone. */
export function nameOf(version: Version): string | undefined {
  return version.readable && typeof version.data.name === 'string' ? version.data.name : undefined;
}

/**
 * A value that left one field and arrived, unchanged, in another (`regionCode: "64.74"` became
 * `code: "64.74"`) is the schema renaming a field: the data a reader sees did not change.
 */
function withoutRenamedFields(changes: readonly FieldChange[]): FieldChange[] {
  const removed = changes.filter((change) => change.type === 'value' && change.to === undefined);
  const added = changes.filter((change) => change.type === 'value' && change.from === undefined);
  const renamed = new Set<FieldChange>();
  for (const gone of removed) {
    const arrived = added.find((change) => !renamed.has(change) && change.type === 'value' && gone.type === 'value' && change.to === gone.from);
    if (arrived) renamed.add(gone).add(arrived);
  }
  return changes.filter((change) => !renamed.has(change));
}

/**
 * What changed between two versions of a file of `kind`, field by field in the order the newer
 * version writes them (then fields it dropped). `before` is undefined for a new file, `after` for a
 * deleted one.
 */
export function compareVersions(kind: EntryKind, before: Version | undefined, after: Version | undefined): ContentChange {
  if (after === undefined) return before === undefined ? { kind: 'unknown' } : { kind: 'deleted', name: nameOf(before) };
  if (before === undefined) return { kind: 'created' };
  if (!before.readable || !after.readable) return { kind: 'unreadable' };
  const fields = [...new Set([...Object.keys(after.data), ...Object.keys(before.data)])];
  const changes = withoutRenamedFields(fields.flatMap((field) => fieldChanges(kind, field, before.data, after.data)));
  const body = before.body !== after.body;
  return changes.length === 0 && !body ? { kind: 'none' } : { kind: 'edited', fields: changes, body };
}
