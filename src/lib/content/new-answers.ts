import type { z } from 'astro/zod';
import { DIMENSIONS, type DimensionId } from '../dimensions.ts';
import { slugify, type Register, type RegionType, type RegisteredRegion } from '../register/register.ts';
import { programmeSchema } from '../schema/programme.ts';
import { REGION_TYPES, regionSchema } from '../schema/region.ts';
import { describeIssue, describeRule } from './messages.ts';
import type { Bilingual, Problem } from './problem.ts';
import { closestMatch } from './suggest.ts';

/**
 * The checks behind `npm run new` (scripts/new.ts), one per answer, so that the interactive mode
 * can refuse a bad answer as soon as it is typed and ask the same question again, and the flags
 * mode refuses the same values in the same words. A value the check judges (a type, a slug, an id)
 * is worded by the check's own catalogue (messages.ts). Pure: the register and the existing
 * regions are handed in, nothing here reads the disk.
 */

export const COMMAND = 'npm run new';
export const EXAMPLE = `${COMMAND} -- 64.71`;
export const exampleHint: Bilingual = { id: `Contoh: ${EXAMPLE}`, en: `Example: ${EXAMPLE}` };
export const EXAMPLE_FICTIONAL = `${COMMAND} -- kota-contoh --name "Kota Contoh" --province "Provinsi Contoh" --type kota`;

/** An answer as `npm run new` will use it, or the problems that stop it. */
export type Checked<T> =
  | {
      readonly ok: true;
      readonly value: T;
      /** Told to the author when the answer was corrected rather than taken as typed. */
      readonly note?: Bilingual;
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

function refused<T>(field: string, message: Bilingual, hint?: Bilingual): Checked<T> {
  return { ok: false, problems: [{ file: COMMAND, field, message, ...(hint ? { hint } : {}) }] };
}

const didYouMean = (candidate: string): Bilingual => ({ id: `Mungkin maksud Anda "${candidate}"?`, en: `Did you mean "${candidate}"?` });

/**
 * Checks one value with its own schema, worded as `npm run check` would word it. Runs before any
 * path is built from the value, so that a slug like `../x` never reaches the file system.
 * `undefined` is a value not given at all ("required field … is missing").
 */
function checkField<T extends z.ZodType>(field: string, schema: T, value: string | undefined): Checked<z.output<T>> {
  const result = schema.safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.map((issue): Problem => {
    const { message, hint } = describeIssue({ ...issue, path: [field] }, value, []);
    return { file: COMMAND, field, message, ...(hint ? { hint } : {}) };
  });
  return { ok: false, problems };
}

export type Creation = 'register' | 'programme' | 'fictional';

/** The first question: what to create, by its number. */
const CREATIONS: Readonly<Record<string, Creation>> = { '1': 'register', '2': 'programme', '3': 'fictional' };

export function checkCreation(answer: string): Checked<Creation> {
  const creation = CREATIONS[answer.trim()];
  if (creation) return { ok: true, value: creation };
  return refused('', { id: `Jawab 1, 2, atau 3, bukan "${answer}".`, en: `Answer 1, 2 or 3, not "${answer}".` });
}

/** The region type a slug or name starts with, if any ("kota-x" or "Kota X" → "kota"). */
export function typePrefix(text: string): RegionType | undefined {
  const first = text.toLowerCase().split(/[-\s]/)[0] ?? '';
  return REGION_TYPES.find((type) => type === first);
}

/** `Kota` is `kota`: the type is a word of the region's name, and authors capitalise it. */
export function checkRegionType(answer: string | undefined): Checked<RegionType> {
  const text = answer?.trim().toLowerCase();
  const checked = checkField('type', regionSchema.shape.type, text);
  // "kab" is too short for a did-you-mean by spelling, but it can only mean one type.
  const abbreviated = text ? REGION_TYPES.filter((type) => type.startsWith(text)) : [];
  const [problem] = checked.ok ? [] : checked.problems;
  if (problem && !problem.hint && abbreviated.length === 1 && abbreviated[0]) return { ok: false, problems: [{ ...problem, hint: didYouMean(abbreviated[0]) }] };
  return checked;
}

/**
 * A region's slug starts with its type (`kota-bontang`). A slug without it (`bontang`) is the
 * common shorthand and is completed, with a note; a slug with the other type's prefix contradicts
 * the type and is refused in the check's words, with the slug that would match.
 */
export function checkRegionSlug(answer: string, type: RegionType): Checked<string> {
  const format = checkField('slug', regionSchema.shape.slug, answer.trim());
  if (!format.ok) return format;
  const slug = format.value;
  const prefix = `${type}-`;
  if (slug.startsWith(prefix)) return format;
  const otherType = REGION_TYPES.find((other) => slug.startsWith(`${other}-`));
  if (otherType) {
    const { message } = describeRule('slug-type-prefix', { slug, prefix });
    return refused('slug', message, didYouMean(`${prefix}${slug.slice(otherType.length + 1)}`));
  }
  const completed = `${prefix}${slug}`;
  return {
    ok: true,
    value: completed,
    note: { id: `Slug menjadi "${completed}": slug daerah diawali jenisnya.`, en: `The slug becomes "${completed}": a region's slug starts with its type.` },
  };
}

export const checkRegionName = (answer: string): Checked<string> => checkField('name', regionSchema.shape.name, answer.trim());
export const checkProvince = (answer: string): Checked<string> => checkField('province', regionSchema.shape.province, answer.trim());
export const checkProgrammeId = (answer: string): Checked<string> => checkField('id', programmeSchema.shape.id, answer.trim());
export const checkProgrammeName = (answer: string): Checked<string> => checkField('name', programmeSchema.shape.name, answer.trim());

/** "  1 = smart-governance (Tata Kelola)", one line each, shown before the question that asks for a dimension. */
export const DIMENSION_CHOICES = DIMENSIONS.map((dimension, index) => `  ${index + 1} = ${dimension.id} (${dimension.nameId})`).join('\n');

/** A dimension by its id, its number in DIMENSION_CHOICES, or its Indonesian name ("tata kelola"). */
export function checkDimension(answer: string): Checked<DimensionId> {
  const text = answer.trim();
  const byNumber = /^\d+$/.test(text) ? DIMENSIONS[Number(text) - 1] : undefined;
  const byName = DIMENSIONS.find((dimension) => slugify(dimension.nameId) === slugify(text));
  const dimension = byNumber ?? byName;
  return dimension ? { ok: true, value: dimension.id } : checkField('dimension', programmeSchema.shape.dimension, text);
}

/** "kota-balikpapan" → "Kota Balikpapan": a starting point the author can correct. */
export function nameFromSlug(slug: string): string {
  return slug
    .split('-')
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/**
 * A region folder that exists under content/, by its slug, or by its slug without the type prefix
 * when exactly one region has it (`contoh` → `kota-contoh`).
 */
export function checkExistingRegion(answer: string, regions: readonly string[]): Checked<string> {
  const slug = answer.trim();
  if (regions.includes(slug)) return { ok: true, value: slug };
  const completed = REGION_TYPES.map((type) => `${type}-${slug}`).filter((candidate) => regions.includes(candidate));
  if (completed.length === 1 && completed[0]) {
    return { ok: true, value: completed[0], note: { id: `Daerahnya: "${completed[0]}".`, en: `The region: "${completed[0]}".` } };
  }
  const missing = { id: `Daerah "${slug}" belum ada.`, en: `Region "${slug}" does not exist yet.` };
  if (completed.length > 1) {
    const quoted = completed.map((candidate) => `"${candidate}"`);
    return refused('slug', missing, { id: `Tulis slug lengkapnya: ${quoted.join(' atau ')}.`, en: `Write the whole slug: ${quoted.join(' or ')}.` });
  }
  const nearest = closestMatch(slug, regions);
  return refused(
    'slug',
    missing,
    nearest === undefined
      ? { id: `Buat dulu daerahnya: ${COMMAND} -- <kode atau nama daerah>`, en: `Create the region first: ${COMMAND} -- <region code or name>` }
      : didYouMean(nearest),
  );
}

/** "64.71 Kota Balikpapan (Kalimantan Timur)". */
export const registeredLabel = (region: RegisteredRegion): string => `${region.code} ${region.name} (${region.province.name})`;

export type Resolution =
  | { readonly kind: 'found'; readonly region: RegisteredRegion }
  /** Several regions share the name: the author chooses one of `candidates`. */
  | { readonly kind: 'ambiguous'; readonly candidates: readonly RegisteredRegion[]; readonly problem: Problem }
  | { readonly kind: 'unknown'; readonly problem: Problem };

/** The region of the register that a code, slug or name (with or without Kota/Kabupaten) names. */
export function resolveRegion(query: string, register: Register): Resolution {
  const text = query.trim();
  if (text === '') {
    return { kind: 'unknown', problem: { file: COMMAND, field: '', message: { id: 'Kode wilayah atau nama daerah belum diisi.', en: 'The region code or name is missing.' }, hint: exampleHint } };
  }
  if (/^\d{2}\.\d{2}$/.test(text)) {
    const region = register.byCode(text);
    return region ? { kind: 'found', region } : { kind: 'unknown', problem: { file: COMMAND, field: '', ...describeRule('register-code-unknown', { value: text }) } };
  }
  const bySlug = register.bySlug(text);
  if (bySlug) return { kind: 'found', region: bySlug };
  const candidates = register.find(text);
  const [first] = candidates;
  if (first && candidates.length === 1) return { kind: 'found', region: first };
  if (first) {
    const list = candidates.map(registeredLabel).join('; ');
    return {
      kind: 'ambiguous',
      candidates,
      problem: {
        file: COMMAND,
        field: '',
        message: { id: `"${text}" cocok dengan ${candidates.length} daerah: ${list}.`, en: `"${text}" matches ${candidates.length} regions: ${list}.` },
        hint: { id: `Pilih dengan kodenya, mis. ${COMMAND} -- ${first.code}`, en: `Choose one by its code, e.g. ${COMMAND} -- ${first.code}` },
      },
    };
  }
  return { kind: 'unknown', problem: notInRegister(text, register) };
}

/** A region of the register by its Kemendagri code (`--code 64.74`). */
export function checkRegisteredCode(answer: string, register: Register): Checked<RegisteredRegion> {
  const format = checkField('code', regionSchema.shape.code, answer.trim());
  if (!format.ok) return format;
  const region = format.value === undefined ? undefined : register.byCode(format.value);
  if (region) return { ok: true, value: region };
  const { message, hint } = describeRule('register-code-unknown', { value: answer.trim() });
  return refused('code', message, hint);
}

/** One of the regions an ambiguous name matched, by its number in the list or by its code. */
export function checkCandidate(answer: string, candidates: readonly RegisteredRegion[]): Checked<RegisteredRegion> {
  const text = answer.trim();
  const chosen = /^\d+$/.test(text) ? candidates[Number(text) - 1] : candidates.find((candidate) => candidate.code === text);
  if (chosen) return { ok: true, value: chosen };
  return refused('', {
    id: `Jawab dengan nomor 1 sampai ${candidates.length} atau kode wilayahnya, bukan "${text}".`,
    en: `Answer with a number from 1 to ${candidates.length} or the region code, not "${text}".`,
  });
}

/** More suggestions than this are no help: the author is better served by the list in data/wilayah/. */
const MAX_SUGGESTIONS = 6;

/** The registered regions a name the register lacks most likely means. */
function nearestRegions(text: string, register: Register): RegisteredRegion[] {
  const slug = slugify(text);
  // The right name with the wrong type ("kota-buleleng"): the region of that name.
  const sameName = register.find(slug.replace(/^(kota|kabupaten)-/, ''));
  if (sameName.length > 0) return sameName;
  // The first words of a name ("Jakarta"): the regions whose name starts so, when they are few.
  const starting = register.regions.filter((region) => slugify(region.shortName).startsWith(`${slug}-`));
  if (starting.length > 0 && starting.length <= MAX_SUGGESTIONS) return starting;
  // A letter or two off ("Balikpapn").
  const nearest = closestMatch(slug, register.regions.flatMap((region) => [region.slug, slugify(region.shortName)]));
  return nearest === undefined ? [] : register.find(nearest);
}

/** Words a name the register lacks, with the regions it most likely means. */
function notInRegister(text: string, register: Register): Problem {
  const choices = nearestRegions(text, register).map((region) => `${region.name} (${COMMAND} -- ${region.code})`);
  return {
    file: COMMAND,
    field: '',
    message: { id: `"${text}" tidak ada di daftar wilayah Kemendagri.`, en: `"${text}" is not in the Kemendagri register.` },
    hint:
      choices.length === 1
        ? { id: `Mungkin maksud Anda ${choices[0]}?`, en: `Did you mean ${choices[0]}?` }
        : choices.length > 1
          ? { id: `Mungkin maksud Anda salah satu dari: ${choices.join('; ')}?`, en: `Did you mean one of: ${choices.join('; ')}?` }
          : {
              id: `Tulis kode atau nama resminya (daftar: data/wilayah/kode-wilayah-2025.tsv). Daerah contoh fiktif: ${EXAMPLE_FICTIONAL}`,
              en: `Write its code or official name (list: data/wilayah/kode-wilayah-2025.tsv). A fictional demo region: ${EXAMPLE_FICTIONAL}`,
            },
  };
}
