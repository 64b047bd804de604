import { DIMENSION_IDS } from '../dimensions.ts';
import type { Source } from '../schema/common.ts';
import type { DimensionPage } from '../schema/dimension-page.ts';
import type { Programme } from '../schema/programme.ts';
import { loadRegister, type Register } from '../register/register.ts';
import { unexplainedAbbreviations } from './abbreviations.ts';
import type { Region } from '../schema/region.ts';
import type { ContentSet, Entry } from './entries.ts';
import { describeRule, type RuleId } from './messages.ts';
import type { Problem } from './problem.ts';
import { compareWithRegister, type RegionIdentity } from './register-check.ts';

/**
 * Rules that span files, which Astro's loader does not check (or only logs): folder and file names,
 * unique ids, progress dates, and each real region against the national register (errors, in
 * `crossCheck`); programme years against the region's period and horizons, and undated sources
 * and abbreviations readers find unexplained (warnings, in `crossCheckWarnings`: real data may differ).
 */

function problemAt<T>(entry: Entry<T>, path: readonly (string | number)[], rule: RuleId, values: Record<string, string | number> = {}): Problem {
  const line = entry.lineOf?.(path);
  return { file: entry.file, ...(line === undefined ? {} : { line }), field: formatFieldPath(path), ...describeRule(rule, values) };
}

/** A problem on a line of an entry's body, which has no field. */
function problemOnLine<T>(entry: Entry<T>, line: number, rule: RuleId, values: Record<string, string | number> = {}): Problem {
  return { file: entry.file, line, field: '', ...describeRule(rule, values) };
}

/** `funding[1].source`: list positions counted from 1, as authors count them. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment + 1}]`;
    else text += text ? `.${String(segment)}` : String(segment);
  }
  return text;
}

/** Valid entries and, where the check kept them, what passed of the files that failed their schema. */
export function allEntries(content: ContentSet): { regions: Entry<Partial<Region>>[]; dimensionPages: Entry<Partial<DimensionPage>>[]; programmes: Entry<Partial<Programme>>[] } {
  const { incomplete } = content;
  return {
    regions: [...content.regions, ...(incomplete?.regions ?? [])],
    dimensionPages: [...content.dimensionPages, ...(incomplete?.dimensionPages ?? [])],
    programmes: [...content.programmes, ...(incomplete?.programmes ?? [])],
  };
}

/** The fields the register fixes, when all of them passed the schema. */
function identityOf({ fictional, slug, name, type, province, code }: Partial<Region>): RegionIdentity | undefined {
  if (fictional === undefined || slug === undefined || name === undefined || type === undefined || province === undefined) return undefined;
  return { fictional, slug, name, type, province, code };
}

/**
 * Each rule runs on the fields it needs, where they passed the schema: a file with a schema error
 * is still cross-checked in the same run, and a field the schema refused is not reported twice.
 */
export function crossCheck(content: ContentSet, today: string, register: Register = loadRegister()): Problem[] {
  const problems: Problem[] = [];
  const { regions, dimensionPages, programmes } = allEntries(content);
  for (const region of regions) {
    const { data } = region;
    if (data.slug !== undefined && data.slug !== region.region) {
      problems.push(problemAt(region, ['slug'], 'folder-slug-mismatch', { slug: data.slug, folder: region.region }));
    }
    const identity = identityOf(data);
    for (const finding of identity ? compareWithRegister(identity, register) : []) {
      problems.push(problemAt(region, [finding.field], finding.rule, finding.values));
    }
    if (data.fictional === false && data.cohort !== undefined) {
      problems.push(problemAt(region, ['cohort'], 'cohort-belongs-in-data', { code: data.code ?? '…' }));
    }
  }

  for (const page of dimensionPages) {
    if (!(DIMENSION_IDS as readonly string[]).includes(page.name)) {
      problems.push(problemAt(page, [], 'dimension-file-unknown', { fileName: page.name }));
    } else if (page.data.dimension !== undefined && page.data.dimension !== page.name) {
      const extension = page.file.slice(page.file.lastIndexOf('.'));
      problems.push(problemAt(page, ['dimension'], 'dimension-file-mismatch', { fileName: page.name, extension, dimension: page.data.dimension }));
    }
  }

  const realRegions = new Set(regions.filter((region) => region.data.fictional === false).map((region) => region.region));
  const seenIds = new Map<string, Entry<Partial<Programme>>>();
  for (const programme of programmes) {
    const { data } = programme;
    // A fact about a real region is published only with its source, programmes included.
    if (realRegions.has(programme.region) && data.sources?.length === 0) problems.push(problemAt(programme, ['sources'], 'real-programme-needs-source'));
    if (data.id !== undefined) {
      if (data.id !== programme.name) {
        problems.push(problemAt(programme, ['id'], 'programme-file-id-mismatch', { id: data.id, fileName: programme.name }));
      }
      const key = `${programme.region}/${data.id}`;
      const other = seenIds.get(key);
      if (other) problems.push(problemAt(programme, ['id'], 'programme-id-duplicate', { id: data.id, other: other.file }));
      else seenIds.set(key, programme);
    }
    problems.push(...checkProgress(programme, today));
  }
  return problems;
}

/**
 * What real data can legitimately do and the check still points out, without blocking: a
 * programme's years outside the masterplan period or its horizon (a quick win started before the
 * masterplan was adopted), a quick win the roadmap places later, a source without a date, an
 * abbreviation neither the glossary nor the file explains (src/lib/content/abbreviations.ts).
 * PANDUAN.md ("Jika data nyata tidak cocok dengan aturan") lists these beside the errors.
 */
export function crossCheckWarnings(content: ContentSet): Problem[] {
  const warnings: Problem[] = [];
  const { regions, dimensionPages, programmes } = allEntries(content);
  const regionsBySlug = new Map(regions.map((region) => [region.region, region.data]));
  for (const region of regions) {
    if (region.data.fictional === false) warnings.push(...checkSourceDates(region));
  }
  for (const programme of programmes) {
    const region = regionsBySlug.get(programme.region);
    if (!region) continue;
    warnings.push(...checkProgrammeYears(programme, region));
    if (region.fictional === false) warnings.push(...checkSourceDates(programme));
  }
  for (const { entry, abbreviation, at } of unexplainedAbbreviations({ regions, dimensionPages, programmes })) {
    const values = { abbreviation };
    warnings.push('line' in at ? problemOnLine(entry, at.line, 'abbreviation-unexplained', values) : problemAt(entry, at.field, 'abbreviation-unexplained', values));
  }
  return warnings;
}

/** One warning per file, at its first undated source, naming them all: real news pages often carry no date. */
function checkSourceDates(entry: Entry<{ readonly sources?: readonly Source[] }>): Problem[] {
  const undated = (entry.data.sources ?? []).flatMap((source, index) => (source.date === undefined ? [index] : []));
  const [first] = undated;
  if (first === undefined) return [];
  return [problemAt(entry, ['sources', first], 'source-without-date', { numbers: undated.map((index) => index + 1).join(', ') })];
}

function checkProgrammeYears(programme: Entry<Partial<Programme>>, region: Partial<Region>): Problem[] {
  const warnings: Problem[] = [];
  const { data } = programme;
  const years = [
    ['startYear', data.startYear],
    ['endYear', data.endYear],
  ] as const;
  for (const [field, year] of years) {
    if (year === undefined || !region.period) continue;
    if (year < region.period.start || year > region.period.end) {
      warnings.push(problemAt(programme, [field], 'programme-year-outside-period', { year, start: region.period.start, end: region.period.end }));
    }
  }
  // A programme sits on the horizon in which it starts; it may run on into later horizons.
  const firstYear = data.startYear ?? data.endYear;
  if (data.horizon && region.horizons && firstYear !== undefined && warnings.length === 0) {
    const span = region.horizons[data.horizon];
    if (firstYear < span.start || firstYear > span.end) {
      const field = data.startYear === undefined ? 'endYear' : 'startYear';
      warnings.push(problemAt(programme, [field], 'programme-outside-horizon', { year: firstYear, horizon: data.horizon, start: span.start, end: span.end }));
    }
  }
  if (data.kind === 'quick-win' && data.horizon && data.horizon !== 'short') {
    warnings.push(problemAt(programme, ['horizon'], 'quick-win-not-short', { horizon: data.horizon }));
  }
  return warnings;
}

function checkProgress(programme: Entry<Partial<Programme>>, today: string): Problem[] {
  const problems: Problem[] = [];
  let previous: string | undefined;
  programme.data.progress?.forEach((update, index) => {
    if (update.date > today) {
      problems.push(problemAt(programme, ['progress', index, 'date'], 'progress-in-future', { date: update.date, today }));
    }
    if (previous !== undefined && update.date < previous) {
      problems.push(problemAt(programme, ['progress', index, 'date'], 'progress-out-of-order', { date: update.date, previous }));
    }
    previous = update.date;
  });
  return problems;
}
