import { elementGroupKey } from './element-groups.ts';
import type { ProgrammeModel, SiteModel } from './model.ts';

/**
 * "Similar programmes in other regions": what a journalist asks after reading one programme
 * ("who else is doing this, and how far are they?"). Pure and deterministic, so the same content
 * always gives the same lists.
 */

/** Same element: the framework itself says the two programmes address the same topic. */
const ELEMENT_WEIGHT = 5;
/** Each shared tag: the authors' own keywords, looser than the element. */
const TAG_WEIGHT = 2;
/** Same dimension: only strengthens a match, since a dimension alone covers a sixth of all programmes. */
const DIMENSION_WEIGHT = 1;

export interface SimilarProgramme {
  readonly programme: ProgrammeModel;
  readonly score: number;
  readonly sameElement: boolean;
  /** Shared tags, in the order the original programme lists them. */
  readonly sharedTags: readonly string[];
  readonly sameDimension: boolean;
}

const collator = new Intl.Collator('id');

/**
 * Programmes numbered in region-name, name, key order, so that ties between equal scores compare
 * as integers, with what a match needs in flat arrays: at national scale a programme has
 * thousands of candidates (every programme sharing one of its tags), and scoring them with plain
 * integer arithmetic instead of an object per candidate keeps a page's list at microseconds.
 */
interface SimilarityIndex {
  readonly ordered: readonly ProgrammeModel[];
  readonly byElement: ReadonlyMap<string, readonly number[]>;
  readonly byTag: ReadonlyMap<string, readonly number[]>;
  readonly tags: readonly ReadonlySet<string>[];
  /**
   * What the scoring loop compares, by position: each programme's region and dimension as small
   * numbers, and whether it is fictional. Reading these from thousands of programme objects
   * scattered in memory cost most of a programme page's time at national scale.
   */
  readonly regionNumber: Int32Array;
  readonly dimensionNumber: Int32Array;
  readonly fictional: Uint8Array;
  /** The small numbers of `regionNumber` and `dimensionNumber`, by region slug or dimension id. */
  readonly numbers: ReadonlyMap<string, number>;
  /** Scratch space for one question at a time; every entry is back to 0 between questions. */
  readonly score: Int32Array;
  readonly elementMatch: Uint8Array;
  /** Answers already computed: the Indonesian and the English page ask the same question. */
  readonly answers: Map<string, SimilarProgramme[]>;
}

/**
 * Two programmes share an element when they fall in the same element group of the same dimension
 * (src/lib/element-groups.ts): `lainnya` is not a topic, so two "other" programmes share one only
 * when their authors gave them the same label. Undefined for a programme whose element is not
 * known yet: that is no topic either, and it matches on tags only.
 */
const elementKey = (programme: ProgrammeModel): string | undefined => programme.element && `${programme.dimension.id}/${elementGroupKey(programme)}`;

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Built once per set of programmes: a page only looks at programmes that can match at all. */
const indexes = new WeakMap<readonly ProgrammeModel[], SimilarityIndex>();

function indexOf(programmes: readonly ProgrammeModel[]): SimilarityIndex {
  let index = indexes.get(programmes);
  if (!index) {
    const ordered = [...programmes].sort(
      (a, b) =>
        collator.compare(a.regionName, b.regionName) ||
        collator.compare(a.data.name, b.data.name) ||
        // Two programmes of one region may share a name; the key is unique.
        collator.compare(a.key, b.key),
    );
    const byElement = new Map<string, number[]>();
    const byTag = new Map<string, number[]>();
    const tags = ordered.map((programme, position) => {
      const key = elementKey(programme);
      if (key !== undefined) push(byElement, key, position);
      const own = new Set(programme.data.tags);
      for (const tag of own) push(byTag, tag, position);
      return own;
    });
    const numbers = new Map<string, number>();
    const numberOf = (text: string): number => numbers.get(text) ?? numbers.set(text, numbers.size).size - 1;
    index = {
      ordered,
      byElement,
      byTag,
      tags,
      regionNumber: Int32Array.from(ordered, (programme) => numberOf(`region ${programme.regionSlug}`)),
      dimensionNumber: Int32Array.from(ordered, (programme) => numberOf(`dimension ${programme.dimension.id}`)),
      fictional: Uint8Array.from(ordered, (programme) => (programme.fictional ? 1 : 0)),
      numbers,
      score: new Int32Array(ordered.length),
      elementMatch: new Uint8Array(ordered.length),
      answers: new Map(),
    };
    indexes.set(programmes, index);
  }
  return index;
}

/**
 * Programmes in other regions that share `programme`'s element (strong), tags (weaker) or
 * dimension (weak), best first, then by region name and programme name. A match needs a shared
 * element or tag; a shared dimension alone is too broad to call two programmes similar.
 * Fictional programmes are suggested only beside fictional ones, so a real region's page never
 * points readers to made-up data.
 */
export function similarProgrammes(programme: ProgrammeModel, model: Pick<SiteModel, 'programmes'>, limit = 5): SimilarProgramme[] {
  const index = indexOf(model.programmes);
  const cacheKey = `${programme.key}|${limit}`;
  const known = index.answers.get(cacheKey);
  if (known) return known;
  const { ordered, score, elementMatch, regionNumber, dimensionNumber, fictional } = index;
  // A programme outside the set (a fictional one beside the real ones) has no number: -1 matches none.
  const ownRegion = index.numbers.get(`region ${programme.regionSlug}`) ?? -1;
  const ownDimension = index.numbers.get(`dimension ${programme.dimension.id}`) ?? -1;
  const ownFictional = programme.fictional;
  const tags = [...new Set(programme.data.tags)];
  const touched: number[] = [];
  const touch = (position: number): void => {
    if (score[position] === 0 && elementMatch[position] === 0) touched.push(position);
  };
  const key = elementKey(programme);
  for (const position of key === undefined ? [] : (index.byElement.get(key) ?? [])) {
    touch(position);
    elementMatch[position] = 1;
    score[position]! += ELEMENT_WEIGHT;
  }
  for (const tag of tags) {
    for (const position of index.byTag.get(tag) ?? []) {
      touch(position);
      score[position]! += TAG_WEIGHT;
    }
  }
  // The best `limit` candidates, kept sorted by score (highest first), then position.
  const best: { position: number; score: number }[] = [];
  for (const position of touched) {
    const total = score[position]! + (dimensionNumber[position] === ownDimension ? DIMENSION_WEIGHT : 0);
    score[position] = 0;
    if (regionNumber[position] === ownRegion || (fictional[position] === 1 && !ownFictional)) continue;
    const worst = best[limit - 1];
    if (worst && (total < worst.score || (total === worst.score && position > worst.position))) continue;
    let at = best.length;
    while (at > 0 && (best[at - 1]!.score < total || (best[at - 1]!.score === total && best[at - 1]!.position > position))) at--;
    best.splice(at, 0, { position, score: total });
    if (best.length > limit) best.pop();
  }
  const answer = best.map(({ position, score: total }): SimilarProgramme => {
    const other = ordered[position]!;
    const otherTags = index.tags[position]!;
    return {
      programme: other,
      score: total,
      sameElement: elementMatch[position] === 1,
      sharedTags: tags.filter((tag) => otherTags.has(tag)),
      sameDimension: other.dimension.id === programme.dimension.id,
    };
  });
  for (const position of touched) elementMatch[position] = 0;
  index.answers.set(cacheKey, answer);
  return answer;
}
