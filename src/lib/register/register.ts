import { readFileSync } from 'node:fs';
import path from 'node:path';
import { firstHiddenCharacter } from '../hidden-characters.ts';

/**
 * The national register: every province and kabupaten/kota with its Kemendagri code, official name,
 * type and province, read from data/wilayah/kode-wilayah-2025.tsv (source and licence beside it).
 * The check compares each real region against it, and `npm run new` fills a new region in from it.
 */

export type RegionType = 'kota' | 'kabupaten';

export interface Province {
  /** Two digits, e.g. '64'. */
  code: string;
  /** Official name, e.g. 'Kalimantan Timur'. */
  name: string;
  /** e.g. 'kalimantan-timur'. */
  slug: string;
}

export interface RegisteredRegion {
  /** `NN.NN`, e.g. '64.71'. */
  code: string;
  /** Official name with its type, e.g. 'Kota Balikpapan' or 'Kota Administrasi Jakarta Pusat'. */
  name: string;
  type: RegionType;
  /** The name without its type words, e.g. 'Balikpapan', 'Jakarta Pusat'. */
  shortName: string;
  /** The portal's folder and URL name, e.g. 'kota-balikpapan', 'kota-jakarta-pusat'. */
  slug: string;
  province: Province;
}

export interface Register {
  readonly provinces: readonly Province[];
  /** All kabupaten/kota, in register order. */
  readonly regions: readonly RegisteredRegion[];
  byCode(code: string): RegisteredRegion | undefined;
  bySlug(slug: string): RegisteredRegion | undefined;
  /** Regions whose name matches, with or without 'Kota'/'Kabupaten', case- and accent-insensitive; for `npm run new` and did-you-mean. */
  find(query: string): RegisteredRegion[];
}

/** Where the register lives, relative to the project root. */
export const REGISTER_FILE = 'data/wilayah/kode-wilayah-2025.tsv';

/**
 * Abbreviations the register uses in a few names ("Kabupaten Kep. Siau Tagulandang Biaro"), spelt
 * out in slugs and searches so that they read like the other "Kepulauan …" regions.
 */
const ABBREVIATIONS: Readonly<Record<string, string>> = { kep: 'kepulauan', kab: 'kabupaten' };

/** The words of a name, lowercase and without accents or apostrophes, abbreviations spelt out. */
function words(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .map((word) => ABBREVIATIONS[word] ?? word);
}

/** "Kota Bau-Bau" → "kota-bau-bau", "Kep. Siau" → "kepulauan-siau", "Jum'at" → "jumat". */
export function slugify(text: string): string {
  return words(text).join('-');
}

/** 'Kota', 'Kabupaten', optionally followed by 'Administrasi' (the Jakarta cities and Kepulauan Seribu). */
const TYPE_WORDS = /^(Kota|Kabupaten)(?: Administrasi)? (.+)$/;

function parseRegion(code: string, name: string, province: Province, where: string): RegisteredRegion {
  const match = TYPE_WORDS.exec(name);
  if (!match) throw new Error(`${where}: "${name}" does not start with Kota or Kabupaten`);
  const type: RegionType = match[1] === 'Kota' ? 'kota' : 'kabupaten';
  const shortName = match[2]!;
  return { code, name, type, shortName, slug: `${type}-${slugify(shortName)}`, province };
}

/** Reads the register's text; a malformed line is a broken data file, reported with its line. */
export function parseRegister(text: string, file: string = REGISTER_FILE): Register {
  const provinces: Province[] = [];
  const regions: RegisteredRegion[] = [];
  const provincesByCode = new Map<string, Province>();
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${file}:${index + 1}`;
    const [code = '', rawName = '', ...extra] = line.split('\t');
    // The source carries a stray space after one name ("Kota Administrasi Jakarta Utara ").
    const name = rawName.trim().replace(/\s+/g, ' ');
    if (extra.length > 0 || name === '') throw new Error(`${where}: expected "code<TAB>name", found "${line}"`);
    // Names reach every page, download and feed: the same characters are refused as in content.
    const hidden = firstHiddenCharacter(name, 'line');
    if (hidden) throw new Error(`${where}: name holds the invisible character ${hidden.code}`);
    if (/^\d{2}$/.test(code)) {
      const province = { code, name, slug: slugify(name) };
      provinces.push(province);
      provincesByCode.set(code, province);
    } else if (/^\d{2}\.\d{2}$/.test(code)) {
      const province = provincesByCode.get(code.slice(0, 2));
      if (!province) throw new Error(`${where}: region ${code} comes before its province ${code.slice(0, 2)}`);
      regions.push(parseRegion(code, name, province, where));
    } else {
      throw new Error(`${where}: "${code}" is not a province (NN) or kabupaten/kota (NN.NN) code`);
    }
  });
  return makeRegister(provinces, regions);
}

function makeRegister(provinces: readonly Province[], regions: readonly RegisteredRegion[]): Register {
  const byCode = new Map(regions.map((region) => [region.code, region]));
  const bySlug = new Map(regions.map((region) => [region.slug, region]));
  /** Every way a region may be named, as words joined by spaces: full name, name without 'Administrasi', short name. */
  const namesOf = (region: RegisteredRegion): string[] => [
    words(region.name).join(' '),
    `${region.type} ${words(region.shortName).join(' ')}`,
    words(region.shortName).join(' '),
  ];
  const byName = new Map<string, RegisteredRegion[]>();
  for (const region of regions) {
    for (const name of new Set(namesOf(region))) byName.set(name, [...(byName.get(name) ?? []), region]);
  }
  return {
    provinces,
    regions,
    byCode: (code) => byCode.get(code.trim()),
    bySlug: (slug) => bySlug.get(slug),
    find: (query) => [...(byName.get(words(query).join(' ')) ?? [])],
  };
}

const loaded = new Map<string, Register>();

/**
 * The register of the project at `root`, read once per process. The default root is the working
 * directory (npm scripts and the build run there), not CONTENT_ROOT: content may come from elsewhere
 * (fixtures, the benchmark), the register is always the repository's own.
 */
export function loadRegister(root: string = process.cwd()): Register {
  const file = path.resolve(root, REGISTER_FILE);
  let register = loaded.get(file);
  if (!register) {
    register = parseRegister(readFileSync(file, 'utf8'), REGISTER_FILE);
    loaded.set(file, register);
  }
  return register;
}
