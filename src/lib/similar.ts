import { OTHER_ELEMENT } from './dimensions.ts';
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
 * `lainnya` is not a topic: two "other" programmes share an element only when their authors
 * gave them the same label.
 */
function sameElement(a: ProgrammeModel, b: ProgrammeModel): boolean {
  if (a.dimension.id !== b.dimension.id || a.element.id !== b.element.id) return false;
  return a.element.id !== OTHER_ELEMENT || collator.compare(a.element.nameId, b.element.nameId) === 0;
}

interface SimilarityIndex {
  readonly byElement: ReadonlyMap<string, readonly ProgrammeModel[]>;
  readonly byTag: ReadonlyMap<string, readonly ProgrammeModel[]>;
  /** Position in region-name, name, key order: ties between equal scores compare as integers. */
  readonly rank: ReadonlyMap<ProgrammeModel, number>;
  readonly tags: ReadonlyMap<ProgrammeModel, ReadonlySet<string>>;
  /** Answers already computed: the Indonesian and the English page ask the same question. */
  readonly answers: Map<string, SimilarProgramme[]>;
}

const elementKey = (programme: ProgrammeModel): string => `${programme.dimension.id}/${programme.element.id}`;

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
    const byElement = new Map<string, ProgrammeModel[]>();
    const byTag = new Map<string, ProgrammeModel[]>();
    const tags = new Map<ProgrammeModel, ReadonlySet<string>>();
    for (const programme of programmes) {
      push(byElement, elementKey(programme), programme);
      const own = new Set(programme.data.tags);
      tags.set(programme, own);
      for (const tag of own) push(byTag, tag, programme);
    }
    const ordered = [...programmes].sort(
      (a, b) =>
        collator.compare(a.regionName, b.regionName) ||
        collator.compare(a.data.name, b.data.name) ||
        // Two programmes of one region may share a name; the key is unique.
        collator.compare(a.key, b.key),
    );
    index = { byElement, byTag, tags, rank: new Map(ordered.map((entry, position) => [entry, position])), answers: new Map() };
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
  const tags = new Set(programme.data.tags);
  const candidates = new Set(index.byElement.get(elementKey(programme)));
  for (const tag of tags) for (const other of index.byTag.get(tag) ?? []) candidates.add(other);
  const answer = [...candidates]
    .filter((other) => other.regionSlug !== programme.regionSlug && (programme.fictional || !other.fictional))
    .map((other): SimilarProgramme => {
      const element = sameElement(programme, other);
      const otherTags = index.tags.get(other)!;
      const sharedTags = [...tags].filter((tag) => otherTags.has(tag));
      const sameDimension = programme.dimension.id === other.dimension.id;
      const score = (element ? ELEMENT_WEIGHT : 0) + sharedTags.length * TAG_WEIGHT + (sameDimension ? DIMENSION_WEIGHT : 0);
      return { programme: other, score, sameElement: element, sharedTags, sameDimension };
    })
    .filter((match) => match.sameElement || match.sharedTags.length > 0)
    .sort((a, b) => b.score - a.score || index.rank.get(a.programme)! - index.rank.get(b.programme)!)
    .slice(0, limit);
  index.answers.set(cacheKey, answer);
  return answer;
}
