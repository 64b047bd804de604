import { GLOSSARY, type GlossaryTerm } from '../glossary.ts';
import type { Entry } from './entries.ts';
import { readBlocks, splitLines } from './safety/lexer.ts';

/**
 * Abbreviations a reader meets without an explanation. Content is full of them (DPMPTSP, UMKM,
 * TPA…), and a citizen who does not know one loses the sentence. An abbreviation counts as
 * explained when the glossary has it (pages then explain it in place), when the same file spells
 * it out in brackets ("Rumah Kreatif Lamongan (RKL)", "SIGAP (Sidoarjo Tanggap)"), or when it is
 * part of a programme's name in the same region (the programme's page says what it is).
 *
 * Only words readers see are scanned: the body and the frontmatter's text, but not sources (titles
 * and outlets are other publishers' words, quoted as they wrote them), quotations, addresses, code
 * or document numbers (`265/KOMINFO/DJAI/AI.01.05`). A warning, not an error: a new abbreviation
 * may be well known to readers, and whether it is is a judgement the check cannot make.
 */

/**
 * A run of 2–8 capital letters standing alone: not inside a word, a number, a path or an address
 * (`DIKSI.CO`, `KOMINFO/DJAI`, `e-KTP`, `G20`). A full stop may follow, as at the end of a sentence.
 */
const ABBREVIATION = /(?<![\p{L}\p{N}/._@&-])[A-Z]{2,8}(?![\p{L}\p{N}/_@&-])(?!\.[\p{L}\p{N}])/gu;
/** Roman numerals up to 39 (tahap II, Kelurahan Matani II): numbers, not abbreviations. */
const ROMAN_NUMERAL = /^X{0,3}(?:IX|IV|V?I{0,3})$/;
/** "(RKL)" after its words, or "SIGAP (" / "PL SAGITA (" before them: the file spells it out. */
const BRACKETED = /\(([A-Z]{2,8}(?:\s+[A-Z]{2,8})*)\)/g;
const BEFORE_BRACKET = /(?<![\p{L}\p{N}])((?:[A-Z]{2,8}\s+)*[A-Z]{2,8})\s*\(/gu;

/** What readers do not see as text of the content's own: quotations, addresses, code, link targets. */
const NOT_PROSE = [
  /`[^`\n]*`/g,
  /«[^»]*»/g,
  /“[^”]*”/g,
  /"[^"\n]*"/g,
  /\]\([^)\s]*\)/g,
  /<[^>\n]*>/g,
  /\bhttps?:\/\/\S+/g,
];

/** `text` with its line breaks only. */
const blanked = (text: string): string => text.replace(/[^\n]/g, ' ');

/**
 * `text` with what readers do not read as prose blanked, keeping line breaks so that lines still
 * count. Code fences are found by the content lexer, as the body guard finds them.
 */
function proseOf(text: string): string {
  const { fences } = readBlocks(splitLines(text), 'md', true);
  const unfenced = fences.reduce((prose, { start, end }) => prose.slice(0, start) + blanked(prose.slice(start, end)) + prose.slice(end), text);
  return NOT_PROSE.reduce((prose, pattern) => prose.replace(pattern, blanked), unfenced);
}

export interface AbbreviationUse {
  readonly abbreviation: string;
  /** Line within the text scanned, counted from 0. */
  readonly line: number;
}

/** Two capitals in a row: text without them holds no abbreviation, and most fields have none. */
const TWO_CAPITALS = /[A-Z]{2}/;

/** Each abbreviation in the prose of `text` where it is first used, in order of first use. */
export function abbreviationsIn(text: string): AbbreviationUse[] {
  if (!TWO_CAPITALS.test(text)) return [];
  const seen = new Map<string, AbbreviationUse>();
  proseOf(text)
    .split('\n')
    .forEach((line, index) => {
      for (const [abbreviation] of line.matchAll(ABBREVIATION)) {
        if (!ROMAN_NUMERAL.test(abbreviation) && !seen.has(abbreviation)) seen.set(abbreviation, { abbreviation, line: index });
      }
    });
  return [...seen.values()];
}

/** Abbreviations `text` spells out in brackets, before or after them. */
export function spelledOutIn(text: string): Set<string> {
  const spelled = new Set<string>();
  if (!text.includes('(')) return spelled;
  for (const pattern of [BRACKETED, BEFORE_BRACKET]) {
    for (const match of text.matchAll(pattern)) for (const word of match[1]!.split(/\s+/)) spelled.add(word);
  }
  return spelled;
}

/** The abbreviations the glossary explains: its acronyms, also inside a term such as "Satpol PP", and their aliases. */
export function glossaryAbbreviations(glossary: readonly GlossaryTerm[] = GLOSSARY): Set<string> {
  const spellings = glossary.flatMap((term) => [term.term, ...(term.aliases ?? [])]);
  return new Set(spellings.flatMap((spelling) => spelling.split(/\s+/)).filter((word) => /^[A-Z]{2,8}$/.test(word)));
}

/** A frontmatter string readers see, with its field path. */
interface FieldText {
  readonly path: readonly (string | number)[];
  readonly text: string;
}

/**
 * Fields whose text is a name as others give it: sources (titles and outlets, quoted as published)
 * and a milestone's venue ("AAB Guest House"). A name is not the content's to spell out.
 */
const NAMES_AS_GIVEN: ReadonlySet<string> = new Set(['sources', 'place']);

/** Every string of the frontmatter but names as given. */
function fieldTexts(value: unknown, path: readonly (string | number)[] = []): FieldText[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => fieldTexts(item, [...path, index]));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => (NAMES_AS_GIVEN.has(key) ? [] : fieldTexts(item, [...path, key])));
  }
  return [];
}

/** An unexplained abbreviation where its file first uses it: in a frontmatter field, or on a line of the body. */
export interface AbbreviationFinding {
  readonly entry: Entry<object>;
  readonly abbreviation: string;
  readonly at: { readonly field: readonly (string | number)[] } | { readonly line: number };
}

/** One finding per abbreviation and file; `known` are the glossary's and those of the region's programme names. */
function checkEntry(entry: Entry<object>, known: readonly ReadonlySet<string>[]): AbbreviationFinding[] {
  const fields = fieldTexts(entry.data);
  const texts = [...fields.map((field) => field.text), entry.body?.text ?? ''];
  const spelledHere = new Set(texts.flatMap((text) => [...spelledOutIn(text)]));
  const explained = (abbreviation: string) => spelledHere.has(abbreviation) || known.some((set) => set.has(abbreviation));
  const findings = new Map<string, AbbreviationFinding>();
  const find = (abbreviation: string, at: AbbreviationFinding['at']) => {
    if (!explained(abbreviation) && !findings.has(abbreviation)) findings.set(abbreviation, { entry, abbreviation, at });
  };
  for (const field of fields) for (const use of abbreviationsIn(field.text)) find(use.abbreviation, { field: field.path });
  if (entry.body) for (const use of abbreviationsIn(entry.body.text)) find(use.abbreviation, { line: entry.body.firstLine + use.line });
  return [...findings.values()];
}

/**
 * The abbreviations of these entries that no reader finds explained (see above). `known` is the
 * glossary's; tests hand their own.
 */
export function unexplainedAbbreviations(
  entries: { readonly regions: readonly Entry<object>[]; readonly dimensionPages: readonly Entry<object>[]; readonly programmes: readonly Entry<{ readonly name?: string }>[] },
  known: ReadonlySet<string> = glossaryAbbreviations(),
): AbbreviationFinding[] {
  // A programme's name is a name: "SAPA Banyuasin", "Tangerang LIVE" are explained by their pages.
  const namesByRegion = new Map<string, Set<string>>();
  for (const programme of entries.programmes) {
    const names = namesByRegion.get(programme.region) ?? new Set<string>();
    for (const use of abbreviationsIn(programme.data.name ?? '')) names.add(use.abbreviation);
    namesByRegion.set(programme.region, names);
  }
  return [...entries.regions, ...entries.dimensionPages, ...entries.programmes].flatMap((entry) =>
    checkEntry(entry, [known, namesByRegion.get(entry.region) ?? new Set()]),
  );
}
