import { formatDate, formatRupiah } from '../../i18n/format.ts';
import layout from '../../i18n/id/layout.ts';
import { translator, type Lang, type Translate } from '../../i18n/index.ts';
import type { EntryKind } from '../content/layout.ts';
import { nameIn } from '../diagrams/words.ts';
import { DIMENSIONS } from '../dimensions.ts';
import { PROGRAMME_KINDS, PROGRAMME_STATUSES } from '../schema/programme-parts.ts';
import { PROGRAMME_ROWS } from '../schema/programme-fields.ts';
import { HORIZONS, REGION_TYPES } from '../schema/region.ts';
import type { ContentChange, FieldChange, ListItem, Scalar } from './field-changes.ts';
import type { FileHistory } from './log.ts';

/**
 * Words for what changed in a page's data (./field-changes.ts), in the reader's language: the
 * change history on pages and the entries of the change feeds say the same. Field names are the
 * readers' names (the programme field table's labels, the dictionary's names of region and
 * dimension page fields), codes are named as pages name them.
 */

/** A list names this many items, then "and N more". */
const ITEMS_SHOWN = 5;

const isOneOf = <Code extends string>(codes: readonly Code[], value: unknown): value is Code => typeof value === 'string' && (codes as readonly string[]).includes(value);

type RegionField = keyof typeof layout.changeHistory.fields.region;
type DimensionPageField = keyof typeof layout.changeHistory.fields.dimensionPage;

/** The reader's name of a field of a file of `kind`; a field today's schema lacks keeps its written name. */
function fieldName(kind: EntryKind, field: string, t: Translate, lang: Lang): string {
  if (kind === 'programme') {
    const row = PROGRAMME_ROWS[field];
    return row?.kind === 'field' ? row.label[lang] : t('layout.changeHistory.unknownField', field);
  }
  if (kind === 'region' && Object.hasOwn(layout.changeHistory.fields.region, field)) return t(`layout.changeHistory.fields.region.${field as RegionField}`);
  if (kind === 'dimensionPage' && Object.hasOwn(layout.changeHistory.fields.dimensionPage, field)) {
    return t(`layout.changeHistory.fields.dimensionPage.${field as DimensionPageField}`);
  }
  return t('layout.changeHistory.unknownField', field);
}

/** A value as the page shows it: a code by its name, yes/no, a text or year as written. */
function valueText(kind: EntryKind, field: string, value: Scalar, t: Translate, lang: Lang): string {
  if (typeof value === 'boolean') return t(value ? 'layout.changeHistory.yes' : 'layout.changeHistory.no');
  if (kind === 'programme' && field === 'kind' && isOneOf(PROGRAMME_KINDS, value)) return t(`labels.kind.${value}`);
  if (kind === 'programme' && field === 'horizon' && isOneOf(HORIZONS, value)) return t(`labels.horizon.${value}`);
  if (kind === 'region' && field === 'type' && isOneOf(REGION_TYPES, value)) return t(`labels.regionType.${value}`);
  if (field === 'dimension') {
    const dimension = DIMENSIONS.find((d) => d.id === value);
    if (dimension) return nameIn(dimension, lang);
  }
  // Numbers here are years, counts and codes: written as they are, without thousands separators.
  return String(value);
}

const statusText = (status: string | undefined, t: Translate): string => (isOneOf(PROGRAMME_STATUSES, status) ? t(`labels.status.${status}`) : (status ?? '—'));

/** "Judul (9 Juli 2019)", "Penghargaan (2024)": a date as pages write it, a year or span as it is. */
function itemText(item: ListItem, lang: Lang): string {
  if (item.when === undefined) return item.name;
  const when = typeof item.when === 'string' && DATE.test(item.when) ? formatDate(item.when, lang) : String(item.when);
  return item.name === '' ? when : `${item.name} (${when})`;
}

const DATE = /^\d{4}-\d{2}(?:-\d{2})?$/;

function itemsText(items: readonly ListItem[], t: Translate, lang: Lang): string {
  const shown = items.slice(0, ITEMS_SHOWN).map((item) => itemText(item, lang));
  const more = items.length - shown.length;
  return [...shown, ...(more > 0 ? [t('layout.changeHistory.moreItems', more)] : [])].join('; ');
}

function describeField(kind: EntryKind, change: FieldChange, t: Translate, lang: Lang): string[] {
  const date = (day: string) => formatDate(day, lang);
  const rupiah = (amount: number) => formatRupiah(amount, lang);
  switch (change.type) {
    case 'status':
      return [`${t('layout.changeHistory.status', statusText(change.from, t), statusText(change.to, t))}${change.asOf ? t('layout.changeHistory.asOf', date(change.asOf)) : ''}`];
    case 'budget':
      if (change.from === undefined) return change.to === undefined ? [] : [t('layout.changeHistory.budgetAdded', rupiah(change.to))];
      if (change.to === undefined) return [t('layout.changeHistory.budgetRemoved', rupiah(change.from))];
      return [t(change.to > change.from ? 'layout.changeHistory.budgetRaised' : 'layout.changeHistory.budgetCut', rupiah(change.from), rupiah(change.to))];
    case 'progress':
      return change.updates.map((update) => {
        const percent = update.percent === undefined ? '' : `, ${update.percent}%`;
        return `${t('layout.changeHistory.progress', date(update.date), statusText(update.status, t))}${percent}`;
      });
    case 'value': {
      const name = fieldName(kind, change.field, t, lang);
      const value = (scalar: Scalar) => valueText(kind, change.field, scalar, t, lang);
      if (change.from === undefined) return change.to === undefined ? [] : [t('layout.changeHistory.valueAdded', name, value(change.to))];
      if (change.to === undefined) return [t('layout.changeHistory.valueRemoved', name, value(change.from))];
      return [t('layout.changeHistory.valueChanged', name, value(change.from), value(change.to))];
    }
    case 'text': {
      const name = fieldName(kind, change.field, t, lang);
      return [t(change.change === 'added' ? 'layout.changeHistory.textAdded' : change.change === 'removed' ? 'layout.changeHistory.textRemoved' : 'layout.changeHistory.textChanged', name)];
    }
    case 'list': {
      const name = fieldName(kind, change.field, t, lang);
      const lines = [
        change.added.length > 0 && t('layout.changeHistory.itemsAdded', name, itemsText(change.added, t, lang)),
        change.removed.length > 0 && t('layout.changeHistory.itemsRemoved', name, itemsText(change.removed, t, lang)),
        change.edited.length > 0 && t('layout.changeHistory.itemsEdited', name, itemsText(change.edited, t, lang)),
      ].filter((line) => typeof line === 'string');
      // Items without a name (an empty record) changed: say the list did.
      return lines.length > 0 ? lines : [t('layout.changeHistory.otherChanged', name)];
    }
    case 'other':
      return [t('layout.changeHistory.otherChanged', fieldName(kind, change.field, t, lang))];
  }
}

/** What one change did to a file of `kind`, as lines a reader reads; empty for a change that changed nothing visible. */
export function describeContentChange(kind: EntryKind, change: ContentChange, lang: Lang): string[] {
  const t = translator(lang);
  switch (change.kind) {
    case 'created':
      return [t(`layout.changeHistory.created.${kind}`)];
    case 'deleted':
      return [t(`layout.changeHistory.deleted.${kind}`)];
    case 'unreadable':
      return [t('layout.changeHistory.unreadable')];
    case 'unknown':
      return [t('layout.changeHistory.unknown')];
    case 'none':
      return [];
    case 'edited':
      return [...change.fields.flatMap((field) => describeField(kind, field, t, lang)), ...(change.body ? [t(`layout.changeHistory.body.${kind}`)] : [])];
  }
}

/** One dated change of a page's data, described. */
export interface ChangeEntry {
  /** When it landed (committer date), for `<time datetime>`. */
  readonly date: string;
  /** Its calendar day in Jakarta, `YYYY-MM-DD`, for the reader. */
  readonly day: string;
  readonly lines: readonly string[];
}

/** A page's change history: the data changes of its file, newest first, and why it may be incomplete. */
export interface ChangeList {
  readonly entries: readonly ChangeEntry[];
  readonly gap: FileHistory['gap'];
}

export function changeList(kind: EntryKind, history: FileHistory, lang: Lang): ChangeList {
  return {
    entries: history.changes.map((change) => ({ date: change.commit.date, day: change.commit.day, lines: describeContentChange(kind, change.content, lang) })),
    gap: history.gap,
  };
}
