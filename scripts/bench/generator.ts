import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Document, Scalar, visit } from 'yaml';
import { DIMENSIONS, OTHER_ELEMENT, type DimensionId, type Element } from '../../src/lib/dimensions.ts';
import type { FundingSource } from '../../src/lib/schema/programme.ts';
import type { Horizon } from '../../src/lib/schema/region.ts';
import * as W from './words.ts';

/**
 * Deterministic synthetic regions for the benchmark: realistic sizes (25–45 programmes, six
 * dimension pages, bodies and milestones for the diagrams) and realistic field use, valid against
 * the schemas and the check. Every region is `fictional: true` and named "… Sintetis NNNN".
 *
 * Each region draws from its own PRNG stream (seed × region number), so region 7 is the same file
 * set whether 10 or 514 regions are generated: the sizes of one run share their first regions.
 */

export interface GeneratorOptions {
  readonly regions: number;
  readonly seed: number;
}

/**
 * Progress and held milestones are dated up to this day, not up to "today", so the output depends
 * on the seed alone; the date only has to be in the past for the check's "not in the future" rule.
 */
export const AS_OF = '2026-03-31';
const AS_OF_YEAR = Number(AS_OF.slice(0, 4));

/** Indonesia has 98 kota among 514 regions; the same share keeps the kota/kabupaten mix realistic. */
const KOTA_SHARE = 98 / 514;
const PROVINCES = 38;

/** sfc32, seeded through splitmix32: small, fast, and the same sequence on every platform. */
export class Random {
  #a: number;
  #b: number;
  #c: number;
  #d: number;

  constructor(seed: number) {
    let state = seed >>> 0;
    const next = (): number => {
      state = (state + 0x9e3779b9) >>> 0;
      let z = state;
      z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
      z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
      return (z ^ (z >>> 16)) >>> 0;
    };
    this.#a = next();
    this.#b = next();
    this.#c = next();
    this.#d = next();
  }

  /** Uniform in [0, 1). */
  float(): number {
    const t = (((this.#a + this.#b) >>> 0) + this.#d) >>> 0;
    this.#d = (this.#d + 1) >>> 0;
    this.#a = this.#b ^ (this.#b >>> 9);
    this.#b = (this.#c + (this.#c << 3)) >>> 0;
    this.#c = ((this.#c << 21) | (this.#c >>> 11)) >>> 0;
    this.#c = (this.#c + t) >>> 0;
    return t / 4294967296;
  }

  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.float() < probability;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)]!;
  }

  /** `count` distinct items in their original order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const indices = items.map((_, index) => index);
    for (let i = indices.length - 1; i > 0; i--) {
      const j = Math.floor(this.float() * (i + 1));
      [indices[i], indices[j]] = [indices[j]!, indices[i]!];
    }
    return indices
      .slice(0, Math.min(count, items.length))
      .sort((x, y) => x - y)
      .map((index) => items[index]!);
  }
}

/** The generated files, by path below `content/`, in a stable order. */
export function generateContent(options: GeneratorOptions): Map<string, string> {
  if (!Number.isSafeInteger(options.regions) || options.regions < 1) throw new Error(`regions must be a positive integer, not ${options.regions}`);
  const files = new Map<string, string>();
  for (let index = 0; index < options.regions; index++) {
    for (const [file, text] of generateRegion(index, options.seed)) files.set(file, text);
  }
  return files;
}

/** Writes the generated files into `<root>/content` and says how many of each it wrote. */
export async function writeContent(root: string, options: GeneratorOptions): Promise<{ files: number; programmes: number }> {
  const files = generateContent(options);
  const folders = new Set([...files.keys()].map((file) => path.dirname(path.join(root, 'content', file))));
  await Promise.all([...folders].map((folder) => mkdir(folder, { recursive: true })));
  let programmes = 0;
  for (const [file, text] of files) {
    if (file.includes('/program/')) programmes++;
    await writeFile(path.join(root, 'content', file), text);
  }
  return { files: files.size, programmes };
}

interface Span {
  readonly start: number;
  readonly end: number;
}

interface RegionPlan {
  readonly slug: string;
  readonly name: string;
  readonly type: 'kota' | 'kabupaten';
  readonly period: Span;
  readonly horizons: Readonly<Record<Horizon, Span>>;
}

function generateRegion(index: number, seed: number): [string, string][] {
  // Region streams are independent: mixing the region number into the seed keeps them apart.
  const random = new Random(Math.imul(seed >>> 0, 0x9e3779b1) ^ (index + 1));
  const number = String(index + 1).padStart(4, '0');
  const type = random.chance(KOTA_SHARE) ? 'kota' : 'kabupaten';
  const name = `${type === 'kota' ? 'Kota' : 'Kabupaten'} Sintetis ${number}`;
  const slug = `${type}-sintetis-${number}`;
  const start = random.int(2019, 2025);
  const length = random.pick([5, 5, 6, 10, 10, 10]);
  const period = { start, end: start + length - 1 };
  const plan: RegionPlan = { slug, name, type, period, horizons: tileHorizons(period) };

  const files: [string, string][] = [[`${slug}/index.md`, regionFile(random, plan, index)]];
  for (const dimension of DIMENSIONS) {
    files.push([`${slug}/dimensi/${dimension.id}.md`, dimensionFile(random, plan, dimension.id)]);
  }
  const usedIds = new Set<string>();
  const count = random.int(25, 45);
  for (let i = 0; i < count; i++) {
    const programme = programmeFile(random, plan, usedIds);
    files.push([`${slug}/program/${programme.id}.md`, programme.text]);
  }
  return files;
}

/** Short horizon of one or two years for the quick wins, the rest split between medium and long. */
function tileHorizons(period: Span): Record<Horizon, Span> {
  const length = period.end - period.start + 1;
  const shortYears = length >= 8 ? 2 : 1;
  const mediumYears = Math.ceil((length - shortYears) / 2);
  const shortEnd = period.start + shortYears - 1;
  const mediumEnd = shortEnd + mediumYears;
  return {
    short: { start: period.start, end: shortEnd },
    medium: { start: shortEnd + 1, end: mediumEnd },
    long: { start: mediumEnd + 1, end: period.end },
  };
}

function regionFile(random: Random, plan: RegionPlan, index: number): string {
  const { slug, name, type, period } = plan;
  const head = type === 'kota' ? 'Wali Kota' : 'Bupati';
  const host = `https://sintetis.example/${slug}`;
  const cohort = random.int(2017, Math.min(2022, period.start));
  const adoptionYear = period.start;
  const sources = Array.from({ length: random.int(2, 5) }, (_, i) => ({
    title: `${random.pick(['Buku II Masterplan Smart City', 'Laporan Evaluasi Smart City', 'Notulen FGD Smart City', 'Berita Bimtek Smart City'])} ${name} (dokumen sintetis)`,
    outlet: `${random.pick(W.AGENCIES)} ${name} (sintetis)`,
    date: dateIn(random, Math.min(cohort + i, AS_OF_YEAR), AS_OF),
    url: `${host}/sumber-${i + 1}.pdf`,
    ...(random.chance(0.5) ? { page: random.int(2, 180) } : {}),
  }));
  const sourceRef = (): { source: number } | Record<string, never> => (random.chance(0.8) ? { source: random.int(1, sources.length) } : {});
  const milestones = [
    { date: dateIn(random, cohort, `${cohort}-12-31`), kind: 'bimtek', title: 'Bimtek pertama Gerakan Menuju Smart City', place: `Ruang Rapat Bappeda ${name}`, ...sourceRef() },
    { date: dateIn(random, cohort, `${cohort}-12-31`), kind: 'fgd', title: 'FGD analisis kesiapan bersama OPD, kampus, dan komunitas', ...sourceRef() },
    { date: dateIn(random, adoptionYear, `${Math.min(adoptionYear, AS_OF_YEAR)}-12-31`), kind: 'adopsi', title: `Masterplan ${period.start}–${period.end} ditetapkan`, ...sourceRef() },
    ...(random.chance(0.7) ? [{ date: dateIn(random, adoptionYear, AS_OF), kind: 'sosialisasi', title: 'Sosialisasi masterplan kepada camat, lurah, dan forum warga', place: `Balai ${name}`, ...sourceRef() }] : []),
    ...(random.chance(0.6) ? [{ date: dateIn(random, Math.min(adoptionYear + 1, AS_OF_YEAR), AS_OF), kind: 'evaluasi', title: 'Evaluasi Smart City oleh kementerian', ...sourceRef() }] : []),
    // An announced event after AS_OF is allowed when it is marked as planned.
    ...(random.chance(0.5) ? [{ date: `${AS_OF_YEAR + 1}-0${random.int(1, 9)}`, planned: true, kind: 'review', title: 'Review paruh waktu masterplan' }] : []),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const bodies = [
    { kind: 'dewan', name: `Dewan Smart City ${name}`, chair: head, members: ['Sekretaris Daerah', 'Ketua DPRD', ...random.sample(W.PARTNERS, random.int(2, 6))] },
    { kind: 'tim-pelaksana', name: `Tim Pelaksana Smart City ${name}`, chair: 'Kepala Bappeda', members: random.sample(W.AGENCIES, random.int(4, 9)) },
    ...(random.chance(0.8) ? [{ kind: 'forum', name: `Forum ${name} Cerdas`, chair: 'Ketua Forum dari unsur masyarakat', members: random.sample(W.PARTNERS, random.int(3, 6)) }] : []),
  ].map((body) => ({ ...body, decree: `SK ${head} No. 100.3.3/${random.int(10, 99)}/${cohort}` }));

  const legalBasis = random.chance(0.8)
    ? { kind: type === 'kota' ? 'perwal' : 'perbup', number: String(random.int(1, 60)), year: adoptionYear, title: `Peraturan ${head} tentang Masterplan Smart City ${name} Tahun ${period.start}–${period.end}` }
    : { kind: 'belum', title: 'Rancangan peraturan sedang disusun bersama bagian hukum' };

  const data = {
    fictional: true,
    slug,
    name,
    type,
    province: `Provinsi Sintetis ${String((index % PROVINCES) + 1).padStart(2, '0')}`,
    // 99 is no real province code; kota take 71–99 as in Kemendagri numbering, kabupaten 01–70.
    code: `99.${String(type === 'kota' ? 71 + (index % 29) : 1 + (index % 70)).padStart(2, '0')}`,
    cohort,
    period,
    ...(random.chance(0.3) ? { editions: [{ period: { start: period.start - 5, end: period.start - 1 }, title: 'Edisi pertama hasil bimtek' }] } : {}),
    vision: `${name} yang ${random.sample(['melayani', 'sejahtera', 'lestari', 'terbuka', 'aman', 'berdaya saing', 'inklusif'], 3).join(', ')} melalui teknologi`,
    missions: Array.from({ length: random.int(3, 6) }, () => sentence(random, name).replace(/\.$/, '')),
    horizons: plan.horizons,
    bodies,
    documents: ['Buku I', 'Buku II', 'Buku III', 'Quick Wins']
      .slice(0, random.int(2, 4))
      .map((book, i) => ({ book, title: `${book} Masterplan Smart City ${name} ${period.start}–${period.end}`, year: adoptionYear, url: `${host}/buku-${i + 1}.pdf` })),
    legalBasis,
    rpjmd: { period: { start: period.start - 1, end: period.start + 4 }, note: sentence(random, name) },
    milestones,
    sources,
  };
  return document(data, paragraphs(random, name, random.int(2, 4)));
}

function dimensionFile(random: Random, plan: RegionPlan, dimension: DimensionId): string {
  const short = (): string[] => Array.from({ length: random.int(1, 3) }, () => clause(random));
  const data = {
    dimension,
    goals: Array.from({ length: random.int(2, 4) }, () => clause(random)),
    readiness: { struktur: short(), infrastruktur: short(), suprastruktur: short() },
  };
  return document(data, paragraphs(random, plan.name, random.int(2, 3)));
}

const FUNDING_SOURCES: readonly FundingSource[] = ['apbd', 'apbd', 'apbd', 'apbn', 'kpbu', 'csr', 'swasta', 'lainnya'];

function programmeFile(random: Random, plan: RegionPlan, usedIds: Set<string>): { id: string; text: string } {
  const dimension = random.pick(DIMENSIONS);
  let name: string;
  let id: string;
  do {
    name = `${random.pick(W.NAME_PREFIXES)} ${random.pick(W.TOPICS[dimension.id])} ${random.pick(W.NAME_SUFFIXES)}`;
    id = slugify(name);
  } while (usedIds.has(id));
  usedIds.add(id);

  const kind = random.chance(0.2) ? 'quick-win' : random.chance(0.75) ? 'priority' : 'other';
  const horizon: Horizon = kind === 'quick-win' ? 'short' : random.pick(['short', 'medium', 'medium', 'long', 'long']);
  // A few programmes have no years yet: the portal shows "Belum tersedia" for them.
  const hasYears = kind === 'quick-win' || random.chance(0.95);
  const span = plan.horizons[horizon];
  const startYear = random.int(span.start, span.end);
  const endYear = Math.min(plan.period.end, startYear + (kind === 'quick-win' ? random.int(0, 1) : random.int(0, 4)));
  const { status, progress } = progressOf(random, hasYears ? startYear : plan.period.start, endYear);
  const element = random.chance(0.03)
    ? { element: OTHER_ELEMENT, elementLabel: `${random.pick(W.TOPICS[dimension.id])} lintas sektor` }
    : { element: random.pick<Element>(dimension.elements).id };

  const data = {
    id,
    name,
    dimension: dimension.id,
    ...element,
    tags: random.sample(W.TAGS, random.int(1, 3)),
    kind,
    ...(hasYears ? { horizon, startYear, endYear } : {}),
    opd: random.pick(W.AGENCIES),
    partners: random.sample(W.PARTNERS, random.int(0, 3)),
    funding: Array.from({ length: random.int(1, 2) }, () => ({
      source: random.pick(FUNDING_SOURCES),
      // Rupiah in tens of millions, as budgets are written.
      ...(random.chance(0.85) ? { amount: random.int(5, 800) * 10_000_000 } : {}),
      ...(hasYears ? { year: startYear } : {}),
    })),
    indicators: random.sample(['output', 'outcome', 'impact'] as const, random.int(1, 3)).map((level) => {
      const baseline = random.int(0, 60);
      return {
        level,
        name: random.pick(W.INDICATOR_NAMES),
        baseline,
        target: baseline + random.int(5, 40),
        unit: random.pick(W.UNITS),
        ...(hasYears ? { year: endYear } : {}),
      };
    }),
    status,
    progress,
    rpjmdGoals: Array.from({ length: random.int(0, 2) }, () => `Tujuan ${random.int(1, 5)}.${random.int(1, 4)} – ${capitalise(clause(random))}`),
    sources: [
      {
        title: `Buku II Masterplan Smart City ${plan.name} (dokumen sintetis)`,
        outlet: `Diskominfo ${plan.name} (sintetis)`,
        url: `https://sintetis.example/${plan.slug}/buku-2.pdf`,
        page: random.int(20, 240),
      },
    ],
  };
  return { id, text: document(data, paragraphs(random, plan.name, random.int(1, 3))) };
}

type Update = { date: string; status: 'planned' | 'running' | 'done' | 'stopped'; percent: number; note: string; evidence?: string };

/** Status and dated updates up to AS_OF; a programme that has not started yet has none. */
function progressOf(random: Random, startYear: number, endYear: number): { status: Update['status']; progress: Update[] } {
  if (startYear > AS_OF_YEAR) return { status: 'planned', progress: [] };
  const finished = endYear < AS_OF_YEAR;
  const final: Update['status'] = finished
    ? random.pick(['done', 'done', 'done', 'running', 'stopped'])
    : random.pick(['running', 'running', 'running', 'planned', 'stopped']);
  const count = random.int(1, 3);
  const dates = Array.from({ length: count }, () => dateIn(random, startYear, AS_OF)).sort();
  const progress = dates.map((date, i): Update => {
    const last = i === count - 1;
    const status = last ? final : 'running';
    const percent = status === 'done' ? 100 : status === 'planned' ? 0 : Math.min(95, 10 + 30 * i + random.int(0, 20));
    return {
      date,
      status,
      percent,
      note: capitalise(`${clause(random)}.`),
      ...(random.chance(0.4) ? { evidence: `https://sintetis.example/laporan/${date}-${random.int(100, 999)}.pdf` } : {}),
    };
  });
  return { status: final, progress };
}

/** A day between 1 January of `fromYear` and `until` (inclusive), as YYYY-MM-DD. */
function dateIn(random: Random, fromYear: number, until: string): string {
  const from = Date.UTC(fromYear, 0, 1);
  const to = Date.UTC(Number(until.slice(0, 4)), Number(until.slice(5, 7)) - 1, Number(until.slice(8, 10)));
  const day = 86_400_000;
  return new Date(from + random.int(0, Math.max(0, Math.floor((to - from) / day))) * day).toISOString().slice(0, 10);
}

function clause(random: Random): string {
  return `${random.pick(W.VERBS)} ${random.pick(W.OBJECTS)} ${random.pick(W.QUALIFIERS)}`;
}

function sentence(random: Random, regionName: string): string {
  const subject = random.chance(0.15) ? regionName : random.chance(0.5) ? random.pick(W.NAMED_SUBJECTS) : random.pick(W.COMMON_SUBJECTS);
  const opener = random.chance(0.3) ? `${random.pick(W.OPENERS)} ` : '';
  const place = random.chance(0.25) ? ` di ${random.pick(['Kelurahan', 'Desa', 'Kecamatan'])} ${placeName(random)}` : '';
  return capitalise(`${opener}${subject} ${clause(random)}${place}.`);
}

function placeName(random: Random): string {
  return capitalise(Array.from({ length: random.int(2, 3) }, () => random.pick(W.SYLLABLES)).join(''));
}

function paragraphs(random: Random, regionName: string, count: number): string {
  return Array.from({ length: count }, () => Array.from({ length: random.int(3, 5) }, () => sentence(random, regionName)).join(' ')).join('\n\n');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const DATE_TEXT = /^\d{4}-\d{2}(-\d{2})?$/;

/** Frontmatter as authors write it (dates quoted, long lines kept whole, no empty lists), then the body. */
function document(data: object, body: string): string {
  const yaml = new Document(Object.fromEntries(Object.entries(data).filter(([, value]) => !(Array.isArray(value) && value.length === 0))));
  visit(yaml, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && DATE_TEXT.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return `---\n${yaml.toString({ lineWidth: 0 })}---\n\n${body}\n`;
}
