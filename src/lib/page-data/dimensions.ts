import type { Lang } from '../../i18n/index.ts';
import { nameIn } from '../diagrams/words.ts';
import { DIMENSIONS, type SmartDimension } from '../dimensions.ts';
import type { SiteModel } from '../model.ts';
import { nationalDimensionPath } from '../routes.ts';

/** A dimension as the home page and the dimensions page introduce it, linking to its national overview. */
export interface DimensionCard {
  readonly dimension: SmartDimension;
  readonly name: string;
  readonly summary: string;
  readonly path: string;
}

export interface DimensionsPage {
  /** The six, in framework order, each with its elements and the national count of its programmes. */
  readonly dimensions: readonly (DimensionCard & { readonly elements: readonly string[]; readonly programmeCount: number })[];
}

export function dimensionCard(dimension: SmartDimension, lang: Lang): DimensionCard {
  return { dimension, name: nameIn(dimension, lang), summary: lang === 'id' ? dimension.summaryId : dimension.summaryEn, path: nationalDimensionPath(dimension.id) };
}

/** `/dimensi/`: national figures count the real regions' programmes only. */
export function dimensionsPage(model: SiteModel, lang: Lang): DimensionsPage {
  return {
    dimensions: DIMENSIONS.map((dimension) => ({
      ...dimensionCard(dimension, lang),
      elements: dimension.elements.map((element) => nameIn(element, lang)),
      programmeCount: model.national.programmes.filter((programme) => programme.dimension.id === dimension.id).length,
    })),
  };
}
